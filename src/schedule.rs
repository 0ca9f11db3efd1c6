//! [`Schedule`]: a forecast in phases, such as 398.5 billion yuan in 2025,
//! 486.2 billion in 2026, 1,000 billion in 2030 (quoted as 19.8% a year over
//! 2026–2030) and 1,729.5 billion in 2035.

use core::fmt;
use core::iter::FusedIterator;
use std::collections::{BTreeMap, BTreeSet};

use crate::{
    check, solve, Amount, CompoundedRate, Currency, Error, Figure, Forecast, Path, Period, Rate,
    Report, Result, Scale, Span, Stated, Table, When, Year,
};

/// A forecast given as values in several years, with rates quoted over some
/// of the periods between them.
///
/// A schedule is built from its **values** (a printed amount for a year)
/// and its **quotes** (a printed annual rate over a [`Period`]). The years of
/// the schedule are the years of both; consecutive years bound its
/// **phases**, each of which grows at a constant rate (a [`Path`]).
///
/// Every year needs a value. A year no figure gives takes its value from a
/// quote that reaches it from a year with a value (forwards or backwards),
/// so a schedule can solve for one unknown:
///
/// * **a phase rate**: give the values at both ends of the phase and no
///   quote; the phase's rate is the CAGR between them (1,000 billion in
///   2030 to 1,729.5 billion in 2035 is 11.58% a year);
/// * **a value**: give a quote that reaches a year without a value (11.6%
///   a year over 2030–2035 from 1,000 billion sets 2035 to 1,731.1
///   billion); with an overall quote (15.8% over 2025–2035) and the values
///   before 2035, that also solves the last phase's rate.
///
/// Quotes are applied in the order given, repeatedly, until no quote can set
/// a new value; a quote that sets a value uses its printed rate (the
/// midpoint of a printed range). Each quote then has a [`QuoteRole`]: a
/// quote over two *given* values is a claim about them and is checked by
/// [`check`](crate::check()) like any other forecast, with each figure's
/// printed precision (see [`Quote::check`]).
///
/// The yearly path ([`Schedule::years`]) is exact at every value, given or
/// derived, and composes: the overall CAGR ([`Schedule::rate`]) is the CAGR
/// between the path's endpoints, and `(1 + R)^N` is the product of each
/// phase's `(1 + r_i)^{n_i}`.
///
/// # Example
///
/// ```
/// use cagr::{Period, Schedule, Verdict, Year};
///
/// let y = Year::new;
/// let schedule = Schedule::new(
///     [
///         (y(2025)?, "398.5 billion yuan".parse()?),
///         (y(2026)?, "486.2 billion yuan".parse()?),
///         (y(2030)?, "1,000 billion yuan".parse()?),
///         (y(2035)?, "1,729.5 billion yuan".parse()?),
///     ],
///     [(Period::new(2026, 2030)?, "19.8%".parse()?)],
/// )?;
/// assert_eq!(format!("{:.2}", schedule.rate()), "15.81%");
/// assert_eq!(format!("{:.2}", schedule.rate_between(y(2030)?, y(2035)?)?), "11.58%");
///
/// let quote = &schedule.quotes()[0];
/// let report = quote.check().unwrap();
/// assert_eq!(report.verdict, Verdict::Consistent);
/// assert_eq!(format!("{:.2}", report.analysis.unwrap().implied), "19.76%");
///
/// let path: Vec<_> = schedule.years().collect();
/// assert_eq!(path.len(), 11);
/// assert!(path[5].boundary); // 2030
/// assert_eq!(path[5].value, "1,000 billion yuan".parse()?);
/// # Ok::<(), cagr::Error>(())
/// ```
///
/// Solving the final value from a quoted rate:
///
/// ```
/// use cagr::{Period, Schedule, Year};
///
/// let y = Year::new;
/// let schedule = Schedule::new(
///     [(y(2025)?, "398.5 billion yuan".parse()?), (y(2030)?, "1,000 billion yuan".parse()?)],
///     [(Period::new(2030, 2035)?, "11.6%".parse()?)],
/// )?;
/// assert_eq!(format!("{:.1}", schedule.end()), "1,731.1 billion CNY");
/// assert!(schedule.milestones()[2].given.is_none()); // derived, not given
/// # Ok::<(), cagr::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq)]
pub struct Schedule {
    milestones: Vec<Milestone>,
    phases: Vec<Path>,
    quotes: Vec<Quote>,
    rate: Rate,
}

