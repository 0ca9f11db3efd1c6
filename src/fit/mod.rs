//! Growth fitted from a series: the exponential curve of the spreadsheet
//! functions `LOGEST`/`GROWTH` ([`growth`]), the straight line of
//! `LINEST`/`TREND` ([`trend`]), and which of the two shapes is closer to
//! the data ([`compare`]).
//!
//! Two values give a CAGR; a dozen noisy values give a *fitted* rate, with a
//! standard error, a confidence interval and a goodness of fit. Both fits are
//! ordinary least squares on the years (irregular years and several values
//! in one year are fine):
//!
//! * [`growth`] fits `ln(value) = a + b·year`, so `value = e^a·(1 + r)^year`
//!   with the annual rate `r = e^b − 1`;
//! * [`trend`] fits `value = a + b·year`, a constant increment `b` a year.
//!
//! # Formula
//!
//! For points `(x_i, z_i)` (`z = ln(value)` for [`growth`], the value for
//! [`trend`]), with years centred at their mean so that years near 2000 lose
//! no digits (and the `z` divided by a power of two near the largest, so
//! that no square overflows or underflows):
//!
//! ```text
//! b    = Σ (x − x̄)(z − z̄) / Sxx,       Sxx = Σ (x − x̄)²
//! ẑ(x) = z̄ + b·(x − x̄)
//! SSE  = Σ (z − ẑ(x))²,                 SST = Σ (z − z̄)²,   R² = 1 − SSE/SST
//! s    = √(SSE / (n − 2)),              se(b) = s / √Sxx
//! interval of b:        b ± t·se(b)
//! band of ẑ at year x:  ẑ(x) ± t·s·√(1/n + (x − x̄)²/Sxx)
//! ```
//!
//! where `t` is the Student t quantile with `n − 2` degrees of freedom at
//! `(1 + level)/2` ([`student_t_quantile`]). For [`growth`] the interval of
//! the rate and the band of the curve are these, exponentiated: the interval
//! of the rate is `[e^(b − t·se) − 1, e^(b + t·se) − 1]`, not symmetric
//! around the rate. The band is the confidence band of the fitted curve (where
//! the *trend* lies), not a prediction interval for a single future value.
//!
//! A standard error, an interval and a band need `n ≥ 3` points (two points
//! leave no degrees of freedom); with two they return
//! [`Error::TooFewPoints`].
//!
//! The numbers are checked against statsmodels, numpy and mpmath on the
//! series in `tests/data/fit_series.csv` (`tools/fit_reference.py`).
//!
//! # Example
//!
//! ```
//! use cagr::{fit, Year};
//!
//! // A market, in billions, with 2019 missing.
//! let data = [
//!     (2015, 41.2), (2016, 47.9), (2017, 52.3), (2018, 61.0), (2020, 77.4),
//!     (2021, 90.8), (2022, 98.1), (2023, 116.5), (2024, 128.9),
//! ];
//! // The years are checked once, where they come in.
//! let market = data
//!     .into_iter()
//!     .map(|(year, value)| Ok((Year::new(year)?, value)))
//!     .collect::<Result<Vec<_>, cagr::Error>>()?;
//! let g = fit::growth(&market)?;
//! assert_eq!(format!("{:.2}", g.rate()), "13.53%");
//! assert_eq!(format!("{:.2}", g.endpoint_rate()?), "13.51%");
//! let (lo, hi) = g.interval()?;
//! assert_eq!(format!("{lo:.2} to {hi:.2}"), "12.97% to 14.10%");
//! assert_eq!(format!("{:.4}", g.r_squared()), "0.9981");
//!
//! let both = fit::compare(&market)?;
//! assert_eq!(both.better(), Some(fit::Shape::Exponential));
//! # Ok::<(), cagr::Error>(())
//! ```

use core::fmt;

mod line;
mod t;

pub use t::{student_t_quantile, LEVEL};

use line::{finite, sum, Line};

use crate::{solve, Error, Rate, Result, Table, Year};

/// Which shape of growth fits a series better; see [`FitComparison`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Shape {
    /// Constant percentage growth, `value = e^a·(1 + r)^year` ([`growth`]).
    Exponential,
    /// A constant increment a year, `value = a + b·year` ([`trend`]).
    Linear,
}

impl fmt::Display for Shape {
    /// `exponential growth` or `a straight line`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.pad(match self {
            Shape::Exponential => "exponential growth",
            Shape::Linear => "a straight line",
        })
    }
}

/// One point of a fit: the value given, the fitted value and the residual.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct FitPoint {
    /// The year.
    pub year: Year,
    /// The value as given.
    pub value: f64,
    /// The fitted value in that year.
    pub fitted: f64,
    /// The residual on the scale the fit minimises: `ln(value) −
    /// ln(fitted)` for [`GrowthFit`], `value − fitted` for [`TrendFit`].
    pub residual: f64,
}

/// Checks a series: every value finite (and positive if `positive`), at
/// least two points, at least two different years.
fn validate(points: &[(Year, f64)], positive: bool) -> Result<()> {
    for &(year, value) in points {
        let year = year.get();
        if !value.is_finite() {
            return Err(Error::Value { year, value });
        }
        if positive && value <= 0.0 {
            return Err(Error::NotPositive { year, value });
        }
    }
    match points {
        [] | [_] => Err(Error::TooFewPoints {
            what: "a fit",
            points: points.len(),
            needed: 2,
        }),
        [(first, _), rest @ ..] if rest.iter().all(|p| p.0 == *first) => {
            Err(Error::OneYear { year: first.get() })
        }
        _ => Ok(()),
    }
}

