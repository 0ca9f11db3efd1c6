//! [`check`]: is a published forecast internally consistent, and if not,
//! what would make it so?
//!
//! # How a verdict is reached
//!
//! Every printed figure stands for an interval ([`Stated`]): the baseline
//! and target amounts, the stated rate, and the span between the two dates
//! (exact for two calendar years, 2024 → 2035 being 11; widened when one end
//! is a month and the other a whole year, since a year-only figure may
//! describe any point of its year). The CAGR is monotone in each input, so
//! the exact range of rates the printed endpoints allow is found at the
//! corners of those intervals. The forecast is **consistent** if that range
//! overlaps the stated rate's interval, **inconsistent** if it does not, and
//! **unverifiable** if a figure needed for the test is missing.
//!
//! The width of the implied range is the check's resolution
//! ([`Analysis::resolution_points`]). When it is too wide to tell the stated
//! rate from rates far from it ([`tolerance::too_coarse`]), a consistent
//! verdict says so: "USD 1 billion in 2020 to USD 2 billion in 2025" allows
//! anything from 0% to 37.97%, so a stated 30% passes only because nothing
//! could fail.
//!
//! # Formula
//!
//! ```text
//! implied = [ min (e_lo / s_hi)^(1/n) − 1 , max (e_hi / s_lo)^(1/n) − 1 ]   over n in [n_lo, n_hi]
//! consistent  ⇔  implied ∩ stated ≠ ∅
//! ```
//!
//! Whatever the verdict, the report carries what would reconcile the
//! figures (the target, baseline and span the stated rate implies) and a set
//! of [`Reading`]s: the usual ways a rate is computed or misquoted (an
//! off-by-one horizon, a simple average, continuous compounding, the
//! report's own period, a month-precise span), each with whether it
//! reproduces the stated rate.

mod explain;
#[cfg(feature = "serde")]
mod serde_impl;
mod settings;

use core::fmt;

use crate::error::MAX_FRACTION;
use crate::solve::{self, log_ratio};
pub use settings::CheckSettings;

use crate::tolerance;
use crate::{Amount, Currency, Figure, Forecast, Interval, Rate, Result, Span, When, Year};

/// The outcome of a check.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum Verdict {
    /// The stated rate is reachable from the endpoints within their printed
    /// precision.
    Consistent,
    /// It is not.
    Inconsistent,
    /// The forecast cannot be tested; the reason says which figure is
    /// missing or unusable.
    Unverifiable(Reason),
}

impl Verdict {
    /// `"consistent"`, `"inconsistent"` or `"unverifiable"`.
    pub fn as_str(self) -> &'static str {
        match self {
            Verdict::Consistent => "consistent",
            Verdict::Inconsistent => "inconsistent",
            Verdict::Unverifiable(_) => "unverifiable",
        }
    }
}

impl fmt::Display for Verdict {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.pad(self.as_str())
    }
}

/// Why a forecast is unverifiable.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum Reason {
    /// No baseline amount.
    NoBaseline,
    /// No target amount.
    NoTarget,
    /// No stated rate.
    NoRate,
    /// The baseline has no date and no period dates it.
    NoBaselineYear,
    /// The target has no date and no period dates it.
    NoTargetYear,
    /// The target is not after the baseline.
    TargetNotAfterBaseline,
    /// The baseline and target are in different currencies.
    MixedCurrencies(Currency, Currency),
    /// The rate the figures imply, or the gap to the stated rate, is beyond
    /// the range of `f64`, or the rate rounds to −100% (a collapse by a
    /// factor of more than 10^16 a year).
    OutOfRange,
    /// The passage can be read more than one way (see [`Forecast::alternatives`])
    /// that get different verdicts.
    Ambiguous,
}

