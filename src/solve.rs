//! Closed-form solving: any one of start, end, rate and span from the other
//! three.
//!
//! Every function here is a single closed form, computed so that it keeps
//! its digits at both extremes of growth:
//!
//! * the log of the growth ratio is `ln_1p((end − start)/start)` when the
//!   two values are within a factor of two (the subtraction is then exact,
//!   so a change of 1e-7 keeps all its digits), `ln(end/start)` otherwise,
//!   and `ln(end) − ln(start)` when the ratio itself would overflow;
//! * the growth factor `(1 + r)^n` is `powf` of `1 + r` rounded, times a
//!   correction for the rounding error of `1 + r` (computed exactly by
//!   TwoSum), so the error stays near one ulp even when `n·ln(1 + r)` is in
//!   the hundreds, where `exp(n·ln_1p(r))` loses up to a few hundred ulp.
//!
//! Where an intermediate value would leave the normal range of `f64` (a
//! factor `(1 + r)^n` that overflows while the answer fits, a subnormal
//! amount, a rate above e^128 a year, a result next to a limit), the row
//! takes the accurate route of double-double logarithms and exponentials
//! with each amount's power of two kept apart, rounded once at the end.
//!
//! The result of each function is within 4 ulp of the correctly rounded
//! answer wherever that answer is a valid value, subnormal results included
//! (measured: 2 ulp on the 685 rows of `tests/data/reference.csv`, 1 ulp on
//! the 2,111 edge rows of `tests/data/edges.csv`, both generated with
//! mpmath by `tools/reference.py`), and [`Error::OutOfRange`] exactly where
//! it is not: a result that rounds to infinity or below half the smallest
//! subnormal, or a rate that rounds to −100% or reaches the [`Rate`] limit.
//!
//! # Example
//!
//! ```
//! use cagr::{solve, Amount, Rate, Span};
//!
//! let start: Amount = "600 billion CNY".parse()?;
//! let end: Amount = "1,729.5 billion CNY".parse()?;
//! let eleven = Span::from_years(11.0)?;
//!
//! let implied = solve::rate(start, end, eleven)?;
//! assert_eq!(format!("{implied:.2}"), "10.10%");
//!
//! let stated = Rate::from_percent(15.6)?;
//! assert_eq!(format!("{:.1}", solve::end(start, stated, eleven)?), "2,955.9 billion CNY");
//! assert_eq!(format!("{:.1}", solve::start(end, stated, eleven)?), "351.1 billion CNY");
//! assert_eq!(format!("{:.1}", solve::span(start, end, stated)?), "7.3 years");
//! # Ok::<(), cagr::Error>(())
//! ```

use crate::{Amount, Error, Rate, Result, Span};

/// `ln(end / start)` for positive inputs, keeping digits for ratios near 1
/// and ratios beyond the range of `f64`; ±∞ where an input is 0 or ∞.
pub(crate) fn log_ratio(start: f64, end: f64) -> f64 {
    let ratio = end / start;
    if (0.5..=2.0).contains(&ratio) {
        // Sterbenz: `end - start` is exact here.
        ((end - start) / start).ln_1p()
    } else if ratio.is_normal() {
        ratio.ln()
    } else if start.is_finite() && end.is_finite() && start > 0.0 && end > 0.0 {
        // The ratio is out of range: its logarithm with each amount's power
        // of two apart.
        crate::num::dd::ln_ratio(end, start).value()
    } else {
        // The checker's unbounded interval ends (0 or infinity): ±∞.
        end.ln() - start.ln()
    }
}

/// `(1 + r)^n` with the rounding of `1 + r` corrected (see module docs),
/// or `None` where this route is not accurate: a factor out of the normal
/// range, or a correction `n·ln(1 + lo/hi)` above 1/8 (a tiny rate over an
/// astronomical span, 1e-90 over 1e91 years), where `1 + expm1(c)` would
/// lose digits to cancellation.
pub(crate) fn growth_factor(r: f64, n: f64) -> Option<f64> {
    // hi + lo == 1 + r exactly.
    let crate::num::dd::Dd { hi, lo } = crate::num::dd::two_sum(1.0, r);
    let p = hi.powf(n);
    if !p.is_normal() {
        return None;
    }
    if lo == 0.0 {
        // `1 + r` is exact.
        return Some(p);
    }
    // (hi + lo)^n = hi^n · (1 + lo/hi)^n
    let c = n * (lo / hi).ln_1p();
    (c.abs() <= 0.125).then(|| p + p * c.exp_m1())
}

