//! The one error type of the crate.

use core::fmt;

use crate::num::decimal::Decimal;
use crate::{Currency, Scale};

/// Everything that can go wrong in `cagr`: one enum, so `?` composes across
/// constructing, solving, checking and parsing.
///
/// Messages follow one style: lower case, no final period, the bad value
/// quoted. Tests assert them word for word. A year in a message prints as
/// [`Year`](crate::Year) does, in four digits; a year field holds its
/// number (`i32`), because `Year`'s own constructor returns this error and
/// the error cannot hold a `Year` without an import cycle. [`Error::Year`]
/// holds the rejected number as given, which may be any integer.
///
/// ```
/// use cagr::Rate;
///
/// let err = Rate::from_percent(-150.0).unwrap_err();
/// assert_eq!(err.to_string(), "invalid rate -150%: a rate must be finite and above -100%");
/// ```
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// A rate that is not finite, not above −100%, or so large that its
    /// percentage is not finite (a fraction not below `f64::MAX / 100`).
    ///
    /// The message names the rate in percent, exactly as given: where the
    /// percentage of a finite fraction overflows `f64`, it is written out
    /// from the fraction's decimal digits rather than as an infinity.
    #[error(
        "invalid rate {}%: {}",
        PercentShown { percent: *.percent, fraction: *.fraction },
        rate_rule(*.fraction)
    )]
    #[non_exhaustive]
    Rate {
        /// The rejected rate, in percent (infinite when the rate was given
        /// as a finite fraction too large for its percentage to be an `f64`).
        percent: f64,
        /// The rejected rate as a fraction.
        fraction: f64,
    },
    /// An amount that is not positive and finite, or whose value in base
    /// units overflows `f64` (a finite value times a large [`Scale`]).
    ///
    /// The message names the value in base units, or, for a finite value
    /// whose base units overflow, as given with its scale word.
    #[error("invalid amount {}: {}", AmountShown(*.value, *.scale), amount_rule(*.value, *.scale))]
    #[non_exhaustive]
    Amount {
        /// The rejected value, as given, in units of `scale`.
        value: f64,
        /// The scale it was given in ([`Scale::One`] for base units).
        scale: Scale,
    },
    /// A span of years that is not positive and finite.
    #[error("invalid span of {years} years: a span must be positive and finite")]
    #[non_exhaustive]
    Span {
        /// The rejected number of years.
        years: f64,
    },
    /// A calendar year outside 1..=9999.
    #[error("invalid year {year}: a year must be between 1 and 9999")]
    #[non_exhaustive]
    Year {
        /// The rejected year.
        year: i64,
    },
    /// A month outside 1..=12.
    #[error("invalid month {month}: a month must be between 1 and 12")]
    #[non_exhaustive]
    Month {
        /// The rejected month number.
        month: i64,
    },
    /// Two points in time that do not make a positive span.
    #[error("no span from {from} to {to}: the end must come after the start")]
    #[non_exhaustive]
    Order {
        /// The start of the attempted span, as printed ([`When`](crate::When)'s
        /// `Display`: `"2024"`, `"end of September 2024"`).
        from: String,
        /// The end of the attempted span, as printed.
        to: String,
    },
    /// Two amounts in different currencies were combined.
    #[error("cannot combine an amount in {left} with one in {right}")]
    #[non_exhaustive]
    CurrencyMismatch {
        /// The currency of the left operand.
        left: Currency,
        /// The currency of the right operand.
        right: Currency,
    },
    /// A zero rate was asked to take one value to a different one.
    #[error("a rate of 0% never takes {start} to {end}")]
    #[non_exhaustive]
    NoGrowth {
        /// The start value, as given, printed ([`Amount`](crate::Amount)'s
        /// `Display`: `"600 billion CNY"`).
        start: String,
        /// The end value, as given, printed.
        end: String,
    },
    /// The rate's sign contradicts the direction of change (a growth rate for
    /// a fall, or a decline for a rise).
    #[error("a rate of {percent}% never takes {start} to {end}")]
    #[non_exhaustive]
    WrongDirection {
        /// The rate, in percent.
        percent: f64,
        /// The start value, as given, printed.
        start: String,
        /// The end value, as given, printed.
        end: String,
    },
    /// A computed result is not a finite value of its type (it overflowed,
    /// underflowed to zero, or fell to −100%).
    #[error("the computed {quantity} is out of range: {value}")]
    #[non_exhaustive]
    OutOfRange {
        /// What was being computed (`"rate"`, `"end value"`, `"start value"`, `"span"`, ...).
        quantity: &'static str,
        /// The raw result, possibly infinite, zero or NaN.
        value: f64,
    },
    /// Text that does not parse as the expected kind of value.
    #[error("cannot parse {input:?} as {what}: {reason}")]
    #[non_exhaustive]
    Parse {
        /// The kind of value expected (`"a rate"`, `"an amount"`, ...).
        what: &'static str,
        /// The text that was given (cut to 64 characters).
        input: String,
        /// Why it was rejected.
        reason: &'static str,
    },
    /// A currency name, code or symbol the crate does not know.
    #[error("unknown currency {name:?}")]
    #[non_exhaustive]
    UnknownCurrency {
        /// The name given (cut to 64 characters).
        name: String,
    },
    /// Columns of a batch that do not have the same number of rows.
    #[error("column {column} has {found} rows, expected {expected}")]
    #[non_exhaustive]
    Lengths {
        /// The column that differs (`"end"`, `"out"`, ...).
        column: &'static str,
        /// Its number of rows.
        found: usize,
        /// The number of rows of the first column.
        expected: usize,
    },
    /// A compounding convention with zero periods a year.
    #[error("invalid compounding of {periods} periods a year: there must be at least one")]
    #[non_exhaustive]
    Periods {
        /// The rejected number of periods a year.
        periods: u32,
    },
    /// A rate under a compounding convention that is not finite, (for a
    /// periodic convention) not above −100% a period, or so large that its
    /// percentage is not finite (a fraction of `f64::MAX / 100` or more, in
    /// size).
    #[error(
        "invalid rate {}% {compounding}: {reason}",
        PercentShown { percent: *.percent, fraction: *.fraction }
    )]
    #[non_exhaustive]
    CompoundedRate {
        /// The rejected rate, in percent per period (per year when
        /// continuous); infinite when it was given as a finite fraction too
        /// large for its percentage to be an `f64`.
        percent: f64,
        /// The rejected rate as a fraction per period.
        fraction: f64,
        /// The convention it was given in, printed
        /// ([`Compounding`](crate::Compounding)'s `Display`).
        compounding: String,
        /// What a rate in that convention must be.
        reason: &'static str,
    },
    /// Two values for one year of a schedule.
    #[error("two values for {year:04}: a schedule takes one value a year")]
    #[non_exhaustive]
    DuplicateYear {
        /// The year given twice.
        year: i32,
    },
    /// A schedule whose values and quotes name fewer than two years.
    #[error("a schedule needs at least two years, got {count}")]
    #[non_exhaustive]
    TooFewYears {
        /// The number of distinct years named.
        count: usize,
    },
    /// A year of a schedule that no figure gives and no quoted rate reaches.
    #[error("no value for {year:04}: no figure gives it and no quoted rate reaches it")]
    #[non_exhaustive]
    Undetermined {
        /// The first such year.
        year: i32,
    },
    /// A year before the first or after the last of a schedule.
    #[error("year {year:04} is outside the schedule {first:04}-{last:04}")]
    #[non_exhaustive]
    OutsideSchedule {
        /// The year asked for.
        year: i32,
        /// The schedule's first year.
        first: i32,
        /// The schedule's last year.
        last: i32,
    },
    /// A fit or a statistic given fewer points than it needs (two for a
    /// fit, three for a standard error, an interval or a band).
    #[error("too few points for {what}: {points} given, at least {needed} needed")]
    #[non_exhaustive]
    TooFewPoints {
        /// What was asked for (`"a fit"`, `"a standard error"`, ...).
        what: &'static str,
        /// The number of points given.
        points: usize,
        /// The number of points it needs.
        needed: usize,
    },
    /// A value of a series that is NaN or infinite.
    #[error("invalid value {value} in {year:04}: a value must be finite")]
    #[non_exhaustive]
    Value {
        /// The year of the value.
        year: i32,
        /// The rejected value.
        value: f64,
    },
    /// A value of a series that is zero or negative, where a growth fit
    /// takes its logarithm.
    #[error("invalid value {value} in {year:04}: a growth fit needs positive values")]
    #[non_exhaustive]
    NotPositive {
        /// The year of the value.
        year: i32,
        /// The rejected value.
        value: f64,
    },
    /// A series whose points are all in one year, so no slope can be fitted.
    #[error("every point is in {year:04}: a fit needs at least two different years")]
    #[non_exhaustive]
    OneYear {
        /// The one year of the series.
        year: i32,
    },
    /// A probability or confidence level that is not strictly between 0 and 1.
    #[error("invalid probability {p}: a probability must be strictly between 0 and 1")]
    #[non_exhaustive]
    Probability {
        /// The rejected probability.
        p: f64,
    },
    /// Degrees of freedom that are not positive and finite.
    #[error("invalid degrees of freedom {df}: degrees of freedom must be positive and finite")]
    #[non_exhaustive]
    DegreesOfFreedom {
        /// The rejected degrees of freedom.
        df: f64,
    },
    /// A knob of [`Hedging`](crate::Hedging) or [`CheckSettings`](crate::CheckSettings) out of its domain:
    /// a hedge band outside `[0, 1)`, or a near-miss distance that is
    /// negative or not finite.
    #[error("invalid {name} {value}: {rule}")]
    #[non_exhaustive]
    Setting {
        /// The option (`"hedge band"`, `"near-miss distance"`).
        name: &'static str,
        /// The rejected value.
        value: f64,
        /// What the option must be.
        rule: &'static str,
    },
    /// A chart that could not be drawn (the `plot` feature).
    #[error("cannot draw the chart: {reason}")]
    #[non_exhaustive]
    Plot {
        /// What the drawing library reported.
        reason: String,
    },
}