/// A year of a [`Schedule`] and its value.
///
/// ```
/// use cagr::{Period, Schedule, Year};
///
/// let y = Year::new;
/// let schedule = Schedule::new(
///     [(y(2025)?, "100".parse()?)],
///     [(Period::new(2025, 2027)?, "10%".parse()?)],
/// )?;
/// let [first, last] = schedule.milestones() else { unreachable!() };
/// assert_eq!((first.year, first.given.is_some()), (y(2025)?, true));
/// assert_eq!((last.year, last.given), (y(2027)?, None)); // set by the 10%
/// assert_eq!(format!("{:.2}", last.value), "121.00");
/// # Ok::<(), cagr::Error>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Milestone {
    /// The calendar year.
    pub year: Year,
    /// The value: the printed figure (the midpoint of a printed range), or
    /// the value a quote set. In the schedule's currency and the scale of
    /// its first value.
    pub value: Amount,
    /// The figure as given, or `None` for a value a quote set.
    pub given: Option<Stated<Amount>>,
}

/// What a [`Quote`] does in its [`Schedule`].
///
/// ```
/// use cagr::{Period, QuoteRole, Schedule, Year};
///
/// let y = Year::new;
/// let schedule = Schedule::new(
///     [(y(2025)?, "100".parse()?), (y(2027)?, "121".parse()?)],
///     [
///         (Period::new(2025, 2027)?, "10%".parse()?), // two given values: a claim
///         (Period::new(2027, 2030)?, "5%".parse()?),  // sets 2030
///     ],
/// )?;
/// let roles: Vec<QuoteRole> = schedule.quotes().iter().map(|q| q.role()).collect();
/// assert_eq!(roles, [QuoteRole::Claim, QuoteRole::Input { year: y(2030)? }]);
/// # Ok::<(), cagr::Error>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum QuoteRole {
    /// Both ends of its period have given values: the quote is a claim about
    /// them, and [`Quote::check`] tests it.
    Claim,
    /// No figure gave the value in `year`; this quote set it.
    Input {
        /// The year whose value the quote set.
        year: Year,
    },
    /// Both ends have values, but another quote set one of them, so there
    /// is no pair of printed figures to check it against.
    Unchecked,
}

/// A rate a [`Schedule`] quotes over a period, as printed, with its role.
///
/// ```
/// use cagr::{Period, QuoteRole, Schedule, Year};
///
/// let y = Year::new;
/// let schedule = Schedule::new(
///     [(y(2026)?, "486.2 billion yuan".parse()?), (y(2030)?, "1,000 billion yuan".parse()?)],
///     [(Period::new(2026, 2030)?, "19.8%".parse()?)],
/// )?;
/// let quote = &schedule.quotes()[0];
/// assert_eq!(quote.period(), Period::new(2026, 2030)?);
/// assert_eq!(quote.rate().to_string(), "19.8%");
/// assert_eq!(quote.role(), QuoteRole::Claim);
/// assert_eq!(quote.forecast().unwrap().period, Some(quote.period()));
/// # Ok::<(), cagr::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq)]
pub struct Quote {
    period: Period,
    rate: Stated<Rate>,
    role: QuoteRole,
    /// The forecast the quote claims, for a [`QuoteRole::Claim`].
    forecast: Option<Forecast>,
}

impl Quote {
    /// The period the rate is quoted over.
    pub fn period(&self) -> Period {
        self.period
    }

    /// The quoted annual rate, as printed.
    pub fn rate(&self) -> Stated<Rate> {
        self.rate
    }

    /// Whether the quote is a claim, set a value, or could not be checked.
    pub fn role(&self) -> QuoteRole {
        self.role
    }

    /// For a claim: the forecast it makes, with the two given figures at the
    /// ends of its period as baseline and target, the quote as the stated
    /// rate, and the period.
    pub fn forecast(&self) -> Option<&Forecast> {
        self.forecast.as_ref()
    }