/// The rate kernel: `expm1(ln(end/start)/n)`; for steep growth the
/// double-double kernel of [`crate::num::kernel`]; at the edges (a subnormal
/// amount, a ratio out of range, a rate the kernel does not answer for) the
/// accurate route of [`crate::num::dd`].
pub(crate) fn rate_f64(start: f64, end: f64, n: f64) -> f64 {
    if !(start.is_normal() && end.is_normal() && (end / start).is_normal()) {
        return crate::num::dd::rate(start, end, n);
    }
    let x = log_ratio(start, end) / n;
    if x <= 1.0 {
        return x.exp_m1();
    }
    // Steep growth (over e − 1 ≈ 172% a year): `x` carries an absolute
    // rounding error that `exp` turns into a relative error of about `x`
    // ulp, so `x` is kept as a double-double.
    match crate::num::kernel::rate(start, end, n) {
        (r, true) => r,
        // A span past about 2^1017 years, or a result out of the kernel's
        // range.
        _ => crate::num::dd::rate(start, end, n),
    }
}

/// The span kernel: `ln(end/start) / ln_1p(r)`.
pub(crate) fn span_f64(start: f64, end: f64, r: f64) -> f64 {
    log_ratio(start, end) / r.ln_1p()
}

/// The rate that takes `start` to `end` in `span` years: the CAGR.
///
/// # Formula
///
/// ```text
/// r = (end / start)^(1/n) − 1 = expm1(ln(end / start) / n)
/// ```
///
/// # Errors
///
/// * [`Error::CurrencyMismatch`] if the amounts are in different currencies;
/// * [`Error::OutOfRange`] if the rate overflows (enormous growth over a
///   tiny span) or rounds to −100% (a collapse over a tiny span).
///
/// # Example
///
/// ```
/// use cagr::{solve, Amount, Span};
///
/// let r = solve::rate("600".parse()?, "1,729.5".parse()?, Span::from_years(11.0)?)?;
/// assert_eq!(r.as_fraction(), 0.10102507686327022);
/// # Ok::<(), cagr::Error>(())
/// ```
pub fn rate(start: Amount, end: Amount, span: Span) -> Result<Rate> {
    start.common_currency(end)?;
    let r = rate_f64(start.value(), end.value(), span.as_years());
    Rate::from_fraction(r).map_err(|_| Error::OutOfRange {
        quantity: "rate",
        value: r,
    })
}

/// The value `start` reaches after `span` years at `rate`.
///
/// # Formula
///
/// ```text
/// end = start · (1 + r)^n
/// ```
///
/// # Errors
///
/// [`Error::OutOfRange`] if the result overflows or underflows to zero.
///
/// # Example
///
/// ```
/// use cagr::{solve, Amount, Rate, Span};
///
/// let end = solve::end("100 USD".parse()?, Rate::from_percent(10.0)?, Span::from_years(2.0)?)?;
/// assert_eq!(format!("{end:.2}"), "121.00 USD");
/// # Ok::<(), cagr::Error>(())
/// ```
pub fn end(start: Amount, rate: Rate, span: Span) -> Result<Amount> {
    start.like(
        project(start.value(), rate.as_fraction(), span.as_years()),
        "end value",
    )
}

/// Half the range of `f64`: values above it are computed on the accurate
/// route, which rounds to infinity exactly where the answer does.
const NEAR_OVERFLOW: f64 = f64::MAX / 2.0;

