//! [`Compounding`] conventions and [`CompoundedRate`]: a rate together with
//! the convention it is stated in.
//!
//! A growth rate is meaningless without its compounding: 1.2% a month and
//! 1.2% a year are different rates, and 14.5% continuously compounded is
//! the same growth as 15.6% a year. The model is QuantLib's `InterestRate`,
//! which never lets a rate travel without its compounding and frequency.
//!
//! # Formula
//!
//! Every conversion goes through the log growth per year `L`, which every
//! convention maps to and from in closed form:
//!
//! ```text
//! periodic, m periods a year:  L = m · ln_1p(r_m)     r_m = expm1(L / m)
//! continuous:                  L = c                  c   = L
//! effective annual (m = 1):    r = expm1(m · ln_1p(r_m)) = (1 + r_m)^m − 1
//! ```
//!
//! `ln_1p` and `expm1` keep every digit of small rates, where `(1 + r)^m − 1`
//! would cancel. A round trip between two conventions returns the original
//! rate to within a few ulp: for rates of −50% to +200% a period, 95% of
//! round trips are exact or one ulp off and none was more than 7 off in 11.5
//! million samples (`tests/compounding.rs` asserts 8). Below −50% a period
//! the limit is the representation, not the formula: a rate near −100%
//! cannot carry the digits of `1 + r`, so a monthly −60% (−99.998% a
//! year) comes back from the annual rate with about 13 correct digits.

use core::fmt;
use core::str::FromStr;

use crate::error::MAX_FRACTION;
use crate::num::decimal::{self, Decimal, Unparsed};
use crate::{Error, Rate, Result};

/// How often a rate compounds: once a year (the default), `m` times a year,
/// or continuously.
///
/// Every value is valid: the only way to ask for zero periods a year,
/// [`Compounding::per_year(0)`](Compounding::per_year), is an error.
/// `Compounding::per_year(1)` is [`Compounding::ANNUAL`].
///
/// `Display` prints the unit a rate is quoted in, and `FromStr` reads it
/// back:
///
/// | compounding | `Display` | [`name`](Compounding::name) |
/// |---|---|---|
/// | [`ANNUAL`](Compounding::ANNUAL) (m = 1) | `a year (CAGR)` | `annual` |
/// | [`SEMIANNUAL`](Compounding::SEMIANNUAL) (m = 2) | `a half-year` | `semiannual` |
/// | [`QUARTERLY`](Compounding::QUARTERLY) (m = 4) | `a quarter (CQGR)` | `quarterly` |
/// | [`MONTHLY`](Compounding::MONTHLY) (m = 12) | `a month (CMGR)` | `monthly` |
/// | [`WEEKLY`](Compounding::WEEKLY) (m = 52) | `a week` | `weekly` |
/// | [`DAILY`](Compounding::DAILY) (m = 365) | `a day` | `daily` |
/// | any other m, say 6 | `a period (6 a year)` | `6 times a year` |
/// | [`CONTINUOUS`](Compounding::CONTINUOUS) | `continuously compounded` | `continuous` |
///
/// # Example
///
/// ```
/// use cagr::Compounding;
///
/// assert_eq!(Compounding::MONTHLY.to_string(), "a month (CMGR)");
/// assert_eq!(Compounding::per_year(12)?, Compounding::MONTHLY);
/// assert_eq!("quarterly".parse::<Compounding>()?, Compounding::QUARTERLY);
/// assert_eq!("CAGR".parse::<Compounding>()?, Compounding::default());
/// assert_eq!(Compounding::CONTINUOUS.periods(), None);
/// # Ok::<(), cagr::Error>(())
/// ```
#[derive(Clone, Copy, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(try_from = "String", into = "String"))]
pub struct Compounding {
    /// Periods a year; 0 stands for continuous compounding (no public
    /// constructor takes 0 to mean that).
    per_year: u32,
}

/// The conventions with a name: periods a year, period noun, adjective,
/// acronym.
const NAMED: &[(u32, &str, &str, Option<&str>)] = &[
    (1, "year", "annual", Some("CAGR")),
    (2, "half-year", "semiannual", None),
    (4, "quarter", "quarterly", Some("CQGR")),
    (12, "month", "monthly", Some("CMGR")),
    (52, "week", "weekly", None),
    (365, "day", "daily", None),
];

