//! Compound annual growth: solve it, project it, and check the figures that
//! market reports print.
//!
//! A report says China's core AI industry was worth nearly 600 billion yuan
//! at the end of September 2024, will reach 1,729.5 billion yuan by 2035,
//! and calls that "a CAGR of 15.6%". Does it add up?
//!
//! ```
//! use cagr::{check, extract, Verdict};
//!
//! let article = "China's core AI industry was valued at nearly 600 billion yuan by \
//!     the end of September 2024. The market size is expected to reach 1,729.5 \
//!     billion yuan by 2035, representing a compound annual growth rate of 15.6%.";
//! let claim = &extract(article)[0];
//! let report = check(&claim.forecast);
//! assert_eq!(report.verdict, Verdict::Inconsistent);
//!
//! let a = report.analysis.unwrap();
//! assert_eq!(format!("{:.1}", a.implied), "10.1%"); // what the endpoints imply
//! assert_eq!(format!("{:.1}", a.reconcile.baseline.unwrap()), "351.1 billion CNY");
//! assert_eq!(format!("{:.1}", a.reconcile.target.unwrap()), "2,955.9 billion CNY");
//! assert_eq!(format!("{:.1}", a.reconcile.span.unwrap()), "7.3 years");
//! println!("{report}"); // the explanation in English; {report:#} for every number
//! ```
//!
//! # The types, and how data flows
//!
//! Two pipelines, each one way:
//!
//! * **text → claim → check → report**: [`extract`] (or [`extract_with`]
//!   a [`Context`], the publication date) reads prose in English, Chinese,
//!   Japanese or Korean into [`Claim`]s, each holding a [`Forecast`] (a
//!   baseline and a target [`Figure`], a [`Stated`] rate, an optional
//!   [`Period`], and any other readings of the passage); [`check`] turns a
//!   forecast into a [`Report`] with a [`Verdict`], an [`Analysis`] and its
//!   English explanation.
//! * **numbers → solve → path**: [`solve`] finds any one of start, end,
//!   rate and span from the other three; [`Path`] gives the value for every
//!   year.
//!
//! Every value type is valid by construction: its constructors reject NaN,
//! infinities and out-of-range input with a typed [`Error`], the one error
//! type of the crate.
//!
//! * [`Rate`]: a growth rate per year, above −100%. Built from a percent or
//!   a fraction, never a bare number of unknown unit.
//! * [`Amount`]: a positive quantity with an optional [`Currency`], printed
//!   in a [`Scale`] (`1,729.5 billion CNY`).
//! * [`Year`]: a calendar year, checked once; [`When`]: a point in time, a
//!   year or the end of a month; [`Span`]: a positive number of years
//!   between two of them (2024 → 2035 is 11). A whole-year API (schedules,
//!   grids, fits) takes a `Year`, a point in time a `When`; only their
//!   constructors (and [`Period::new`]'s) take a plain number.
//! * [`Stated`]: a figure as printed, with its precision ("15.6%" is 15.55%
//!   to 15.65%) and hedge word ([`Qualifier`]: "nearly 600" is 570 to 600).
//! * [`CheckSettings`]: the checker's knobs, among them [`Hedging`] (the hedge
//!   band and the strict reading, which [`Stated::interval_with`] takes); the default widths
//!   live in [`tolerance`].
//! * [`CompoundedRate`]: a rate with its [`Compounding`] convention (annual,
//!   m periods a year, continuous), converted exactly between them.
//! * [`Schedule`]: a forecast in phases, with the overall CAGR, a solved
//!   phase and each quoted phase rate checked; [`Sensitivity`] and
//!   [`RateGrid`]: scenario grids around a forecast.
//! * [`fit`]: exponential growth fitted to history ([`fit::GrowthFit`]), beside a
//!   straight line ([`fit::TrendFit`]).
//! * [`batch`]: the solvers and the checker over whole columns.
//! * [`Table`]: any of the above as Markdown or CSV; `plot` (feature
//!   `plot`): SVG charts.
//!
//! # Settings
//!
//! One pattern throughout: a function with knobs comes in two forms, the
//! plain one with the defaults and a `_with` one that takes its settings by
//! reference. A settings type is `Copy` or `Clone` with a `Default`; each
//! knob is set by a `with_` method (returning `Result` where a value can be
//! out of range, with [`Error::Setting`] naming it) and read by a getter of
//! its own name. Where a function has one knob, its `_with` form takes that
//! value.
//!
//! | plain | with settings |
//! |---|---|
//! | [`check`] | [`check_with`]`(&forecast, &`[`CheckSettings`]`)` |
//! | [`Stated::interval`] | [`Stated::interval_with`]`(&`[`Hedging`]`)` |
//! | [`extract`] | [`extract_with`]`(text, &`[`Context`]`)` |
//! | [`fit::GrowthFit::interval`], [`fit::GrowthFit::band`] | `interval_with(level)`, `band_with(year, level)` |
//! | `plot::forecast`, `plot::fit` | `plot::forecast_with`, `plot::fit_with` (`&plot::Chart`) |
//!
//! # Layout
//!
//! The folders of `src/` are layers. A file imports only from its own layer
//! or those below it, and no file imports one that imports it back, directly
//! or through others (`tests/layout.rs` reads every `use` and inline path,
//! follows re-exports to the file that defines the item, and checks both):
//!
//! | layer | files | imports from |
//! |---|---|---|
//! | numbers | `num/`: exact decimal printing, double-double arithmetic, the CAGR kernel (the only `unsafe` code) | nothing |
//! | errors and limits | `error.rs`, `tolerance.rs` | `num/`; [`Scale`] and [`Currency`], which import nothing |
//! | values | `value/`: rate, amount, scale, currency, year, when, span, compounding, qualifier, hedging, interval, stated, forecast, the one vocabulary of words, serde | the two above |
//! | solving | `solve.rs`, `path.rs`, `scenario.rs`, `table.rs` | values |
//! | reading text | `extract/`: sentences, byte scans beside their plain readings, tokens, mentions, parse, assemble | values |
//! | checking | `check/`: the check and its [`Report`], settings, the English explanation, serde; `schedule.rs`, `batch.rs` | solving |
//! | fitting, drawing | `fit/` (the least-squares line, the t quantile), `plot/` (chart, axis, layout, text) | solving, paths |
//!
//! `lib.rs` re-exports each public type once, at the root, except the
//! modules that are namespaces of their own: [`solve`], [`batch`], [`fit`],
//! [`tolerance`], `plot` and `strategy`.
//!
//! # Cookbook
//!
//! ### Solve for each unknown
//!
//! ```
//! use cagr::{solve, Amount, Rate, Span, When};
//!
//! let start: Amount = "600 billion CNY".parse()?;
//! let end: Amount = "1,729.5 billion CNY".parse()?;
//! let n = Span::between(When::year(2024)?, When::year(2035)?)?; // 11 years
//! let stated = Rate::from_percent(15.6)?;
//!
//! assert_eq!(format!("{:.2}", solve::rate(start, end, n)?), "10.10%");
//! assert_eq!(format!("{:.1}", solve::end(start, stated, n)?), "2,955.9 billion CNY");
//! assert_eq!(format!("{:.1}", solve::start(end, stated, n)?), "351.1 billion CNY");
//! assert_eq!(format!("{:.1}", solve::span(start, end, stated)?), "7.3 years");
//! # Ok::<(), cagr::Error>(())
//! ```
//!
//! ### Print the yearly path next to the stated rate's path
//!
//! ```
//! use cagr::{Amount, Path, Rate, Scale, When};
//!
//! let start: Amount = "600 billion CNY".parse()?;
//! let (from, to) = (When::year(2024)?, When::year(2035)?);
//! let implied = Path::between(from, start, to, "1,729.5 billion CNY".parse()?)?;
//! let stated = Path::at_rate(from, start, Rate::from_percent(15.6)?, to)?;
//! for (a, b) in implied.years().zip(stated.years()) {
//!     let (x, y) = (a.value.value_in(Scale::Billion), b.value.value_in(Scale::Billion));
//!     println!("{}  {x:>8.1}  {y:>8.1}", a.when);
//! }
//! assert_eq!(implied.end().value(), 1.7295e12); // exact, to the bit
//! # Ok::<(), cagr::Error>(())
//! ```
//!
//! ### Check a forecast built in code
//!
//! ```
//! use cagr::{check, Figure, Forecast, Stated, Verdict, When};
//!
//! let forecast = Forecast {
//!     baseline: Some(Figure::new("USD 3.64 billion".parse()?, When::year(2025)?)),
//!     target: Some(Figure::new("USD 4.55 billion".parse()?, When::year(2030)?)),
//!     rate: Some("4.60%".parse()?), // two decimals: 4.595% to 4.605%
//!     ..Forecast::default()
//! };
//! assert_eq!(check(&forecast).verdict, Verdict::Consistent);
//! # Ok::<(), cagr::Error>(())
//! ```
//!
//! ### Read every claim in an article
//!
//! ```
//! use cagr::{check, extract};
//!
//! let text = "The market stood at $4.0 billion in 2021. It is projected to reach \
//!     $8.6 billion by 2026, at a CAGR of 16.2%. Sales rose 9% from last year.";
//! for claim in extract(text) {
//!     println!("> {}", &text[claim.passage.clone()]);
//!     println!("{}", check(&claim.forecast));
//! }
//! # assert_eq!(extract(text).len(), 1);
//! ```
//!
//! ### Fit growth to history
//!
//! ```
//! use cagr::{fit, Year};
//!
//! let y = Year::new; // a year is checked once, where it comes in
//! let history = [(y(2019)?, 41.0), (y(2020)?, 46.5), (y(2021)?, 53.2), (y(2022)?, 60.1)];
//! let growth = fit::growth(&history)?;
//! let (lo, hi) = growth.interval()?; // 95%, Student t
//! println!("{:.2} a year ({lo:.2} to {hi:.2}); endpoints {:.2}", growth.rate(), growth.endpoint_rate()?);
//! assert!(lo < growth.rate() && growth.rate() < hi);
//! # Ok::<(), cagr::Error>(())
//! ```
//!
//! ### Draw the implied and the stated path (feature `plot`)
//!
//! ```
//! # #[cfg(feature = "plot")]
//! # {
//! use cagr::{plot, Path, Rate, When};
//!
//! let start = "600 billion CNY".parse()?;
//! let (from, to) = (When::year(2024)?, When::year(2035)?);
//! let implied = Path::between(from, start, to, "1,729.5 billion CNY".parse()?)?;
//! let stated = Path::at_rate(from, start, Rate::from_percent(15.6)?, to)?;
//! let svg = plot::forecast_with(&implied, &stated, &"China's core AI industry".into())?;
//! assert!(svg.starts_with("<svg"));
//! # }
//! # Ok::<(), cagr::Error>(())
//! ```
//!
//! ### Whole columns at once
//!
//! ```
//! let (start, end, years) = ([600.0, 100.0], [1729.5, 121.0], [11.0, 2.0]);
//! let mut rate = [0.0; 2];
//! let errors = cagr::batch::rate(&start, &end, &years, &mut rate)?;
//! assert!(errors.is_empty());
//! assert!((rate[0] - 0.10102507686327022).abs() <= 2e-17); // within 1 ulp on every CPU
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
//! # JSON
//!
//! With the `serde` feature (on by default), a [`Forecast`] reads and writes
//! this shape; every part is optional, and every value goes through its
//! constructor, so a negative amount or a rate of −200% is rejected with the
//! constructor's error:
//!
//! ```json
//! {
//!   "baseline": {
//!     "amount": {
//!       "value": {"value": 6.0e11, "currency": "CNY", "scale": "billion"},
//!       "decimals": 0,
//!       "qualifier": "nearly"
//!     },
//!     "when": {"year": 2024, "month": 9}
//!   },
//!   "target": {
//!     "amount": {"value": {"value": 1.7295e12, "currency": "CNY", "scale": "billion"}, "decimals": 1},
//!     "when": {"year": 2035}
//!   },
//!   "rate": {"value": 0.156, "decimals": 1},
//!   "period": [2025, 2035],
//!   "source": {"publisher": "...", "title": "...", "url": "...", "quote": "..."}
//! }
//! ```
//!
//! An amount's `value` is in base units (yuan, not billions); `scale` only
//! sets how it prints. A rate's `value` is a fraction (0.156 is 15.6%).
//! `decimals` is how many digits were printed after the point (in the
//! amount's scale, or in percent for a rate): it sets the rounding interval.
//! A printed range has `"upper"` instead of `decimals`. `qualifier` is a
//! hedge word such as `"nearly"`, `"over"` or `"about"`.
//!
//! Each struct is a JSON object: an array (serde's positional form of a
//! struct) is rejected, and so is a printed range that also gives
//! `decimals`. serde itself names the field only in "missing field" and
//! "unknown field" errors; to have every error start with the path of the
//! field it is about, read through [`serde_path_to_error`], as
//! `examples/check.rs` does:
//! `serde_path_to_error::deserialize(&mut serde_json::Deserializer::from_str(text))`
//! reports, for example, `baseline.amount.value: invalid amount -5: an
//! amount must be positive and finite at line 1 column 48`.
//!
//! [`serde_path_to_error`]: https://docs.rs/serde_path_to_error
//!
//! A [`Report`] serializes (for `examples/check.rs --json`) to one flat
//! object:
//!
//! | field | meaning |
//! |---|---|
//! | `text` | the passage the claim was read from (`source.quote`), or null |
//! | `baseline`, `target` | `{"value": 6.0e11, "currency": "CNY", "year": 2024, "month": 9, "qualifier": "nearly"}` (value in base units; `value_high` too for a printed range; null fields when absent), or null |
//! | `stated_cagr_pct` | the stated rate in percent, `[lo, hi]` for a printed range, or null |
//! | `cagr_period` | `[from, to]` or null |
//! | `implied_cagr_pct` | the rate the printed endpoints imply, in percent, or null |
//! | `implied_cagr_range_pct` | `[lo, hi]`, the range their printed precision allows, or null |
//! | `resolution_points` | the width of that range in percentage points ([`Analysis::resolution_points`]), or null |
//! | `too_coarse` | whether that range is too wide to test the stated rate ([`Analysis::too_coarse`]), or null |
//! | `verdict` | `"consistent"`, `"inconsistent"` or `"unverifiable"` |
//! | `explanation` | the one-paragraph explanation |
//!
//! # Features
//!
//! * `serde` (default): `Serialize`/`Deserialize` for every value type and
//!   [`Forecast`], `Serialize` for [`Report`]. Round trips are bit-exact when
//!   `serde_json` is built with its `float_roundtrip` feature (without it,
//!   serde_json reads some 17-digit floats one ulp off).
//! * `proptest`: strategies for valid values in `cagr::strategy`, to
//!   property-test code that uses this crate.
//! * `plot`: SVG charts of paths and fits (`cagr::plot`), drawn with
//!   plotters' SVG backend only.
//! * `rayon`: split long [`batch`] columns across threads.
//!
//! # What this crate does not do
//!
//! * It does not fetch or convert currencies: amounts in two currencies
//!   never combine, and a checker given them says so.
//! * It does not adjust for inflation: a real growth rate next to nominal
//!   values is reported as inconsistent, as printed.
//! * Extraction is rule-based, not a language model: it reads the phrasings
//!   listed in [`extract`]'s docs, in English, Chinese, Japanese and Korean,
//!   and leaves other text alone (it reads decimal commas and digits grouped
//!   by spaces, but not French or German words). A claim it cannot
//!   complete, or can read in ways that
//!   disagree, is returned as unverifiable rather than guessed.
//! * It does not resolve "today" or "this year" without a publication date
//!   ([`Context`]).

