//! `cagr::extract` (and `extract_with` a publication date) on arbitrary
//! text: it must not panic, and every byte range it returns must slice the
//! input on char boundaries.
//!
//! Beyond the spans, it checks what the docs promise about a claim: the
//! quote is the passage's text, and each figure's span lies inside the
//! passage (the passage is "the sentences the figures came from"). Each
//! claim is also checked and its report formatted, so the checker sees the
//! forecasts real text produces.

#![no_main]

use core::ops::Range;

use libfuzzer_sys::fuzz_target;

/// Asserts that `range` is a char-boundary slice of `text` and returns it.
fn slice<'t>(text: &'t str, range: &Range<usize>, what: &str) -> &'t str {
    assert!(
        range.start <= range.end && range.end <= text.len(),
        "{what} span {range:?} out of bounds for {} bytes",
        text.len()
    );
    assert!(
        text.is_char_boundary(range.start) && text.is_char_boundary(range.end),
        "{what} span {range:?} is not on char boundaries"
    );
    text.get(range.clone())
        .unwrap_or_else(|| panic!("{what} span {range:?} does not slice the text"))
}

fuzz_target!(|text: &str| {
    // Read without a publication date, and with one (relative dates
    // resolve: "last year", 今年, 지난해).
    let context = cagr::Context::default().with_published(cagr::When::year(2024).expect("a year"));
    let claims = cagr::extract(text)
        .into_iter()
        .chain(cagr::extract_with(text, &context));
    for claim in claims {
        let passage = slice(text, &claim.passage, "passage");
        let spans = &claim.spans;
        for (what, span) in [
            ("baseline", &spans.baseline),
            ("target", &spans.target),
            ("rate", &spans.rate),
            ("period", &spans.period),
        ] {
            if let Some(span) = span {
                slice(text, span, what);
                assert!(
                    claim.passage.start <= span.start && span.end <= claim.passage.end,
                    "{what} span {span:?} outside passage {:?}",
                    claim.passage
                );
            }
        }
        let quote = claim
            .forecast
            .source
            .as_ref()
            .and_then(|s| s.quote.as_deref());
        assert_eq!(quote, Some(passage), "the quote is not the passage");
        let report = cagr::check(&claim.forecast);
        let _ = format!("{report}");
        let _ = format!("{report:#}");
    }
});