/// Other words read as a named convention.
const ALIASES: &[(&str, u32)] = &[
    ("annually", 1),
    ("yearly", 1),
    ("semi-annual", 2),
    ("semiannually", 2),
    ("semi-annually", 2),
    ("half-yearly", 2),
    ("half year", 2),
    ("month-on-month", 12),
];

impl Compounding {
    /// Once a year: the CAGR convention.
    ///
    /// ```
    /// use cagr::Compounding;
    ///
    /// assert_eq!(Compounding::ANNUAL.periods(), Some(1));
    /// assert_eq!(Compounding::DAILY.periods(), Some(365));
    /// assert_eq!(Compounding::SEMIANNUAL.to_string(), "a half-year");
    /// ```
    pub const ANNUAL: Compounding = Compounding { per_year: 1 };
    /// Twice a year.
    pub const SEMIANNUAL: Compounding = Compounding { per_year: 2 };
    /// Four times a year: a compound quarterly growth rate (CQGR).
    pub const QUARTERLY: Compounding = Compounding { per_year: 4 };
    /// Twelve times a year: a compound monthly growth rate (CMGR).
    pub const MONTHLY: Compounding = Compounding { per_year: 12 };
    /// 52 times a year.
    pub const WEEKLY: Compounding = Compounding { per_year: 52 };
    /// 365 times a year (calendar days; leap days are not counted).
    pub const DAILY: Compounding = Compounding { per_year: 365 };
    /// Continuously: the rate is a log growth per year.
    pub const CONTINUOUS: Compounding = Compounding { per_year: 0 };

    /// Compounding `periods` times a year, each period the same length.
    ///
    /// # Errors
    ///
    /// [`Error::Periods`] for zero periods.
    ///
    /// # Example
    ///
    /// ```
    /// use cagr::Compounding;
    ///
    /// assert_eq!(Compounding::per_year(4)?, Compounding::QUARTERLY);
    /// assert_eq!(Compounding::per_year(6)?.to_string(), "a period (6 a year)");
    /// assert_eq!(
    ///     Compounding::per_year(0).unwrap_err().to_string(),
    ///     "invalid compounding of 0 periods a year: there must be at least one"
    /// );
    /// # Ok::<(), cagr::Error>(())
    /// ```
    pub fn per_year(periods: u32) -> Result<Compounding> {
        if periods == 0 {
            Err(Error::Periods { periods })
        } else {
            Ok(Compounding { per_year: periods })
        }
    }

    /// Periods a year, or `None` for continuous compounding.
    ///
    /// ```
    /// use cagr::Compounding;
    ///
    /// assert_eq!(Compounding::MONTHLY.periods(), Some(12));
    /// assert_eq!(Compounding::CONTINUOUS.periods(), None);
    /// ```
    pub fn periods(self) -> Option<u32> {
        (self.per_year != 0).then_some(self.per_year)
    }

    /// Whether this is continuous compounding.
    ///
    /// ```
    /// use cagr::Compounding;
    ///
    /// assert!(Compounding::CONTINUOUS.is_continuous());
    /// assert!(!Compounding::ANNUAL.is_continuous());
    /// ```
    pub fn is_continuous(self) -> bool {
        self.per_year == 0
    }

    /// The usual acronym of a rate in this convention: `CAGR`, `CQGR` or
    /// `CMGR`; `None` for the others.
    ///
    /// ```
    /// use cagr::Compounding;
    ///
    /// assert_eq!(Compounding::MONTHLY.acronym(), Some("CMGR"));
    /// assert_eq!(Compounding::WEEKLY.acronym(), None);
    /// ```
    pub fn acronym(self) -> Option<&'static str> {
        named(self.per_year).and_then(|n| n.3)
    }

    /// The adjective: `annual`, `monthly`, `continuous`, or `6 times a year`
    /// for a convention without one. `FromStr` reads it back.
    ///
    /// ```
    /// use cagr::Compounding;
    ///
    /// assert_eq!(Compounding::QUARTERLY.name(), "quarterly");
    /// assert_eq!(Compounding::per_year(6)?.name(), "6 times a year");
    /// # Ok::<(), cagr::Error>(())
    /// ```
    pub fn name(self) -> String {
        if self.is_continuous() {
            return "continuous".to_owned();
        }
        match named(self.per_year) {
            Some(n) => n.2.to_owned(),
            None => format!("{} times a year", self.per_year),
        }
    }
}

impl Default for Compounding {
    /// [`Compounding::ANNUAL`].
    fn default() -> Compounding {
        Compounding::ANNUAL
    }
}

