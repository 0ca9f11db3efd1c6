//! [`Rate`]: a compound growth rate per year.

use core::fmt;
use core::str::FromStr;

use crate::error::MAX_FRACTION;
use crate::num::decimal::{self, Decimal, Unparsed};
use crate::{Amount, Error, Result, Span};

/// A compound growth rate per year, such as a CAGR of 15.6%.
///
/// A `Rate` is always finite and above −100% (a value cannot fall by all of
/// itself or more in a year), and its percent is finite too (the fraction is
/// below `f64::MAX / 100`). The unit is in the constructor's name:
/// [`Rate::from_percent`] takes `15.6`, [`Rate::from_fraction`] takes `0.156`.
///
/// Percent and fraction are converted by moving the decimal point in the
/// number's shortest decimal form, not by multiplying by 0.01, so
/// `Rate::from_percent(15.6)` is exactly `Rate::from_fraction(0.156)` and
/// printing then parsing a rate returns the same bits.
///
/// # Example
///
/// ```
/// use cagr::Rate;
///
/// let r = Rate::from_percent(15.6)?;
/// assert_eq!(r.as_fraction(), 0.156);
/// assert_eq!(r, Rate::from_fraction(0.156)?);
/// assert_eq!(r.to_string(), "15.6%");
/// assert_eq!(format!("{:.2}", r), "15.60%");
/// assert_eq!("15.6%".parse::<Rate>()?, r);
/// # Ok::<(), cagr::Error>(())
/// ```
///
/// Equality is exact. For near-equality use the [`approx`] traits, which
/// compare fractions:
///
/// ```
/// use approx::assert_relative_eq;
/// use cagr::Rate;
///
/// let a = Rate::from_fraction(0.1 + 0.2)?;
/// let b = Rate::from_fraction(0.3)?;
/// assert_ne!(a, b);
/// assert_relative_eq!(a, b);
/// # Ok::<(), cagr::Error>(())
/// ```
#[derive(Clone, Copy, PartialEq, PartialOrd)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(try_from = "f64", into = "f64"))]
pub struct Rate {
    fraction: f64,
}

impl Rate {
    /// No growth: 0%.
    pub const ZERO: Rate = Rate { fraction: 0.0 };

    /// A rate given as a fraction per year: `0.156` is 15.6%.
    ///
    /// # Errors
    ///
    /// [`Error::Rate`] unless `fraction` is finite, above −1 and below
    /// `f64::MAX / 100` (the limit that keeps the rate's percentage finite).
    /// The message names the rate in percent, written out exactly even where
    /// that percentage is beyond `f64`.
    ///
    /// # Example
    ///
    /// ```
    /// use cagr::Rate;
    ///
    /// assert_eq!(Rate::from_fraction(0.156)?.as_percent(), 15.6);
    /// assert!(Rate::from_fraction(-1.0).is_err());
    /// let err = Rate::from_fraction(1e307).unwrap_err().to_string();
    /// assert!(err.starts_with("invalid rate 1000000000"));
    /// assert!(err.ends_with("0%: a rate must be below f64::MAX / 100 as a fraction (about 1.8e308%)"));
    /// # Ok::<(), cagr::Error>(())
    /// ```
    pub fn from_fraction(fraction: f64) -> Result<Rate> {
        if fraction.is_finite() && fraction > -1.0 && fraction < MAX_FRACTION {
            Ok(Rate { fraction })
        } else {
            Err(Error::Rate {
                percent: decimal::shift(fraction, 2),
                fraction,
            })
        }
    }

    /// A rate given in percent per year: `15.6` is 15.6%.
    ///
    /// # Errors
    ///
    /// [`Error::Rate`] unless `percent` is finite, above −100 and, as a
    /// fraction (the decimal point moved two places), below `f64::MAX /
    /// 100`. The message names `percent` as given.
    ///
    /// # Example
    ///
    /// ```
    /// use cagr::Rate;
    ///
    /// assert_eq!(Rate::from_percent(15.6)?.as_fraction(), 0.156);
    /// let err = Rate::from_percent(f64::NAN).unwrap_err();
    /// assert_eq!(err.to_string(), "invalid rate NaN%: a rate must be finite and above -100%");
    /// # Ok::<(), cagr::Error>(())
    /// ```
    pub fn from_percent(percent: f64) -> Result<Rate> {
        let fraction = decimal::shift(percent, -2);
        if percent.is_finite() && percent > -100.0 && fraction > -1.0 && fraction < MAX_FRACTION {
            Ok(Rate { fraction })
        } else {
            Err(Error::Rate { percent, fraction })
        }
    }