/// The first and last year of a validated series.
fn year_range(points: &[(Year, f64)]) -> (Year, Year) {
    let first = points.iter().map(|p| p.0).min().unwrap_or(Year::MIN);
    let last = points.iter().map(|p| p.0).max().unwrap_or(Year::MAX);
    (first, last)
}

/// Exponential growth fitted by least squares on `ln(value)`: the
/// spreadsheet `LOGEST`/`GROWTH` model. Made by [`growth`].
///
/// # Example
///
/// ```
/// use cagr::{fit, Year};
///
/// let y = Year::new;
/// let g = fit::growth(&[(y(2019)?, 100.0), (y(2020)?, 112.0), (y(2022)?, 139.0), (y(2023)?, 160.0)])?;
/// assert_eq!(format!("{:.1}", g.rate()), "12.3%");
/// assert_eq!(format!("{:.1}", g.fitted(y(2021)?)), "125.6");
/// println!("{g}");   // one line: rate, interval, R², endpoint CAGR
/// println!("{g:#}"); // every statistic and a table of the points
/// # Ok::<(), cagr::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq)]
pub struct GrowthFit {
    points: Vec<(Year, f64)>,
    line: Line,
    rate: Rate,
}

/// Fits exponential growth to `(year, value)` points by least squares on
/// `ln(value)` (the spreadsheet `LOGEST`/`GROWTH` model).
///
/// Years may be irregular and repeated. Points keep the order given.
///
/// # Formula
///
/// `ln(value) = a + b·year` by ordinary least squares; the annual rate is
/// `r = e^b − 1` (see the [module docs](self) for the statistics).
///
/// # Errors
///
/// Checked in this order:
///
/// * [`Error::Value`] for a NaN or infinite value;
/// * [`Error::NotPositive`] for a value that is zero or negative;
/// * [`Error::TooFewPoints`] for fewer than two points;
/// * [`Error::OneYear`] if every point is in the same year;
/// * [`Error::OutOfRange`] if the fitted rate is not a valid [`Rate`] (a
///   thousandfold jump in one year, or a collapse to nothing), or if the
///   fitted value in the year of a point is beyond the range of `f64` (a
///   curve through values near `f64::MAX` that overshoots them).
///
/// # Example
///
/// ```
/// use cagr::{fit, Year};
///
/// let y = Year::new;
/// let g = fit::growth(&[(y(2020)?, 100.0), (y(2022)?, 121.0)])?;
/// assert_eq!(format!("{:.6}", g.rate()), "10.000000%");
///
/// let err = fit::growth(&[(y(2020)?, 100.0), (y(2021)?, 0.0)]).unwrap_err();
/// assert_eq!(err.to_string(), "invalid value 0 in 2021: a growth fit needs positive values");
/// let err = fit::growth(&[(y(2020)?, 100.0), (y(2020)?, 120.0)]).unwrap_err();
/// assert_eq!(err.to_string(), "every point is in 2020: a fit needs at least two different years");
/// # Ok::<(), cagr::Error>(())
/// ```
pub fn growth(points: &[(Year, f64)]) -> Result<GrowthFit> {
    validate(points, true)?;
    let line = Line::new(points.iter().map(|&(year, value)| (year.get(), value.ln())));
    let rate = Rate::from_continuous(line.slope())?;
    for &(year, _) in points {
        finite("fitted value", line.at(f64::from(year.get())).exp())?;
    }
    Ok(GrowthFit {
        points: points.to_vec(),
        line,
        rate,
    })
}

impl GrowthFit {
    /// The fitted annual rate, `e^b − 1`.
    pub fn rate(&self) -> Rate {
        self.rate
    }

    /// The fitted slope of `ln(value)`: the continuously compounded growth
    /// per year, `b = ln(1 + r)`.
    pub fn log_slope(&self) -> f64 {
        self.line.slope()
    }

    /// The standard error of [`log_slope`](GrowthFit::log_slope), as
    /// `LOGEST` reports it.
    ///
    /// # Formula
    ///
    /// `se(b) = √(SSE / (n − 2)) / √Σ(x − x̄)²`, on the log scale.
    ///
    /// # Errors
    ///
    /// [`Error::TooFewPoints`] for a fit to two points.
    ///
    /// # Example
    ///
    /// ```
    /// use cagr::{fit, Year};
    ///
    /// let y = Year::new;
    /// let g = fit::growth(&[(y(2020)?, 100.0), (y(2021)?, 111.0), (y(2022)?, 120.0)])?;
    /// assert_eq!(format!("{:.5}", g.log_slope_se()?), "0.00762");
    /// let two = fit::growth(&[(y(2020)?, 100.0), (y(2022)?, 121.0)])?;
    /// assert_eq!(
    ///     two.log_slope_se().unwrap_err().to_string(),
    ///     "too few points for a standard error: 2 given, at least 3 needed"
    /// );
    /// # Ok::<(), cagr::Error>(())
    /// ```
    pub fn log_slope_se(&self) -> Result<f64> {
        self.line.slope_se()
    }

    /// The standard error of the rate itself (a fraction), by the delta
    /// method: the rate is `e^b − 1`, so its error is `e^b` times that of `b`.
    ///
    /// # Formula
    ///
    /// `se(r) = (1 + r)·se(b)`.
    ///
    /// # Errors
    ///
    /// [`Error::TooFewPoints`] for a fit to two points;
    /// [`Error::OutOfRange`] if the product is beyond the range of `f64` (a
    /// rate near the largest valid [`Rate`] with a wide error).
    ///
    /// # Example
    ///
    /// ```
    /// use cagr::{fit, Year};
    ///
    /// let y = Year::new;
    /// let g = fit::growth(&[(y(2020)?, 100.0), (y(2021)?, 111.0), (y(2022)?, 120.0)])?;
    /// assert_eq!(format!("{:.5}", g.rate_se()?), "0.00835");
    /// # Ok::<(), cagr::Error>(())
    /// ```
    pub fn rate_se(&self) -> Result<f64> {
        finite(
            "standard error of the rate",
            self.rate.factor() * self.line.slope_se()?,
        )
    }