fn named(
    per_year: u32,
) -> Option<&'static (u32, &'static str, &'static str, Option<&'static str>)> {
    NAMED.iter().find(|n| n.0 == per_year)
}

impl fmt::Debug for Compounding {
    /// `Compounding(a month (CMGR))`: the private encoding of continuous
    /// compounding as zero periods would only mislead.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Compounding({self})")
    }
}

impl fmt::Display for Compounding {
    /// The unit a rate is quoted in: `a year (CAGR)`, `a month (CMGR)`,
    /// `a period (6 a year)`, `continuously compounded`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let s = if self.is_continuous() {
            "continuously compounded".to_owned()
        } else {
            match named(self.per_year) {
                Some((_, noun, _, Some(acronym))) => format!("a {noun} ({acronym})"),
                Some((_, noun, _, None)) => format!("a {noun}"),
                None => format!("a period ({} a year)", self.per_year),
            }
        };
        f.pad(&s)
    }
}

impl FromStr for Compounding {
    type Err = Error;

    /// Reads a convention, in any case.
    ///
    /// # Grammar
    ///
    /// ```text
    /// compounding = unit | acronym | adjective | count " times a year"
    ///             | "continuously compounded" | "continuous" | "continuously"
    /// unit        = ("a " | "per ") noun [" (" acronym ")"]
    ///             | ("a " | "per ") "period (" count " a year)"
    /// noun        = "year" | "half-year" | "quarter" | "month" | "week" | "day"
    /// acronym     = "CAGR" | "CQGR" | "CMGR"
    /// adjective   = "annual" | "annually" | "yearly" | "semiannual" | "half-yearly"
    ///             | "quarterly" | "monthly" | "weekly" | "daily"
    /// count       = a whole number from 1
    /// ```
    ///
    /// An acronym after a noun must agree with it: `a month (CAGR)` is an
    /// error.
    ///
    /// # Errors
    ///
    /// [`Error::Parse`] for any other text, [`Error::Periods`] for a count of
    /// zero.
    ///
    /// # Example
    ///
    /// ```
    /// use cagr::Compounding;
    ///
    /// for text in ["a month (CMGR)", "per month", "CMGR", "monthly", "12 times a year"] {
    ///     assert_eq!(text.parse::<Compounding>()?, Compounding::MONTHLY);
    /// }
    /// assert!("a month (CAGR)".parse::<Compounding>().is_err());
    /// # Ok::<(), cagr::Error>(())
    /// ```
    fn from_str(s: &str) -> Result<Compounding> {
        let bad = || {
            Error::parse(
                "a compounding convention",
                s,
                "expected a unit like a year (CAGR), a month (CMGR) or continuously compounded",
            )
        };
        let text = s.trim().to_ascii_lowercase();
        let text = text.as_str();
        if matches!(
            text,
            "continuously compounded" | "continuous" | "continuously"
        ) {
            return Ok(Compounding::CONTINUOUS);
        }
        let count = |digits: &str| -> Result<Compounding> {
            if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) {
                return Err(bad());
            }
            Compounding::per_year(digits.parse().map_err(|_| bad())?)
        };
        if let Some(n) = text.strip_suffix(" times a year") {
            return count(n);
        }
        for &(m, _, adjective, acronym) in NAMED {
            if text == adjective || acronym.is_some_and(|a| a.eq_ignore_ascii_case(text)) {
                return Ok(Compounding { per_year: m });
            }
        }
        if let Some(&(_, m)) = ALIASES.iter().find(|a| a.0 == text) {
            return Ok(Compounding { per_year: m });
        }
        let unit = text
            .strip_prefix("a ")
            .or_else(|| text.strip_prefix("per "))
            .ok_or_else(bad)?;
        if let Some(rest) = unit.strip_prefix("period (") {
            let n = rest.strip_suffix(" a year)").ok_or_else(bad)?;
            return count(n);
        }
        let (noun, acronym) = match unit.split_once(" (") {
            Some((noun, rest)) => (noun, Some(rest.strip_suffix(')').ok_or_else(bad)?)),
            None => (unit, None),
        };
        let &(m, _, _, known) = NAMED.iter().find(|n| n.1 == noun).ok_or_else(bad)?;
        match (acronym, known) {
            (None, _) => Ok(Compounding { per_year: m }),
            (Some(a), Some(k)) if a.eq_ignore_ascii_case(k) => Ok(Compounding { per_year: m }),
            (Some(_), _) => Err(Error::parse(
                "a compounding convention",
                s,
                "the acronym does not match the period",
            )),
        }
    }
}

