//! [`extract`]: read growth claims straight from English prose.
//!
//! A claim is anchored on a growth rate that the text calls compound annual
//! growth (a CAGR, "compound annual growth rate", "annually", "a year", "per
//! annum", "average annual growth"). Around it the extractor collects the
//! amounts and years of the same sentence, and where the sentence lacks them
//! of the sentences just before it (up to three, across line breaks) or just
//! after it (up to two, on the same line). It then picks the target (the
//! amount at the end of the rate's period, or the latest dated amount) and
//! the baseline (the amount at the start of the period, or the latest dated
//! amount before the target), and returns a [`Forecast`] with the byte spans
//! of the passage and of each figure.
//!
//! Text that is not a CAGR claim yields nothing: a year-on-year change, a
//! one-year "annual increase", a cumulative change ("grew 80% over five
//! years"), a share ("a 15% share"), ratio words ("doubled") or two values
//! with no rate. A rate with no usable values still yields a claim, which the
//! checker calls unverifiable and says why.
//!
//! # Recognised phrasings
//!
//! **Amounts**: a number with thousands separators (`1,729.5`) or Indian
//! grouping (`4,22,000`); a currency symbol, code or name before or after it
//! (`$`, `US$`, `USD`, `€`, `EUR`, `£`, `GBP`, `¥`, `yuan`, `RMB`, `CNY`,
//! `₹`, `Rs`, `INR`, `rupees`, `yen`, `won`); a scale word or abbreviation
//! (`thousand`, `k`, `million`, `mn`, `m`, `billion`, `bn`, `B`, `trillion`,
//! `tn`, `tr`, `T`, `lakh`, `crore`, `亿`, `万亿`); a physical unit
//! (`tonnes`, `GW`); a range (`7–8 billion`, `221-275 million tonnes`). A
//! number is an amount only with a currency, a scale or a unit. `¥` is the
//! yuan unless the text mentions Japan or the yen.
//!
//! | text | amount |
//! |---|---|
//! | `1,729.5 billion yuan` | 1.7295e12 CNY |
//! | `US$637,658m` | 6.37658e11 USD |
//! | `Rs 2,502 billion` | 2.502e12 INR |
//! | `€14.16 billion` | 1.416e10 EUR |
//! | `221-275 million tonnes` | 2.21e8 to 2.75e8 |
//!
//! **Qualifiers** before an amount or a rate (see [`Qualifier`]): `nearly`,
//! `almost`, `close to`, `approaching`, `just under`, `over`, `more than`,
//! `above`, `exceeding`, `exceed`, `at least`, `surpass`, `about`, `around`,
//! `approximately`, `roughly`, `some`, `an estimated`, `~`.
//!
//! **Dates** of amounts: `in 2024`, `by 2035`, `by the end of September
//! 2024`, `(2022)`, `in FY2024`, `FY24`, `fiscal 2015`, `2013-14` (the
//! fiscal year ending 2014), or a year earlier in the sentence (`In 2018, the
//! market was valued at $52.5 billion`).
//!
//! **Periods** of a rate: `2024–2030`, `from 2025 to 2035`, `between 2023
//! and 2030`, `during the forecast period (2024-2030)`, `FY23-28`, `in the
//! three years from 2020`, `since 2019`, `over the next five years` (ending at
//! the target's year), `until 2025`.
//!
//! **Rates**: `a CAGR of 15.6%`, `compound annual growth rate (CAGR) of
//! 15.6%`, `growing at a CAGR of`, `registering a 15.6% CAGR`, `at 15.6%
//! annually`, `15.6 per cent a year`, `an average annual growth of 5%`,
//! ranges (`10–15%`, `5 per cent to 7.3 per cent`). A decline (`decline by
//! a CAGR of 1.2%`) is a negative rate.
//!
//! # Example
//!
//! ```
//! use cagr::{check, extract, Verdict};
//!
//! let text = "The country's core AI industry was valued at nearly 600 billion yuan \
//!     by the end of September 2024. Growth is driven by large models. The market \
//!     size is expected to reach 1,729.5 billion yuan by 2035, representing a \
//!     compound annual growth rate of 15.6%.";
//! let claims = extract(text);
//! assert_eq!(claims.len(), 1);
//! let claim = &claims[0];
//! let base = claim.forecast.baseline.unwrap();
//! assert_eq!(base.amount.to_string(), "nearly 600 billion CNY");
//! assert_eq!(base.when.unwrap().to_string(), "end of September 2024");
//! assert_eq!(&text[claim.spans.rate.clone().unwrap()], "15.6%");
//! assert_eq!(check(&claim.forecast).verdict, Verdict::Inconsistent);
//! ```