    /// The 95% confidence interval of the rate.
    ///
    /// # Formula
    ///
    /// `[e^(b − t·se(b)) − 1, e^(b + t·se(b)) − 1]`, `t` the Student t
    /// quantile at 0.975 with `n − 2` degrees of freedom.
    ///
    /// # Errors
    ///
    /// [`Error::TooFewPoints`] for a fit to two points;
    /// [`Error::OutOfRange`] if an end is not a valid [`Rate`].
    ///
    /// # Example
    ///
    /// ```
    /// use cagr::{fit, Year};
    ///
    /// let y = Year::new;
    /// let g = fit::growth(&[(y(2020)?, 100.0), (y(2021)?, 111.0), (y(2022)?, 120.0)])?;
    /// let (lo, hi) = g.interval()?;
    /// assert_eq!(format!("{lo:.1} to {hi:.1}"), "-0.6% to 20.7%");
    /// # Ok::<(), cagr::Error>(())
    /// ```
    pub fn interval(&self) -> Result<(Rate, Rate)> {
        self.interval_with(LEVEL)
    }

    /// The confidence interval of the rate at `level` (0.9 for 90%).
    ///
    /// # Errors
    ///
    /// [`Error::Probability`] unless `0 < level < 1`; otherwise as
    /// [`interval`](GrowthFit::interval).
    ///
    /// # Example
    ///
    /// ```
    /// use cagr::{fit, Year};
    ///
    /// let y = Year::new;
    /// let g = fit::growth(&[(y(2020)?, 100.0), (y(2021)?, 111.0), (y(2022)?, 120.0)])?;
    /// let (lo, hi) = g.interval_with(0.5)?;
    /// assert_eq!(format!("{lo:.1} to {hi:.1}"), "8.7% to 10.4%");
    /// assert_eq!(
    ///     g.interval_with(95.0).unwrap_err().to_string(),
    ///     "invalid probability 95: a probability must be strictly between 0 and 1"
    /// );
    /// # Ok::<(), cagr::Error>(())
    /// ```
    pub fn interval_with(&self, level: f64) -> Result<(Rate, Rate)> {
        let (lo, hi) = self.line.slope_interval(level)?;
        Ok((Rate::from_continuous(lo)?, Rate::from_continuous(hi)?))
    }

    /// R² of the fit on the log scale (as `LOGEST` reports it): the share of
    /// the variance of `ln(value)` the line explains. 1 for two points.
    ///
    /// This is not comparable with a [`TrendFit`]'s R², which is on the
    /// values themselves; [`FitComparison`] compares the two on one scale.
    pub fn r_squared(&self) -> f64 {
        self.line.r_squared()
    }

    /// The fitted value in `year` (any year, inside the data or not):
    /// `e^(a + b·year)`. Infinite or zero only for years so far from the
    /// data that the value leaves the range of `f64`.
    ///
    /// # Example
    ///
    /// ```
    /// use cagr::{fit, Year};
    ///
    /// let y = Year::new;
    /// let g = fit::growth(&[(y(2020)?, 100.0), (y(2022)?, 121.0)])?;
    /// assert_eq!(format!("{:.4}", g.fitted(y(2021)?)), "110.0000");
    /// assert_eq!(format!("{:.4}", g.fitted(y(2025)?)), "161.0510");
    /// # Ok::<(), cagr::Error>(())
    /// ```
    pub fn fitted(&self, year: Year) -> f64 {
        self.at(f64::from(year.get()))
    }

    pub(crate) fn at(&self, year: f64) -> f64 {
        self.line.at(year).exp()
    }

    /// The 95% confidence band of the fitted curve in `year`: where the
    /// trend lies, not where a single value will fall.
    ///
    /// # Formula
    ///
    /// `e^(ẑ ± t·s·√(1/n + (year − x̄)²/Sxx))`, `ẑ` the fitted log value.
    ///
    /// # Errors
    ///
    /// [`Error::TooFewPoints`] for a fit to two points;
    /// [`Error::OutOfRange`] if the upper end is beyond the range of `f64`
    /// (a scattered series whose band spans hundreds of orders of
    /// magnitude, or a year far from the data). The lower end may be 0 where
    /// it is below the smallest positive `f64`.
    ///
    /// # Example
    ///
    /// ```
    /// use cagr::{fit, Year};
    ///
    /// let y = Year::new;
    /// let g = fit::growth(&[(y(2020)?, 100.0), (y(2021)?, 111.0), (y(2022)?, 120.0)])?;
    /// let (lo, hi) = g.band(y(2021)?)?;
    /// assert!(lo < g.fitted(y(2021)?) && g.fitted(y(2021)?) < hi);
    /// assert_eq!(format!("{lo:.1} to {hi:.1}"), "101.7 to 119.1");
    /// # Ok::<(), cagr::Error>(())
    /// ```
    pub fn band(&self, year: Year) -> Result<(f64, f64)> {
        self.band_with(year, LEVEL)
    }

    /// The confidence band of the fitted curve in `year` at `level`.
    ///
    /// # Errors
    ///
    /// [`Error::Probability`] unless `0 < level < 1`; otherwise as
    /// [`band`](GrowthFit::band).
    ///
    /// # Example
    ///
    /// ```
    /// use cagr::{fit, Year};
    ///
    /// let y = Year::new;
    /// let g = fit::growth(&[(y(2020)?, 100.0), (y(2021)?, 111.0), (y(2022)?, 120.0)])?;
    /// let (lo, hi) = g.band_with(y(2021)?, 0.5)?;
    /// assert_eq!(format!("{lo:.1} to {hi:.1}"), "109.3 to 110.7");
    /// # Ok::<(), cagr::Error>(())
    /// ```
    pub fn band_with(&self, year: Year, level: f64) -> Result<(f64, f64)> {
        self.band_at(f64::from(year.get()), level)
    }