impl TryFrom<String> for Compounding {
    type Error = Error;

    /// Reads a convention as [`Compounding::from_str`] does.
    fn try_from(s: String) -> Result<Compounding> {
        s.parse()
    }
}

impl From<Compounding> for String {
    /// The convention's [`name`](Compounding::name).
    fn from(c: Compounding) -> String {
        c.name()
    }
}

/// A growth rate with the convention it is stated in: 1.2% a month (CMGR),
/// 15.6% a year (CAGR), 14.5% continuously compounded.
///
/// A [`Rate`] is always an effective annual rate; a `CompoundedRate` is the
/// same growth written in any [`Compounding`], and converts exactly to and
/// from it. Its `Display` always names the convention, so a printed rate is
/// never ambiguous.
///
/// A periodic rate is a rate *per period*, above −100% per period. A
/// continuously compounded rate is a log growth per year and may be any
/// finite number (−150% continuously compounded is a fall of 77.7% a year).
///
/// Equality is exact and includes the convention: 12% a year and 1% a
/// month are different values even though 1% a month is 12.68% a year.
///
/// # Example
///
/// ```
/// use cagr::{CompoundedRate, Compounding, Rate};
///
/// let cmgr = CompoundedRate::from_percent(1.2, Compounding::MONTHLY)?;
/// assert_eq!(cmgr.to_string(), "1.2% a month (CMGR)");
/// assert_eq!(format!("{:.1}", cmgr.effective()?), "15.4%");
///
/// let cagr = CompoundedRate::from(Rate::from_percent(15.6)?);
/// assert_eq!(cagr.to_string(), "15.6% a year (CAGR)");
/// assert_eq!(format!("{:.1}", cagr.to(Compounding::CONTINUOUS)?), "14.5% continuously compounded");
/// assert_eq!(format!("{:.2}", cagr.to(Compounding::MONTHLY)?), "1.22% a month (CMGR)");
///
/// assert_eq!("1.2% a month (CMGR)".parse::<CompoundedRate>()?, cmgr);
/// # Ok::<(), cagr::Error>(())
/// ```
#[derive(Clone, Copy, PartialEq)]
// serde: `serde_impl.rs`, through its validating constructor.
pub struct CompoundedRate {
    fraction: f64,
    compounding: Compounding,
}

impl CompoundedRate {
    /// A rate given as a fraction per period (per year for continuous
    /// compounding): `(0.012, Compounding::MONTHLY)` is 1.2% a month.
    ///
    /// # Errors
    ///
    /// [`Error::CompoundedRate`] if `fraction` is NaN or infinite, if its
    /// size is `f64::MAX / 100` or more (the limit of [`Rate`], which keeps
    /// the percentage finite), or, for a periodic convention, if it is not
    /// above −1 (−100% a period). So a periodic rate is a fraction in
    /// `(−1, f64::MAX / 100)` a period, a continuous one in
    /// `(−f64::MAX / 100, f64::MAX / 100)` a year. The message names the
    /// rate in percent, written out exactly even where that percentage is
    /// beyond `f64`.
    ///
    /// # Example
    ///
    /// ```
    /// use cagr::{CompoundedRate, Compounding};
    ///
    /// let r = CompoundedRate::from_fraction(0.012, Compounding::MONTHLY)?;
    /// assert_eq!(r.as_percent(), 1.2);
    /// // A log growth may be below −100%; a rate per period may not.
    /// assert!(CompoundedRate::from_fraction(-1.5, Compounding::CONTINUOUS).is_ok());
    /// assert_eq!(
    ///     CompoundedRate::from_fraction(-1.5, Compounding::MONTHLY).unwrap_err().to_string(),
    ///     "invalid rate -150% a month (CMGR): a rate must be finite and above -100% a period"
    /// );
    /// # Ok::<(), cagr::Error>(())
    /// ```
    pub fn from_fraction(fraction: f64, compounding: Compounding) -> Result<CompoundedRate> {
        if valid(fraction, compounding) {
            Ok(CompoundedRate {
                fraction,
                compounding,
            })
        } else {
            Err(invalid(decimal::shift(fraction, 2), fraction, compounding))
        }
    }

