//! Whole columns at once: the four solvers and the checker over slices.
//!
//! Each function takes equal-length input columns and an output column of
//! the same length, allocates nothing when every row is good, and never
//! stops at a bad row. A row that has no answer (an invalid input, or a
//! result out of range) gets `NaN` in the output **and** an entry in the
//! returned [`RowErrors`], with the same typed [`Error`] the scalar solver
//! gives for it, so a bad row never hides as a silent `NaN`.
//!
//! Every good row agrees with the scalar function in [`solve`] to within 4
//! ulp (`tests/batch.rs` checks the committed reference table and a million
//! random rows). [`rate`] uses a branch-free kernel that the compiler turns
//! into SIMD code: a logarithm of the ratio of the two mantissas (fdlibm's
//! `log` polynomial) that returns its result as a double-double without
//! forming the quotient, an exact division by the span, and a polynomial
//! `expm1` that takes the low word into its argument reduction, with one
//! vector division per row in all. Rows the kernel cannot vouch for (steep
//! collapses and overflowing growth, subnormal amounts, spans beyond 2^1017
//! years, invalid inputs) are recomputed by the scalar solver.
//!
//! With the `rayon` feature, columns longer than [`PARALLEL_ROWS`] are split
//! across threads.
//!
//! # Example
//!
//! ```
//! use cagr::batch;
//!
//! let start = [600.0, 100.0, -5.0];
//! let end = [1729.5, 121.0, 10.0];
//! let years = [11.0, 2.0, 3.0];
//! let mut rate = [0.0; 3];
//! let errors = batch::rate(&start, &end, &years, &mut rate)?;
//! assert!((rate[0] - 0.10102507686327022).abs() <= 2e-17); // within 1 ulp on every CPU
//! assert!((rate[1] - 0.1).abs() < 1e-15);
//! assert!(rate[2].is_nan());
//! let (row, err) = errors.iter().next().unwrap();
//! assert_eq!((row, err.to_string().as_str()), (2, "invalid amount -5: an amount must be positive and finite"));
//! # Ok::<(), cagr::Error>(())
//! ```

use crate::num::kernel;
use crate::{solve, Amount, Error, Forecast, Rate, Result, Span, Verdict};

/// Rows from which the `rayon` feature splits a column across threads.
pub const PARALLEL_ROWS: usize = 1 << 16;

/// The rows of a batch that have no answer, each with its error, in row
/// order. Empty (and unallocated) when every row is good.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct RowErrors {
    rows: Vec<(usize, Error)>,
}

impl RowErrors {
    /// Whether every row had an answer.
    pub fn is_empty(&self) -> bool {
        self.rows.is_empty()
    }

    /// How many rows failed.
    pub fn len(&self) -> usize {
        self.rows.len()
    }

    /// Each failed row's index and error.
    pub fn iter(&self) -> impl Iterator<Item = (usize, &Error)> {
        self.rows.iter().map(|(i, e)| (*i, e))
    }

    fn push(&mut self, row: usize, error: Error) {
        self.rows.push((row, error));
    }

    #[cfg(feature = "rayon")]
    fn append(&mut self, mut other: RowErrors) {
        self.rows.append(&mut other.rows);
    }
}