    pub(crate) fn band_at(&self, year: f64, level: f64) -> Result<(f64, f64)> {
        let (lo, hi) = self.line.band(year, level)?;
        Ok((lo.exp(), finite("upper end of the band", hi.exp())?))
    }

    /// The CAGR between the endpoints of the series, for comparison with
    /// the fitted rate: from the first value given for the earliest year to
    /// the last value given for the latest year.
    ///
    /// # Errors
    ///
    /// [`Error::OutOfRange`] if the rate is not a valid [`Rate`].
    ///
    /// # Example
    ///
    /// ```
    /// use cagr::{fit, Year};
    ///
    /// let y = Year::new;
    /// let g = fit::growth(&[(y(2020)?, 100.0), (y(2021)?, 130.0), (y(2022)?, 121.0)])?;
    /// assert_eq!(format!("{:.1}", g.endpoint_rate()?), "10.0%");
    /// assert_eq!(format!("{:.1}", g.rate()), "10.0%");
    /// # Ok::<(), cagr::Error>(())
    /// ```
    pub fn endpoint_rate(&self) -> Result<Rate> {
        let (first, last) = endpoints(&self.points);
        let n = f64::from(first.0.until(last.0));
        let r = solve::rate_f64(first.1, last.1, n);
        Rate::from_fraction(r).map_err(|_| Error::OutOfRange {
            quantity: "rate",
            value: r,
        })
    }

    /// The points with their fitted values and log-scale residuals
    /// `ln(value) − ln(fitted)`, in the order given.
    pub fn points(&self) -> impl ExactSizeIterator<Item = FitPoint> + '_ {
        self.points.iter().map(|&(year, value)| {
            let z = self.line.at(f64::from(year.get()));
            FitPoint {
                year,
                value,
                fitted: z.exp(),
                residual: value.ln() - z,
            }
        })
    }

    /// The number of points.
    pub fn len(&self) -> usize {
        self.points.len()
    }

    /// Always `false`: a fit has at least two points. (For Clippy's
    /// `len_without_is_empty`.)
    pub fn is_empty(&self) -> bool {
        self.points.is_empty()
    }

    /// The earliest and the latest year of the data.
    pub fn years(&self) -> (Year, Year) {
        year_range(&self.points)
    }

    /// The points as a table: `year`, `value` (as given), `fitted` and
    /// `log_residual`, fitted values and residuals to six significant
    /// digits.
    ///
    /// # Example
    ///
    /// ```
    /// use cagr::{fit, Year};
    ///
    /// let y = Year::new;
    /// let g = fit::growth(&[(y(2020)?, 100.0), (y(2021)?, 111.0), (y(2022)?, 120.0)])?;
    /// assert_eq!(
    ///     g.table().to_csv(),
    ///     "year,value,fitted,log_residual\r\n\
    ///      2020,100,100.441,-0.00439975\r\n\
    ///      2021,111,110.028,0.00879949\r\n\
    ///      2022,120,120.529,-0.00439975\r\n"
    /// );
    /// # Ok::<(), cagr::Error>(())
    /// ```
    pub fn table(&self) -> Table {
        let mut t = Table::new(["year", "value", "fitted", "log_residual"]);
        for p in self.points() {
            t.push([
                p.year.to_string(),
                p.value.to_string(),
                sig(p.fitted, 6),
                sig(p.residual, 6),
            ]);
        }
        t
    }
}

/// The first value given for the earliest year and the last value given
/// for the latest year.
fn endpoints(points: &[(Year, f64)]) -> ((Year, f64), (Year, f64)) {
    let mut first = points[0];
    let mut last = points[0];
    for &p in points {
        if p.0 < first.0 {
            first = p;
        }
        if p.0 >= last.0 {
            last = p;
        }
    }
    (first, last)
}

impl fmt::Display for GrowthFit {
    /// One line: the fitted rate, its 95% interval, R² (log scale) and the
    /// endpoint CAGR. The precision (default 2) sets the decimals of the
    /// rates. `{:#}` prints every statistic and a table of the points.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let p = f.precision().unwrap_or(2);
        let (first, last) = self.years();
        let endpoint = self.endpoint_rate().ok();
        if f.alternate() {
            writeln!(
                f,
                "Exponential fit (LOGEST): {} points, {first}-{last}",
                self.len()
            )?;
            writeln!(f, "  fitted rate       {:.p$} a year", self.rate)?;
            match (self.interval(), self.rate_se(), self.log_slope_se()) {
                (Ok((lo, hi)), Ok(se), Ok(log_se)) => {
                    writeln!(f, "  95% interval      {lo:.p$} to {hi:.p$}")?;
                    writeln!(
                        f,
                        "  standard error    {:.p$} points (log slope {})",
                        se * 100.0,
                        sig(log_se, 4)
                    )?;
                }
                _ => writeln!(f, "  95% interval      {}", no_interval(self.len()).0)?,
            }
            writeln!(f, "  R² (log scale)    {:.4}", self.r_squared())?;
            if let Some(e) = endpoint {
                writeln!(f, "  endpoint CAGR     {e:.p$} ({first}-{last})")?;
            }
            writeln!(f)?;
            return f.write_str(self.table().to_markdown().trim_end());
        }
        write!(
            f,
            "{:.p$} a year fitted to {} points over {first}-{last} (",
            self.rate,
            self.len()
        )?;
        match self.interval() {
            Ok((lo, hi)) => write!(f, "95% interval {lo:.p$} to {hi:.p$}, ")?,
            Err(_) => write!(f, "{}, ", no_interval(self.len()).1)?,
        }
        write!(f, "R² {:.4} on the log scale)", self.r_squared())?;
        if let Some(e) = endpoint {
            write!(f, "; endpoint CAGR {e:.p$}")?;
        }
        Ok(())
    }
}