    /// A rate given in percent per period (per year for continuous
    /// compounding): `(1.2, Compounding::MONTHLY)` is 1.2% a month.
    ///
    /// The percent is converted to a fraction by moving the decimal point,
    /// so `from_percent(1.2, c)` equals `from_fraction(0.012, c)` exactly.
    ///
    /// # Errors
    ///
    /// [`Error::CompoundedRate`] if `percent` is NaN or infinite, if as a
    /// fraction (the decimal point moved two places) its size is
    /// `f64::MAX / 100` or more, or, for a periodic convention, if it is not
    /// above −100. The message names `percent` as given.
    ///
    /// # Example
    ///
    /// ```
    /// use cagr::{CompoundedRate, Compounding};
    ///
    /// let r = CompoundedRate::from_percent(14.5, Compounding::CONTINUOUS)?;
    /// assert_eq!(r.as_fraction(), 0.145);
    /// assert_eq!(
    ///     CompoundedRate::from_percent(f64::NAN, Compounding::CONTINUOUS).unwrap_err().to_string(),
    ///     "invalid rate NaN% continuously compounded: a rate must be finite"
    /// );
    /// # Ok::<(), cagr::Error>(())
    /// ```
    pub fn from_percent(percent: f64, compounding: Compounding) -> Result<CompoundedRate> {
        let fraction = decimal::shift(percent, -2);
        let ok = percent.is_finite() && (compounding.is_continuous() || percent > -100.0);
        if ok && valid(fraction, compounding) {
            Ok(CompoundedRate {
                fraction,
                compounding,
            })
        } else {
            Err(invalid(percent, fraction, compounding))
        }
    }

    /// The rate as a fraction per period (per year when continuous).
    ///
    /// ```
    /// use cagr::{CompoundedRate, Compounding};
    ///
    /// let r: CompoundedRate = "1.2% a month (CMGR)".parse()?;
    /// assert_eq!(r.as_fraction(), 0.012);
    /// assert_eq!(r.as_percent(), 1.2);
    /// assert_eq!(r.compounding(), Compounding::MONTHLY);
    /// # Ok::<(), cagr::Error>(())
    /// ```
    pub const fn as_fraction(self) -> f64 {
        self.fraction
    }

    /// The rate in percent per period (per year when continuous); see
    /// [`CompoundedRate::as_fraction`] for an example.
    pub fn as_percent(self) -> f64 {
        decimal::shift(self.fraction, 2)
    }

    /// The convention; see [`CompoundedRate::as_fraction`] for an example.
    pub const fn compounding(self) -> Compounding {
        self.compounding
    }

    /// The log growth per year, `L`: the continuously compounded equivalent
    /// as a plain number, finite for every valid rate.
    ///
    /// # Formula
    ///
    /// `L = m · ln_1p(r_m)` for `m` periods a year; `L = c` when continuous.
    ///
    /// # Example
    ///
    /// ```
    /// use cagr::{CompoundedRate, Compounding};
    ///
    /// let r = CompoundedRate::from_percent(100.0, Compounding::ANNUAL)?;
    /// assert_eq!(r.log_growth(), 2f64.ln());
    /// # Ok::<(), cagr::Error>(())
    /// ```
    pub fn log_growth(self) -> f64 {
        match self.compounding.periods() {
            Some(m) => f64::from(m) * self.fraction.ln_1p(),
            None => self.fraction,
        }
    }

    /// The same growth in another convention.
    ///
    /// # Formula
    ///
    /// With `L` the [log growth](CompoundedRate::log_growth) per year:
    /// `r_m = expm1(L / m)` for `m` periods a year, `c = L` when
    /// continuous. So an annual rate `r` is `expm1(ln_1p(r) / 12)` a month,
    /// and 1.2% a month is `expm1(12 · ln_1p(0.012))` = 15.39% a year.
    /// Converting to the rate's own convention returns it unchanged.
    ///
    /// # Errors
    ///
    /// [`Error::OutOfRange`] if the converted rate overflows (1,000% a day
    /// is too much growth for an annual rate) or rounds to −100% per
    /// period (a continuous −5,000% is a fall to `e^−50` of a value in a
    /// year, which rounds to −100% a year).
    ///
    /// # Example
    ///
    /// ```
    /// use cagr::{CompoundedRate, Compounding};
    ///
    /// let cmgr = CompoundedRate::from_percent(1.2, Compounding::MONTHLY)?;
    /// let cagr = cmgr.to(Compounding::ANNUAL)?;
    /// assert_eq!(format!("{cagr:.2}"), "15.39% a year (CAGR)");
    /// assert_eq!(format!("{:.4}", cagr.to(Compounding::MONTHLY)?), "1.2000% a month (CMGR)");
    /// # Ok::<(), cagr::Error>(())
    /// ```
    pub fn to(self, compounding: Compounding) -> Result<CompoundedRate> {
        if compounding == self.compounding {
            return Ok(self);
        }
        let fraction = match (self.compounding.periods(), compounding.periods()) {
            // One rounding for the ratio of periods, exact when one count
            // divides the other the right way (12 → 1, 365 → 1).
            (Some(from), Some(to)) => {
                (self.fraction.ln_1p() * (f64::from(from) / f64::from(to))).exp_m1()
            }
            (None, Some(to)) => (self.fraction / f64::from(to)).exp_m1(),
            _ => self.log_growth(),
        };
        CompoundedRate::from_fraction(fraction, compounding).map_err(|_| Error::OutOfRange {
            quantity: "rate",
            value: fraction,
        })
    }