/// `start · (1 + r)^n`; through the exponent-split logarithms of
/// [`crate::num::dd`] when the factor alone is out of the normal range but the
/// product may not be (1e-300 doubled 1,100 times), or the product is
/// subnormal or overflows.
pub(crate) fn project(start: f64, r: f64, n: f64) -> f64 {
    match growth_factor(r, n).map(|factor| start * factor) {
        // Below 2^1023 a value a few ulp off cannot be one that should have
        // overflowed.
        Some(value) if value.is_normal() && value < NEAR_OVERFLOW => value,
        // The factor or the product is out of the normal range: the
        // accurate route, which rounds once into the subnormals or to
        // infinity or zero.
        _ => crate::num::dd::project(start, r, n),
    }
}

/// The value that grows to `end` after `span` years at `rate`.
///
/// # Formula
///
/// ```text
/// start = end / (1 + r)^n
/// ```
///
/// # Errors
///
/// [`Error::OutOfRange`] if the result overflows or underflows to zero.
///
/// # Example
///
/// ```
/// use cagr::{solve, Amount, Rate, Span};
///
/// let start = solve::start("121 USD".parse()?, Rate::from_percent(10.0)?, Span::from_years(2.0)?)?;
/// assert_eq!(format!("{start:.2}"), "100.00 USD");
/// # Ok::<(), cagr::Error>(())
/// ```
pub fn start(end: Amount, rate: Rate, span: Span) -> Result<Amount> {
    end.like(
        project(end.value(), rate.as_fraction(), -span.as_years()),
        "start value",
    )
}