    /// For a claim: the checker's report on it, exactly as
    /// [`check`](crate::check()) gives it for [`Quote::forecast`]; `None`
    /// for a quote that set a value or could not be checked.
    ///
    /// # Example
    ///
    /// ```
    /// use cagr::{Period, Schedule, Verdict, Year};
    ///
    /// let y = Year::new;
    /// let schedule = Schedule::new(
    ///     [(y(2026)?, "486.2 billion yuan".parse()?), (y(2030)?, "1,000 billion yuan".parse()?)],
    ///     [(Period::new(2026, 2030)?, "21%".parse()?)],
    /// )?;
    /// let report = schedule.quotes()[0].check().unwrap();
    /// assert_eq!(report.verdict, Verdict::Inconsistent);
    /// # Ok::<(), cagr::Error>(())
    /// ```
    pub fn check(&self) -> Option<Report<'_>> {
        self.forecast.as_ref().map(check)
    }
}

/// One year of a [`Schedule`]'s path.
///
/// ```
/// use cagr::{Schedule, Year};
///
/// let y = Year::new;
/// let schedule = Schedule::new([(y(2025)?, "100".parse()?), (y(2026)?, "110".parse()?), (y(2028)?, "133.1".parse()?)], [])?;
/// let marked: Vec<(i32, usize, bool)> = schedule.years().map(|p| (p.year.get(), p.phase, p.boundary)).collect();
/// assert_eq!(marked, [(2025, 0, true), (2026, 1, true), (2027, 1, false), (2028, 1, true)]);
/// # Ok::<(), cagr::Error>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct SchedulePoint {
    /// The calendar year.
    pub year: Year,
    /// The value in that year.
    pub value: Amount,
    /// The change from the previous year's value, `value / previous − 1`;
    /// `None` for the first year.
    pub change: Option<Rate>,
    /// The index in [`Schedule::phases`] of the phase the year belongs to:
    /// a boundary year belongs to the phase it starts, the last year to the
    /// last phase.
    pub phase: usize,
    /// Whether the year is a [`Milestone`]: the first or last year, or a
    /// boundary between two phases.
    pub boundary: bool,
}

/// `value` in the currency and scale of `like`.
fn in_like(value: Amount, like: Amount) -> Amount {
    let v = value.in_scale(like.scale());
    match like.currency() {
        Some(c) => v.with_currency(c),
        None => v,
    }
}

fn span(from: Year, to: Year) -> Result<Span> {
    Span::between(When::from(from), When::from(to))
}

