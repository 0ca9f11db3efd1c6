//! [`Claim`]: what the extractor returns for each growth claim, and the
//! [`Spans`] of its figures.

use core::ops::Range;

use crate::{Forecast, SetAside};

/// A growth claim found in a text.
#[derive(Debug, Clone, PartialEq)]
pub struct Claim {
    /// The claim; its [`Source::quote`](crate::Source::quote) is the passage.
    pub forecast: Forecast,
    /// Byte range of the passage (the sentences the figures came from).
    pub passage: Range<usize>,
    /// Byte ranges of each figure used.
    pub spans: Spans,
    /// Where the claim lacks a baseline or a target though amounts stand
    /// beside its rate, why they were not read with it (another source's
    /// rate, a rate of prices against market figures, …); `None` otherwise.
    pub set_aside: Option<SetAside>,
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
