//! [`Path`]: the implied value for every calendar year of a forecast.

use core::iter::FusedIterator;

use crate::num::dd;
use crate::solve;
use crate::{Amount, Rate, Result, Span, When};

/// The yearly values of constant compound growth from one point in time to
/// another: a whole year, or the end of a month ([`When`]).
///
/// A path has one point in each calendar year from its start to its end:
/// the start, each whole year between (at its middle, as a year-only figure
/// sits), and the end. A path from the end of September 2024 to 2035 has
/// its points at the end of September 2024, 2025, …, 2035; the first step
/// is three quarters of a year.
///
/// Every value is computed from the ends, never by multiplying the previous
/// year's value, so errors do not accumulate. A path made by
/// [`Path::between`] starts and ends at the given values bit for bit, is
/// monotone, and in between interpolates them geometrically,
/// `start · (end/start)^(k/n)` at `k` years of `n`, within 4 ulp of the
/// correctly rounded value (subnormal values included), even where the
/// rate itself rounds to a few ulp from −100%. A path made by
/// [`Path::at_rate`] has the values `start · (1 + r)^k` of [`solve::end`].
///
/// # Example
///
/// ```
/// use cagr::{Amount, Path, When};
///
/// let start: Amount = "600 billion CNY".parse()?;
/// let end: Amount = "1,729.5 billion CNY".parse()?;
/// let path = Path::between(When::year(2024)?, start, When::year(2035)?, end)?;
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
    from: When,
    to: When,
    start: Amount,
    rate: Rate,
    /// The exact final value, for paths between two given values.
    end: Option<Amount>,
}

/// One point of a [`Path`].
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct PathPoint {
    /// When: the path's start, a whole year, or the path's end.
    pub when: When,
    /// The value in that year.
    pub value: Amount,
    /// The change from the previous point's value as printed in the path,
    /// `value / previous − 1` (over less than a year where the path starts
    /// or ends at a month); `None` for the first point.
    pub change: Option<Rate>,
}

impl Path {
    /// The path of constant growth from `start` at `from` to `end` at `to`,
    /// at the rate [`solve::rate`] gives over [`Span::between`] them.
    ///
    /// # Errors
    ///
    /// * [`Error::Order`](crate::Error::Order) unless `to` is after `from`;
    /// * the errors of [`solve::rate`].
    ///
    /// # Example
    ///
    /// ```
    /// use cagr::{Amount, Path, When};
    ///
    /// // From the end of September 2024: 10.75 years to 2035, whose
    /// // figure sits at mid-year.
    /// let start: Amount = "600 billion CNY".parse()?;
    /// let end: Amount = "1,729.5 billion CNY".parse()?;
    /// let path = Path::between(When::end_of_month(2024, 9)?, start, When::year(2035)?, end)?;
    /// assert_eq!(format!("{:.2}", path.rate()), "10.35%");
    /// let points: Vec<_> = path.years().collect();
    /// assert_eq!(points.len(), 12);
    /// assert_eq!(points[0].when.to_string(), "end of September 2024");
    /// assert_eq!(points[1].when, When::year(2025)?);
    /// assert_eq!(points[11].value, end);
    ///
    /// let err = Path::between(When::year(2035)?, start, When::year(2024)?, end).unwrap_err();
    /// assert_eq!(err.to_string(), "no span from 2035 to 2024: the end must come after the start");
    /// # Ok::<(), cagr::Error>(())
    /// ```
    pub fn between(from: When, start: Amount, to: When, end: Amount) -> Result<Path> {
        let span = Span::between(from, to)?;
        let rate = solve::rate(start, end, span)?;
        // Every value of the path in one currency and the start's scale.
        let (start, end) = match start.common_currency(end)? {
            Some(c) => (start.with_currency(c), end.with_currency(c)),
            None => (start, end),
        };
        Ok(Path {
            from,
            to,
            start,
            rate,
            end: Some(end.in_scale(start.scale())),
        })
    }

    /// The path of growth at `rate` from `start` at `from` to `to`.
    ///
    /// # Errors
    ///
    /// * [`Error::Order`](crate::Error::Order) unless `to` is after `from`;
    /// * [`Error::OutOfRange`](crate::Error::OutOfRange) if the final value
    ///   overflows or underflows.
    ///
    /// # Example
    ///
    /// ```
    /// use cagr::{Amount, Path, Rate, When};
    ///
    /// let (from, to) = (When::year(2024)?, When::year(2035)?);
    /// let path = Path::at_rate(from, "600 billion CNY".parse()?, Rate::from_percent(15.6)?, to)?;
    /// assert_eq!(format!("{:.1}", path.end()), "2,955.9 billion CNY");
    /// # Ok::<(), cagr::Error>(())
    /// ```
    pub fn at_rate(from: When, start: Amount, rate: Rate, to: When) -> Result<Path> {
        let span = Span::between(from, to)?;
        // Fails here, not while iterating, if the final value is out of range.
        solve::end(start, rate, span)?;
        Ok(Path {
            from,
            to,
            start,
            rate,
            end: None,
        })
    }

