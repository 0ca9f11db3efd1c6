//! [`Context`]: what a reader knows of a document beyond its text.

use crate::When;

/// What is known of a document beyond its text: for now its publication
/// date, which dates "this year", "last year", "now", "four years ago",
/// 今年, 去年 and 지난해.
///
/// Without a publication date the extractor takes the year of the text's
/// own dateline: its only line among the first and last ten that holds
/// nothing but a year or a date ("2011", "March 4, 2025", "2025-03-04"),
/// or the date a press release
/// opens with ("OSLO, March 4, 2025 – …"). Without either it infers only
/// what the text itself fixes ("over the next four years … by 2027" puts
/// the start in 2023); a figure dated only relatively stays undated, and
/// the checker says which date was missing, unless every year it may have
/// gives one verdict.
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
/// assert_eq!(base.when.unwrap().calendar_year().get(), 2023);
/// # Ok::<(), cagr::Error>(())
/// ```
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Context {
    published: Option<When>,
    threads: Option<usize>,
}

impl Context {
    /// The same context with a publication date (a year, or a month; only
    /// its calendar year dates relative words).
    #[must_use]
    pub const fn with_published(self, when: When) -> Context {
        Context {
            published: Some(when),
            ..self
        }
    }

    /// The same context read with at most `threads` threads (`1`, or `0`:
    /// on the calling thread only).
    ///
    /// By default a text of half a megabyte or more is cut at blank lines
    /// into parts (four for each thread, each of at least 256 KiB), read on
    /// as many threads as the machine has
    /// (`std::thread::available_parallelism`), the calling thread among
    /// them; each thread takes the next part left. The claims are the same however many threads
    /// read them; set one thread where the caller already runs texts in
    /// parallel. A thread that cannot be started is not an error: its part
    /// is read on the calling thread.
    ///
    /// # Example
    ///
    /// ```
    /// use cagr::{extract, extract_with, Context};
    ///
    /// let text = "The market will grow from $4.0 billion in 2021 to $8.6 billion \
    ///     by 2026, at a CAGR of 16.2%.\n\n".repeat(20_000);
    /// let one = Context::default().with_threads(1);
    /// assert_eq!(extract_with(&text, &one), extract(&text));
    /// assert_eq!(one.threads(), Some(1));
    /// ```
    #[must_use]
    pub const fn with_threads(self, threads: usize) -> Context {
        Context {
            threads: Some(if threads == 0 { 1 } else { threads }),
            ..self
        }
    }

    /// The publication date, if known.
    pub const fn published(&self) -> Option<When> {
        self.published
    }

    /// The most threads a text is read with, if set (see
    /// [`Context::with_threads`]); `None` reads with as many as the machine
    /// has.
    pub const fn threads(&self) -> Option<usize> {
        self.threads
    }
}

/// How many lines at each end of a text may hold its dateline.
const EDGE: usize = 10;

/// The year of a text's dateline: its only line among the first and last
/// [`EDGE`] that holds nothing but a year or a date ("2011", "March 4,
/// 2025", "4 March 2025", "2025-03-04"),
/// or the date a press release opens with ("OSLO, March 4, 2025 – …").
/// None where two or more lines hold only a year or a date (a list of
/// years is no dateline).
pub(super) fn dateline_year(text: &str) -> Option<i32> {
    const MONTHS: [&str; 12] = [
        "january",
        "february",
        "march",
        "april",
        "may",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
    ];
    let year = |w: &str| {
        w.parse::<i32>()
            .ok()
            .filter(|y| w.len() == 4 && (1900..=2100).contains(y))
    };
    // A date: a year alone, a month and a day with it, or an ISO date.
    let date = |s: &str| -> Option<i32> {
        let words: Vec<&str> = s
            .split(|c: char| c.is_whitespace() || c == ',')
            .filter(|w| !w.is_empty())
            .collect();
        let month = |w: &str| MONTHS.iter().any(|m| m.eq_ignore_ascii_case(w));
        let day = |w: &str| w.len() <= 2 && w.bytes().all(|b| b.is_ascii_digit());
        match words[..] {
            [y] => year(y).or_else(|| {
                let mut parts = y.split('-');
                let (y, m, d) = (parts.next()?, parts.next()?, parts.next()?);
                (day(m) && day(d) && parts.next().is_none()).then_some(())?;
                year(y)
            }),
            [m, d, y] if month(m) && day(d) => year(y),
            [d, m, y] if month(m) && day(d) => year(y),
            _ => None,
        }
    };
    // A dateline stands among the first or the last lines (and a long
    // text is not read through for one).
    let head: Vec<&str> = text.lines().take(EDGE).collect();
    let tail = text
        .lines()
        .rev()
        .take(EDGE)
        .filter(|l| !head.iter().any(|h| core::ptr::eq(*h, *l)));
    let mut found = None;
    for line in head
        .iter()
        .copied()
        .chain(tail)
        .map(str::trim)
        .filter(|l| l.len() <= 24)
    {
        if let Some(y) = date(line) {
            if found.is_some() {
                return None;
            }
            found = Some(y);
        }
    }
    // "OSLO, March 4, 2025 – …": a city in capitals, a comma, a date and
    // a dash.
    let opening = || {
        let head = text.trim_start();
        let (city, rest) = head.split_once(',')?;
        if city.is_empty() || city.len() > 30 || city.chars().any(char::is_lowercase) {
            return None;
        }
        let dash = rest.find(['-', '–', '—'])?;
        date(rest[..dash].trim())
    };
    found.or_else(opening)
}

#[cfg(test)]
mod tests {
    use super::dateline_year;

    #[test]
    fn datelines_are_read_and_lists_of_years_are_not() {
        let cases = [
            ("The economy will grow.\n2011\nTrend compendium", Some(2011)),
            ("March 4, 2025\nSales rose.", Some(2025)),
            ("Sales rose.\n4 March 2025", Some(2025)),
            ("2025-03-04\nSales rose.", Some(2025)),
            (
                "OSLO, March 4, 2025 – Nordvik published its outlook.",
                Some(2025),
            ),
            (
                "OSLO, March 4, 2025 - Nordvik published its outlook.",
                Some(2025),
            ),
            // Two lines of years are a list; a year in a sentence is none.
            ("2023\n$4.1bn\n2030\n$7.9bn", None),
            ("Sales rose in 2023.", None),
            ("Oslo, a city, grew - fast.", None),
            ("Sales, March 2025 - up", None),
            ("", None),
        ];
        for (text, year) in cases {
            assert_eq!(dateline_year(text), year, "{text:?}");
        }
        // Only the first and last lines are read.
        let mut long = vec!["A line of prose."; 30];
        long[15] = "2011";
        assert_eq!(dateline_year(&long.join("\n")), None);
        long[28] = "2012";
        assert_eq!(dateline_year(&long.join("\n")), Some(2012));
    }
}