use core::ops::Range;

use crate::Forecast;

mod amounts;
mod assemble;
mod context;
mod dates;
mod mention;
mod rates;
mod scan;
mod sentences;
mod tokens;

pub use context::Context;

use assemble::{assemble, Doc};
use mention::{RateM, Setting};
use scan::{has_rate, CueBlocks};
use sentences::split_sentences;

/// A growth claim found in a text.
#[derive(Debug, Clone, PartialEq)]
pub struct Claim {
    /// The claim; its [`Source::quote`] is the passage.
    pub forecast: Forecast,
    /// Byte range of the passage (the sentences the figures came from).
    pub passage: Range<usize>,
    /// Byte ranges of each figure used.
    pub spans: Spans,
}

/// Byte ranges, in the extracted text, of the figures a [`Claim`] used.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Spans {
    /// The baseline amount.
    pub baseline: Option<Range<usize>>,
    /// The target amount.
    pub target: Option<Range<usize>>,
    /// The stated rate.
    pub rate: Option<Range<usize>>,
    /// The stated period.
    pub period: Option<Range<usize>>,
}

/// Every growth claim in `text`, in order of their rates.
///
/// Never fails: text with no claim gives an empty vector. Runs in time
/// linear in the length of the text.
///
/// # Example
///
/// ```
/// use cagr::extract;
///
/// let claims = extract("Sales grew 12% from last year to $3.1 billion.");
/// assert!(claims.is_empty());
///
/// let claims = extract("The market will grow from $4.0 billion in 2021 to $8.6 billion \
///     by 2026, at a CAGR of 16.2%.");
/// let f = &claims[0].forecast;
/// assert_eq!(f.baseline.unwrap().when.unwrap().calendar_year(), 2021);
/// assert_eq!(f.target.unwrap().amount.to_string(), "8.6 billion USD");
/// assert_eq!(f.rate.unwrap().to_string(), "16.2%");
/// ```
pub fn extract(text: &str) -> Vec<Claim> {
    extract_with(text, &Context::default())
}

/// Every growth claim in `text`, read with what is known of the document
/// (see [`Context`]): relative dates ("last year", "now", 今年) resolve
/// through its publication date.
///
/// Never fails, and runs in time linear in the length of the text, as
/// [`extract`].
///
/// # Example
///
/// ```
/// use cagr::{check, extract_with, Context, Verdict, When};
///
/// let text = "The market stood at $3.2 trillion last year and is expected to \
///     reach $6.5 trillion by 2031, a CAGR of 8%.";
/// let context = Context::default().with_published(When::year(2023)?);
/// let claims = extract_with(text, &context);
/// let f = &claims[0].forecast;
/// assert_eq!(f.baseline.unwrap().when.unwrap().calendar_year(), 2022);
/// assert_eq!(check(f).verdict, Verdict::Consistent);
/// # Ok::<(), cagr::Error>(())
/// ```
pub fn extract_with(text: &str, context: &Context) -> Vec<Claim> {
    let sentences = split_sentences(text);
    let cues = CueBlocks::of(text.as_bytes());
    let yen = std::cell::OnceCell::new();
    let set = Setting {
        yen: &yen,
        published: context.published().map(crate::When::calendar_year),
    };
    let mut doc = Doc::new(text, &sentences, set);
    let mut claims = Vec::new();
    let mut rates: Vec<RateM> = Vec::new();
    for (s, sentence) in sentences.iter().enumerate() {
        // Cue words are rarer than rates: they are looked for first.
        let range = sentence.start..sentence.end;
        if !cues.has_cue(text.as_bytes(), range.clone()) || !has_rate(&text[range]) {
            continue;
        }
        rates.clear();
        rates.extend(doc.parsed(s).rates.iter().filter(|r| r.cagr).cloned());
        for rate in &rates {
            claims.push(assemble(&mut doc, s, rate));
        }
    }
    claims
}
