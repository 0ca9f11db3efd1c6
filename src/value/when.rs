//! [`When`]: a calendar year, or a month within it.

use core::fmt;
use core::str::FromStr;

use crate::{Error, Result, Year};

const MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

/// When a figure applies: a calendar year ("in 2035") or the end of a month
/// ("at the end of September 2024"). Its year is a [`Year`]; a whole year
/// converts with `When::from(year)`.
///
/// # Positions in time
///
/// Spans between two `When`s follow the reporting convention that figures
/// for whole years are compared year to year: **2024 → 2035 is 11
/// compounding years**, whatever point of each year the figures describe.
/// That is the fencepost rule used everywhere in this crate.
///
/// A month-precise point is the end of that month: the end of September 2024
/// is 2024.75 in years. A year-only figure is placed at the middle of its
/// year (2035.5), so that whole-year spans stay whole and a span from a month
/// to a year is the best single estimate; the checker treats a year-only
/// figure as anywhere within its year, which widens the span to an interval
/// (end of September 2024 → 2035 is 10.25 to 11.25 years).
///
/// `When`s are ordered by these positions, so a sort puts them in time
/// order: the end of March 2024 comes before 2024, which comes before the
/// end of July 2024. A year-only figure and the end of June of its year
/// share a position; the year-only figure comes first.
///
/// # Example
///
/// ```
/// use cagr::When;
///
/// let start = When::end_of_month(2024, 9)?;
/// assert_eq!(start.to_string(), "end of September 2024");
/// assert_eq!(start.position(), 2024.75);
/// assert_eq!("end of September 2024".parse::<When>()?, start);
/// assert_eq!(When::year(2035)?.position(), 2035.5);
/// assert!(When::end_of_month(2035, 3)? < When::year(2035)?);
/// # Ok::<(), cagr::Error>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
// serde: `serde_impl.rs`, through its validating constructor.
pub struct When {
    year: Year,
    month: Option<u8>,
}

impl When {
    /// A whole calendar year.
    ///
    /// # Errors
    ///
    /// [`Error::Year`] for a year outside 1..=9999.
    ///
    /// # Example
    ///
    /// ```
    /// use cagr::When;
    ///
    /// assert_eq!(When::year(2035)?.to_string(), "2035");
    /// assert_eq!(
    ///     When::year(0).unwrap_err().to_string(),
    ///     "invalid year 0: a year must be between 1 and 9999"
    /// );
    /// # Ok::<(), cagr::Error>(())
    /// ```
    pub fn year(year: i32) -> Result<When> {
        Year::new(year).map(When::from)
    }

    /// The end of a month (1 = January).
    ///
    /// # Errors
    ///
    /// [`Error::Year`] for a year outside 1..=9999 and [`Error::Month`] for
    /// a month outside 1..=12.
    ///
    /// # Example
    ///
    /// ```
    /// use cagr::When;
    ///
    /// assert_eq!(When::end_of_month(2024, 9)?.month(), Some(9));
    /// assert!(When::end_of_month(2024, 13).is_err());
    /// # Ok::<(), cagr::Error>(())
    /// ```
    pub fn end_of_month(year: i32, month: i64) -> Result<When> {
        let when = When::year(year)?;
        match u8::try_from(month) {
            Ok(m @ 1..=12) => Ok(When {
                month: Some(m),
                ..when
            }),
            _ => Err(Error::Month { month }),
        }
    }

    /// The calendar year.
    pub fn calendar_year(self) -> Year {
        self.year
    }

    /// The month (1 = January), if the point is month-precise.
    pub fn month(self) -> Option<u8> {
        self.month
    }

    /// The point in time in years: the end of month `m` of year `y` is
    /// `y + m/12`; a year-only figure sits at `y + 0.5`.
    pub fn position(self) -> f64 {
        let year = f64::from(self.year.get());
        match self.month {
            Some(m) => year + f64::from(m) / 12.0,
            None => year + 0.5,
        }
    }

    /// Months since the start of year 0 to the end of this month (a
    /// year-only figure counts as the end of June, its middle).
    pub(crate) fn months(self) -> i64 {
        i64::from(self.year.get()) * 12 + i64::from(self.month.unwrap_or(6))
    }

    /// The earliest and latest points this figure may describe: a year-only
    /// figure covers its whole year (`y` to `y + 1`); a month-precise one is
    /// a single point.
    pub fn bounds(self) -> (f64, f64) {
        match self.month {
            Some(_) => (self.position(), self.position()),
            None => {
                let year = f64::from(self.year.get());
                (year, year + 1.0)
            }
        }
    }
}

impl Ord for When {
    /// By [position](When::position) (whole months, so exactly), then a
    /// year-only figure before the end of June of its year.
    fn cmp(&self, other: &When) -> core::cmp::Ordering {
        (self.months(), self.month.is_some()).cmp(&(other.months(), other.month.is_some()))
    }
}

