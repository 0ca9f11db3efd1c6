//! [`Path`]: the implied value for every calendar year of a forecast.

use core::iter::FusedIterator;

use crate::num::dd;
use crate::solve;
use crate::{Amount, Rate, Result, Span, When};

/// The yearly values of constant compound growth from a start year to an
/// end year.
///
/// Every value is computed from the ends, never by multiplying the previous
/// year's value, so errors do not accumulate. A path made by
/// [`Path::between`] starts and ends at the given values bit for bit, is
/// monotone, and in between interpolates them geometrically,
/// `start · (end/start)^(k/n)` in year `k` of `n`, within 4 ulp of the
/// correctly rounded value (subnormal values included), even where the
/// rate itself rounds to a few ulp from −100%. A path made by
/// [`Path::at_rate`] has the values `start · (1 + r)^k` of [`solve::end`].
///
/// # Example
///
/// ```
/// use cagr::{Amount, Path};
///
/// let start: Amount = "600 billion CNY".parse()?;
/// let end: Amount = "1,729.5 billion CNY".parse()?;
/// let path = Path::between(2024, start, 2035, end)?;
/// assert_eq!(format!("{:.2}", path.rate()), "10.10%");
///
/// let years: Vec<_> = path.years().collect();
/// assert_eq!(years.len(), 12);
/// assert_eq!(years[0].value, start);
/// assert_eq!(years[11].value, end);
/// assert_eq!(format!("{:.1}", years[1].value), "660.6 billion CNY");
/// assert_eq!(format!("{:.2}", years[1].change.unwrap()), "10.10%");
/// # Ok::<(), cagr::Error>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Path {
    start_year: i32,
    end_year: i32,
    start: Amount,
    rate: Rate,
    /// The exact final value, for paths between two given values.
    end: Option<Amount>,
}

/// One year of a [`Path`].
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct PathPoint {
    /// The calendar year.
    pub year: i32,
    /// The value in that year.
    pub value: Amount,
    /// The change from the previous year's value as printed in the path,
    /// `value / previous − 1`; `None` for the first year.
    pub change: Option<Rate>,
}

impl Path {
    /// The path of constant growth from `start` in `start_year` to `end` in
    /// `end_year`, at the rate [`solve::rate`] gives.
    ///
    /// # Errors
    ///
    /// * [`Error::Year`](crate::Error::Year) for a year outside 1..=9999;
    /// * [`Error::Order`](crate::Error::Order) unless `end_year` is after `start_year`;
    /// * the errors of [`solve::rate`].
    ///
    /// # Example
    ///
    /// ```
    /// use cagr::{Amount, Path};
    ///
    /// let err = Path::between(2035, "1".parse()?, 2024, "2".parse()?).unwrap_err();
    /// assert_eq!(err.to_string(), "no span from 2035 to 2024: the end must come after the start");
    /// # Ok::<(), cagr::Error>(())
    /// ```
    pub fn between(start_year: i32, start: Amount, end_year: i32, end: Amount) -> Result<Path> {
        let span = years(start_year, end_year)?;
        let rate = solve::rate(start, end, span)?;
        // Every value of the path in one currency and the start's scale.
        let (start, end) = match start.common_currency(end)? {
            Some(c) => (start.with_currency(c), end.with_currency(c)),
            None => (start, end),
        };
        Ok(Path {
            start_year,
            end_year,
            start,
            rate,
            end: Some(end.in_scale(start.scale())),
        })
    }

    /// The path of growth at `rate` from `start` in `start_year` to
    /// `end_year`.
    ///
    /// # Errors
    ///
    /// * [`Error::Year`](crate::Error::Year) for a year outside 1..=9999;
    /// * [`Error::Order`](crate::Error::Order) unless `end_year` is after `start_year`;
    /// * [`Error::OutOfRange`](crate::Error::OutOfRange) if the final value
    ///   overflows or underflows.
    ///
    /// # Example
    ///
    /// ```
    /// use cagr::{Amount, Path, Rate};
    ///
    /// let path = Path::at_rate(2024, "600 billion CNY".parse()?, Rate::from_percent(15.6)?, 2035)?;
    /// assert_eq!(format!("{:.1}", path.end()), "2,955.9 billion CNY");
    /// # Ok::<(), cagr::Error>(())
    /// ```
    pub fn at_rate(start_year: i32, start: Amount, rate: Rate, end_year: i32) -> Result<Path> {
        let span = years(start_year, end_year)?;
        // Fails here, not while iterating, if the final value is out of range.
        solve::end(start, rate, span)?;
        Ok(Path {
            start_year,
            end_year,
            start,
            rate,
            end: None,
        })
    }