impl Schedule {
    /// A schedule from values by year and rates quoted over periods.
    ///
    /// # Errors
    ///
    /// * [`Error::DuplicateYear`] for two values in one year;
    /// * [`Error::TooFewYears`] unless the values and quotes name at least
    ///   two years;
    /// * [`Error::CurrencyMismatch`] for values in different currencies;
    /// * [`Error::Undetermined`] for a year that no figure gives and no
    ///   quote reaches from a year with a value;
    /// * [`Error::OutOfRange`] if a value set by a quote, or a rate between
    ///   two values, is out of range.
    ///
    /// # Example
    ///
    /// ```
    /// use cagr::{Period, Schedule, Year};
    ///
    /// let y = Year::new;
    /// let err = Schedule::new(
    ///     [(y(2025)?, "398.5 billion yuan".parse()?), (y(2035)?, "1,729.5 billion yuan".parse()?)],
    ///     [(Period::new(2026, 2030)?, "19.8%".parse()?)],
    /// )
    /// .unwrap_err();
    /// assert_eq!(
    ///     err.to_string(),
    ///     "no value for 2026: no figure gives it and no quoted rate reaches it"
    /// );
    /// # Ok::<(), cagr::Error>(())
    /// ```
    pub fn new<V, Q>(values: V, quotes: Q) -> Result<Schedule>
    where
        V: IntoIterator<Item = (Year, Stated<Amount>)>,
        Q: IntoIterator<Item = (Period, Stated<Rate>)>,
    {
        let mut given: BTreeMap<Year, Stated<Amount>> = BTreeMap::new();
        for (year, value) in values {
            if given.insert(year, value).is_some() {
                return Err(Error::DuplicateYear { year: year.get() });
            }
        }
        let quotes: Vec<(Period, Stated<Rate>)> = quotes.into_iter().collect();
        let years: BTreeSet<Year> = given
            .keys()
            .copied()
            .chain(quotes.iter().flat_map(|(p, _)| [p.from(), p.to()]))
            .collect();
        if years.len() < 2 {
            return Err(Error::TooFewYears { count: years.len() });
        }

        // One currency for every value, and the first value's scale.
        let mut currency: Option<Currency> = None;
        for s in given.values() {
            for a in [Some(s.value()), s.upper()].into_iter().flatten() {
                match (currency, a.currency()) {
                    (Some(left), Some(right)) if left != right => {
                        return Err(Error::CurrencyMismatch { left, right })
                    }
                    (None, Some(c)) => currency = Some(c),
                    _ => {}
                }
            }
        }
        let Some(first) = given.values().next().map(Stated::<Amount>::point) else {
            return Err(Error::Undetermined {
                year: years.first().map_or(0, |y| y.get()),
            });
        };
        let like = match currency {
            Some(c) => first.with_currency(c),
            None => first,
        };
        let mut known: BTreeMap<Year, Amount> = given
            .iter()
            .map(|(&y, s)| (y, in_like(s.point(), like)))
            .collect();

        // Quotes set the values no figure gives, until none can.
        let mut roles: Vec<Option<QuoteRole>> = vec![None; quotes.len()];
        loop {
            let mut progress = false;
            for ((period, stated), role) in quotes.iter().zip(roles.iter_mut()) {
                if role.is_some() {
                    continue;
                }
                let (from, to) = (period.from(), period.to());
                let n = span(from, to)?;
                let rate = stated.point();
                let set = match (known.get(&from), known.get(&to)) {
                    (Some(&a), None) => Some((to, solve::end(a, rate, n)?)),
                    (None, Some(&b)) => Some((from, solve::start(b, rate, n)?)),
                    _ => None,
                };
                if let Some((year, value)) = set {
                    known.insert(year, value);
                    *role = Some(QuoteRole::Input { year });
                    progress = true;
                }
            }
            if !progress {
                break;
            }
        }
        if let Some(year) = years.iter().find(|y| !known.contains_key(y)) {
            return Err(Error::Undetermined { year: year.get() });
        }

        let quotes = quotes
            .into_iter()
            .zip(roles)
            .map(|((period, rate), role)| {
                let ends = (given.get(&period.from()), given.get(&period.to()));
                let (role, forecast) = match (role, ends) {
                    (Some(role), _) => (role, None),
                    (None, (Some(&a), Some(&b))) => {
                        let figure = |s: Stated<Amount>, y: Year| Figure::new(s, When::from(y));
                        let forecast = Forecast {
                            baseline: Some(figure(a, period.from())),
                            target: Some(figure(b, period.to())),
                            rate: Some(rate),
                            period: Some(period),
                            source: None,
                            alternatives: Vec::new(),
                        };
                        (QuoteRole::Claim, Some(forecast))
                    }
                    (None, _) => (QuoteRole::Unchecked, None),
                };
                Quote {
                    period,
                    rate,
                    role,
                    forecast,
                }
            })
            .collect();

        let milestones: Vec<Milestone> = known
            .into_iter()
            .map(|(year, value)| Milestone {
                year,
                value: in_like(value, like),
                given: given.get(&year).copied(),
            })
            .collect();
        let phases = milestones
            .windows(2)
            .map(|w| {
                Path::between(
                    When::from(w[0].year),
                    w[0].value,
                    When::from(w[1].year),
                    w[1].value,
                )
            })
            .collect::<Result<Vec<Path>>>()?;
        let (a, z) = (milestones[0], milestones[milestones.len() - 1]);
        let rate = solve::rate(a.value, z.value, span(a.year, z.year)?)?;
        Ok(Schedule {
            milestones,
            phases,
            quotes,
            rate,
        })
    }

    /// The years with a value, first to last: every given value, and every
    /// value a quote set (see [`Milestone`] for an example).
    pub fn milestones(&self) -> &[Milestone] {
        &self.milestones
    }