/// A straight line fitted by least squares: a constant increment a year,
/// the spreadsheet `LINEST`/`TREND` model. Made by [`trend`].
///
/// # Example
///
/// ```
/// use cagr::{fit, Year};
///
/// let y = Year::new;
/// let t = fit::trend(&[(y(2019)?, 100.0), (y(2020)?, 112.0), (y(2022)?, 139.0), (y(2023)?, 160.0)])?;
/// assert_eq!(format!("{:.2}", t.slope()), "14.70");
/// assert_eq!(format!("{:.2}", t.fitted(y(2021)?)), "127.75"); // the mean: the line passes through it
/// # Ok::<(), cagr::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq)]
pub struct TrendFit {
    points: Vec<(Year, f64)>,
    line: Line,
}

/// Fits a straight line to `(year, value)` points by least squares (the
/// spreadsheet `LINEST`/`TREND` model). Values may be zero or negative.
///
/// # Formula
///
/// `value = a + b·year` by ordinary least squares (see the [module
/// docs](self)).
///
/// # Errors
///
/// Checked in this order:
///
/// * [`Error::Value`] for a NaN or infinite value;
/// * [`Error::TooFewPoints`] for fewer than two points;
/// * [`Error::OneYear`] if every point is in the same year;
/// * [`Error::OutOfRange`] if the slope, the fitted value in the year of a
///   point, or a residual is beyond the range of `f64` (values near
///   `f64::MAX`: from `f64::MAX` to `-f64::MAX` in a year is a slope of
///   `-2·f64::MAX`).
///
/// Otherwise values anywhere in the range of `f64`, subnormals included,
/// are fitted with the accuracy of values near 1: the sums are taken over
/// the values divided by a power of two (an exact division), so their
/// squares neither overflow nor underflow.
///
/// # Example
///
/// ```
/// use cagr::{fit, Year};
///
/// let y = Year::new;
/// let t = fit::trend(&[(y(2020)?, -1.0), (y(2021)?, 1.0), (y(2022)?, 3.0)])?;
/// assert_eq!(t.slope(), 2.0);
/// let huge = fit::trend(&[(y(2000)?, 1e300), (y(2001)?, 2e300), (y(2002)?, 4e300)])?;
/// assert_eq!(huge.slope(), 1.5e300);
/// let err = fit::trend(&[(y(2020)?, 1.0)]).unwrap_err();
/// assert_eq!(err.to_string(), "too few points for a fit: 1 given, at least 2 needed");
/// let err = fit::trend(&[(y(2020)?, 1.0), (y(2021)?, f64::NAN)]).unwrap_err();
/// assert_eq!(err.to_string(), "invalid value NaN in 2021: a value must be finite");
/// let err = fit::trend(&[(y(2020)?, f64::MAX), (y(2021)?, -f64::MAX)]).unwrap_err();
/// assert_eq!(err.to_string(), "the computed slope is out of range: -inf");
/// # Ok::<(), cagr::Error>(())
/// ```
pub fn trend(points: &[(Year, f64)]) -> Result<TrendFit> {
    validate(points, false)?;
    let line = Line::new(points.iter().map(|&(year, value)| (year.get(), value)));
    finite("slope", line.slope())?;
    for &(year, value) in points {
        let fitted = finite("fitted value", line.at(f64::from(year.get())))?;
        finite("residual", value - fitted)?;
    }
    Ok(TrendFit {
        points: points.to_vec(),
        line,
    })
}

impl TrendFit {
    /// The fitted increment a year, `b`, in the values' unit.
    pub fn slope(&self) -> f64 {
        self.line.slope()
    }

    /// The standard error of the [`slope`](TrendFit::slope).
    ///
    /// # Formula
    ///
    /// `se(b) = √(SSE / (n − 2)) / √Σ(x − x̄)²`.
    ///
    /// # Errors
    ///
    /// [`Error::TooFewPoints`] for a fit to two points;
    /// [`Error::OutOfRange`] if it is beyond the range of `f64` (scattered
    /// values near `f64::MAX`).
    ///
    /// # Example
    ///
    /// ```
    /// use cagr::{fit, Year};
    ///
    /// let y = Year::new;
    /// let t = fit::trend(&[(y(2020)?, 100.0), (y(2021)?, 111.0), (y(2022)?, 120.0)])?;
    /// assert_eq!(format!("{:.4}", t.slope_se()?), "0.5774");
    /// # Ok::<(), cagr::Error>(())
    /// ```
    pub fn slope_se(&self) -> Result<f64> {
        self.line.slope_se()
    }

    /// The 95% confidence interval of the slope, `b ± t·se(b)`.
    ///
    /// # Errors
    ///
    /// [`Error::TooFewPoints`] for a fit to two points;
    /// [`Error::OutOfRange`] if an end is beyond the range of `f64`
    /// (scattered values near `f64::MAX`).
    ///
    /// # Example
    ///
    /// ```
    /// use cagr::{fit, Year};
    ///
    /// let y = Year::new;
    /// let t = fit::trend(&[(y(2020)?, 100.0), (y(2021)?, 111.0), (y(2022)?, 120.0)])?;
    /// let (lo, hi) = t.interval()?;
    /// assert_eq!(format!("{lo:.2} to {hi:.2}"), "2.66 to 17.34");
    /// # Ok::<(), cagr::Error>(())
    /// ```
    pub fn interval(&self) -> Result<(f64, f64)> {
        self.interval_with(LEVEL)
    }