fn same_len(columns: &[(&'static str, usize)]) -> Result<usize> {
    let expected = columns[0].1;
    for &(column, found) in &columns[1..] {
        if found != expected {
            return Err(Error::Lengths {
                column,
                found,
                expected,
            });
        }
    }
    Ok(expected)
}

/// Runs `chunk` over the rows, in parallel with the `rayon` feature, and
/// gathers the row errors with their global row numbers.
fn run<F>(rows: usize, out: &mut [f64], chunk: F) -> RowErrors
where
    F: Fn(usize, &mut [f64], &mut RowErrors) + Sync,
{
    #[cfg(feature = "rayon")]
    if rows > PARALLEL_ROWS {
        use rayon::prelude::*;
        let parts: Vec<RowErrors> = out
            .par_chunks_mut(PARALLEL_ROWS)
            .enumerate()
            .map(|(i, part)| {
                let mut errors = RowErrors::default();
                chunk(i * PARALLEL_ROWS, part, &mut errors);
                errors
            })
            .collect();
        let mut errors = RowErrors::default();
        for part in parts {
            errors.append(part);
        }
        return errors;
    }
    let _ = rows;
    let mut errors = RowErrors::default();
    chunk(0, out, &mut errors);
    errors
}

/// The CAGR of every row: `out[i] = (end[i] / start[i])^(1/years[i]) − 1`,
/// as a fraction.
///
/// # Errors
///
/// [`Error::Lengths`] if the columns differ in length (nothing is written).
/// Rows without an answer are reported in the returned [`RowErrors`] with
/// the error [`solve::rate`] gives (and `NaN` in `out`).
///
/// # Example
///
/// ```
/// let mut out = [0.0; 2];
/// let errors = cagr::batch::rate(&[1.0, 1.0], &[2.0, 4.0], &[1.0, 2.0], &mut out)?;
/// assert!(errors.is_empty());
/// assert!(out.iter().all(|r| (r - 1.0).abs() < 1e-15));
/// # Ok::<(), cagr::Error>(())
/// ```
pub fn rate(start: &[f64], end: &[f64], years: &[f64], out: &mut [f64]) -> Result<RowErrors> {
    let rows = same_len(&[
        ("start", start.len()),
        ("end", end.len()),
        ("years", years.len()),
        ("out", out.len()),
    ])?;
    // A long batch streams its output past the cache, even when split
    // across threads.
    let stream = rows >= kernel::STREAM_ROWS;
    Ok(run(rows, out, |offset, out, errors| {
        let n = out.len();
        let (s, e, y) = (
            &start[offset..offset + n],
            &end[offset..offset + n],
            &years[offset..offset + n],
        );
        if !kernel::rates(s, e, y, out, stream) {
            // Some row needs the scalar solver: find them (rare).
            for i in 0..n {
                let row = i..i + 1;
                if !kernel::rates(
                    &s[row.clone()],
                    &e[row.clone()],
                    &y[row.clone()],
                    &mut out[row],
                    false,
                ) {
                    out[i] = match scalar_rate(s[i], e[i], y[i]) {
                        Ok(r) => r,
                        Err(err) => {
                            errors.push(offset + i, err);
                            f64::NAN
                        }
                    };
                }
            }
        }
    }))
}

fn scalar_rate(start: f64, end: f64, years: f64) -> Result<f64> {
    let r = solve::rate(
        Amount::from_base(start)?,
        Amount::from_base(end)?,
        Span::from_years(years)?,
    )?;
    Ok(r.as_fraction())
}

/// Applies a fallible scalar function to every row.
fn each<F>(rows: usize, out: &mut [f64], f: F) -> RowErrors
where
    F: Fn(usize) -> Result<f64> + Sync,
{
    run(rows, out, |offset, out, errors| {
        for (i, slot) in out.iter_mut().enumerate() {
            *slot = match f(offset + i) {
                Ok(v) => v,
                Err(err) => {
                    errors.push(offset + i, err);
                    f64::NAN
                }
            };
        }
    })
}

/// The value each `start` reaches after `years` at `rate` (a fraction):
/// `out[i] = start[i] · (1 + rate[i])^years[i]`, exactly as [`solve::end`].
///
/// # Errors
///
/// [`Error::Lengths`] if the columns differ in length; rows without an
/// answer are reported in the returned [`RowErrors`].
///
/// # Example
///
/// ```
/// let mut out = [0.0];
/// cagr::batch::end(&[100.0], &[0.1], &[2.0], &mut out)?;
/// assert!((out[0] - 121.0).abs() < 1e-12);
/// # Ok::<(), cagr::Error>(())
/// ```
pub fn end(start: &[f64], rate: &[f64], years: &[f64], out: &mut [f64]) -> Result<RowErrors> {
    let rows = same_len(&[
        ("start", start.len()),
        ("rate", rate.len()),
        ("years", years.len()),
        ("out", out.len()),
    ])?;
    Ok(each(rows, out, |i| {
        let a = solve::end(
            Amount::from_base(start[i])?,
            Rate::from_fraction(rate[i])?,
            Span::from_years(years[i])?,
        )?;
        Ok(a.value())
    }))
}

/// The value that grows to each `end` after `years` at `rate`, exactly as
/// [`solve::start`].
///
/// # Errors
///
/// [`Error::Lengths`] if the columns differ in length; rows without an
/// answer are reported in the returned [`RowErrors`].
///
/// # Example
///
/// ```
/// let mut out = [0.0];
/// cagr::batch::start(&[121.0], &[0.1], &[2.0], &mut out)?;
/// assert!((out[0] - 100.0).abs() < 1e-12);
/// # Ok::<(), cagr::Error>(())
/// ```
pub fn start(end: &[f64], rate: &[f64], years: &[f64], out: &mut [f64]) -> Result<RowErrors> {
    let rows = same_len(&[
        ("end", end.len()),
        ("rate", rate.len()),
        ("years", years.len()),
        ("out", out.len()),
    ])?;
    Ok(each(rows, out, |i| {
        let a = solve::start(
            Amount::from_base(end[i])?,
            Rate::from_fraction(rate[i])?,
            Span::from_years(years[i])?,
        )?;
        Ok(a.value())
    }))
}

/// The years each `rate` takes from `start` to `end`, exactly as
/// [`solve::span`].
///
/// # Errors
///
/// [`Error::Lengths`] if the columns differ in length; rows without an
/// answer are reported in the returned [`RowErrors`].
///
/// # Example
///
/// ```
/// let mut out = [0.0; 2];
/// let errors = cagr::batch::years(&[1.0, 1.0], &[2.0, 2.0], &[1.0, -0.5], &mut out)?;
/// assert_eq!(out[0], 1.0);
/// assert_eq!(errors.len(), 1); // a decline never doubles
/// # Ok::<(), cagr::Error>(())
/// ```
pub fn years(start: &[f64], end: &[f64], rate: &[f64], out: &mut [f64]) -> Result<RowErrors> {
    let rows = same_len(&[
        ("start", start.len()),
        ("end", end.len()),
        ("rate", rate.len()),
        ("out", out.len()),
    ])?;
    Ok(each(rows, out, |i| {
        let n = solve::span(
            Amount::from_base(start[i])?,
            Amount::from_base(end[i])?,
            Rate::from_fraction(rate[i])?,
        )?;
        Ok(n.as_years())
    }))
}

/// The verdict on every forecast (with the default options). A check never
/// fails, so there are no row errors: an incomplete forecast is
/// [`Verdict::Unverifiable`].
///
/// # Errors
///
/// [`Error::Lengths`] if `out` is not as long as `forecasts`.
///
/// # Example
///
/// ```
/// use cagr::{batch, Forecast, Verdict};
///
/// let forecasts = vec![Forecast::default(); 3];
/// let mut out = [Verdict::Consistent; 3];
/// batch::check(&forecasts, &mut out)?;
/// assert!(out.iter().all(|v| matches!(v, Verdict::Unverifiable(_))));
/// # Ok::<(), cagr::Error>(())
/// ```
pub fn check(forecasts: &[Forecast], out: &mut [Verdict]) -> Result<()> {
    same_len(&[("forecasts", forecasts.len()), ("out", out.len())])?;
    #[cfg(feature = "rayon")]
    if forecasts.len() > PARALLEL_ROWS / 16 {
        use rayon::prelude::*;
        out.par_iter_mut()
            .zip(forecasts.par_iter())
            .for_each(|(v, f)| *v = crate::check(f).verdict);
        return Ok(());
    }
    for (v, f) in out.iter_mut().zip(forecasts) {
        *v = crate::check(f).verdict;
    }
    Ok(())
}