    /// The phases: constant growth between consecutive milestones, each
    /// exact at both ends.
    ///
    /// ```
    /// use cagr::{Schedule, Year};
    ///
    /// let y = Year::new;
    /// let schedule = Schedule::new(
    ///     [(y(2025)?, "100".parse()?), (y(2027)?, "121".parse()?), (y(2028)?, "133.1".parse()?)],
    ///     [],
    /// )?;
    /// let rates: Vec<String> = schedule.phases().iter().map(|p| format!("{:.1}", p.rate())).collect();
    /// assert_eq!(rates, ["10.0%", "10.0%"]);
    /// # Ok::<(), cagr::Error>(())
    /// ```
    pub fn phases(&self) -> &[Path] {
        &self.phases
    }

    /// The quoted rates, in the order given (see [`Quote`] for an example).
    pub fn quotes(&self) -> &[Quote] {
        &self.quotes
    }

    /// The quotes that are claims, each with the checker's report.
    ///
    /// ```
    /// use cagr::{Period, Schedule, Verdict, Year};
    ///
    /// let y = Year::new;
    /// let schedule = Schedule::new(
    ///     [(y(2026)?, "486.2 billion yuan".parse()?), (y(2030)?, "1,000 billion yuan".parse()?)],
    ///     [(Period::new(2026, 2030)?, "19.8%".parse()?)],
    /// )?;
    /// for (quote, report) in schedule.checks() {
    ///     assert_eq!(quote.period(), Period::new(2026, 2030)?);
    ///     assert_eq!(report.verdict, Verdict::Consistent);
    /// }
    /// # Ok::<(), cagr::Error>(())
    /// ```
    pub fn checks(&self) -> impl Iterator<Item = (&Quote, Report<'_>)> {
        self.quotes
            .iter()
            .filter_map(|q| q.check().map(|report| (q, report)))
    }

    /// The first year.
    ///
    /// ```
    /// use cagr::{Schedule, Year};
    ///
    /// let y = Year::new;
    /// let schedule = Schedule::new([(y(2025)?, "100".parse()?), (y(2027)?, "121".parse()?)], [])?;
    /// assert_eq!((schedule.start_year(), schedule.end_year()), (y(2025)?, y(2027)?));
    /// assert_eq!((schedule.start(), schedule.end()), ("100".parse()?, "121".parse()?));
    /// assert_eq!(format!("{:.1}", schedule.rate()), "10.0%");
    /// # Ok::<(), cagr::Error>(())
    /// ```
    pub fn start_year(&self) -> Year {
        self.milestones[0].year
    }

    /// The last year (see [`Schedule::start_year`] for an example).
    pub fn end_year(&self) -> Year {
        self.milestones[self.milestones.len() - 1].year
    }

    /// The value in the first year (see [`Schedule::start_year`] for an
    /// example).
    pub fn start(&self) -> Amount {
        self.milestones[0].value
    }

    /// The value in the last year (see [`Schedule::start_year`] for an
    /// example).
    pub fn end(&self) -> Amount {
        self.milestones[self.milestones.len() - 1].value
    }

    /// The overall CAGR, from the first value to the last.
    ///
    /// # Formula
    ///
    /// ```text
    /// R = (end / start)^(1/N) − 1,   (1 + R)^N = Π (1 + r_i)^(n_i)
    /// ```
    ///
    /// with `N` the years of the schedule, `r_i` and `n_i` each phase's
    /// rate and years. See [`Schedule::start_year`] for an example.
    pub fn rate(&self) -> Rate {
        self.rate
    }

    /// The value in `year` on the schedule's path, or `None` outside it.
    ///
    /// ```
    /// use cagr::{Schedule, Year};
    ///
    /// let y = Year::new;
    /// let schedule = Schedule::new([(y(2025)?, "100".parse()?), (y(2027)?, "121".parse()?)], [])?;
    /// assert_eq!(format!("{:.2}", schedule.value_at(y(2026)?).unwrap()), "110.00");
    /// assert_eq!(schedule.value_at(y(2028)?), None);
    /// # Ok::<(), cagr::Error>(())
    /// ```
    pub fn value_at(&self, year: Year) -> Option<Amount> {
        let phase = self.phase_of(year)?;
        self.phases[phase].value_at(When::from(year))
    }

    /// The index of the phase `year` belongs to (see
    /// [`SchedulePoint::phase`]).
    fn phase_of(&self, year: Year) -> Option<usize> {
        if year < self.start_year() || year > self.end_year() {
            return None;
        }
        let i = self
            .phases
            .partition_point(|p| p.to().calendar_year() <= year);
        Some(i.min(self.phases.len() - 1))
    }