    /// The confidence interval of the slope at `level`.
    ///
    /// # Errors
    ///
    /// [`Error::Probability`] unless `0 < level < 1`; otherwise as
    /// [`interval`](TrendFit::interval).
    ///
    /// # Example
    ///
    /// ```
    /// use cagr::{fit, Year};
    ///
    /// let y = Year::new;
    /// let t = fit::trend(&[(y(2020)?, 100.0), (y(2021)?, 111.0), (y(2022)?, 120.0)])?;
    /// let (lo, hi) = t.interval_with(0.5)?;
    /// assert_eq!(format!("{lo:.2} to {hi:.2}"), "9.42 to 10.58");
    /// # Ok::<(), cagr::Error>(())
    /// ```
    pub fn interval_with(&self, level: f64) -> Result<(f64, f64)> {
        self.line.slope_interval(level)
    }

    /// R² of the fit: the share of the variance of the values the line
    /// explains. 1 for two points.
    pub fn r_squared(&self) -> f64 {
        self.line.r_squared()
    }

    /// The fitted value in `year` (any year, inside the data or not).
    /// Finite in the years of the data ([`trend`] checks); infinite only for
    /// a year so far from the data that the line leaves the range of `f64`.
    ///
    /// # Example
    ///
    /// ```
    /// use cagr::{fit, Year};
    ///
    /// let y = Year::new;
    /// let t = fit::trend(&[(y(2020)?, 100.0), (y(2022)?, 120.0)])?;
    /// assert_eq!(t.fitted(y(2025)?), 150.0);
    /// # Ok::<(), cagr::Error>(())
    /// ```
    pub fn fitted(&self, year: Year) -> f64 {
        self.line.at(f64::from(year.get()))
    }

    /// The 95% confidence band of the fitted line in `year`.
    ///
    /// # Formula
    ///
    /// `ẑ ± t·s·√(1/n + (year − x̄)²/Sxx)`.
    ///
    /// # Errors
    ///
    /// [`Error::TooFewPoints`] for a fit to two points;
    /// [`Error::OutOfRange`] if an end is beyond the range of `f64`
    /// (scattered values near `f64::MAX`, or a year far from the data).
    ///
    /// # Example
    ///
    /// ```
    /// use cagr::{fit, Year};
    ///
    /// let y = Year::new;
    /// let t = fit::trend(&[(y(2020)?, 100.0), (y(2021)?, 111.0), (y(2022)?, 120.0)])?;
    /// let (lo, hi) = t.band(y(2021)?)?;
    /// assert_eq!(format!("{lo:.2} to {hi:.2}"), "104.34 to 116.32");
    /// # Ok::<(), cagr::Error>(())
    /// ```
    pub fn band(&self, year: Year) -> Result<(f64, f64)> {
        self.band_with(year, LEVEL)
    }

    /// The confidence band of the fitted line in `year` at `level`.
    ///
    /// # Errors
    ///
    /// [`Error::Probability`] unless `0 < level < 1`; otherwise as
    /// [`band`](TrendFit::band).
    ///
    /// # Example
    ///
    /// ```
    /// use cagr::{fit, Year};
    ///
    /// let y = Year::new;
    /// let t = fit::trend(&[(y(2020)?, 100.0), (y(2022)?, 120.0)])?;
    /// assert_eq!(
    ///     t.band_with(y(2021)?, 0.9).unwrap_err().to_string(),
    ///     "too few points for an interval: 2 given, at least 3 needed"
    /// );
    /// # Ok::<(), cagr::Error>(())
    /// ```
    pub fn band_with(&self, year: Year, level: f64) -> Result<(f64, f64)> {
        self.line.band(f64::from(year.get()), level)
    }

    /// The points with their fitted values and residuals `value − fitted`,
    /// in the order given.
    pub fn points(&self) -> impl ExactSizeIterator<Item = FitPoint> + '_ {
        self.points.iter().map(|&(year, value)| {
            let fitted = self.line.at(f64::from(year.get()));
            FitPoint {
                year,
                value,
                fitted,
                residual: value - fitted,
            }
        })
    }

    /// The number of points.
    pub fn len(&self) -> usize {
        self.points.len()
    }

    /// Always `false`: a fit has at least two points.
    pub fn is_empty(&self) -> bool {
        self.points.is_empty()
    }

    /// The earliest and the latest year of the data.
    pub fn years(&self) -> (Year, Year) {
        year_range(&self.points)
    }

    /// The points as a table: `year`, `value` (as given), `fitted` and
    /// `residual`, to six significant digits.
    ///
    /// # Example
    ///
    /// ```
    /// use cagr::{fit, Year};
    ///
    /// let y = Year::new;
    /// let t = fit::trend(&[(y(2020)?, 100.0), (y(2021)?, 111.0), (y(2022)?, 120.0)])?;
    /// assert_eq!(t.table().to_csv().lines().nth(1), Some("2020,100,100.333,-0.333333"));
    /// # Ok::<(), cagr::Error>(())
    /// ```
    pub fn table(&self) -> Table {
        let mut t = Table::new(["year", "value", "fitted", "residual"]);
        for p in self.points() {
            t.push([
                p.year.to_string(),
                p.value.to_string(),
                sig(p.fitted, 6),
                sig(p.residual, 6),
            ]);
        }
        t
    }
}