/// The number of years `rate` takes to bring `start` to `end`.
///
/// # Formula
///
/// ```text
/// n = ln(end / start) / ln(1 + r)
/// ```
///
/// # Errors
///
/// * [`Error::CurrencyMismatch`] if the amounts are in different currencies;
/// * [`Error::NoGrowth`] for a zero rate with `start ≠ end`;
/// * [`Error::WrongDirection`] for a rate whose sign contradicts the change
///   (growth for a fall, decline for a rise);
/// * [`Error::Span`] (zero years) when `start == end` and the rate is not
///   zero, or both are unchanged;
/// * [`Error::OutOfRange`] if the span overflows (a tiny rate, a big change).
///
/// # Example
///
/// ```
/// use cagr::{solve, Amount, Rate};
///
/// let n = solve::span("600".parse()?, "1,729.5".parse()?, Rate::from_percent(15.6)?)?;
/// assert_eq!(format!("{n:.1}"), "7.3 years");
/// let err = solve::span("600".parse()?, "500".parse()?, Rate::from_percent(5.0)?).unwrap_err();
/// assert_eq!(err.to_string(), "a rate of 5% never takes 600 to 500");
/// let err = solve::span("600 billion CNY".parse()?, "500 billion CNY".parse()?, Rate::from_percent(5.0)?).unwrap_err();
/// assert_eq!(err.to_string(), "a rate of 5% never takes 600 billion CNY to 500 billion CNY");
/// # Ok::<(), cagr::Error>(())
/// ```
pub fn span(start: Amount, end: Amount, rate: Rate) -> Result<Span> {
    start.common_currency(end)?;
    let (s, e) = (start.value(), end.value());
    let r = rate.as_fraction();
    if s == e {
        return Err(Error::Span { years: 0.0 });
    }
    // The errors name the amounts as they were given.
    if r == 0.0 {
        return Err(Error::NoGrowth {
            start: start.to_string(),
            end: end.to_string(),
        });
    }
    if (r > 0.0) != (e > s) {
        return Err(Error::WrongDirection {
            percent: rate.as_percent(),
            start: start.to_string(),
            end: end.to_string(),
        });
    }
    let years = span_f64(s, e, r);
    Span::from_years(years).map_err(|_| Error::OutOfRange {
        quantity: "span",
        value: years,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::num::dd;

    #[test]
    fn growth_factor_corrects_rounding_of_one_plus_r() {
        // 1 + 1e-17 rounds to 1, but (1 + 1e-17)^1e9 = 1 + 1e-8 (approximately).
        let f = growth_factor(1e-17, 1e9).expect("a normal factor");
        assert!((f - 1.0 - 1e-8).abs() < 1e-15, "{f}");
        // A correction too large for this route is left to the accurate
        // one.
        assert_eq!(growth_factor(-3e-91, 1.4e91), None);
        assert!(project(1.0, -3e-91, 1.4e91) > 0.0);
    }

    /// `Rate::doubling_time` writes out `span` from 1 to 2 (the value types
    /// import nothing from here): the two agree to the bit, and in their
    /// errors.
    #[test]
    fn doubling_time_is_the_span_from_one_to_two() {
        let (one, two) = (
            Amount::from_base(1.0).unwrap(),
            Amount::from_base(2.0).unwrap(),
        );
        let mut x: u64 = 0x9E37_79B9_7F4A_7C15;
        for i in 0..20_000 {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            // Rates from -99% to about 1e6%, and tiny ones, either sign.
            let u = (x >> 11) as f64 / (1u64 << 53) as f64;
            let percent = match i % 4 {
                0 => u * 200.0 - 99.0,
                1 => 10f64.powf(u * 9.0 - 3.0),
                2 => (u - 0.5) * 1e-12,
                _ => 10f64.powf(u * 310.0 - 320.0),
            };
            let Ok(rate) = Rate::from_percent(percent) else {
                continue;
            };
            let via_solve = span(one, two, rate);
            match (rate.doubling_time(), via_solve) {
                (Ok(a), Ok(b)) => {
                    assert_eq!(a.as_years().to_bits(), b.as_years().to_bits(), "{percent}")
                }
                (a, b) => assert_eq!(a, b, "{percent}"),
            }
        }
        assert!(Rate::from_percent(0.0).unwrap().doubling_time().is_err());
    }

    #[test]
    fn log_ratio_keeps_tiny_changes() {
        let start: f64 = 1e6;
        let end = 1e6 * (1.0 + 1e-12);
        let want = f64::ln_1p((end - start) / start);
        assert_eq!(log_ratio(start, end), want);
        assert!((log_ratio(1e-300, 1e300) - 2.0 * 300.0 * 10f64.ln()).abs() < 1e-12);
    }

    /// Distance in ulp between two positive floats.
    fn ulps(a: f64, b: f64) -> u64 {
        a.to_bits().abs_diff(b.to_bits())
    }

    // The double-double routes of `num::dd` against the plain ones here
    // (these tests sit above both, so `num` imports nothing from here).
    #[test]
    fn dd_route_agrees_with_the_plain_one_across_the_normal_range() {
        // A fixed pseudo-random sweep (xorshift): amounts 1e-100..1e100,
        // rates −99%..+1000%, spans 0.01..1000 years. Both routes are
        // within a few ulp of the truth, so within 6 of each other.
        let mut state = 0x9E37_79B9_7F4A_7C15_u64;
        let mut next = move || {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            (state >> 11) as f64 / (1u64 << 53) as f64
        };
        for _ in 0..20_000 {
            let a = 10f64.powf(next() * 200.0 - 100.0);
            let r = (next() * 7.0 - 4.6).exp() - 1.0;
            let n = 10f64.powf(next() * 5.0 - 2.0);
            let plain = project(a, r, n);
            if plain.is_normal() && plain < f64::MAX / 2.0 {
                assert!(ulps(plain, dd::project(a, r, n)) <= 6, "{a} {r} {n}");
                let back = rate_f64(a, plain, n);
                let dd_back = dd::rate(a, plain, n);
                let d = (back - dd_back).abs() / back.abs().max(1e-300);
                assert!(
                    d <= 6.0 * f64::EPSILON,
                    "{a} {plain} {n}: {back} vs {dd_back}"
                );
            }
        }
    }

    #[test]
    fn dd_route_agrees_with_the_plain_one_in_the_middle() {
        for &(s, e, n) in &[(600.0, 1729.5, 11.0), (100.0, 50.0, 3.0), (1.0, 1e6, 2.5)] {
            let plain = rate_f64(s, e, n);
            let dd = dd::rate(s, e, n);
            assert!((plain - dd).abs() <= plain.abs() * 5e-16, "{s} {e} {n}");
            let back = dd::project(s, dd, n);
            assert!((back - e).abs() <= e * 1e-15, "{s} {e} {n}");
            assert_eq!(dd::interpolate(s, e, n, n), e);
        }
    }
}