// Unsafe code is denied everywhere but in `num::kernel`. There, every
// function that can issue an instruction the CPU may lack is an `unsafe fn`
// with a `# Safety` section, down to the intrinsics (the AVX-512 and AVX
// streaming stores); each call is in an `unsafe` block that says why its
// promise holds, and the one entry, `kernel::rates`, checks the CPU before
// choosing the AVX-512 or AVX2 version. The prefetch and the store fence
// are SSE, which every x86-64 CPU has.
#![deny(unsafe_code)]
#![deny(unsafe_op_in_unsafe_fn)]
#![deny(missing_docs)]

pub mod batch;
mod check;
mod error;
mod extract;
pub mod fit;
mod num;
mod path;
#[cfg(feature = "plot")]
pub mod plot;
mod scenario;
mod schedule;
pub mod solve;
#[cfg(feature = "proptest")]
pub mod strategy;
mod table;
#[cfg(test)]
mod testing;
pub mod tolerance;
mod value;

pub use check::{
    check, check_with, Analysis, CheckSettings, Convention, Reading, Readings, Reason,
    Reconciliation, Report, Verdict,
};
pub use error::{Error, Result};
pub use extract::{extract, extract_with, Claim, Context, SetAside, Spans};
pub use path::{Path, PathPoint, Years};
pub use scenario::{RateGrid, Sensitivity};
pub use schedule::{Milestone, Quote, QuoteRole, Schedule, SchedulePoint, ScheduleYears};
pub use table::Table;
pub use value::amount::Amount;
pub use value::compounding::{CompoundedRate, Compounding};
pub use value::currency::Currency;
pub use value::forecast::{Figure, Forecast, Period, Source};
pub use value::hedging::Hedging;
pub use value::interval::Interval;
pub use value::qualifier::{Hedge, Qualifier};
pub use value::rate::Rate;
pub use value::scale::Scale;
pub use value::span::Span;
pub use value::stated::Stated;
pub use value::when::When;
pub use value::year::Year;

/// The README's usage example, compiled and run as a doctest.
#[cfg(doctest)]
#[doc = include_str!("../README.md")]
pub struct ReadmeDoctests;