    /// The effective annual rate: the CAGR this rate amounts to.
    ///
    /// # Formula
    ///
    /// `r = expm1(m · ln_1p(r_m))` for `m` periods a year, `r = expm1(c)`
    /// when continuous.
    ///
    /// # Errors
    ///
    /// [`Error::OutOfRange`] as for [`CompoundedRate::to`].
    ///
    /// # Example
    ///
    /// ```
    /// use cagr::{CompoundedRate, Compounding};
    ///
    /// let cqgr = CompoundedRate::from_percent(5.0, Compounding::QUARTERLY)?;
    /// assert_eq!(format!("{:.4}", cqgr.effective()?), "21.5506%");
    /// # Ok::<(), cagr::Error>(())
    /// ```
    pub fn effective(self) -> Result<Rate> {
        let annual = self.to(Compounding::ANNUAL)?;
        Rate::from_fraction(annual.fraction).map_err(|_| Error::OutOfRange {
            quantity: "rate",
            value: annual.fraction,
        })
    }
}

/// The lower limit of a continuous rate, in a message: the mirror of
/// [`RATE_BELOW`](crate::error::RATE_BELOW).
const RATE_ABOVE_CONTINUOUS: &str =
    "a rate must be above -f64::MAX / 100 as a fraction (about -1.8e308%)";

/// The lower limit of a periodic rate, in a message.
const RATE_ABOVE_PERIODIC: &str = "a rate must be finite and above -100% a period";

/// Whether a fraction is a rate in the convention: finite, of a size below
/// [`MAX_FRACTION`] (so its percentage is finite), and above −100% a period
/// unless continuous.
fn valid(fraction: f64, compounding: Compounding) -> bool {
    let floor = if compounding.is_continuous() {
        -MAX_FRACTION
    } else {
        -1.0
    };
    fraction > floor && fraction < MAX_FRACTION
}

/// The error for a rate that is not [`valid`], with the rule it broke.
fn invalid(percent: f64, fraction: f64, compounding: Compounding) -> Error {
    let reason = if fraction.is_finite() && fraction >= MAX_FRACTION {
        crate::error::RATE_BELOW
    } else if compounding.is_continuous() && fraction.is_finite() && fraction <= -MAX_FRACTION {
        RATE_ABOVE_CONTINUOUS
    } else if compounding.is_continuous() {
        "a rate must be finite"
    } else {
        RATE_ABOVE_PERIODIC
    };
    Error::CompoundedRate {
        percent,
        fraction,
        compounding: compounding.to_string(),
        reason,
    }
}

impl From<Rate> for CompoundedRate {
    /// An annual rate: 15.6% is 15.6% a year (CAGR).
    fn from(rate: Rate) -> CompoundedRate {
        CompoundedRate {
            fraction: rate.as_fraction(),
            compounding: Compounding::ANNUAL,
        }
    }
}

impl fmt::Debug for CompoundedRate {
    /// `CompoundedRate(1.2% a month (CMGR))`, exact like `Display`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "CompoundedRate({self})")
    }
}