    /// A rate from its continuously compounded equivalent `c` (a log growth
    /// rate per year): `r = exp(c) − 1`.
    ///
    /// # Formula
    ///
    /// `r = expm1(c)`, exact for small `c`.
    ///
    /// # Errors
    ///
    /// [`Error::Rate`] if `c` is not finite; [`Error::OutOfRange`] if `exp(c)`
    /// overflows or `c` is so negative that the rate rounds to −100%.
    ///
    /// # Example
    ///
    /// ```
    /// use cagr::Rate;
    ///
    /// let r = Rate::from_continuous(2f64.ln())?;
    /// assert!((r.as_percent() - 100.0).abs() < 1e-12);
    /// # Ok::<(), cagr::Error>(())
    /// ```
    pub fn from_continuous(c: f64) -> Result<Rate> {
        if !c.is_finite() {
            return Err(Error::Rate {
                percent: c,
                fraction: c,
            });
        }
        let fraction = c.exp_m1();
        Rate::from_fraction(fraction).map_err(|_| Error::OutOfRange {
            quantity: "rate",
            value: fraction,
        })
    }

    /// The rate as a fraction per year: 15.6% is `0.156`.
    pub const fn as_fraction(self) -> f64 {
        self.fraction
    }

    /// The rate in percent per year: 15.6% is `15.6`.
    pub fn as_percent(self) -> f64 {
        decimal::shift(self.fraction, 2)
    }

    /// The growth factor over one year, `1 + r`.
    pub fn factor(self) -> f64 {
        1.0 + self.fraction
    }

    /// The continuously compounded equivalent: the log growth per year,
    /// `ln(1 + r)`, finite for every valid rate.
    ///
    /// # Formula
    ///
    /// `c = ln_1p(r)`, exact for small `r`.
    ///
    /// ```
    /// use cagr::Rate;
    ///
    /// let r = Rate::from_percent(100.0)?;
    /// assert_eq!(r.continuous(), 2f64.ln());
    /// # Ok::<(), cagr::Error>(())
    /// ```
    pub fn continuous(self) -> f64 {
        self.fraction.ln_1p()
    }

    /// How long a value takes to double at this rate.
    ///
    /// # Formula
    ///
    /// `t = ln 2 / ln(1 + r)`.
    ///
    /// # Errors
    ///
    /// [`Error::NoGrowth`] for a zero rate and [`Error::WrongDirection`] for a
    /// negative one (neither ever doubles); [`Error::OutOfRange`] when the
    /// rate is so small that the time overflows.
    ///
    /// # Example
    ///
    /// ```
    /// use cagr::Rate;
    ///
    /// let t = Rate::from_percent(10.0)?.doubling_time()?;
    /// assert_eq!(format!("{t:.2}"), "7.27 years");
    /// # Ok::<(), cagr::Error>(())
    /// ```
    pub fn doubling_time(self) -> Result<Span> {
        // `solve::span` from 1 to 2, written out here so that the value
        // types import nothing above them: `ln_1p(1)` is `ln 2` as that
        // function computes it (a ratio within [0.5, 2]); the tests check
        // the two agree to the bit.
        let r = self.as_fraction();
        let (start, end) = (Amount::from_base(1.0)?, Amount::from_base(2.0)?);
        if r == 0.0 {
            return Err(Error::NoGrowth {
                start: start.to_string(),
                end: end.to_string(),
            });
        }
        if r < 0.0 {
            return Err(Error::WrongDirection {
                percent: self.as_percent(),
                start: start.to_string(),
                end: end.to_string(),
            });
        }
        let years = 1f64.ln_1p() / r.ln_1p();
        Span::from_years(years).map_err(|_| Error::OutOfRange {
            quantity: "span",
            value: years,
        })
    }
}

impl TryFrom<f64> for Rate {
    type Error = Error;

    /// A rate from a fraction, as [`Rate::from_fraction`].
    fn try_from(fraction: f64) -> Result<Rate> {
        Rate::from_fraction(fraction)
    }
}

impl From<Rate> for f64 {
    /// The rate as a fraction.
    fn from(rate: Rate) -> f64 {
        rate.fraction
    }
}

impl fmt::Debug for Rate {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Rate({self})")
    }
}