    /// The CAGR between the path's values in two years of the schedule
    /// (any years, not only milestones).
    ///
    /// # Errors
    ///
    /// * [`Error::OutsideSchedule`] for a year before the first or after
    ///   the last;
    /// * [`Error::Order`] unless `to` is after `from`;
    /// * [`Error::OutOfRange`] as for [`solve::rate`].
    ///
    /// # Example
    ///
    /// ```
    /// use cagr::{Schedule, Year};
    ///
    /// let y = Year::new;
    /// let schedule = Schedule::new([(y(2025)?, "100".parse()?), (y(2027)?, "121".parse()?)], [])?;
    /// assert_eq!(format!("{:.1}", schedule.rate_between(y(2026)?, y(2027)?)?), "10.0%");
    /// assert_eq!(
    ///     schedule.rate_between(y(2025)?, y(2030)?).unwrap_err().to_string(),
    ///     "year 2030 is outside the schedule 2025-2027"
    /// );
    /// # Ok::<(), cagr::Error>(())
    /// ```
    pub fn rate_between(&self, from: Year, to: Year) -> Result<Rate> {
        let value = |year: Year| {
            self.value_at(year).ok_or(Error::OutsideSchedule {
                year: year.get(),
                first: self.start_year().get(),
                last: self.end_year().get(),
            })
        };
        let (a, b) = (value(from)?, value(to)?);
        solve::rate(a, b, span(from, to)?)
    }