impl Error {
    /// A parse error, keeping at most 64 characters of the input so a
    /// megabyte of garbage does not end up in a log line.
    pub(crate) fn parse(what: &'static str, input: &str, reason: &'static str) -> Error {
        let input = match input.char_indices().nth(64) {
            Some((cut, _)) => format!("{}...", &input[..cut]),
            None => input.to_owned(),
        };
        Error::Parse {
            what,
            input,
            reason,
        }
    }
}

/// A rate in percent as an error message names it: the percentage held, or,
/// where the percentage of a finite fraction overflowed `f64`, the exact
/// decimal of that fraction with its point moved two places (so the message
/// names the number the caller gave, never an infinity it did not).
struct PercentShown {
    percent: f64,
    fraction: f64,
}

impl fmt::Display for PercentShown {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if !self.percent.is_finite() && self.fraction.is_finite() {
            Decimal::of(self.fraction).shift(2).write_plain(f, false)
        } else {
            write!(f, "{}", self.percent)
        }
    }
}

/// What a rate must be, for the rule the fraction broke.
fn rate_rule(fraction: f64) -> &'static str {
    if fraction.is_finite() && fraction >= MAX_FRACTION {
        RATE_BELOW
    } else {
        "a rate must be finite and above -100%"
    }
}

/// The upper limit of a rate as a fraction (exclusive): `f64::MAX / 100`,
/// so that every rate's percentage is a finite `f64` too. A rate of about
/// 1.8e308% is absurd, but it is where `f64` ends.
pub(crate) const MAX_FRACTION: f64 = f64::MAX / 100.0;