impl fmt::Display for Rate {
    /// Prints the rate in percent with a `%` sign. Without a precision it
    /// prints the shortest form that parses back to the same rate
    /// (`15.6%`); with one it rounds (`{:.2}` gives `15.60%`).
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut s = String::new();
        match f.precision() {
            Some(p) => fmt::Write::write_fmt(&mut s, format_args!("{:.*}", p, self.as_percent()))?,
            None => Decimal::of(self.fraction)
                .shift(2)
                .write_plain(&mut s, false)?,
        }
        s.push('%');
        decimal::pad(f, &s)
    }
}

impl FromStr for Rate {
    type Err = Error;

    /// Reads a number with its unit: `15.6%`, `15.6 %`, `-3%`, `15.6 per
    /// cent`, `15.6 percent`, `15.6 pc`, or basis points (`150 bp`, `150
    /// bps`). A bare number is refused: `15.6` could be 15.6% or 1,560%.
    ///
    /// # Errors
    ///
    /// [`Error::Parse`] for text that is not a number with one of those
    /// units (a bare number among them, named in the message), or whose
    /// number is beyond the range of a rate in size (a percentage that is
    /// not a finite `f64`, such as 400 nines), and [`Error::Rate`] for any
    /// other number that is not a valid rate (−100% or less).
    ///
    /// ```
    /// use cagr::Rate;
    ///
    /// assert_eq!("15.6 per cent".parse::<Rate>()?.as_fraction(), 0.156);
    /// assert_eq!("150 bp".parse::<Rate>()?.to_string(), "1.5%");
    /// let err = "15.6".parse::<Rate>().unwrap_err().to_string();
    /// assert_eq!(err, "cannot parse \"15.6\" as a rate: a rate needs a unit: 15.6%, 15.6 per cent or 150 bp");
    /// let nines = "9".repeat(400);
    /// let err = format!("{nines}%").parse::<Rate>().unwrap_err().to_string();
    /// assert!(err.starts_with("cannot parse \"999"));
    /// assert!(err.ends_with("...\" as a rate: a rate must be below f64::MAX / 100 as a fraction (about 1.8e308%)"));
    /// # Ok::<(), cagr::Error>(())
    /// ```
    fn from_str(s: &str) -> Result<Rate> {
        const WHAT: &str = "a rate";
        const EXPECTED: &str = "expected a number like 15.6%, 15.6 per cent or 150 bp";
        let text = s.trim();
        let Some((number, places)) = split_unit(text) else {
            return Err(match decimal::parse_number(text, 0) {
                Ok(_) | Err(Unparsed::Overflow { .. }) => Error::parse(WHAT, s, NEEDS_UNIT),
                Err(Unparsed::NotANumber) => Error::parse(WHAT, s, EXPECTED),
            });
        };
        if number.contains(',') {
            return Err(Error::parse(WHAT, s, EXPECTED));
        }
        let fraction = match decimal::parse_number(number, places) {
            Ok(fraction) => fraction,
            Err(Unparsed::NotANumber) => return Err(Error::parse(WHAT, s, EXPECTED)),
            Err(Unparsed::Overflow { negative }) => {
                return Err(Error::parse(WHAT, s, too_large(negative)))
            }
        };
        // A number whose percentage overflows is named by the text, not by
        // an infinity.
        if !decimal::shift(fraction, 2).is_finite() {
            return Err(Error::parse(WHAT, s, too_large(fraction < 0.0)));
        }
        Rate::from_fraction(fraction)
    }
}

/// Why a bare number is not a rate.
pub(crate) const NEEDS_UNIT: &str = "a rate needs a unit: 15.6%, 15.6 per cent or 150 bp";

/// The number of a rate and the power of ten that turns it into a
/// fraction: `%`, `per cent`, `percent`, `pc` (−2), `bp`, `bps` (−4).
/// `None` without one of those units.
pub(crate) fn split_unit(text: &str) -> Option<(&str, i32)> {
    if let Some(n) = text.strip_suffix('%') {
        return Some((n.trim_end(), -2));
    }
    // The unit is what follows the last digit (or decimal point).
    let cut = text.rfind(|c: char| c.is_ascii_digit() || c == '.')? + 1;
    let (number, unit) = (&text[..cut], text[cut..].trim());
    let places = if ["per cent", "percent", "pc"]
        .iter()
        .any(|u| unit.eq_ignore_ascii_case(u))
    {
        -2
    } else if ["bp", "bps"].iter().any(|u| unit.eq_ignore_ascii_case(u)) {
        -4
    } else {
        return None;
    };
    Some((number, places))
}

/// Why text spelling a rate too large in size for an `f64` percentage is
/// not a rate.
fn too_large(negative: bool) -> &'static str {
    if negative {
        "a rate must be finite and above -100%"
    } else {
        crate::error::RATE_BELOW
    }
}