impl PartialOrd for When {
    fn partial_cmp(&self, other: &When) -> Option<core::cmp::Ordering> {
        Some(self.cmp(other))
    }
}

impl From<Year> for When {
    /// The whole year.
    fn from(year: Year) -> When {
        When { year, month: None }
    }
}

impl TryFrom<i32> for When {
    type Error = Error;

    /// A whole calendar year, as [`When::year`].
    fn try_from(year: i32) -> Result<When> {
        When::year(year)
    }
}

impl fmt::Display for When {
    /// `2035` or `end of September 2024`, the year in four digits (as
    /// [`Year`] prints it) so that years before 1000 parse back; padded to
    /// the formatter's width.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.month {
            None => fmt::Display::fmt(&self.year, f),
            Some(m) if f.width().is_none() => {
                write!(f, "end of {} {}", MONTHS[usize::from(m - 1)], self.year)
            }
            Some(m) => f.pad(&format!(
                "end of {} {}",
                MONTHS[usize::from(m - 1)],
                self.year
            )),
        }
    }
}

impl FromStr for When {
    type Err = Error;

    /// Reads `2024`, `end of September 2024`, `September 2024`, `Sep 2024`
    /// or `2024-09` (month names in any case; a month alone means its end).
    ///
    /// # Errors
    ///
    /// [`Error::Parse`] for other text; [`Error::Year`] for a year out of
    /// range.
    fn from_str(s: &str) -> Result<When> {
        let bad = || {
            Error::parse(
                "a year or month",
                s,
                "expected 2024 or end of September 2024",
            )
        };
        let text = s.trim();
        let text = strip_prefix_words(text, "end of").unwrap_or(text);
        let year_of = |y: &str| -> Result<i32> {
            if y.len() == 4 && y.bytes().all(|b| b.is_ascii_digit()) {
                y.parse().map_err(|_| bad())
            } else {
                Err(bad())
            }
        };
        if let Some((y, m)) = text.split_once('-') {
            let month: i64 = match m.len() {
                2 if m.bytes().all(|b| b.is_ascii_digit()) => m.parse().map_err(|_| bad())?,
                _ => return Err(bad()),
            };
            return When::end_of_month(year_of(y)?, month);
        }
        match text.split_once(char::is_whitespace) {
            None => When::year(year_of(text)?),
            Some((m, y)) => {
                let month = month_number(m).ok_or_else(bad)?;
                When::end_of_month(year_of(y.trim())?, month)
            }
        }
    }
}

/// The number of a month from its English name or three-letter abbreviation.
pub(crate) fn month_number(name: &str) -> Option<i64> {
    let name = name.trim_end_matches('.');
    MONTHS
        .iter()
        .position(|m| {
            m.eq_ignore_ascii_case(name) || (name.len() == 3 && m[..3].eq_ignore_ascii_case(name))
        })
        .map(|i| i as i64 + 1)
}

fn strip_prefix_words<'a>(s: &'a str, words: &str) -> Option<&'a str> {
    let head = s.get(..words.len())?;
    if head.eq_ignore_ascii_case(words) && s[words.len()..].starts_with(char::is_whitespace) {
        Some(s[words.len()..].trim_start())
    } else {
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parse_table() {
        let table = [
            ("2024", When::year(2024).unwrap()),
            (
                "end of September 2024",
                When::end_of_month(2024, 9).unwrap(),
            ),
            ("September 2024", When::end_of_month(2024, 9).unwrap()),
            ("sep 2024", When::end_of_month(2024, 9).unwrap()),
            ("2024-09", When::end_of_month(2024, 9).unwrap()),
            ("End of Dec. 2030", When::end_of_month(2030, 12).unwrap()),
        ];
        for (text, want) in table {
            assert_eq!(text.parse::<When>().unwrap(), want, "{text}");
            assert_eq!(want.to_string().parse::<When>().unwrap(), want);
        }
    }

    #[test]
    fn errors() {
        let table = [
            ("24", "cannot parse \"24\" as a year or month: expected 2024 or end of September 2024"),
            ("0000", "invalid year 0: a year must be between 1 and 9999"),
            ("2024-13", "invalid month 13: a month must be between 1 and 12"),
            ("Smarch 2024", "cannot parse \"Smarch 2024\" as a year or month: expected 2024 or end of September 2024"),
        ];
        for (text, message) in table {
            assert_eq!(
                text.parse::<When>().unwrap_err().to_string(),
                message,
                "{text}"
            );
        }
        assert_eq!(
            When::year(10_000).unwrap_err().to_string(),
            "invalid year 10000: a year must be between 1 and 9999"
        );
        assert_eq!(
            When::end_of_month(2024, 0).unwrap_err().to_string(),
            "invalid month 0: a month must be between 1 and 12"
        );
    }
}