    /// The constant rate of the path.
    pub fn rate(&self) -> Rate {
        self.rate
    }

    /// Where the path starts.
    pub fn from(&self) -> When {
        self.from
    }

    /// Where the path ends.
    pub fn to(&self) -> When {
        self.to
    }

    /// The value at the start.
    pub fn start(&self) -> Amount {
        self.start
    }

    /// The value at the end.
    pub fn end(&self) -> Amount {
        self.value_at(self.to).unwrap_or(self.start)
    }

    /// The value at `when` (any point from the start to the end, not only
    /// the path's points), or `None` outside the path. Positions are those
    /// of [`When::position`]: a whole year at its middle.
    ///
    /// ```
    /// use cagr::{Amount, Path, When};
    ///
    /// let path = Path::between(When::year(2024)?, "100".parse()?, When::year(2026)?, "121".parse()?)?;
    /// assert_eq!(path.value_at(When::year(2025)?), Some("110".parse()?));
    /// assert_eq!(path.value_at(When::year(2027)?), None);
    /// # Ok::<(), cagr::Error>(())
    /// ```
    pub fn value_at(&self, when: When) -> Option<Amount> {
        // By position, not by `When`'s order (which puts a year before
        // its months).
        if when.position() < self.from.position() || when.position() > self.to.position() {
            return None;
        }
        if when == self.from {
            return Some(self.start);
        }
        if when == self.to {
            if let Some(end) = self.end {
                return Some(end);
            }
        }
        // Positions differ by whole years between whole years, exactly.
        let k = when.position() - self.from.position();
        let value = match self.end {
            // Between two given values: the geometric interpolation of the
            // ends, `start · (end/start)^(k/n)`, which does not go through
            // the rate (a rate within a few ulp of −100% has too few digits
            // to carry the path). The exponent is exact to about 2^-100, so
            // the values rise (or fall) with the years; the clamp keeps an
            // under-one-ulp last step from overshooting the exact end.
            Some(end) => {
                let n = self.to.position() - self.from.position();
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

    /// The path as a table: `year` (the point, as [`When`] prints it),
    /// `value` (in `scale`, two decimals) and `change_pct` (the change from
    /// the point before, in percent, two decimals; empty for the first).
    pub fn table(&self, scale: crate::Scale) -> crate::Table {
        let mut t = crate::Table::new(["year", "value", "change_pct"]);
        for p in self.years() {
            t.push([
                p.when.to_string(),
                format!("{:.2}", p.value.value_in(scale)),
                p.change
                    .map_or_else(String::new, |c| format!("{:.2}", c.as_percent())),
            ]);
        }
        t
    }

    /// The points, first to last: one in each calendar year.
    pub fn years(&self) -> Years<'_> {
        Years {
            path: self,
            next: 0,
            previous: None,
        }
    }

    /// How many points the path has: the start, the whole years strictly
    /// between its calendar years, and the end.
    fn points(&self) -> usize {
        let years = self.from.calendar_year().until(self.to.calendar_year());
        usize::try_from(years - 1).map_or(2, |between| between + 2)
    }

    /// The `i`-th point.
    fn point(&self, i: usize) -> Option<When> {
        let last = self.points() - 1;
        match i {
            0 => Some(self.from),
            i if i == last => Some(self.to),
            i if i < last => {
                let year = self
                    .from
                    .calendar_year()
                    .checked_add(i32::try_from(i).ok()?);
                year.ok().map(When::from)
            }
            _ => None,
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

/// Iterator over the points of a [`Path`], made by [`Path::years`].
#[derive(Debug, Clone)]
pub struct Years<'a> {
    path: &'a Path,
    /// The index of the next point.
    next: usize,
    previous: Option<Amount>,
}

impl Iterator for Years<'_> {
    type Item = PathPoint;

    fn next(&mut self) -> Option<PathPoint> {
        let when = self.path.point(self.next)?;
        let value = self.path.value_at(when)?;
        self.next += 1;
        let change = self
            .previous
            .and_then(|p| Rate::from_fraction((value.value() - p.value()) / p.value()).ok());
        self.previous = Some(value);
        Some(PathPoint {
            when,
            value,
            change,
        })
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        let left = self.path.points().saturating_sub(self.next);
        (left, Some(left))
    }
}

impl ExactSizeIterator for Years<'_> {}
impl FusedIterator for Years<'_> {}