impl fmt::Display for Reason {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Reason::NoBaseline => f.write_str("it gives no baseline value"),
            Reason::NoTarget => f.write_str("it gives no target value"),
            Reason::NoRate => f.write_str("it states no growth rate"),
            Reason::NoBaselineYear => f.write_str("it gives no year for the baseline"),
            Reason::NoTargetYear => f.write_str("it gives no year for the target"),
            Reason::TargetNotAfterBaseline => {
                f.write_str("the target is not dated after the baseline")
            }
            Reason::MixedCurrencies(a, b) => {
                write!(f, "the baseline is in {a} and the target in {b}")
            }
            Reason::OutOfRange => f.write_str("the rate its figures imply is out of range"),
            Reason::Ambiguous => {
                f.write_str("the passage can be read more than one way, and the readings disagree")
            }
        }
    }
}

/// A way of computing (or misquoting) a growth rate that the checker tries.
#[derive(Debug, Clone, Copy, PartialEq)]
#[non_exhaustive]
pub enum Convention {
    /// Compound growth over the period the report states for its rate,
    /// when that differs from the years of its values.
    StatedPeriod {
        /// The stated period.
        period: crate::Period,
    },
    /// Compound growth over one year fewer than the values span (a
    /// fencepost error: counting 2025–2035 as 10 years from a 2024 value).
    YearFewer,
    /// Compound growth over one year more.
    YearMore,
    /// The simple average growth `(end/start − 1)/n`.
    SimpleAverage,
    /// The continuously compounded rate `ln(end/start)/n`.
    Continuous,
    /// Compound growth over the span between the exact months (a year-only
    /// figure taken at mid-year), rather than whole calendar years.
    MonthPrecise,
}

impl fmt::Display for Convention {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Convention::StatedPeriod { period } => {
                write!(
                    f,
                    "over the stated period {}-{}",
                    period.from(),
                    period.to()
                )
            }
            Convention::YearFewer => f.write_str("over one year fewer"),
            Convention::YearMore => f.write_str("over one year more"),
            Convention::SimpleAverage => f.write_str("as a simple average"),
            Convention::Continuous => f.write_str("continuously compounded"),
            Convention::MonthPrecise => f.write_str("over the month-precise span"),
        }
    }
}

/// The rate one [`Convention`] gives from the printed endpoints.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Reading {
    /// How the rate was computed.
    pub convention: Convention,
    /// The years it compounds over.
    pub years: f64,
    /// The rate from the printed values (a fraction).
    pub rate: f64,
    /// The range of rates the printed precision allows (fractions).
    pub interval: Interval,
    /// Whether that range reaches the stated rate's interval.
    pub fits: bool,
}

const MAX_READINGS: usize = 6;

/// The [`Reading`]s of a check, in a fixed array so a check never
/// allocates.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Readings {
    items: [Option<Reading>; MAX_READINGS],
}

impl Readings {
    fn push(&mut self, reading: Reading) {
        if let Some(slot) = self.items.iter_mut().find(|s| s.is_none()) {
            *slot = Some(reading);
        }
    }

    /// The readings, in the order tried.
    pub fn iter(&self) -> impl Iterator<Item = &Reading> {
        self.items.iter().flatten()
    }

    /// The readings that reproduce the stated rate.
    pub fn fitting(&self) -> impl Iterator<Item = &Reading> {
        self.iter().filter(|r| r.fits)
    }
}

/// What the stated rate implies for each of the other figures: what would
/// reconcile the forecast.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Reconciliation {
    /// The target the baseline grows to at the stated rate, by the target's
    /// date.
    pub target: Option<Amount>,
    /// The baseline the target needs at the stated rate, at the baseline's
    /// date.
    pub baseline: Option<Amount>,
    /// The years the stated rate needs from the baseline to the target.
    pub span: Option<Span>,
    /// With a stated period that differs from the value years: the value at
    /// the start of that period the stated rate needs to reach the target.
    pub period_start: Option<Amount>,
}