impl fmt::Display for CompoundedRate {
    /// The rate in percent and its convention: `1.2% a month (CMGR)`.
    /// Without a precision the number is the shortest that parses back to
    /// the same rate; with one it is rounded (`{:.2}`). Width and alignment
    /// apply to the whole text.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut s = String::new();
        match f.precision() {
            Some(p) => fmt::Write::write_fmt(&mut s, format_args!("{:.*}", p, self.as_percent()))?,
            None => Decimal::of(self.fraction)
                .shift(2)
                .write_plain(&mut s, false)?,
        }
        fmt::Write::write_fmt(&mut s, format_args!("% {}", self.compounding))?;
        decimal::pad(f, &s)
    }
}

impl FromStr for CompoundedRate {
    type Err = Error;

    /// Reads a percentage and its convention: what `Display` prints, and
    /// the spellings [`Compounding::from_str`] reads (`15.6% CAGR`,
    /// `1.2% per month`, `1.2% monthly`).
    ///
    /// # Grammar
    ///
    /// ```text
    /// compounded = number "%" whitespace compounding
    /// number     = ["-" | "+"] digits ["." digits]
    /// ```
    ///
    /// The convention is required: a bare `15.6%` does not say how it
    /// compounds, so it is an error rather than a silent CAGR.
    ///
    /// # Errors
    ///
    /// [`Error::Parse`] for text that does not fit the grammar or whose
    /// number is too large in size for an `f64` (400 nines), and
    /// [`Error::CompoundedRate`] for any other number that is not a valid
    /// rate.
    ///
    /// # Example
    ///
    /// ```
    /// use cagr::{CompoundedRate, Compounding};
    ///
    /// let r: CompoundedRate = "15.6% CAGR".parse()?;
    /// assert_eq!(r.compounding(), Compounding::ANNUAL);
    /// assert_eq!(
    ///     "15.6%".parse::<CompoundedRate>().unwrap_err().to_string(),
    ///     "cannot parse \"15.6%\" as a compounded rate: expected a rate and its convention, like 1.2% a month (CMGR)"
    /// );
    /// # Ok::<(), cagr::Error>(())
    /// ```
    fn from_str(s: &str) -> Result<CompoundedRate> {
        let bad = || {
            Error::parse(
                "a compounded rate",
                s,
                "expected a rate and its convention, like 1.2% a month (CMGR)",
            )
        };
        let (number, unit) = s.trim().split_once('%').ok_or_else(bad)?;
        if !unit.starts_with(char::is_whitespace) || number.contains(',') {
            return Err(bad());
        }
        // A bad unit is reported against the whole text, not the unit alone.
        let compounding: Compounding = unit.parse().map_err(|e| match e {
            Error::Parse { reason, .. } => Error::parse("a compounded rate", s, reason),
            other => other,
        })?;
        let fraction = match decimal::parse_number(number.trim_end(), -2) {
            Ok(fraction) => fraction,
            Err(Unparsed::NotANumber) => return Err(bad()),
            // A number too large for an `f64` is named by the text, not by
            // an infinity.
            Err(Unparsed::Overflow { negative }) => {
                let reason = match (negative, compounding.is_continuous()) {
                    (false, _) => crate::error::RATE_BELOW,
                    (true, true) => RATE_ABOVE_CONTINUOUS,
                    (true, false) => RATE_ABOVE_PERIODIC,
                };
                return Err(Error::parse("a compounded rate", s, reason));
            }
        };
        CompoundedRate::from_fraction(fraction, compounding)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn display_and_parse_every_named_convention() {
        for &(m, _, name, _) in NAMED {
            let c = Compounding::per_year(m).unwrap();
            assert_eq!(c.to_string().parse::<Compounding>().unwrap(), c);
            assert_eq!(name.parse::<Compounding>().unwrap(), c);
            assert_eq!(c.name(), name);
        }
        let c = Compounding::CONTINUOUS;
        assert_eq!(c.to_string().parse::<Compounding>().unwrap(), c);
        assert_eq!(c.name().parse::<Compounding>().unwrap(), c);
    }

    #[test]
    fn debug_shows_the_convention() {
        let r = CompoundedRate::from_fraction(0.012, Compounding::MONTHLY).unwrap();
        assert_eq!(format!("{r:?}"), "CompoundedRate(1.2% a month (CMGR))");
        assert_eq!(
            format!("{:?}", Compounding::CONTINUOUS),
            "Compounding(continuously compounded)"
        );
    }

    #[test]
    fn same_convention_is_identity() {
        let r = CompoundedRate::from_fraction(0.1, Compounding::MONTHLY).unwrap();
        assert_eq!(r.to(Compounding::MONTHLY).unwrap(), r);
    }
}
