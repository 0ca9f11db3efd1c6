//! [`Year`]: a calendar year, checked once.

use core::fmt;
use core::str::FromStr;

use crate::{Error, Result};

/// A calendar year from 1 to 9999, checked when it is made.
///
/// The crate says a year one way: a whole year is a `Year` (the years of a
/// [`Schedule`](crate::Schedule), a [`Sensitivity`](crate::Sensitivity) or
/// a fit), a point in time is a [`When`](crate::When) (a year or the end of
/// a month). Only the constructors of these two types and
/// [`Period::new`](crate::Period::new) take a plain number, so a year is
/// checked once, where it enters, and every function that takes a `Year`
/// can rely on it.
///
/// `Display` prints four digits (`0999`), so that every year reads back
/// with `FromStr`; serde writes the plain number and checks it on the way in.
///
/// # Example
///
/// ```
/// use cagr::{When, Year};
///
/// let year = Year::new(2035)?;
/// assert_eq!(year.get(), 2035);
/// assert_eq!(year.to_string(), "2035");
/// assert_eq!("2035".parse::<Year>()?, year);
/// assert_eq!(Year::new(2024)?.until(year), 11);
/// assert_eq!(When::from(year), When::year(2035)?);
/// assert_eq!(
///     Year::new(10_000).unwrap_err().to_string(),
///     "invalid year 10000: a year must be between 1 and 9999"
/// );
/// # Ok::<(), cagr::Error>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(try_from = "i64", into = "i32"))]
pub struct Year(u16);

impl Year {
    /// The first year, 1.
    pub const MIN: Year = Year(1);
    /// The last year, 9999.
    pub const MAX: Year = Year(9999);

    /// The calendar year `year`.
    ///
    /// # Errors
    ///
    /// [`Error::Year`] for a year outside 1..=9999.
    ///
    /// # Example
    ///
    /// ```
    /// use cagr::Year;
    ///
    /// assert_eq!(Year::new(1)?, Year::MIN);
    /// assert!(Year::new(0).is_err());
    /// # Ok::<(), cagr::Error>(())
    /// ```
    pub fn new(year: i32) -> Result<Year> {
        Year::from_i64(i64::from(year))
    }

    fn from_i64(year: i64) -> Result<Year> {
        match u16::try_from(year) {
            Ok(y @ 1..=9999) => Ok(Year(y)),
            _ => Err(Error::Year { year }),
        }
    }

    /// The year as a number.
    pub const fn get(self) -> i32 {
        self.0 as i32
    }

    /// The year `years` later (earlier when negative); `checked`, as in
    /// jiff, because it returns an error rather than wrapping.
    ///
    /// # Errors
    ///
    /// [`Error::Year`], naming the year it would be, if that is outside
    /// 1..=9999.
    ///
    /// # Example
    ///
    /// ```
    /// use cagr::Year;
    ///
    /// assert_eq!(Year::new(2035)?.checked_add(-1)?, Year::new(2034)?);
    /// assert_eq!(
    ///     Year::MAX.checked_add(1).unwrap_err().to_string(),
    ///     "invalid year 10000: a year must be between 1 and 9999"
    /// );
    /// # Ok::<(), cagr::Error>(())
    /// ```
    pub fn checked_add(self, years: i32) -> Result<Year> {
        Year::from_i64(i64::from(self.get()) + i64::from(years))
    }

    /// The number of years from this year to `later`: negative if `later`
    /// comes first.
    pub const fn until(self, later: Year) -> i32 {
        later.get() - self.get()
    }
}

impl TryFrom<i32> for Year {
    type Error = Error;

    /// As [`Year::new`].
    fn try_from(year: i32) -> Result<Year> {
        Year::new(year)
    }
}

impl TryFrom<i64> for Year {
    type Error = Error;

    /// As [`Year::new`], for any integer.
    fn try_from(year: i64) -> Result<Year> {
        Year::from_i64(year)
    }
}

impl From<Year> for i32 {
    fn from(year: Year) -> i32 {
        year.get()
    }
}

impl fmt::Display for Year {
    /// Four digits, padded to the formatter's width like an integer (a
    /// precision is ignored).
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut digits = [b'0'; 4];
        let mut rest = self.0;
        for d in digits.iter_mut().rev() {
            *d = b'0' + (rest % 10) as u8;
            rest /= 10;
        }
        // Four ASCII digits are always UTF-8.
        let text = core::str::from_utf8(&digits).map_err(|_| fmt::Error)?;
        f.pad_integral(true, "", text)
    }
}

impl FromStr for Year {
    type Err = Error;

    /// Reads a year written in digits, `2035` or `0999`, with spaces around
    /// it allowed.
    ///
    /// # Errors
    ///
    /// [`Error::Parse`] for anything but digits; [`Error::Year`] for a
    /// number outside 1..=9999.
    fn from_str(s: &str) -> Result<Year> {
        let text = s.trim();
        let number = if text.is_empty() || !text.bytes().all(|b| b.is_ascii_digit()) {
            None
        } else {
            text.parse::<i64>().ok()
        };
        match number {
            Some(n) => Year::from_i64(n),
            None => Err(Error::parse(
                "a year",
                s,
                "expected a year from 1 to 9999 in digits",
            )),
        }
    }
}