/// The numbers behind a verdict on a checkable forecast.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Analysis {
    /// The baseline's date (from the figure, or the start of the stated
    /// period).
    pub from: When,
    /// The target's date.
    pub to: When,
    /// The compounding years the headline rate uses: whole calendar years,
    /// or the exact span when both dates are month-precise.
    pub years: f64,
    /// The range of spans the dates allow.
    pub span: Interval,
    /// The range of baseline values (base units).
    pub baseline: Interval,
    /// The range of target values (base units).
    pub target: Interval,
    /// The CAGR of the printed endpoints over [`years`](Analysis::years).
    pub implied: Rate,
    /// The range of CAGRs the printed precision allows (fractions).
    pub implied_interval: Interval,
    /// The stated rate (the midpoint of a printed range).
    pub stated: Rate,
    /// The range the stated rate stands for (fractions).
    pub stated_interval: Interval,
    /// Stated minus implied, in percentage points.
    pub gap_points: f64,
    /// The distance between the two ranges, in percentage points (zero when
    /// consistent).
    pub distance_points: f64,
    /// The resolution of the check: the width of
    /// [`implied_interval`](Analysis::implied_interval), in percentage
    /// points. The finer the printed figures, the narrower: 1.57 points for
    /// "nearly 600 billion" in September 2024 to "1,729.5 billion" in 2035,
    /// 37.97 for "1 billion" in 2020 to "2 billion" in 2025. Infinite only
    /// where a strict reading leaves the interval open-ended.
    pub resolution_points: f64,
    /// Whether the printed precision is too coarse to tell the stated rate
    /// from rates far away from it, by the rule of
    /// [`tolerance::too_coarse`](crate::tolerance::too_coarse) (an interval
    /// wider than 5 points, or than half the stated rate). Set whatever the
    /// verdict, but it qualifies only a consistent one: a stated rate the
    /// allowed range misses is inconsistent however wide the range.
    ///
    /// # Example
    ///
    /// ```
    /// use cagr::{check, Figure, Forecast, Verdict, When};
    ///
    /// let forecast = Forecast {
    ///     baseline: Some(Figure::new("1 billion USD".parse()?, When::year(2020)?)),
    ///     target: Some(Figure::new("2 billion USD".parse()?, When::year(2025)?)),
    ///     rate: Some("30%".parse()?),
    ///     ..Forecast::default()
    /// };
    /// let report = check(&forecast);
    /// assert_eq!(report.verdict, Verdict::Consistent);
    /// let a = report.analysis.unwrap();
    /// // 0.5 to 2.5 billion at most: 5^(1/5) − 1 = 37.97%; 1.5 to 1.5 at least: 0%.
    /// assert_eq!(format!("{:.2}", a.resolution_points), "37.97");
    /// assert!(a.too_coarse);
    /// # Ok::<(), cagr::Error>(())
    /// ```
    pub too_coarse: bool,
    /// What the stated rate implies for the other figures.
    pub reconcile: Reconciliation,
    /// The conventions tried.
    pub readings: Readings,
}

impl Analysis {
    /// The baseline's date as the headline span counts it: the calendar
    /// year, unless both dates are month-precise.
    pub fn start(&self) -> When {
        match (self.from.month(), self.to.month()) {
            (Some(_), Some(_)) => self.from,
            _ => When::from(self.from.calendar_year()),
        }
    }

    /// Where the headline span counts from and to: calendar years, or the
    /// exact months when both dates have one.
    fn ends(&self) -> (f64, f64) {
        if self.from.month().is_some() && self.to.month().is_some() {
            (self.from.position(), self.to.position())
        } else {
            (
                f64::from(self.from.calendar_year().get()),
                f64::from(self.to.calendar_year().get()),
            )
        }
    }

    /// The (fractional) year in which the baseline reaches the target at the
    /// stated rate: the baseline's year plus [`Reconciliation::span`]. 2024
    /// plus 7.3 years is 2031.3.
    pub fn year_reached(&self) -> Option<f64> {
        self.reconcile.span.map(|n| self.ends().0 + n.as_years())
    }

    /// The (fractional) year the baseline would have to be dated for the
    /// stated rate to reach the target on time: the target's year minus
    /// [`Reconciliation::span`]. 2035 minus 7.3 years is 2027.7.
    pub fn year_needed(&self) -> Option<f64> {
        self.reconcile.span.map(|n| self.ends().1 - n.as_years())
    }
}

