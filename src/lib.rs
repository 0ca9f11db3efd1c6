//! Compound annual growth: solve it, project it, and check the figures that
//! market reports print.
//!
//! A report says China's core AI industry was worth nearly 600 billion yuan
//! at the end of September 2024, will reach 1,729.5 billion yuan by 2035,
//! and calls that "a CAGR of 15.6%". Does it add up?
//!
//! ```
//! use cagr::{solve, Amount, Rate, Span, When};
//!
//! let start: Amount = "600 billion CNY".parse()?;
//! let end: Amount = "1,729.5 billion CNY".parse()?;
//! let n = Span::between(When::year(2024)?, When::year(2035)?)?; // 11 years
//!
//! // The rate the endpoints imply:
//! let implied = solve::rate(start, end, n)?;
//! assert_eq!(format!("{implied:.1}"), "10.1%");
//!
//! // What the stated 15.6% would need instead:
//! let stated = Rate::from_percent(15.6)?;
//! assert_eq!(format!("{:.1}", solve::end(start, stated, n)?), "2,955.9 billion CNY");
//! assert_eq!(format!("{:.1}", solve::start(end, stated, n)?), "351.1 billion CNY");
//! assert_eq!(format!("{:.1}", solve::span(start, end, stated)?), "7.3 years");
//! # Ok::<(), cagr::Error>(())
//! ```
//!
//! # The types
//!
//! Every value type is valid by construction: its constructors reject NaN,
//! infinities and out-of-range input with a typed [`Error`].
//!
//! * [`Rate`]: a growth rate per year, above −100%. Built from a percent or
//!   a fraction, never a bare number of unknown unit.
//! * [`Amount`]: a positive quantity with an optional [`Currency`], printed
//!   in a [`Scale`] (`1,729.5 billion CNY`).
//! * [`When`]: a calendar year or the end of a month; [`Span`]: a positive
//!   number of years between two of them (2024 → 2035 is 11).
//! * [`solve`]: one closed-form function per unknown: [`solve::rate`],
//!   [`solve::end`], [`solve::start`], [`solve::span`].
//! * [`Path`]: the implied value for every year between two figures, exact
//!   at both ends.
//!
//! Data flows one way: numbers → [`solve`] → [`Path`].
//!
//! # Cookbook
//!
//! ### Print the yearly path next to the stated rate's path
//!
//! ```
//! use cagr::{Amount, Path, Rate};
//!
//! let start: Amount = "600 billion CNY".parse()?;
//! let implied = Path::between(2024, start, 2035, "1,729.5 billion CNY".parse()?)?;
//! let stated = Path::at_rate(2024, start, Rate::from_percent(15.6)?, 2035)?;
//! for (a, b) in implied.years().zip(stated.years()) {
//!     println!("{}  {:>10.1}  {:>10.1}", a.year, a.value.value_in(cagr::Scale::Billion), b.value.value_in(cagr::Scale::Billion));
//! }
//! # Ok::<(), cagr::Error>(())
//! ```
//!
//! ### Doubling time and continuous compounding
//!
//! ```
//! use cagr::Rate;
//!
//! let r = Rate::from_percent(15.6)?;
//! assert_eq!(format!("{:.2}", r.doubling_time()?), "4.78 years");
//! assert_eq!(format!("{:.4}", r.continuous()), "0.1450");
//! # Ok::<(), cagr::Error>(())
//! ```
//!
//! # Features
//!
//! * `serde`: `Serialize`/`Deserialize` for every value type. Deserializing
//!   goes through the constructors, so invalid JSON values are rejected with
//!   the same error a constructor gives. A [`Rate`] is a fraction
//!   (`0.156`), a [`Span`] a number of years, a [`When`]
//!   `{"year": 2024, "month": 9}`, an [`Amount`]
//!   `{"value": 6.0e11, "currency": "CNY", "scale": "billion"}` with the
//!   value in base units. Round trips are bit-exact when `serde_json` is
//!   built with its `float_roundtrip` feature (without it, serde_json reads
//!   some 17-digit floats one ulp off).
//! * `proptest`: strategies for valid values in [`strategy`].

#![forbid(unsafe_code)]
#![deny(missing_docs)]

mod amount;
mod check;
mod currency;
mod decimal;
mod error;
mod extract;
mod forecast;
mod path;
mod rate;
mod report;
#[cfg(feature = "serde")]
mod serde_impl;
pub mod solve;
mod span;
mod stated;
#[cfg(feature = "proptest")]
pub mod strategy;
pub mod tolerance;
mod when;

pub use amount::{Amount, Scale};
pub use check::{
    check, check_with, Analysis, Convention, Interval, Options, Reading, Readings, Reason,
    Reconciliation, Report, Verdict,
};
pub use currency::Currency;
pub use error::{Error, Result};
pub use extract::{extract, Claim, Spans};
pub use forecast::{Figure, Forecast, Period, Source};
pub use path::{Path, PathPoint, Years};
pub use rate::Rate;
pub use span::Span;
pub use stated::{Hedge, Qualifier, Stated};
pub use when::When;

/// The README's usage example, compiled and run as a doctest.
#[cfg(doctest)]
#[doc = include_str!("../README.md")]
pub struct ReadmeDoctests;