impl fmt::Display for TrendFit {
    /// One line: the increment a year, its 95% interval and R². The
    /// precision, if given, sets the decimals of the increments (default:
    /// four significant digits). `{:#}` prints every statistic and a table
    /// of the points.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let precision = f.precision();
        let num = |x: f64| match precision {
            Some(p) => format!("{x:.p$}"),
            None => sig(x, 4),
        };
        let (first, last) = self.years();
        let slope = num(self.slope());
        let sign = if self.slope() >= 0.0 { "+" } else { "" };
        if f.alternate() {
            writeln!(
                f,
                "Straight-line fit (TREND): {} points, {first}-{last}",
                self.len()
            )?;
            writeln!(f, "  fitted increment  {sign}{slope} a year")?;
            match (self.interval(), self.slope_se()) {
                (Ok((lo, hi)), Ok(se)) => {
                    writeln!(f, "  95% interval      {} to {}", num(lo), num(hi))?;
                    writeln!(f, "  standard error    {}", num(se))?;
                }
                _ => writeln!(f, "  95% interval      {}", no_interval(self.len()).0)?,
            }
            writeln!(f, "  R²                {:.4}", self.r_squared())?;
            writeln!(f)?;
            return f.write_str(self.table().to_markdown().trim_end());
        }
        write!(
            f,
            "{sign}{slope} a year fitted to {} points over {first}-{last} (",
            self.len()
        )?;
        match self.interval() {
            Ok((lo, hi)) => write!(f, "95% interval {} to {}, ", num(lo), num(hi))?,
            Err(_) => write!(f, "{}, ", no_interval(self.len()).1)?,
        }
        write!(f, "R² {:.4})", self.r_squared())
    }
}

/// Exponential growth and a straight line fitted to the same series, and
/// which is closer to the data. Made by [`compare`].
///
/// # Which fits better, and why on the original scale
///
/// The two fits minimise different things (squared errors of `ln(value)`
/// and of the value), so their own R² are on different scales and cannot be
/// compared. Both are therefore scored by the **residual sum of squares on
/// the original scale**, `Σ (value − fitted)²`: the question a reader asks
/// of a chart ("which curve passes closer to the points?"), in the values'
/// own unit. Both models have two parameters, so no penalty for complexity
/// is needed, and ranking by this sum is the same as ranking by R² on the
/// original scale, `1 − RSS/Σ(value − mean)²`, which is reported too
/// because it reads on a fixed 0-to-1 scale.
///
/// (The growth fit does not minimise this sum, so a straight line can win
/// on it even for data that are exponential with noise that grows with the
/// level; with a handful of points the difference may be small. The
/// numbers are in the result for the reader to weigh.)
///
/// # Example
///
/// ```
/// use cagr::fit::{self, Shape};
/// use cagr::Year;
///
/// let y = Year::new;
/// let linear = [(y(2016)?, 50.0), (y(2017)?, 60.5), (y(2018)?, 69.8), (y(2019)?, 80.2), (y(2020)?, 90.1)];
/// let c = fit::compare(&linear)?;
/// assert_eq!(c.better(), Some(Shape::Linear));
/// assert!(c.trend_rss() < c.growth_rss());
/// println!("{c}");
/// # Ok::<(), cagr::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq)]
pub struct FitComparison {
    growth: GrowthFit,
    trend: TrendFit,
    // The sums of squares are of the values divided by `scale` (that of the
    // trend's line), so that R² keeps its digits for values whose squares
    // underflow; the getters multiply back.
    growth_rss: f64,
    trend_rss: f64,
    tss: f64,
    scale: f64,
}

/// Fits both shapes to `(year, value)` points and compares them on the
/// residual sum of squares of the values (see [`FitComparison`]).
///
/// # Errors
///
/// Those of [`growth`] (the stricter of the two: values must be positive),
/// then those of [`trend`]; and [`Error::OutOfRange`] if a residual sum of
/// squares is beyond the range of `f64`: with values of about `1e154` and
/// more, whose residuals (even the rounding errors of a fitted value) can
/// square beyond it. The sums are taken over the values divided by a power
/// of two, so R² on the original scale keeps its digits down to subnormal
/// values.
///
/// # Example
///
/// ```
/// use cagr::fit::{self, Shape};
/// use cagr::Year;
///
/// let y = Year::new;
/// let c = fit::compare(&[(y(2020)?, 100.0), (y(2021)?, 111.0), (y(2022)?, 120.0), (y(2023)?, 135.0)])?;
/// assert_eq!(c.better(), Some(Shape::Exponential));
/// assert_eq!(format!("{:.2}", c.growth().rate()), "10.28%");
/// assert_eq!(format!("{:.2}", c.trend().slope()), "11.40");
/// # Ok::<(), cagr::Error>(())
/// ```
pub fn compare(points: &[(Year, f64)]) -> Result<FitComparison> {
    let growth = growth(points)?;
    let trend = trend(points)?;
    let scale = trend.line.scale;
    let mean = sum(points.iter().map(|p| p.1 / scale)) / points.len() as f64;
    let tss = sum(points
        .iter()
        .map(|p| (p.1 / scale - mean) * (p.1 / scale - mean)));
    let rss = |fitted: &mut dyn Iterator<Item = FitPoint>| {
        sum(fitted.map(|p| {
            let r = p.value / scale - p.fitted / scale;
            r * r
        }))
    };
    let growth_rss = rss(&mut growth.points());
    let trend_rss = rss(&mut trend.points());
    let c = FitComparison {
        growth,
        trend,
        growth_rss,
        trend_rss,
        tss,
        scale,
    };
    finite("residual sum of squares", c.growth_rss())?;
    finite("residual sum of squares", c.trend_rss())?;
    Ok(c)
}

impl FitComparison {
    /// The exponential fit.
    pub fn growth(&self) -> &GrowthFit {
        &self.growth
    }