impl approx::AbsDiffEq for Rate {
    type Epsilon = f64;

    fn default_epsilon() -> f64 {
        f64::default_epsilon()
    }

    fn abs_diff_eq(&self, other: &Rate, epsilon: f64) -> bool {
        self.fraction.abs_diff_eq(&other.fraction, epsilon)
    }
}

impl approx::RelativeEq for Rate {
    fn default_max_relative() -> f64 {
        f64::default_max_relative()
    }

    fn relative_eq(&self, other: &Rate, epsilon: f64, max_relative: f64) -> bool {
        self.fraction
            .relative_eq(&other.fraction, epsilon, max_relative)
    }
}

impl approx::UlpsEq for Rate {
    fn default_max_ulps() -> u32 {
        f64::default_max_ulps()
    }

    fn ulps_eq(&self, other: &Rate, epsilon: f64, max_ulps: u32) -> bool {
        self.fraction.ulps_eq(&other.fraction, epsilon, max_ulps)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn percent_and_fraction_agree_exactly() {
        for (percent, fraction) in [(15.6, 0.156), (-3.0, -0.03), (0.1, 0.001), (7.24, 0.0724)] {
            assert_eq!(Rate::from_percent(percent).unwrap().as_fraction(), fraction);
            assert_eq!(Rate::from_fraction(fraction).unwrap().as_percent(), percent);
        }
    }

    #[test]
    fn display_and_parse() {
        let table = [
            ("15.6%", 0.156),
            ("-3%", -0.03),
            ("0.0001%", 0.000_001),
            ("1000000%", 10_000.0),
        ];
        for (text, fraction) in table {
            let r = Rate::from_fraction(fraction).unwrap();
            assert_eq!(r.to_string(), text);
            assert_eq!(text.parse::<Rate>().unwrap(), r);
        }
        assert_eq!("15.6 %".parse::<Rate>().unwrap().as_fraction(), 0.156);
        assert_eq!(
            "15.6 per cent".parse::<Rate>().unwrap().as_fraction(),
            0.156
        );
        assert_eq!("15.6 Percent".parse::<Rate>().unwrap().as_fraction(), 0.156);
        assert_eq!("15.6pc".parse::<Rate>().unwrap().as_fraction(), 0.156);
        assert_eq!("1560 bp".parse::<Rate>().unwrap().as_fraction(), 0.156);
        assert_eq!("25 bps".parse::<Rate>().unwrap().as_fraction(), 0.0025);
        // A bare number has no unit: 0.156 could be 0.156% or 15.6%.
        for bare in ["0.156", "15.6", "-1", "15.6 pct of"] {
            assert!(bare.parse::<Rate>().is_err(), "{bare}");
        }
        assert_eq!(format!("{:.1}", Rate::from_percent(15.6).unwrap()), "15.6%");
        assert_eq!(
            format!("{:>8.1}", Rate::from_percent(15.6).unwrap()),
            "   15.6%"
        );
    }

    #[test]
    fn errors_name_the_value() {
        let table = [
            (
                -100.0,
                "invalid rate -100%: a rate must be finite and above -100%",
            ),
            (
                f64::INFINITY,
                "invalid rate inf%: a rate must be finite and above -100%",
            ),
            (
                -250.0,
                "invalid rate -250%: a rate must be finite and above -100%",
            ),
        ];
        for (percent, message) in table {
            assert_eq!(
                Rate::from_percent(percent).unwrap_err().to_string(),
                message
            );
        }
        assert_eq!(
            Rate::from_fraction(-2.0).unwrap_err().to_string(),
            "invalid rate -200%: a rate must be finite and above -100%"
        );
        assert_eq!(
            "abc".parse::<Rate>().unwrap_err().to_string(),
            "cannot parse \"abc\" as a rate: expected a number like 15.6%, 15.6 per cent or 150 bp"
        );
        assert_eq!(
            Rate::from_continuous(1000.0).unwrap_err().to_string(),
            "the computed rate is out of range: inf"
        );
        assert_eq!(
            Rate::from_continuous(-1000.0).unwrap_err().to_string(),
            "the computed rate is out of range: -1"
        );
    }

    #[test]
    fn continuous_round_trip() {
        let r = Rate::from_percent(15.6).unwrap();
        let back = Rate::from_continuous(r.continuous()).unwrap();
        assert!((back.as_fraction() - r.as_fraction()).abs() <= 2.0 * f64::EPSILON);
    }
}