/// The result of [`check`]: the verdict, the numbers behind it, and the
/// forecast it is about.
///
/// `Display` prints a one-paragraph explanation; `{:#}` a detailed report.
///
/// # Example
///
/// ```
/// use cagr::{check, Figure, Forecast, Verdict, When};
///
/// let forecast = Forecast {
///     baseline: Some(Figure::new("6.10 billion USD".parse()?, When::year(2024)?)),
///     target: Some(Figure::new("9.29 billion USD".parse()?, When::year(2030)?)),
///     rate: Some("7.24%".parse()?),
///     ..Forecast::default()
/// };
/// let report = check(&forecast);
/// assert_eq!(report.verdict, Verdict::Consistent);
/// let a = report.analysis.unwrap();
/// assert_eq!(format!("{:.2}", a.implied), "7.26%");
/// assert!(a.implied_interval.contains(0.0724));
/// # Ok::<(), cagr::Error>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Report<'a> {
    /// The forecast checked.
    pub forecast: &'a Forecast,
    /// Consistent, inconsistent or unverifiable.
    pub verdict: Verdict,
    /// The numbers, unless the forecast was unverifiable, or decided over
    /// every year an undated end may have (see
    /// [`Forecast::alternatives`]), which has no one set of numbers.
    pub analysis: Option<Analysis>,
    /// The settings the check used.
    pub settings: CheckSettings,
}

impl Report<'_> {
    /// An inconsistent forecast whose implied range comes within
    /// [`CheckSettings::near_miss_points`] of the stated range.
    pub fn is_near_miss(&self) -> bool {
        self.verdict == Verdict::Inconsistent
            && self
                .analysis
                .is_some_and(|a| a.distance_points <= self.settings.near_miss_points())
    }
}

/// Checks a forecast with the default [`CheckSettings`].
///
/// Never fails: a forecast that cannot be tested gets
/// [`Verdict::Unverifiable`] with the reason.
///
/// # Example
///
/// ```
/// use cagr::{check, Figure, Forecast, Verdict, When};
///
/// let forecast = Forecast {
///     baseline: Some(Figure::new("nearly 600 billion yuan".parse()?, When::end_of_month(2024, 9)?)),
///     target: Some(Figure::new("1,729.5 billion yuan".parse()?, When::year(2035)?)),
///     rate: Some("15.6%".parse()?),
///     ..Forecast::default()
/// };
/// let report = check(&forecast);
/// assert_eq!(report.verdict, Verdict::Inconsistent);
/// let a = report.analysis.unwrap();
/// assert_eq!(format!("{:.2}", a.implied), "10.10%");
/// assert_eq!(format!("{:.1}", a.reconcile.baseline.unwrap()), "351.1 billion CNY");
/// assert_eq!(format!("{:.1}", a.reconcile.target.unwrap()), "2,955.9 billion CNY");
/// assert_eq!(format!("{:.1}", a.reconcile.span.unwrap()), "7.3 years");
/// # Ok::<(), cagr::Error>(())
/// ```
pub fn check(forecast: &Forecast) -> Report<'_> {
    check_with(forecast, &CheckSettings::default())
}