    /// The straight-line fit.
    pub fn trend(&self) -> &TrendFit {
        &self.trend
    }

    /// `Σ (value − fitted)²` of the exponential fit, in the values' unit
    /// squared.
    pub fn growth_rss(&self) -> f64 {
        self.growth_rss * self.scale * self.scale
    }

    /// `Σ (value − fitted)²` of the straight line.
    pub fn trend_rss(&self) -> f64 {
        self.trend_rss * self.scale * self.scale
    }

    /// R² of the exponential fit on the original scale,
    /// `1 − RSS/Σ(value − mean)²` (not the log-scale R² of
    /// [`GrowthFit::r_squared`]).
    pub fn growth_r_squared(&self) -> f64 {
        r_squared(self.growth_rss, self.tss)
    }

    /// R² of the straight line, `1 − RSS/Σ(value − mean)²` (the same as
    /// [`TrendFit::r_squared`], up to rounding).
    pub fn trend_r_squared(&self) -> f64 {
        r_squared(self.trend_rss, self.tss)
    }

    /// The shape with the smaller residual sum of squares on the original
    /// scale; `None` for two points (both curves pass through both) or an
    /// exact tie.
    pub fn better(&self) -> Option<Shape> {
        if self.growth.len() < 3 {
            return None;
        }
        match self.growth_rss.partial_cmp(&self.trend_rss) {
            Some(core::cmp::Ordering::Less) => Some(Shape::Exponential),
            Some(core::cmp::Ordering::Greater) => Some(Shape::Linear),
            _ => None,
        }
    }

    /// Both fits side by side: `year`, `value`, `growth_fitted` and
    /// `trend_fitted`, to six significant digits.
    ///
    /// # Example
    ///
    /// ```
    /// use cagr::{fit, Year};
    ///
    /// let y = Year::new;
    /// let c = fit::compare(&[(y(2020)?, 100.0), (y(2021)?, 111.0), (y(2022)?, 120.0)])?;
    /// assert_eq!(
    ///     c.table().to_csv(),
    ///     "year,value,growth_fitted,trend_fitted\r\n\
    ///      2020,100,100.441,100.333\r\n\
    ///      2021,111,110.028,110.333\r\n\
    ///      2022,120,120.529,120.333\r\n"
    /// );
    /// # Ok::<(), cagr::Error>(())
    /// ```
    pub fn table(&self) -> Table {
        let mut t = Table::new(["year", "value", "growth_fitted", "trend_fitted"]);
        for (g, l) in self.growth.points().zip(self.trend.points()) {
            t.push([
                g.year.to_string(),
                g.value.to_string(),
                sig(g.fitted, 6),
                sig(l.fitted, 6),
            ]);
        }
        t
    }
}

fn r_squared(rss: f64, tss: f64) -> f64 {
    if tss == 0.0 {
        1.0
    } else {
        1.0 - rss / tss
    }
}

impl fmt::Display for FitComparison {
    /// The verdict with its numbers. `{:#}` adds both fits in full and the
    /// table of fitted values.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let (g, t) = (sig(self.growth_rss(), 4), sig(self.trend_rss(), 4));
        let (gr, tr) = (self.growth_r_squared(), self.trend_r_squared());
        match self.better() {
            None if self.growth.len() < 3 => f.write_str(
                "with two points both shapes pass through both, so neither fits better",
            )?,
            Some(Shape::Exponential) => write!(
                f,
                "exponential growth fits better than a straight line: residual sum of squares \
                 {g} against {t} (R² {gr:.4} against {tr:.4}, both on the original scale)"
            )?,
            Some(Shape::Linear) => write!(
                f,
                "a straight line fits better than exponential growth: residual sum of squares \
                 {t} against {g} (R² {tr:.4} against {gr:.4}, both on the original scale)"
            )?,
            None => write!(
                f,
                "exponential growth and a straight line fit equally well: residual sum of \
                 squares {g} (R² {gr:.4} on the original scale)"
            )?,
        }
        if f.alternate() {
            write!(
                f,
                "\n\n{:#}\n\n{:#}\n\n{}",
                self.growth,
                self.trend,
                self.table().to_markdown().trim_end()
            )?;
        }
        Ok(())
    }
}

/// Why a fit of `points` points has no 95% interval, as a table entry and
/// as a phrase: two points leave no degrees of freedom; otherwise an end is
/// beyond the range of `f64`.
fn no_interval(points: usize) -> (&'static str, &'static str) {
    if points < 3 {
        ("none from two points", "no interval from two points")
    } else {
        (
            "beyond the range of f64",
            "an interval beyond the range of f64",
        )
    }
}

/// `x` to `digits` significant digits, in plain decimal notation (no
/// exponent, so a spreadsheet reads it as a number).
fn sig(x: f64, digits: i32) -> String {
    if x == 0.0 || !x.is_finite() {
        return format!("{x}");
    }
    let magnitude = x.abs().log10().floor() as i32;
    let decimals = (digits - 1 - magnitude).max(0) as usize;
    let s = format!("{x:.decimals$}");
    // Rounding can carry into a new digit (9.9996 → "10.000"); one decimal
    // fewer then keeps the count.
    let rounded: f64 = s.parse().unwrap_or(x);
    if decimals > 0 && rounded.abs().log10().floor() as i32 > magnitude {
        return format!("{x:.*}", decimals - 1);
    }
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sig_keeps_significant_digits() {
        let table = [
            (100.306_12, "100.306"),
            (-0.003_056_52, "-0.00305652"),
            (9.999_996, "10.0000"),
            (1.7295e12, "1729500000000"),
            (0.0, "0"),
        ];
        for (x, want) in table {
            assert_eq!(sig(x, 6), want, "{x}");
        }
    }
}