    /// The values year by year, first to last, with phase boundaries
    /// marked.
    ///
    /// Every value is computed from its phase's start (see [`Path`]); the
    /// value at every milestone is that milestone's value, bit for bit.
    ///
    /// ```
    /// use cagr::{Schedule, Year};
    ///
    /// let y = Year::new;
    /// let schedule = Schedule::new([(y(2025)?, "100".parse()?), (y(2027)?, "121".parse()?)], [])?;
    /// let values: Vec<String> = schedule.years().map(|p| format!("{:.0}", p.value)).collect();
    /// assert_eq!(values, ["100", "110", "121"]);
    /// # Ok::<(), cagr::Error>(())
    /// ```
    pub fn years(&self) -> ScheduleYears<'_> {
        ScheduleYears {
            schedule: self,
            next: Some(self.start_year()),
            previous: None,
        }
    }

    /// The phases as a table, one row per phase, then the whole schedule,
    /// then any quoted period that is neither.
    ///
    /// Columns: `span` (`phase 1`, `phase 2`, …, `overall`, `quoted`),
    /// `from`, `to`, `start` and `end` (in `scale`, two decimals),
    /// `cagr_pct` (the CAGR between them in percent, four decimals),
    /// `quoted_pct` (a rate quoted over exactly that period, as printed
    /// without its `%` sign),
    /// `check` (`consistent`, `inconsistent` or `unverifiable` for a claim;
    /// `input` for a quote that set a value; `unchecked`).
    ///
    /// ```
    /// use cagr::{Period, Scale, Schedule, Year};
    ///
    /// let y = Year::new;
    /// let schedule = Schedule::new(
    ///     [(y(2026)?, "486.2 billion yuan".parse()?), (y(2030)?, "1,000 billion yuan".parse()?)],
    ///     [(Period::new(2026, 2030)?, "19.8%".parse()?)],
    /// )?;
    /// assert_eq!(
    ///     schedule.table(Scale::Billion).to_csv(),
    ///     "span,from,to,start,end,cagr_pct,quoted_pct,check\r\n\
    ///      phase 1,2026,2030,486.20,1000.00,19.7557,19.8,consistent\r\n\
    ///      overall,2026,2030,486.20,1000.00,19.7557,,\r\n"
    /// );
    /// # Ok::<(), cagr::Error>(())
    /// ```
    pub fn table(&self, scale: Scale) -> Table {
        let mut t = Table::new([
            "span",
            "from",
            "to",
            "start",
            "end",
            "cagr_pct",
            "quoted_pct",
            "check",
        ]);
        let mut shown = vec![false; self.quotes.len()];
        let mut row = |label: String, from: Year, to: Year, start: Amount, end: Amount, r: Rate| {
            let quote = self
                .quotes
                .iter()
                .enumerate()
                .find(|(i, q)| !shown[*i] && q.period.from() == from && q.period.to() == to);
            let (quoted, status) = match quote {
                Some((i, q)) => {
                    shown[i] = true;
                    (q.printed_pct(), q.status())
                }
                None => (String::new(), ""),
            };
            t.push([
                label,
                from.to_string(),
                to.to_string(),
                format!("{:.2}", start.value_in(scale)),
                format!("{:.2}", end.value_in(scale)),
                format!("{:.4}", r.as_percent()),
                quoted,
                status.to_owned(),
            ]);
        };
        for (i, p) in self.phases.iter().enumerate() {
            row(
                format!("phase {}", i + 1),
                p.from().calendar_year(),
                p.to().calendar_year(),
                p.start(),
                p.end(),
                p.rate(),
            );
        }
        row(
            "overall".to_owned(),
            self.start_year(),
            self.end_year(),
            self.start(),
            self.end(),
            self.rate,
        );
        for (i, q) in self.quotes.iter().enumerate() {
            if shown[i] {
                continue;
            }
            let (from, to) = (q.period.from(), q.period.to());
            let (Some(a), Some(b)) = (self.value_at(from), self.value_at(to)) else {
                continue;
            };
            let implied = self.rate_between(from, to).unwrap_or(self.rate);
            t.push([
                "quoted".to_owned(),
                from.to_string(),
                to.to_string(),
                format!("{:.2}", a.value_in(scale)),
                format!("{:.2}", b.value_in(scale)),
                format!("{:.4}", implied.as_percent()),
                q.printed_pct(),
                q.status().to_owned(),
            ]);
        }
        t
    }

    /// The yearly path as a table: `year`, `value` (in `scale`, two
    /// decimals), `change_pct` (from the year before, two decimals; empty
    /// for the first year), `phase` (numbered from 1, a boundary year
    /// belonging to the phase it starts) and `boundary` (`yes` at every
    /// milestone, else empty).
    ///
    /// ```
    /// use cagr::{Scale, Schedule, Year};
    ///
    /// let y = Year::new;
    /// let schedule = Schedule::new([(y(2025)?, "100".parse()?), (y(2026)?, "110".parse()?), (y(2027)?, "132".parse()?)], [])?;
    /// assert_eq!(
    ///     schedule.path_table(Scale::One).to_csv(),
    ///     "year,value,change_pct,phase,boundary\r\n\
    ///      2025,100.00,,1,yes\r\n\
    ///      2026,110.00,10.00,2,yes\r\n\
    ///      2027,132.00,20.00,2,yes\r\n"
    /// );
    /// # Ok::<(), cagr::Error>(())
    /// ```
    pub fn path_table(&self, scale: Scale) -> Table {
        let mut t = Table::new(["year", "value", "change_pct", "phase", "boundary"]);
        for p in self.years() {
            t.push([
                p.year.to_string(),
                format!("{:.2}", p.value.value_in(scale)),
                p.change
                    .map_or_else(String::new, |c| format!("{:.2}", c.as_percent())),
                (p.phase + 1).to_string(),
                if p.boundary { "yes" } else { "" }.to_owned(),
            ]);
        }
        t
    }
}

impl Quote {
    /// The quote as printed without its `%` signs, for a `_pct` column:
    /// `19.8`, `nearly 20`, `10 to 15`.
    fn printed_pct(&self) -> String {
        self.rate.to_string().replace('%', "")
    }

    /// The word the tables print for the quote's role or verdict.
    fn status(&self) -> &'static str {
        match (self.role, self.check()) {
            (QuoteRole::Claim, Some(r)) => r.verdict.as_str(),
            (QuoteRole::Input { .. }, _) => "input",
            _ => "unchecked",
        }
    }

    /// The quote's line in a schedule's `Display`.
    fn describe(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "quoted {} a year (CAGR)", self.rate)?;
        match (self.role, self.check()) {
            (QuoteRole::Claim, Some(r)) => write!(f, ": {}", r.verdict),
            (QuoteRole::Input { year }, _) => write!(f, ": sets the value in {year}"),
            _ => f.write_str(": not checked, one end was set by another quote"),
        }
    }
}