    /// The constant rate of the path.
    pub fn rate(&self) -> Rate {
        self.rate
    }

    /// The first year.
    pub fn start_year(&self) -> i32 {
        self.start_year
    }

    /// The last year.
    pub fn end_year(&self) -> i32 {
        self.end_year
    }

    /// The value in the first year.
    pub fn start(&self) -> Amount {
        self.start
    }

    /// The value in the last year.
    pub fn end(&self) -> Amount {
        self.value_at(self.end_year).unwrap_or(self.start)
    }

    /// The value in `year`, or `None` outside the path.
    pub fn value_at(&self, year: i32) -> Option<Amount> {
        if year < self.start_year || year > self.end_year {
            return None;
        }
        if year == self.start_year {
            return Some(self.start);
        }
        if year == self.end_year {
            if let Some(end) = self.end {
                return Some(end);
            }
        }
        let k = f64::from(year - self.start_year);
        let value = match self.end {
            // Between two given values: the geometric interpolation of the
            // ends, `start · (end/start)^(k/n)`, which does not go through
            // the rate (a rate within a few ulp of −100% has too few digits
            // to carry the path). The exponent is exact to about 2^-100, so
            // the values rise (or fall) with the years; the clamp keeps an
            // under-one-ulp last step from overshooting the exact end.
            Some(end) => {
                let n = f64::from(self.end_year - self.start_year);
                let v = dd::interpolate(self.start.value(), end.value(), k, n);
                if end.value() >= self.start.value() {
                    v.min(end.value())
                } else {
                    v.max(end.value())
                }
            }
            None => solve::project(self.start.value(), self.rate.as_fraction(), k),
        };
        // `at_rate` checked the final value, and every value lies between
        // the start and the final value, so this cannot fail.
        self.start.like(value, "path value").ok()
    }

    /// The path as a table: `year`, `value` (in `scale`, two decimals) and
    /// `change_pct` (the change from the year before, in percent, two
    /// decimals; empty for the first year).
    pub fn table(&self, scale: crate::Scale) -> crate::Table {
        let mut t = crate::Table::new(["year", "value", "change_pct"]);
        for p in self.years() {
            t.push([
                p.year.to_string(),
                format!("{:.2}", p.value.value_in(scale)),
                p.change
                    .map_or_else(String::new, |c| format!("{:.2}", c.as_percent())),
            ]);
        }
        t
    }

    /// The values year by year, first to last.
    pub fn years(&self) -> Years<'_> {
        Years {
            path: self,
            next: self.start_year,
            previous: None,
        }
    }
}

impl<'a> IntoIterator for &'a Path {
    type Item = PathPoint;
    type IntoIter = Years<'a>;

    fn into_iter(self) -> Years<'a> {
        self.years()
    }
}

fn years(start_year: i32, end_year: i32) -> Result<Span> {
    let from = When::year(start_year)?;
    let to = When::year(end_year)?;
    Span::between(from, to)
}

/// Iterator over the years of a [`Path`], made by [`Path::years`].
#[derive(Debug, Clone)]
pub struct Years<'a> {
    path: &'a Path,
    next: i32,
    previous: Option<Amount>,
}

impl Iterator for Years<'_> {
    type Item = PathPoint;

    fn next(&mut self) -> Option<PathPoint> {
        let year = self.next;
        let value = self.path.value_at(year)?;
        self.next += 1;
        let change = self
            .previous
            .and_then(|p| Rate::from_fraction((value.value() - p.value()) / p.value()).ok());
        self.previous = Some(value);
        Some(PathPoint {
            year,
            value,
            change,
        })
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        let left = usize::try_from(self.path.end_year - self.next + 1).unwrap_or(0);
        (left, Some(left))
    }
}

impl ExactSizeIterator for Years<'_> {}
impl FusedIterator for Years<'_> {}
