//! [`Span`]: a positive number of years.

use core::fmt;
use core::str::FromStr;

use crate::num::decimal;
use crate::{Error, Result, When};

/// A positive, finite number of compounding years.
///
/// # The fencepost rule
///
/// A span counts years *between* two figures: **2024 → 2035 is 11 years**,
/// not 12. A forecast "from 2025 to 2035" from a 2025 value compounds 10
/// times. Month-precise ends give fractional spans: the end of September
/// 2024 to the end of December 2035 is 11.25 years. See [`When`] for where a
/// year-only figure sits.
///
/// # Example
///
/// ```
/// use cagr::{Span, When};
///
/// let n = Span::between(When::year(2024)?, When::year(2035)?)?;
/// assert_eq!(n.as_years(), 11.0);
/// assert_eq!(n.to_string(), "11 years");
/// assert_eq!("7.3 years".parse::<Span>()?.as_years(), 7.3);
/// assert!(Span::from_years(0.0).is_err());
/// # Ok::<(), cagr::Error>(())
/// ```
#[derive(Clone, Copy, PartialEq, PartialOrd)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(try_from = "f64", into = "f64"))]
pub struct Span {
    years: f64,
}

impl Span {
    /// A span of `years` years (fractions allowed).
    ///
    /// # Errors
    ///
    /// [`Error::Span`] if `years` is NaN, infinite, zero or negative.
    ///
    /// # Example
    ///
    /// ```
    /// use cagr::Span;
    ///
    /// assert_eq!(Span::from_years(10.25)?.as_years(), 10.25);
    /// assert_eq!(
    ///     Span::from_years(-1.0).unwrap_err().to_string(),
    ///     "invalid span of -1 years: a span must be positive and finite"
    /// );
    /// # Ok::<(), cagr::Error>(())
    /// ```
    pub fn from_years(years: f64) -> Result<Span> {
        if years.is_finite() && years > 0.0 {
            Ok(Span { years })
        } else {
            Err(Error::Span { years })
        }
    }

    /// The span from one figure to a later one: the difference of
    /// calendar years when both are year-only (2024 → 2035 is 11), else the
    /// difference of their [positions](When::position).
    ///
    /// # Errors
    ///
    /// [`Error::Order`] unless `to` comes after `from`.
    ///
    /// # Example
    ///
    /// ```
    /// use cagr::{Span, When};
    ///
    /// let from = When::end_of_month(2024, 9)?;
    /// assert_eq!(Span::between(from, When::end_of_month(2035, 12)?)?.as_years(), 11.25);
    /// assert_eq!(Span::between(from, When::year(2035)?)?.as_years(), 10.75);
    /// assert!(Span::between(When::year(2035)?, When::year(2024)?).is_err());
    /// # Ok::<(), cagr::Error>(())
    /// ```
    pub fn between(from: When, to: When) -> Result<Span> {
        // Whole months, so that twelve months are exactly one year.
        let years = match (from.month(), to.month()) {
            (None, None) => f64::from(from.calendar_year().until(to.calendar_year())),
            _ => (to.months() - from.months()) as f64 / 12.0,
        };
        Span::from_years(years).map_err(|_| Error::Order {
            from: from.to_string(),
            to: to.to_string(),
        })
    }

    /// The number of years.
    pub const fn as_years(self) -> f64 {
        self.years
    }
}

impl TryFrom<f64> for Span {
    type Error = Error;

    fn try_from(years: f64) -> Result<Span> {
        Span::from_years(years)
    }
}

impl From<Span> for f64 {
    fn from(span: Span) -> f64 {
        span.years
    }
}

impl fmt::Debug for Span {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Span({self})")
    }
}

impl fmt::Display for Span {
    /// `11 years`, `1 year`, `7.3 years`; a precision rounds the number.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let number = match f.precision() {
            Some(p) => format!("{:.*}", p, self.years),
            None => self.years.to_string(),
        };
        let unit = if number == "1" { "year" } else { "years" };
        decimal::pad(f, &format!("{number} {unit}"))
    }
}

impl FromStr for Span {
    type Err = Error;

    /// Reads `11 years`, `1 year`, `7.3 yr`, `7.3 yrs` or a bare `11`.
    ///
    /// # Errors
    ///
    /// [`Error::Parse`] for other text; [`Error::Span`] for a number that is
    /// not positive.
    fn from_str(s: &str) -> Result<Span> {
        let text = s.trim();
        let number = ["years", "year", "yrs", "yr"]
            .iter()
            .find_map(|u| text.strip_suffix(u))
            .unwrap_or(text)
            .trim_end();
        let years = decimal::parse_scaled(number, 0)
            .filter(|_| !number.contains(','))
            .ok_or_else(|| Error::parse("a span", s, "expected a number of years like 11 years"))?;
        Span::from_years(years)
    }
}
