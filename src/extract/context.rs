//! [`Context`]: what a reader knows of a document beyond its text.

use crate::When;

/// What is known of a document beyond its text: for now its publication
/// date, which dates "this year", "last year", "now", "four years ago",
/// 今年, 去年 and 지난해.
///
/// Without a publication date the extractor infers only what the text
/// itself fixes ("over the next four years … by 2027" puts the start in
/// 2023); a figure dated only relatively stays undated, and the checker
/// says which date was missing, unless every year it may have gives one
/// verdict.
///
/// Settings follow the crate's one pattern: start from `default()` and
/// chain `with_` methods.
///
/// # Example
///
/// ```
/// use cagr::{extract_with, Context, When};
///
/// let text = "Sales could reach €4.1bn by 2029. Last year the figure stood at \
///     €2.6bn; analysts expect a CAGR of 7.9%.";
/// let context = Context::default().with_published(When::year(2024)?);
/// let claims = extract_with(text, &context);
/// let base = claims[0].forecast.baseline.unwrap();
/// assert_eq!(base.when.unwrap().calendar_year(), 2023);
/// # Ok::<(), cagr::Error>(())
/// ```
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Context {
    published: Option<When>,
}

impl Context {
    /// The same context with a publication date (a year, or a month; only
    /// its calendar year dates relative words).
    #[must_use]
    pub const fn with_published(self, when: When) -> Context {
        Context {
            published: Some(when),
        }
    }

    /// The publication date, if known.
    pub const fn published(&self) -> Option<When> {
        self.published
    }
}