/// Checks a forecast with explicit [`CheckSettings`].
///
/// # Example
///
/// ```
/// use cagr::{check_with, Figure, Forecast, CheckSettings, Verdict, When};
///
/// // "over 100" in 2020 to 200 in 2030 "at 6%": 200/105 over 10 years is
/// // 6.66%, so 6% needs the strict reading, where "over 100" may be far more.
/// let forecast = Forecast {
///     baseline: Some(Figure::new("over 100".parse()?, When::year(2020)?)),
///     target: Some(Figure::new("200".parse()?, When::year(2030)?)),
///     rate: Some("6%".parse()?),
///     ..Forecast::default()
/// };
/// assert_eq!(check_with(&forecast, &CheckSettings::default()).verdict, Verdict::Inconsistent);
/// let strict = CheckSettings::default().with_strict(true);
/// assert_eq!(check_with(&forecast, &strict).verdict, Verdict::Consistent);
/// # Ok::<(), cagr::Error>(())
/// ```
pub fn check_with<'a>(forecast: &'a Forecast, settings: &CheckSettings) -> Report<'a> {
    let (verdict, analysis) = judge(forecast, settings);
    if let Some(verdict) = every_year(forecast, verdict, settings) {
        return Report {
            forecast,
            verdict,
            analysis: None,
            settings: *settings,
        };
    }
    // Another reading of the passage with another verdict: abstain.
    let disagree = |alt: &Forecast| {
        let other = judge(alt, settings).0;
        other != verdict && matches!(other, Verdict::Consistent | Verdict::Inconsistent)
    };
    let (verdict, analysis) = if matches!(verdict, Verdict::Consistent | Verdict::Inconsistent)
        && forecast.alternatives.iter().any(disagree)
    {
        (Verdict::Unverifiable(Reason::Ambiguous), None)
    } else {
        (verdict, analysis)
    };
    Report {
        forecast,
        verdict,
        analysis,
        settings: *settings,
    }
}

/// The common verdict of a forecast whose only gap is one end's year, where
/// its [`alternatives`](Forecast::alternatives) date that end every way the
/// passage allows (the extractor gives them for "this year" or "today" with
/// no publication date): each alternative is the forecast with that end
/// dated, nothing else changed. `None` where the forecast is not such a
/// one, or where the years disagree (or one is unverifiable).
fn every_year(forecast: &Forecast, verdict: Verdict, settings: &CheckSettings) -> Option<Verdict> {
    let missing = match verdict {
        Verdict::Unverifiable(Reason::NoBaselineYear) => true,
        Verdict::Unverifiable(Reason::NoTargetYear) => false,
        _ => return None,
    };
    let (base, target) = (forecast.baseline.as_ref()?, forecast.target.as_ref()?);
    // Only one end undated, and no period to date it.
    if forecast.period.is_some() || forecast.alternatives.is_empty() {
        return None;
    }
    let same = |alt: &Forecast| {
        let (b, t) = (alt.baseline.as_ref(), alt.target.as_ref());
        let (b, t) = (
            b.filter(|b| b.amount == base.amount),
            t.filter(|t| t.amount == target.amount),
        );
        let (Some(b), Some(t)) = (b, t) else {
            return false;
        };
        let dated = if missing {
            t.when == target.when && b.when.is_some()
        } else {
            b.when == base.when && t.when.is_some()
        };
        dated && alt.rate == forecast.rate && alt.period.is_none()
    };
    let mut common = None;
    for alt in &forecast.alternatives {
        if !same(alt) {
            return None;
        }
        let v = judge(alt, settings).0;
        if !matches!(v, Verdict::Consistent | Verdict::Inconsistent)
            || common.is_some_and(|c| c != v)
        {
            return None;
        }
        common = Some(v);
    }
    common
}

/// The verdict on one reading of a forecast, and its numbers.
pub(crate) fn judge(forecast: &Forecast, settings: &CheckSettings) -> (Verdict, Option<Analysis>) {
    match analyse(forecast, settings) {
        Ok(a) => {
            let fits = a.implied_interval.overlaps(a.stated_interval);
            (
                if fits {
                    Verdict::Consistent
                } else {
                    Verdict::Inconsistent
                },
                Some(a),
            )
        }
        Err(reason) => (Verdict::Unverifiable(reason), None),
    }
}

/// Whether a rate given as a fraction has a finite percentage: below
/// `f64::MAX / 100` in size, the limit of [`Rate`]. (NaN has none.)
fn in_percent(fraction: f64) -> bool {
    fraction.abs() < MAX_FRACTION
}