/// The rule of [`MAX_FRACTION`], in a message. The exact limit is the
/// fraction; the percentage is for scale.
pub(crate) const RATE_BELOW: &str =
    "a rate must be below f64::MAX / 100 as a fraction (about 1.8e308%)";

/// An amount as an error message names it: in base units, except for a
/// positive finite value too large for base units (see [`too_large`]),
/// named as given with its scale word.
struct AmountShown(f64, Scale);

/// Whether a positive finite value overflows `f64` in base units.
fn too_large(value: f64, scale: Scale) -> bool {
    value.is_finite() && value > 0.0 && !scale.to_base(value).is_finite()
}

impl fmt::Display for AmountShown {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let AmountShown(value, scale) = *self;
        // A finite value whose base units overflow (either sign) is named
        // as given, never as an infinity.
        if value.is_finite() && !scale.to_base(value).is_finite() {
            write!(f, "{value} {}", scale.word())
        } else {
            write!(f, "{}", scale.to_base(value))
        }
    }
}

/// What an amount must be, for the rule the value broke.
fn amount_rule(value: f64, scale: Scale) -> &'static str {
    if too_large(value, scale) {
        "an amount must be at most f64::MAX (about 1.8e308) in base units"
    } else {
        "an amount must be positive and finite"
    }
}

/// `Result` with the crate's [`Error`].
pub type Result<T, E = Error> = core::result::Result<T, E>;