impl fmt::Display for Schedule {
    /// The milestones with the phase rate between each pair, the overall
    /// CAGR, and each quote with its verdict (or the value it set). Every
    /// rate names its convention. A precision sets the decimals of the
    /// computed rates (default 2). `{:#}` adds the checker's paragraph for
    /// each claim.
    ///
    /// ```text
    /// 2025  398.5 billion CNY
    ///         2025-2026  22.01% a year (CAGR)
    /// 2026  486.2 billion CNY
    ///         2026-2030  19.76% a year (CAGR); quoted 19.8% a year (CAGR): consistent
    /// 2030  1,000 billion CNY
    ///         2030-2035  11.58% a year (CAGR)
    /// 2035  1,729.5 billion CNY
    /// overall 2025-2035  15.81% a year (CAGR)
    /// ```
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let d = f.precision().unwrap_or(2);
        let mut shown = vec![false; self.quotes.len()];
        let mut quotes_over = |f: &mut fmt::Formatter<'_>, from: Year, to: Year| -> fmt::Result {
            for (i, q) in self.quotes.iter().enumerate() {
                if !shown[i] && q.period.from() == from && q.period.to() == to {
                    shown[i] = true;
                    f.write_str("; ")?;
                    q.describe(f)?;
                }
            }
            Ok(())
        };
        for (i, m) in self.milestones.iter().enumerate() {
            match m.given {
                Some(s) => writeln!(f, "{}  {s}", m.year)?,
                None => writeln!(f, "{}  {:.1} (set by a quoted rate)", m.year, m.value)?,
            }
            if let Some(p) = self.phases.get(i) {
                write!(
                    f,
                    "        {}-{}  {:.*}",
                    p.from().calendar_year(),
                    p.to().calendar_year(),
                    d,
                    CompoundedRate::from(p.rate())
                )?;
                quotes_over(f, p.from().calendar_year(), p.to().calendar_year())?;
                writeln!(f)?;
            }
        }
        write!(
            f,
            "overall {}-{}  {:.*}",
            self.start_year(),
            self.end_year(),
            d,
            CompoundedRate::from(self.rate)
        )?;
        quotes_over(f, self.start_year(), self.end_year())?;
        for (i, q) in self.quotes.iter().enumerate() {
            if !shown[i] {
                write!(f, "\n{}-{}  ", q.period.from(), q.period.to())?;
                q.describe(f)?;
            }
        }
        if f.alternate() {
            for (q, report) in self.checks() {
                write!(
                    f,
                    "\n\nquoted {} over {}-{}: {report}",
                    q.rate,
                    q.period.from(),
                    q.period.to()
                )?;
            }
        }
        Ok(())
    }
}

/// Iterator over the years of a [`Schedule`], made by [`Schedule::years`]
/// (see there and [`SchedulePoint`] for examples). It knows its length.
#[derive(Debug, Clone)]
pub struct ScheduleYears<'a> {
    schedule: &'a Schedule,
    /// The next year, `None` after the last.
    next: Option<Year>,
    previous: Option<Amount>,
}

impl Iterator for ScheduleYears<'_> {
    type Item = SchedulePoint;

    fn next(&mut self) -> Option<SchedulePoint> {
        let year = self.next?;
        let s = self.schedule;
        let phase = s.phase_of(year)?;
        let value = s.phases[phase].value_at(When::from(year))?;
        self.next = year.checked_add(1).ok();
        let change = self
            .previous
            .and_then(|p| Rate::from_fraction((value.value() - p.value()) / p.value()).ok());
        self.previous = Some(value);
        let boundary = s.milestones.binary_search_by_key(&year, |m| m.year).is_ok();
        Some(SchedulePoint {
            year,
            value,
            change,
            phase,
            boundary,
        })
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        let left = self.next.map_or(0, |next| {
            usize::try_from(next.until(self.schedule.end_year()) + 1).unwrap_or(0)
        });
        (left, Some(left))
    }
}

impl ExactSizeIterator for ScheduleYears<'_> {}
impl FusedIterator for ScheduleYears<'_> {}

impl<'a> IntoIterator for &'a Schedule {
    type Item = SchedulePoint;
    type IntoIter = ScheduleYears<'a>;

    fn into_iter(self) -> ScheduleYears<'a> {
        self.years()
    }
}