/// The range of `expm1(l / n)` for `l` in `[l_lo, l_hi]` and `n` in `span`:
/// monotone in each, so the corners bound it.
fn rate_range(l_lo: f64, l_hi: f64, span: Interval) -> Interval {
    let r = |l: f64, n: f64| (l / n).exp_m1();
    Interval {
        lo: r(l_lo, span.lo).min(r(l_lo, span.hi)),
        hi: r(l_hi, span.lo).max(r(l_hi, span.hi)),
    }
}

fn analyse(forecast: &Forecast, settings: &CheckSettings) -> Result<Analysis, Reason> {
    let base = forecast.baseline.as_ref().ok_or(Reason::NoBaseline)?;
    let target = forecast.target.as_ref().ok_or(Reason::NoTarget)?;
    let stated = forecast.rate.as_ref().ok_or(Reason::NoRate)?;
    let period = forecast.period;
    // A figure without a date of its own takes it from the stated period.
    let date = |fig: &Figure, year: Option<Year>, missing: Reason| {
        fig.when.or_else(|| year.map(When::from)).ok_or(missing)
    };
    let from = date(base, period.map(|p| p.from()), Reason::NoBaselineYear)?;
    let to = date(target, period.map(|p| p.to()), Reason::NoTargetYear)?;
    let (s, e) = (base.amount.point(), target.amount.point());
    if let Err(crate::Error::CurrencyMismatch { left, right }) = s.common_currency(e) {
        return Err(Reason::MixedCurrencies(left, right));
    }

    // The span: whole calendar years unless both ends are month-precise;
    // its range widens by the unknown month of a year-only figure.
    let whole = f64::from(from.calendar_year().until(to.calendar_year()));
    let exact = to.position() - from.position();
    let years = if from.month().is_some() && to.month().is_some() {
        exact
    } else {
        whole
    };
    if years.is_nan() || years <= 0.0 {
        return Err(Reason::TargetNotAfterBaseline);
    }
    let span = if from.month().is_none() && to.month().is_none() {
        Interval::point(whole)
    } else {
        let ((a_lo, a_hi), (b_lo, b_hi)) = (from.bounds(), to.bounds());
        Interval {
            // A span can shrink towards zero but not below it.
            lo: (b_lo - a_hi).max(years.min(1.0) * 1e-3),
            hi: b_hi - a_lo,
        }
    };

    let si = base.amount.interval_with(settings.hedging());
    let ei = target.amount.interval_with(settings.hedging());
    let (l_lo, l_hi) = (log_ratio(si.hi, ei.lo), log_ratio(si.lo, ei.hi));
    let stated_interval = stated.interval_with(settings.hedging());
    let rate = stated.point();

    let (sv, ev) = (s.value(), e.value());
    let implied_fraction = solve::rate_f64(sv, ev, years);
    let implied = Rate::from_fraction(implied_fraction).map_err(|_| Reason::OutOfRange)?;
    // The range always holds the point itself: its corners are computed
    // with `expm1(ln/n)`, the point with the more precise solver, and the
    // two may differ in the last bits for steep growth.
    let implied_interval = {
        let r = rate_range(l_lo, l_hi, span);
        Interval {
            lo: r.lo.min(implied_fraction),
            hi: r.hi.max(implied_fraction),
        }
    };

    let mut readings = Readings {
        items: [None; MAX_READINGS],
    };
    // A reading whose numbers overflow says nothing; it is left out rather
    // than reported as infinite (ends may be infinite only where a strict
    // hedge leaves the figures unbounded).
    // Only a strict reading of an upward hedge ("over x") leaves a figure
    // unbounded; any other infinity is an overflow.
    let upward = |q: Option<crate::Qualifier>| q.is_some_and(|q| q.hedge() == crate::Hedge::Above);
    let strict = settings.strict()
        && (upward(base.amount.qualifier())
            || upward(target.amount.qualifier())
            || upward(stated.qualifier()));
    // A rate is reported in percent, so a finite fraction whose percentage
    // overflows (the simple average of a collapse from 1e-300, say: 4e306)
    // is an overflow too, as it is for `Rate`.
    let end_ok = |x: f64| in_percent(x) || (strict && x.is_infinite());
    let mut read = |convention: Convention, years: f64, rate: f64, interval: Interval| {
        if !(in_percent(rate) && end_ok(interval.lo) && end_ok(interval.hi)) {
            return;
        }
        readings.push(Reading {
            convention,
            years,
            rate,
            interval,
            fits: interval.overlaps(stated_interval),
        });
    };
    let l = log_ratio(sv, ev);
    let mut period_start = None;
    if let Some(p) = period {
        let n = f64::from(p.years());
        if n != years {
            read(
                Convention::StatedPeriod { period: p },
                n,
                (l / n).exp_m1(),
                rate_range(l_lo, l_hi, Interval::point(n)),
            );
            period_start = Span::from_years(n)
                .ok()
                .and_then(|n| solve::start(e, rate, n).ok());
        }
    }
    // An off-by-one horizon, unless the stated period already tried it.
    let tried = period.map(|p| f64::from(p.years()));
    for (convention, n) in [
        (Convention::YearFewer, years - 1.0),
        (Convention::YearMore, years + 1.0),
    ] {
        if n > 0.0 && Some(n) != tried {
            read(
                convention,
                n,
                (l / n).exp_m1(),
                rate_range(l_lo, l_hi, Interval::point(n)),
            );
        }
    }
    let simple = |lo_ratio: f64, n: f64| (lo_ratio - 1.0) / n;
    read(
        Convention::SimpleAverage,
        years,
        simple(ev / sv, years),
        Interval {
            lo: simple(ei.lo / si.hi, span.lo).min(simple(ei.lo / si.hi, span.hi)),
            hi: simple(ei.hi / si.lo, span.lo).max(simple(ei.hi / si.lo, span.hi)),
        },
    );
    read(
        Convention::Continuous,
        years,
        l / years,
        Interval {
            lo: (l_lo / span.lo).min(l_lo / span.hi),
            hi: (l_hi / span.lo).max(l_hi / span.hi),
        },
    );
    if (from.month().is_some() != to.month().is_some()) && exact > 0.0 {
        read(
            Convention::MonthPrecise,
            exact,
            (l / exact).exp_m1(),
            rate_range(l_lo, l_hi, Interval::point(exact)),
        );
    }

    let n = Span::from_years(years).ok();
    // The figures that would reconcile print in the finer of the two
    // scales ("a baseline of 405.8 billion", not "0.4 trillion").
    let fine = if s.scale().exponent() <= e.scale().exponent() {
        s.scale()
    } else {
        e.scale()
    };
    let reconcile = Reconciliation {
        target: n.and_then(|n| solve::end(s, rate, n).ok().map(|t| t.in_scale(fine))),
        baseline: n.and_then(|n| solve::start(e, rate, n).ok().map(|b| b.in_scale(fine))),
        span: solve::span(s, e, rate).ok(),
        period_start,
    };
    let points = |x: f64| x * 100.0;
    let gap_points = points(rate.as_fraction() - implied.as_fraction());
    let distance_points = points(implied_interval.distance(stated_interval));
    let resolution_points = points(implied_interval.hi - implied_interval.lo);
    let too_coarse = tolerance::too_coarse(resolution_points, rate.as_percent());
    // Figures so extreme that a rate (in percent) or a gap overflows cannot
    // be checked; only a strict hedge may leave an interval open-ended.
    let open = |i: Interval| !(end_ok(i.lo) && end_ok(i.hi));
    if open(implied_interval)
        || open(stated_interval)
        || !gap_points.is_finite()
        || distance_points.is_nan()
        || !(distance_points.is_finite() || strict)
    {
        return Err(Reason::OutOfRange);
    }
    Ok(Analysis {
        from,
        to,
        years,
        span,
        baseline: si,
        target: ei,
        implied,
        implied_interval,
        stated: rate,
        stated_interval,
        gap_points,
        distance_points,
        resolution_points,
        too_coarse,
        reconcile,
        readings,
    })
}
