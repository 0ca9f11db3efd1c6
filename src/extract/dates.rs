//! Dates: the years of a sentence, the periods of its rates, relative dates
//! ("last year", 今年) resolved through the publication date, and which
//! amount each year dates.

use super::mention::{
    cjk_count, cjk_word_at, count_at, short_year, year_value, AmountM, Parsed, PeriodM, Role,
    Setting, YearM,
};
use super::tokens::{Kind, Tok};
use crate::When;

/// Whether the token at `k` is the "year" character after a number
/// (`年`, `년`).
fn year_char(t: Option<&Tok<'_>>) -> bool {
    t.is_some_and(|t| t.is_cjk() && matches!(t.text, "年" | "년"))
}

/// Words that join two years into a period: `2024-2030`, `2024 to 2030`,
/// `2025~2030`, `2025年至2035年`, `2018年から2023年`.
fn joins_years(toks: &[Tok<'_>], text: &str, k: usize, between: bool) -> Option<usize> {
    let t = toks.get(k)?;
    if t.is_dash()
        || t.is_word("to")
        || t.is_word("through")
        || t.is_word("until")
        || t.is_word("bis")
        || t.is_word("à")
        || ((t.is_word("and") || t.is_word("und") || t.is_word("et")) && between)
        || matches!(t.text, "~" | "〜" | "～" | "至" | "到")
    {
        return Some(k + 1);
    }
    cjk_word_at(toks, text, k, &["から", "부터", "에서"])
}

/// Periods: `2024-2030`, `from 2025 to 2035`, `between 2023 and 2030`,
/// `FY23-28`, `FY 15-20`, `between FY2022 and FY2030`, `fiscal years 2022
/// and 2030`, `zwischen 2023 und 2027`, `von 2023 bis 2027`, `entre 2023
/// et 2030`, `de 2023 à 2030`, `1999-2000 to 2008-09` (fiscal years: 2000 to 2009),
/// `2016-21`, `2025—2035年`, `2025年至2035年`, `2018年から2023年`, `N years
/// from 2020`, `since 2019`, `the next five years`, `the past decade`,
/// `未来五年`, `近六年`, `今後5年`, `향후 5년`; not after "than" ("slower than
/// the past decade": the span of what a rate is set against).
pub(super) fn parse_periods(toks: &[Tok<'_>], text: &str, p: &mut Parsed, used: &mut [bool]) {
    let n = toks.len();
    let mut i = 0;
    while i < n {
        let t = toks[i];
        // Every period starts with a number, a Chinese, Japanese or Korean
        // character, or a word of f, s, y, p, n, c or l ("fiscal", "since",
        // "years", "period", "next", "coming", "last"): other tokens are
        // ruled out at once.
        let initial = t.text.as_bytes().first().map_or(0, |b| b | 0x20);
        let may_start = match t.kind {
            Kind::Num | Kind::Cjk => true,
            Kind::Word => matches!(
                initial,
                b'f' | b's' | b'y' | b'p' | b'n' | b'c' | b'l' | b'd'
            ),
            Kind::Sym => false,
        };
        if !may_start {
            i += 1;
            continue;
        }
        if let Some((from, to, last)) = year_range(toks, text, i) {
            for u in used.iter_mut().take(last + 1).skip(i) {
                *u = true;
            }
            p.periods.push(PeriodM {
                from: Some(from),
                to: Some(to),
                next: None,
                span: t.start..toks[last].end,
                first: i,
            });
            i = last + 1;
            continue;
        }
        // "since 2019".
        if t.is_word("since") {
            if let Some(y) = toks.get(i + 1).and_then(year_value) {
                used[i + 1] = true;
                p.periods.push(PeriodM {
                    from: Some(y),
                    to: None,
                    next: None,
                    span: t.start..toks[i + 1].end,
                    first: i,
                });
            }
        }
        // "N years from 2020".
        if t.is_word("years") || t.is_word("year") {
            if let (Some(k), Some(from), Some(y)) = (
                i.checked_sub(1).and_then(|k| count_at(&toks[k])),
                toks.get(i + 1),
                toks.get(i + 2).and_then(year_value),
            ) {
                if from.is_word("from") {
                    used[i + 2] = true;
                    p.periods.push(PeriodM {
                        from: Some(y),
                        to: Some(y + k),
                        next: None,
                        span: toks[i - 1].start..toks[i + 2].end,
                        first: i - 1,
                    });
                }
            }
        }
        // "the five years to 31 March 2024", "the decade to 2022".
        if let Some((len, end, last)) = years_to(toks, i) {
            for u in used.iter_mut().take(last + 1).skip(i + 1) {
                *u = true;
            }
            p.periods.push(PeriodM {
                from: Some(end - len),
                to: Some(end),
                next: None,
                span: toks[i - 1].start..toks[last].end,
                first: i - 1,
            });
            i = last + 1;
            continue;
        }
        // "N-year period", "ten year period".
        if t.is_word("period") && i >= 2 && toks[i - 1].is_word("year") {
            let c = if toks[i - 2].is_sym("-") {
                i.checked_sub(3)
            } else {
                Some(i - 2)
            };
            if let Some((c, len)) = c.and_then(|c| count_at(&toks[c]).map(|len| (c, len))) {
                p.periods.push(PeriodM {
                    from: None,
                    to: None,
                    next: Some(len),
                    span: toks[c].start..t.end,
                    first: i,
                });
            }
        }
        // "(over) the next N years", "next decade", "coming decade", "the
        // past five years", "last five fiscals", "the last ten years".
        if t.is_word("next") || t.is_word("coming") || t.is_word("past") || t.is_word("last") {
            let (len, last) = match (toks.get(i + 1), toks.get(i + 2)) {
                (Some(d), _) if d.is_word("decade") => (Some(10), i + 1),
                (Some(c), Some(y)) if (y.is_word("years") || y.is_word("fiscals")) => {
                    (count_at(c), i + 2)
                }
                _ => (None, i),
            };
            if let Some(len) = len {
                p.periods.push(PeriodM {
                    from: None,
                    to: None,
                    next: Some(len),
                    span: t.start..toks[last].end,
                    first: i,
                });
            }
        }
        // 未来五年, 未来5年, 今後5年, 近六年, 향후 5년, 지난 10년.
        if t.is_cjk() {
            if let Some(k) = cjk_word_at(
                toks,
                text,
                i,
                &["未来", "未來", "今後", "近", "향후", "지난", "過去", "过去"],
            ) {
                let count = toks.get(k).and_then(|c| {
                    if c.kind == Kind::Num {
                        count_at(c)
                    } else {
                        cjk_count(c.text)
                    }
                });
                if let (Some(len), true) = (count, year_char(toks.get(k + 1))) {
                    p.periods.push(PeriodM {
                        from: None,
                        to: None,
                        next: Some(len),
                        span: t.start..toks[k + 1].end,
                        first: i,
                    });
                }
            }
        }
        i += 1;
    }
    // A span a rate is set against ("slower than the past decade", "faster
    // than in 2015-2020") is not the rate's.
    p.periods.retain(|q| {
        !(q.first.saturating_sub(3)..q.first)
            .rev()
            .take_while(|&k| !toks[k].is_sym(","))
            .any(|k| toks[k].is_word("than"))
    });
}

/// A range of years starting at token `i`: the first and last year and the
/// index of its last token. Fiscal years count as their label year.
fn year_range(toks: &[Tok<'_>], text: &str, i: usize) -> Option<(i32, i32, usize)> {
    let t = toks[i];
    let between = i > 0
        && ["between", "zwischen", "entre"]
            .iter()
            .any(|w| toks[i - 1].is_word(w));
    let (a, after_a, fy) = start_year(toks, i)?;
    let a_tok = toks[after_a - 1];
    // A year character after the first year: "2025年至2035年".
    let sep = if year_char(toks.get(after_a)) {
        after_a + 1
    } else {
        after_a
    };
    let b_at = joins_years(toks, text, sep, between || t.is_word("fiscal"))?;
    // The second year: "FY2030", "fiscal 2030", "2030", "30" after a dash
    // or after "FY", or a fiscal year "2008-09".
    let dash = toks[sep].is_dash() || matches!(toks[sep].text, "~" | "〜" | "～");
    let (b_first, b_fy) = match toks.get(b_at) {
        Some(w) if w.is_word("fy") || w.is_word("fiscal") => (b_at + 1, true),
        _ => (b_at, false),
    };
    let b_tok = toks.get(b_first)?;
    let mut b = if fy || b_fy || dash {
        short_year(b_tok).map(|b| {
            if b_tok.text.len() == 2 {
                a / 100 * 100 + b % 100
            } else {
                b
            }
        })?
    } else {
        year_value(b_tok)?
    };
    // Not a number with a scale or a unit after it: "from 9.5 lakh units in
    // FY25 to 61 lakh units" ends no period in 2061.
    let measured = toks.get(b_first + 1).is_some_and(|u| {
        u.kind == Kind::Word
            && (crate::value::vocab::scale_word(u.text).is_some()
                || crate::value::vocab::currency(u.text).is_some()
                || u.is_word("units"))
    });
    if measured {
        return None;
    }
    let mut last = b_first;
    // "2008-09" after "to": a fiscal year, its label year.
    if let (Some(d), Some(c)) = (toks.get(b_first + 1), toks.get(b_first + 2)) {
        if d.is_dash() && b_tok.text.len() == 4 && fiscal_end(b, c).is_some() {
            b += 1;
            last = b_first + 2;
        }
    }
    // "2013-14" (or "1999-2000") is one fiscal year, not a period.
    let fiscal = dash && b == a + 1 && a_tok.kind == Kind::Num;
    if b <= a || fiscal {
        return None;
    }
    if year_char(toks.get(last + 1)) {
        last += 1;
    }
    Some((a, b, last))
}

/// The first year of a range at token `i`: the year (a fiscal year "FY24",
/// "fiscal 2022", "fiscal years 2022", or "2008-09" as its label year), the
/// index after its tokens, and whether it was written as a fiscal year.
fn start_year(toks: &[Tok<'_>], i: usize) -> Option<(i32, usize, bool)> {
    let t = toks[i];
    let fy = t.is_word("fy") || t.is_word("cy") || t.is_word("fiscal") || t.is_word("fiscals");
    let mut k = if fy { i + 1 } else { i };
    if fy
        && toks
            .get(k)
            .is_some_and(|w| w.is_word("years") || w.is_word("year"))
    {
        k += 1;
    }
    let y_tok = toks.get(k)?;
    let mut a = if fy {
        short_year(y_tok)?
    } else {
        year_value(y_tok)?
    };
    // "1999-2000 to 2008-09": a fiscal year before "to" starts the range.
    if let (Some(d), Some(c), Some(to)) = (toks.get(k + 1), toks.get(k + 2), toks.get(k + 3)) {
        if d.is_dash() && fiscal_end(a, c).is_some() && (to.is_word("to") || to.is_word("and")) {
            a += 1;
            k += 2;
        }
    }
    Some((a, k + 1, fy))
}

/// The label year of a fiscal year whose first year is `a` and whose second
/// is written `c`: "14" or "2014" after 2013.
fn fiscal_end(a: i32, c: &Tok<'_>) -> Option<i32> {
    if c.kind != Kind::Num || !c.text.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let v: i32 = c.text.parse().ok()?;
    let ok = match c.text.len() {
        2 => v == (a + 1) % 100,
        4 => v == a + 1,
        _ => false,
    };
    ok.then_some(a + 1)
}

/// English words that date a figure relative to the publication date, with
/// the years they add to it: "this year", "last year", "now".
const RELATIVE: &[(&[&str], i32)] = &[
    (&["the", "start", "of", "the", "year"], 0),
    (&["the", "start", "of", "this", "year"], 0),
    (&["the", "beginning", "of", "the", "year"], 0),
    (&["the", "beginning", "of", "this", "year"], 0),
    (&["this", "year"], 0),
    (&["current", "year"], 0),
    (&["the", "current", "year"], 0),
    (&["last", "year"], -1),
    (&["next", "year"], 1),
    (&["today"], 0),
    (&["now"], 0),
    (&["currently"], 0),
    (&["presently"], 0),
    (&["at", "present"], 0),
    (&["as", "of", "now"], 0),
];

/// Whether "the start of" or "the beginning of" stands at token `i`.
fn start_of(toks: &[Tok<'_>], i: usize) -> bool {
    let word = |k: usize, w: &str| toks.get(k).is_some_and(|t| t.is_word(w));
    word(i, "the") && (word(i + 1, "start") || word(i + 1, "beginning")) && word(i + 2, "of")
}

/// Whether token `i` is "now" before a verb of planning or forecasting
/// ([`PLANNING`], or a word ending in "-ing": "we are now targeting").
// Out of line: asked only of a relative word, it keeps its caller's loop
// small.
#[inline(never)]
fn planning_now(toks: &[Tok<'_>], i: usize) -> bool {
    toks[i].is_word("now")
        && toks.get(i + 1).is_some_and(|v| {
            v.kind == Kind::Word
                && (v.text.ends_with("ing") || PLANNING.iter().any(|w| v.is_word(w)))
        })
}

/// Verbs of planning or forecasting: "now" before one is no date ("we
/// now expect …").
const PLANNING: &[&str] = &[
    "expect",
    "expects",
    "see",
    "sees",
    "forecast",
    "forecasts",
    "project",
    "projects",
    "estimate",
    "estimates",
    "target",
    "targets",
    "aim",
    "aims",
    "plan",
    "plans",
    "predict",
    "predicts",
    "anticipate",
    "anticipates",
    "believe",
    "believes",
    "guide",
    "guides",
];

/// A span of years that ends at a year, at token `i` ("years" or
/// "decade"): "(over|in) the five years to 31 March 2024", "the three
/// years through 2023", "the five years ending March 2024", "the decade
/// to 2022"; its length in years, its last year and its last token. A
/// length under two years is a year's change, no span.
fn years_to(toks: &[Tok<'_>], i: usize) -> Option<(i32, i32, usize)> {
    let t = toks[i];
    let before = toks.get(i.checked_sub(1)?)?;
    let len = if t.is_word("years") {
        count_at(before).filter(|&n| n >= 2)?
    } else if t.is_word("decade") && before.is_word("the") {
        10
    } else {
        return None;
    };
    let linked = toks.get(i + 1).is_some_and(|w| {
        ["to", "through", "ending", "ended", "until", "till"]
            .iter()
            .any(|x| w.is_word(x))
    });
    if !linked {
        return None;
    }
    // An optional day and month before the year: "31 March", "March 31,",
    // "March".
    let j = month_day_at(toks, i + 2, false).map_or(i + 2, |(_, next)| next);
    let end = toks.get(j).and_then(year_value)?;
    Some((len, end, j))
}

/// A month, with or without a day, that may stand before a year, from token
/// `k`: "June", "30 June", "June 30," (the comma there optional unless
/// `comma`); its number and the token after it.
fn month_day_at(toks: &[Tok<'_>], k: usize, comma: bool) -> Option<(i64, usize)> {
    let day = |k: usize| {
        toks.get(k).is_some_and(|d| {
            d.kind == Kind::Num
                && d.text.len() <= 2
                && d.text.parse::<u8>().is_ok_and(|d| (1..=31).contains(&d))
        })
    };
    let month = |k: usize| {
        toks.get(k)
            .filter(|m| m.kind == Kind::Word && m.text.len() >= 3)
            .and_then(|m| crate::value::when::month_number(m.text))
    };
    if day(k) {
        return month(k + 1).map(|m| (m, k + 2));
    }
    let m = month(k)?;
    if day(k + 1) {
        let after = toks.get(k + 2).is_some_and(|c| c.is_sym(","));
        return (after || !comma).then_some((m, k + 2 + usize::from(after)));
    }
    Some((m, k + 1))
}

/// The same in Chinese, Japanese and Korean.
const CJK_RELATIVE: &[(&str, i32)] = &[
    ("今年", 0),
    ("本年", 0),
    ("去年", -1),
    ("昨年", -1),
    ("明年", 1),
    ("来年", 1),
    ("目前", 0),
    ("现在", 0),
    ("現在", 0),
    ("当前", 0),
    ("當前", 0),
    ("現時点", 0),
    ("올해", 0),
    ("금년", 0),
    ("지난해", -1),
    ("작년", -1),
    ("내년", 1),
    ("현재", 0),
];

/// A relative date at token `i`: the years it adds to the publication year
/// and its last token. "N years ago", "a decade ago", "in N years from
/// today", "N years from now", "within N years", "in N years' time", "in N
/// years" after a word of the future.
fn relative_at(toks: &[Tok<'_>], text: &str, i: usize) -> Option<(i32, usize)> {
    let t = toks[i];
    if t.is_cjk() {
        let (w, offset) = CJK_RELATIVE
            .iter()
            .find(|(w, _)| text[t.start..].starts_with(w))?;
        let end = t.start + w.len();
        let last = toks[i..].iter().take_while(|t| t.end <= end).count() + i - 1;
        return Some((*offset, last));
    }
    // Every English relative date starts with a, c, l, n, p or t (or a
    // count): other words are ruled out by their first letter.
    let initial = t.text.as_bytes().first().map_or(0, |b| b | 0x20);
    if t.kind == Kind::Word && matches!(initial, b'a' | b'c' | b'l' | b'n' | b'p' | b't') {
        for (words, offset) in RELATIVE {
            let fits = words
                .iter()
                .enumerate()
                .all(|(k, w)| toks.get(i + k).is_some_and(|t| t.is_word(w)));
            if fits {
                // "we are now targeting …", "now expects …": "now" before a
                // verb of planning or forecasting is no date.
                if words.len() == 1 && planning_now(toks, i) {
                    return None;
                }
                return Some((*offset, i + words.len() - 1));
            }
        }
    }
    // "four years ago", "a decade ago", "10 years ago": ruled out first by
    // the word after the count.
    let unit_word = toks
        .get(i + 1)
        .is_some_and(|d| d.is_word("decade") || d.is_word("years") || d.is_word("year"));
    if !unit_word {
        return None;
    }
    let (len, unit) = match (toks.get(i), toks.get(i + 1)) {
        (Some(a), Some(d)) if (a.is_word("a") || a.is_word("one")) && d.is_word("decade") => {
            (Some(10), i + 1)
        }
        (Some(c), Some(y)) if y.is_word("years") || y.is_word("year") => (count_at(c), i + 1),
        _ => (None, i),
    };
    if let (Some(len), Some(ago)) = (len, toks.get(unit + 1)) {
        // "three years earlier", "five years before" end their phrase ("five
        // years before the pandemic" is no date).
        let ends = toks.get(unit + 2).is_none_or(|t| t.kind == Kind::Sym);
        if ago.is_word("ago") || ((ago.is_word("earlier") || ago.is_word("before")) && ends) {
            return Some((-len, unit + 1));
        }
        // "in nine years from today", "five years from now".
        if ago.is_word("from")
            && toks
                .get(unit + 2)
                .is_some_and(|w| w.is_word("today") || w.is_word("now"))
        {
            return Some((len, unit + 2));
        }
    }
    // "within five years", "in five years' time", and "in five years" after
    // a word of the future ("will reach $8 billion in five years"; "grew
    // 80% in five years" is a duration).
    let before = |w: &str| i > 0 && toks[i - 1].is_word(w);
    if let Some(len) = len.filter(|_| before("within") || before("in")) {
        let time = (unit + 1..(unit + 3).min(toks.len())).find(|&k| toks[k].is_word("time"));
        let future = toks[i.saturating_sub(8)..i].iter().any(|t| {
            [
                "will",
                "would",
                "expected",
                "projected",
                "forecast",
                "should",
                "could",
                "set",
                "aims",
                "plans",
                "targets",
            ]
            .iter()
            .any(|w| t.is_word(w))
        });
        if before("within") || time.is_some() || future {
            return Some((len, time.unwrap_or(unit)));
        }
    }
    None
}

/// "the end of the decade", "the end of this decade", "the decade's end",
/// "the end of the 2020s" at token `i`: the decade's round year where it
/// names the decade (2030 for the 2020s; `None` where the publication date
/// tells which), and its last token.
pub(super) fn decade_end_at(toks: &[Tok<'_>], i: usize) -> Option<(Option<i32>, usize)> {
    let word = |k: usize, w: &str| toks.get(k).is_some_and(|t| t.is_word(w));
    if !word(i, "the") {
        return None;
    }
    // "the decade's end"
    if word(i + 1, "decade")
        && toks.get(i + 2).is_some_and(|t| matches!(t.text, "'" | "’"))
        && word(i + 3, "s")
        && word(i + 4, "end")
    {
        return Some((None, i + 4));
    }
    if !(word(i + 1, "end") && word(i + 2, "of")) {
        return None;
    }
    if word(i + 3, "the") || word(i + 3, "this") {
        if word(i + 4, "decade") {
            return Some((None, i + 4));
        }
        // "the end of the 2020s": a year ending in 0, then "s".
        let decade = toks
            .get(i + 4)
            .and_then(year_value)
            .filter(|y| y % 10 == 0)
            .filter(|_| word(i + 5, "s"))?;
        return Some((Some(decade + 10), i + 5));
    }
    None
}

/// Years not taken by a period or an amount: `2024`, `FY24`, `fiscal 2015`,
/// `fiscal year 2023`, `2013-14` and `1999-2000` (the fiscal year ending in
/// the later year), `September 2024`, `2024年9月`, `2024年度`, and relative
/// dates resolved through the publication year (unresolved ones are kept,
/// undated, so that they still date the amounts next to them).
pub(super) fn parse_years(
    toks: &[Tok<'_>],
    text: &str,
    p: &mut Parsed,
    used: &[bool],
    set: Setting<'_>,
) {
    let n = toks.len();
    let mut i = 0;
    while i < n {
        let t = toks[i];
        if used[i] || t.kind == Kind::Sym {
            i += 1;
            continue;
        }
        if let Some((decade, last)) = decade_end_at(toks, i) {
            // The round year that ends the decade named, or the one the
            // publication year is in: forecasts are stated to round years,
            // and "by the end of the decade" in 2024 is 2030. A decade
            // named by its years ("the end of the 2020s") ends in 2029 as
            // well: both readings are kept.
            let end = decade.or(set.published(text).map(|y| y / 10 * 10 + 10));
            let when = end.and_then(|y| When::year(y).ok());
            p.years.push(YearM {
                when,
                first: i,
                last,
                relative: decade.is_none(),
                ago: None,
                or_before: decade.is_some(),
            });
            i = last + 1;
            continue;
        }
        if let Some((offset, last)) = relative_at(toks, text, i) {
            // "from $2.4 billion three years earlier": before the year the
            // sentence named last, not before the publication date (and
            // undated where the sentence named none).
            let anchored = toks[last].is_word("earlier") || toks[last].is_word("before");
            let when = if anchored {
                p.years
                    .iter()
                    .rev()
                    .find(|y| !y.relative)
                    .and_then(|y| y.when)
                    .and_then(|w| When::year(w.calendar_year().get() + offset).ok())
            } else {
                set.published(text)
                    .and_then(|y| When::year(y + offset).ok())
            };
            let ago = (toks[last].is_word("ago") && offset < 0).then_some(-offset);
            p.years.push(YearM {
                when,
                first: i,
                last,
                relative: !anchored || when.is_none(),
                ago,
                or_before: start_of(toks, i),
            });
            i = last + 1;
            continue;
        }
        let fy = t.is_word("fy") || t.is_word("cy") || t.is_word("fiscal") || t.is_word("fiscals");
        let mut at = if fy { i + 1 } else { i };
        if fy && toks.get(at).is_some_and(|w| w.is_word("year")) {
            at += 1;
        }
        // "fiscal '24", "FY’24": an apostrophe before two digits.
        if fy
            && toks.get(at).is_some_and(|w| matches!(w.text, "'" | "’"))
            && toks
                .get(at + 1)
                .is_some_and(|y| y.text.len() == 2 && y.start == toks[at].end)
        {
            at += 1;
        }
        // "24年3月期": a fiscal year ending in a month, its year in two
        // digits.
        let term = |k: usize, s: &str| toks.get(k).is_some_and(|t| t.text == s);
        let month_term = year_char(toks.get(at + 1))
            && toks.get(at + 2).is_some_and(|t| t.kind == Kind::Num)
            && term(at + 3, "月")
            && term(at + 4, "期");
        let year = toks.get(at).filter(|_| at < n && !used[at]).and_then(|y| {
            if fy || (month_term && y.text.len() == 2) {
                short_year(y)
            } else {
                year_value(y)
            }
        });
        let Some(mut year) = year else {
            i += 1;
            continue;
        };
        let mut last = at;
        // "2013-14", "FY13-14", "1999-2000", a season "2015/16": the
        // fiscal year ending in the later year.
        if let (Some(d), Some(b)) = (toks.get(at + 1), toks.get(at + 2)) {
            let joined =
                d.is_dash() || (d.is_sym("/") && d.start == toks[at].end && b.start == d.end);
            if joined && fiscal_end(year, b).is_some() {
                year += 1;
                last = at + 2;
            }
        }
        // Month precision: "September 2024", "30 June 2023", "June 30,
        // 2023" (a month and day that end right before the year); "2024年9月"
        // below.
        let lead = (1..=3)
            .rev()
            .filter(|_| !fy)
            .filter_map(|d| i.checked_sub(d))
            .find_map(|start| {
                month_day_at(toks, start, true)
                    .filter(|&(_, next)| next == i)
                    .map(|(m, _)| (start, m))
            });
        let mut month = lead.map(|(_, m)| m);
        let first = lead.map_or(i, |(start, _)| start);
        if year_char(toks.get(last + 1)) {
            last += 1;
            if let (Some(m), Some(c)) = (toks.get(last + 1), toks.get(last + 2)) {
                if m.kind == Kind::Num && matches!(c.text, "月" | "월") {
                    month = m.text.parse::<i64>().ok().filter(|m| (1..=12).contains(m));
                    if month.is_some() {
                        last += 2;
                    }
                }
            }
        }
        let when = match month {
            Some(m) => When::end_of_month(year, m),
            None => When::year(year),
        };
        // "in 2015 prices", "at 2011-12 prices": the year prices are
        // measured in, no date of a figure.
        let base_year = toks
            .get(last + 1)
            .is_some_and(|w| w.is_word("prices") || w.is_word("price"));
        if let (Ok(when), false) = (when, base_year) {
            // "the start of 2024", "the beginning of 2024" (not of a
            // month: "the start of March 2024").
            let start = month.is_none() && first >= 3 && start_of(toks, first - 3);
            p.years.push(YearM {
                when: Some(when),
                first,
                last,
                relative: false,
                ago: None,
                or_before: start,
            });
        }
        i = last + 1;
    }
}

/// Words that may link an amount to the year after it and lead to the
/// year itself: an amount's measured phrase ("in transaction value") ends
/// before one.
const YEAR_LEADS: &[&str] = &[
    "in",
    "by",
    "for",
    "during",
    "of",
    "at",
    "end",
    "mid",
    "the",
    "year",
    "fiscal",
    "fy",
    "cy",
    "until",
    "till",
    "through",
    "close",
    "financial",
    "calendar",
    "as",
    "en",
    "im",
    "jahr",
    "bis",
    // "d'ici 2029", "à l'horizon 2030" (the elision's apostrophe links
    // too).
    "d",
    "ici",
    "à",
    "l",
    "horizon",
];

/// Other words that may link an amount to the year after it (also inside
/// its measured phrase: "50 GW of installed capacity by 2030").
const LINKING: &[&str] = &[
    // "15.2 million units sold in 2021", "a $5 trillion economy by 2025".
    "sold",
    "shipped",
    "installed",
    "deployed",
    "registered",
    "produced",
    "generated",
    "recorded",
    "worth",
    "valued",
    "economy",
    "market",
    "industry",
    "sector",
    // "$7.2 billion in revenue in 2022", "$3 billion of sales in 2021".
    "revenue",
    "revenues",
    "sales",
    "turnover",
    "exports",
    "imports",
    "spending",
    // "$12 billion and $2.1 billion respectively by 2027".
    "respectively",
    // "$5.6B global market in 2022" (and the words of forecast:
    // "$24.1B projected by 2030", `vocab::FORECAST_PARTICIPLES`).
    "global",
    "worldwide",
    "total",
    "overall",
];

/// The dates of a sentence's amounts: a year just after an amount ("in
/// 2024", "by the end of the year 2025", "(2022)", "last year", or after
/// "in", "of" or "on" and up to three lower-case words that name what it
/// measures, a hyphenated pair counting as one: "$8.8 trillion in
/// transaction value for fiscal 2023", "£482m on plant-based milks in
/// 2023"; after "on" up to five, "and" joining two: "£2.7bn on smart
/// thermostats and heating controls in 2023", or after
/// a word of a yearly flow: "500,000 units annually by 2024") is its own;
/// an amount without one takes the nearest year before it in the sentence
/// ("2024年的3002亿元", "Last year the figure stood at €2.6bn") that no other
/// amount lies between and no other amount took. A relative date that no
/// publication date resolves leaves its amount undated.
/// "Between 2018 and 2023, revenue rose 62% to $8.1 billion": a sentence
/// that opens with a span of years ("Between … and …", "From … to …",
/// "Over 2018-2023") dates the undated ends of the clause it opens by it:
/// an amount marked "to" (or reached) at the span's end, one marked "from"
/// at its start. Run after [`date_amounts`].
pub(super) fn date_by_opening_span(toks: &[Tok<'_>], p: &mut Parsed) {
    let Some(span) = p.periods.iter().find(|s| s.first <= 1) else {
        return;
    };
    let (Some(from), Some(to)) = (span.from, span.to) else {
        return;
    };
    // Only a span that opens the sentence and ends at its comma.
    let Some(comma) = toks.iter().position(|t| t.is_sym(",")) else {
        return;
    };
    let opens = toks[span.first..comma]
        .iter()
        .all(|t| t.kind != Kind::Num || year_value(t).is_some());
    if !opens {
        return;
    }
    // And only the clause it opens: up to ";", ", and", ", but" or a
    // contrast word ("Between 2015 and 2020, revenue doubled, and it should
    // reach $30 billion in a few years" dates nothing).
    let stop = opened_clause_end(toks, comma + 1);
    for a in p
        .amounts
        .iter_mut()
        .filter(|a| a.when.is_none() && !a.relative && !a.skip && a.first < stop)
    {
        let year = match a.role {
            Role::To => to,
            Role::From => from,
            Role::Unknown => continue,
        };
        a.when = When::year(year).ok();
    }
}

/// The end of the clause an opening span or deadline opens, from token
/// `from`: the first `;` (or `；`), "but", "while", "whereas", or "and"
/// after a comma; else the sentence's end.
fn opened_clause_end(toks: &[Tok<'_>], from: usize) -> usize {
    (from..toks.len())
        .find(|&k| {
            let t = toks[k];
            t.is_sym(";")
                || t.is_sym("；")
                || ["but", "while", "whereas"].iter().any(|w| t.is_word(w))
                || (k > 0 && t.is_word("and") && toks[k - 1].is_sym(","))
        })
        .unwrap_or(toks.len())
}

/// The year a sentence opens with as a deadline: "By 2030, …", "By 2030
/// the market …", 到2030年 (after at most two characters: 预计到2030年),
/// 2030年までに, 2030년까지; or the clause after its first comma does
/// ("According to the report, by 2030 …", 报告预计，到2030年…). Returns the
/// year and the token after it.
fn opening_deadline(toks: &[Tok<'_>], text: &str) -> Option<(i32, usize)> {
    let comma = toks
        .iter()
        .position(|t| matches!(t.text, "," | "，" | ":" | "："));
    [Some(0), comma.map(|c| c + 1)]
        .into_iter()
        .flatten()
        .find_map(|at| deadline_at(toks, text, at))
}

/// A deadline year ([`opening_deadline`]) at token `at`.
fn deadline_at(toks: &[Tok<'_>], text: &str, at: usize) -> Option<(i32, usize)> {
    let year_at = |k: usize| toks.get(k).and_then(year_value);
    // "By 2030"
    if toks.get(at)?.is_word("by") {
        return Some((year_at(at + 1)?, at + 2));
    }
    // 到2030年, 预计到2030年
    if let Some(k) = (at..at + 3).find(|&k| toks.get(k).is_some_and(|t| t.text == "到")) {
        let y = year_at(k + 1)?;
        return year_char(toks.get(k + 2)).then_some((y, k + 3));
    }
    // 2030年までに, 2030년까지
    let y = year_at(at)?;
    if !year_char(toks.get(at + 1)) {
        return None;
    }
    let after = toks.get(at + 2)?;
    ["までに", "まで", "까지"]
        .iter()
        .find(|w| text[after.start..].starts_with(**w))
        .map(|w| (y, at + 2 + w.chars().count()))
}

/// "By 2030, the market will grow from $1.2 billion in 2023 to $4.7
/// billion", 到2030年，…将由2023年的1,200亿元增长至4,700亿元, 2030年までに…
/// 2023年の1,200億円から4,700億円に, 2030년까지 … 2023년 1조 원에서 4조
/// 원으로: a deadline year that opens the sentence dates the undated end
/// marked "to" of the clause it opens (up to ";", ", and", "but", "while",
/// "whereas"), where an amount marked "from" before it is dated earlier.
pub(super) fn date_by_opening_deadline(toks: &[Tok<'_>], text: &str, p: &mut Parsed) {
    let Some((year, after)) = opening_deadline(toks, text) else {
        return;
    };
    let stop = opened_clause_end(toks, after);
    let Some(from) = p.amounts.iter().position(|a| {
        a.role != Role::To
            && (after..stop).contains(&a.first)
            && a.when.is_some_and(|w| w.calendar_year().get() < year)
    }) else {
        return;
    };
    // One of the two is marked: "from" (から, 에서) or "to" (至, 으로).
    let marked = p.amounts[from].role == Role::From;
    let to = p.amounts[from + 1..].iter_mut().find(|a| a.first < stop);
    let end = |a: &&mut AmountM| {
        (a.role == Role::To || (marked && a.role == Role::Unknown))
            && a.when.is_none()
            && !a.relative
            && !a.skip
    };
    if let Some(a) = to.filter(end) {
        a.when = When::year(year).ok();
    }
}

/// "Over the past five years, subscribers have grown from 120 million to
/// 310 million", published in 2024: the ends of an undated "from … to …"
/// in a sentence whose span is the past N years (`the past five years`,
/// `the last decade`, 过去五年, 지난 10년) are dated N years apart, ending in
/// the year of publication (the verdict depends on N alone). Without a
/// publication date they stay undated.
pub(super) fn date_by_past_span(toks: &[Tok<'_>], text: &str, p: &mut Parsed, set: Setting<'_>) {
    let past = |s: &PeriodM| {
        let t = toks[s.first];
        t.is_word("past")
            || t.is_word("last")
            || ["过去", "過去", "지난"]
                .iter()
                .any(|w| text[t.start..].starts_with(w))
    };
    let Some(n) = p.periods.iter().find(|s| past(s)).and_then(|s| s.next) else {
        return;
    };
    let Some(now) = set.published(text) else {
        return;
    };
    let undated = |a: &&AmountM| a.when.is_none() && !a.relative && !a.skip;
    let from = p
        .amounts
        .iter()
        .position(|a| undated(&a) && a.role == Role::From);
    let to = p
        .amounts
        .iter()
        .position(|a| undated(&a) && a.role == Role::To);
    if let (Some(f), Some(t)) = (from, to) {
        if f < t && p.amounts.iter().filter(|a| !a.skip).count() == 2 {
            p.amounts[f].when = When::year(now - n).ok();
            p.amounts[t].when = When::year(now).ok();
        }
    }
}

pub(super) fn date_amounts(toks: &[Tok<'_>], text: &str, p: &mut Parsed) {
    // With no year or no amount there is nothing to date (and nothing to
    // allocate the lists below for).
    if p.years.is_empty() || p.amounts.is_empty() {
        return;
    }
    // Every scan below is bounded by a few tokens around the amount, and
    // lookups in the sorted lists are binary searches, so a sentence of a
    // megabyte is still parsed in linear time.
    const AFTER: usize = 24;
    const BEFORE: usize = 30;
    // Characters within which a relative date before an amount dates it
    // ("Last year the figure stood at €2.6bn", "올해 국내 반려동물 헬스케어 시장
    // 규모는 2조 3,000억 원").
    const CLOSE: usize = 40;
    // A number glued to the word before it is a footnote ("trillion17").
    let footnote = |k: usize| {
        k > 0
            && toks[k].kind == Kind::Num
            && toks[k - 1].kind == Kind::Word
            && toks[k - 1].end == toks[k].start
    };
    let alternatives = &p.alternatives;
    // Conversions ("or $7.2 trillion") and bracketed ones stand aside.
    let conversions: Vec<(usize, usize)> = p
        .amounts
        .iter()
        .filter(|a| a.skip)
        .map(|a| (a.first.saturating_sub(1), a.last))
        .collect();
    let in_range = |ranges: &[(usize, usize)], k: usize| {
        let i = ranges.partition_point(|&(_, b)| b < k);
        ranges.get(i).is_some_and(|&(a, _)| a <= k)
    };
    let in_alternative = |k: usize| in_range(alternatives, k) || in_range(&conversions, k);
    // What may stand between an amount and its year: "in", "by the end of
    // the year", "(", "for fiscal", "per month", and the words that make it
    // a flow: "annually", "yearly", "a year", "each year", "a day".
    let linking = |k: usize| {
        let t = &toks[k];
        let per = t.is_word("per") || (k > 0 && toks[k - 1].is_word("per"));
        let span = |n: &Tok<'_>| {
            ["year", "day", "month", "week"]
                .iter()
                .any(|w| n.is_word(w))
        };
        let yearly = t.is_word("annually")
            || t.is_word("yearly")
            || (["a", "each", "every"].iter().any(|w| t.is_word(w))
                && toks.get(k + 1).is_some_and(span))
            || ((t.is_word("day") || t.is_word("month") || t.is_word("week"))
                && k > 0
                && ["a", "each", "every"]
                    .iter()
                    .any(|w| toks[k - 1].is_word(w)));
        // ("at end-2018", "mid-2024": a hyphen after "end" or "mid"; "at
        // year-end 2024", "at year end 2024": "year" before "end".)
        let hyphen =
            t.is_dash() && k > 0 && (toks[k - 1].is_word("end") || toks[k - 1].is_word("mid"));
        let year_end = t.is_word("year")
            && (toks.get(k + 1).is_some_and(|n| n.is_word("end"))
                || (toks.get(k + 1).is_some_and(Tok::is_dash)
                    && toks.get(k + 2).is_some_and(|n| n.is_word("end"))))
            || (t.is_dash()
                && k > 0
                && toks[k - 1].is_word("year")
                && toks.get(k + 1).is_some_and(|n| n.is_word("end")));
        // (Not a comma before a year that opens a clause in Chinese,
        // Japanese or Korean: "…达到3,300亿元,2030年有望突破…".)
        let cjk_year_after = toks
            .get(k + 2)
            .is_some_and(|n| matches!(n.text, "年" | "년"));
        // ("120,000 are expected by 2030": "is" or "are" before a word of
        // forecast.)
        let helper = (t.is_word("is") || t.is_word("are"))
            && toks.get(k + 1).is_some_and(|n| {
                crate::value::vocab::FORECAST_PARTICIPLES
                    .iter()
                    .any(|w| n.is_word(w))
            });
        YEAR_LEADS
            .iter()
            .chain(LINKING)
            .chain(&crate::value::vocab::FORECAST_PARTICIPLES)
            .any(|w| t.is_word(w))
            || helper
            || t.is_sym("(")
            || t.is_sym("（")
            || (matches!(t.text, "'" | "’")
                && k > 0
                && (toks[k - 1].is_word("d") || toks[k - 1].is_word("l")))
            || (t.is_sym(",") && !cjk_year_after)
            || hyphen
            || year_end
            || per
            || yearly
    };
    let levels: Vec<(usize, usize)> = p
        .amounts
        .iter()
        .filter(|a| !a.skip)
        .map(|a| (a.first, a.last))
        .collect();
    // Whether a level amount lies strictly between token `lo` and `hi`.
    let between = |lo: usize, hi: usize| {
        let i = levels.partition_point(|&(f, _)| f <= lo);
        levels.get(i).is_some_and(|&(_, l)| l < hi)
    };
    let years = &p.years;
    let mut taken = vec![false; years.len()];
    let mut after: Vec<Option<usize>> = vec![None; p.amounts.len()];
    for (ai, a) in p.amounts.iter().enumerate() {
        // "$8.8 trillion in transaction value for fiscal 2023": up to
        // three lower-case words after "in" or "of" name what the amount
        // measures, and may stand before its year too.
        // So do they after "on", as spending is written ("spent £482m on
        // plant-based milks in 2023").
        // And after "to be", as a forecast is written ("about 85 GWh to be
        // operating by 2030", "1.2 million cars to be sold in 2030").
        let to_be = toks.get(a.last + 1).is_some_and(|t| t.is_word("to"))
            && toks.get(a.last + 2).is_some_and(|t| t.is_word("be"));
        let measured = to_be
            || toks
                .get(a.last + 1)
                .is_some_and(|t| t.is_word("in") || t.is_word("of") || t.is_word("on"));
        let lead = if to_be { 2 } else { 1 };
        // (What money is spent on may name two things: "on equipment and
        // subscriptions", up to five words.)
        let spent_on = toks.get(a.last + 1).is_some_and(|t| t.is_word("on"));
        let most = if spent_on { 5 } else { 3 };
        // "a $2.3 billion business in fiscal 2024": after "a", a noun for a
        // market or a business may stand before its year too.
        const BUSINESS: [&str; 6] = [
            "business", "market", "industry", "sector", "segment", "category",
        ];
        let noun = a.first > 0
            && (toks[a.first - 1].is_word("a") || toks[a.first - 1].is_word("an"))
            && toks
                .get(a.last + 1)
                .is_some_and(|t| BUSINESS.iter().any(|w| t.is_word(w)));
        let phrase_end = if measured {
            // (Linking words other than those that lead to a year may be
            // among them: "50 GW of installed capacity by 2030"; and "the"
            // before one of the words.)
            let plain = |t: &Tok<'_>| {
                t.kind == Kind::Word
                    && t.text.bytes().all(|b| b.is_ascii_lowercase())
                    && !YEAR_LEADS.contains(&t.text)
                    && !matches!(t.text, "and" | "or" | "but" | "while" | "whereas" | "which")
            };
            // (A hyphen joins two words into one: "plant-based".)
            let (mut words, mut n) = (0, 0);
            let rest = &toks[a.last + 1 + lead..];
            while let Some(t) = rest.get(n) {
                let hyphen = t.is_sym("-")
                    && n > 0
                    && t.start == rest[n - 1].end
                    && rest
                        .get(n + 1)
                        .is_some_and(|w| plain(w) && w.start == t.end);
                // ("the" before such a word is no word of its own: "1.1
                // million EVs on the road in 2024"; nor "in" or "on" right
                // after "to be": "9 GW to be in service by 2030".)
                let article = (t.is_word("the")
                    || (to_be && n == 0 && (t.is_word("in") || t.is_word("on"))))
                    && rest.get(n + 1).is_some_and(plain);
                let and = spent_on
                    && t.is_word("and")
                    && n > 0
                    && plain(&rest[n - 1])
                    && rest.get(n + 1).is_some_and(plain);
                if plain(t) {
                    words += usize::from(n == 0 || !rest[n - 1].is_sym("-"));
                } else if !hyphen && !article && !and {
                    break;
                }
                n += 1;
                if words > most {
                    break;
                }
            }
            if words <= most {
                a.last + 1 + lead + n
            } else {
                a.last + 1 + lead
            }
        } else {
            a.last + 1
        };
        let linking =
            |k: usize| linking(k) || (k > a.last && k < phrase_end) || (noun && k == a.last + 1);
        let from = years.partition_point(|y| y.first <= a.last);
        after[ai] = (from..years.len())
            .take_while(|&yi| years[yi].first <= a.last + AFTER)
            .find(|&yi| {
                let y = years[yi];
                let gap = (a.last + 1..y.first).filter(|&k| !in_alternative(k) && !footnote(k));
                // A relative date right after the amount, with only words
                // between ("$99 billion last year", "3.1 billion subs this
                // year"), not across punctuation or a conjunction ("$3.2
                // trillion and in nine years from today").
                let relative_near = y.relative
                    && y.first <= a.last + 3
                    && (a.last + 1..y.first).all(|k| {
                        let t = toks[k];
                        t.kind == Kind::Word
                            && !matches!(t.text, "and" | "or" | "but" | "while" | "whereas")
                    });
                // (A full-width bracket dates the amount before it only
                // when it holds the date alone: "58億円（2021年3月期）", not
                // "2,400億円（24年3月期は1,700億円）".)
                let bracket = gap.clone().any(|k| toks[k].is_sym("（"));
                let close = |k: usize| toks.get(k).is_some_and(|t| t.is_sym("）"));
                let term = toks.get(y.last + 1).is_some_and(|t| t.text == "期");
                let closed = close(y.last + 1) || (term && close(y.last + 2));
                // (A year that opens a bracket and a colon labels the
                // figure after it: "$3.2bn (2023: $2.9bn)".)
                !between(a.last, y.first)
                    && !year_label(toks, y.first, y.last)
                    && (!bracket || closed)
                    && (relative_near || (gap.clone().count() <= 7 && gap.clone().all(linking)))
            });
        if let Some(yi) = after[ai] {
            taken[yi] = true;
        }
    }
    // The first amount of the sentence, which a relative date that opens it
    // dates however far apart ("Last year the country's e-sports industry
    // generated revenue of R$1.9 billion").
    let first_amount = p.amounts.first().map(|a| a.first);
    // Where the sentence starts: after a label that ends in a colon and
    // holds no number ("Quick take: last year, …").
    let start = toks
        .iter()
        .take(12)
        .position(|t| t.is_sym(":") || t.text == "：")
        .filter(|&c| toks[..c].iter().all(|t| t.kind != Kind::Num))
        .map_or(0, |c| c + 1);
    for (ai, a) in p.amounts.iter_mut().enumerate() {
        // (At the very start, or after one preposition: "By the end of the
        // decade, …".)
        let opening = |y: &YearM| {
            y.first == start
                || (y.first == start + 1
                    && ["by", "in", "at", "until", "from"]
                        .iter()
                        .any(|w| toks[start].is_word(w)))
        };
        let opened = |y: &YearM| opening(y) && Some(a.first) == first_amount;
        let yi = after[ai].or_else(|| {
            let upto = years.partition_point(|y| y.last < a.first);
            (0..upto)
                .rev()
                .take_while(|&yi| years[yi].last + BEFORE >= a.first)
                .find(|&yi| {
                    let y = years[yi];
                    // A relative date dates only an amount close after it
                    // ("now stand at $437 billion").
                    !taken[yi]
                        && !between(y.last, a.first)
                        && (!y.relative
                            || opened(&y)
                            || text[toks[y.last].end..toks[a.first].start].chars().count() <= CLOSE)
                })
        });
        if let Some(yi) = yi {
            a.when = years[yi].when;
            a.relative = years[yi].when.is_none();
            a.ago = years[yi].ago;
            a.or_before = years[yi].or_before;
            // A figure of part of a year ("in the first half of 2024", "in
            // Q1 2024", "H1 2024", "the nine months to March 2024") is no
            // level of a yearly series.
            a.skip |= part_of_year(toks, years[yi].first) || part_of_year_before(toks, a.first);
        }
    }
    // "from 2027 to 2034, when revenue would reach $7.2 billion": an amount
    // in a clause opened by ", when" right after a year (a span's end) is of
    // that year, whatever year stands farther before it.
    for (ai, a) in p.amounts.iter_mut().enumerate() {
        let when = (a.first.saturating_sub(6)..a.first)
            .find(|&k| toks[k].is_word("when"))
            .filter(|&k| k >= 2 && toks[k - 1].is_sym(","))
            .and_then(|k| year_value(&toks[k - 2]));
        if let (Some(y), None, false) = (when, after[ai], a.relative) {
            a.when = When::year(y).ok();
        }
    }
    // "…from 541,000 units in 2023 to 890,000 units in 2030, while value
    // grows from $16.5bn to $33.8bn over the same period": an undated
    // "from A to B" right before "over (in, during) the same period" takes
    // the years of the dated "from … to …" before it in the sentence.
    date_same_period(toks, p);
    // "Revenue reached €3.2 billion (2023: €2.9 billion)": an undated
    // amount before a bracket that opens with a year and a colon is the
    // figure of the year after the one that labels its comparative.
    for a in p
        .amounts
        .iter_mut()
        .filter(|a| a.when.is_none() && !a.relative)
    {
        let y = a.last + 2;
        if let Some(y) = toks
            .get(y)
            .and_then(year_value)
            .filter(|_| year_label(toks, y, y))
        {
            a.when = When::year(y + 1).ok();
        }
    }
}

/// Whether the year at tokens `first..=last` opens a bracket and is
/// followed by a colon, labelling the figure after it ("(2023: €2.9
/// billion)").
fn year_label(toks: &[Tok<'_>], first: usize, last: usize) -> bool {
    first > 0
        && matches!(toks[first - 1].text, "(" | "（" | "[")
        && toks
            .get(last + 1)
            .is_some_and(|t| matches!(t.text, ":" | "："))
}

/// Dates an undated pair of amounts marked "from" and "to" and followed by
/// "over", "in" or "during" and "the same period" by the years of the last
/// dated pair so marked before it in the sentence.
fn date_same_period(toks: &[Tok<'_>], p: &mut Parsed) {
    let word = |k: usize, w: &str| toks.get(k).is_some_and(|t| t.is_word(w));
    for i in 1..p.amounts.len() {
        let (a, b) = (&p.amounts[i - 1], &p.amounts[i]);
        let k = b.last + 1;
        let same = (word(k, "over") || word(k, "in") || word(k, "during"))
            && word(k + 1, "the")
            && word(k + 2, "same")
            && word(k + 3, "period");
        if !(same && a.role == Role::From && b.role == Role::To)
            || a.when.is_some()
            || b.when.is_some()
        {
            continue;
        }
        let earlier = (1..i - 1).rev().find_map(|j| {
            let (x, y) = (&p.amounts[j - 1], &p.amounts[j]);
            (x.role == Role::From && y.role == Role::To)
                .then(|| x.when.zip(y.when))
                .flatten()
                .filter(|(x, y)| x < y)
        });
        if let Some((x, y)) = earlier {
            p.amounts[i - 1].when = Some(x);
            p.amounts[i].when = Some(y);
        }
    }
}

/// Whether the words just before an amount (up to five, not back past a
/// comma, `;` or a number) name it a figure of part of a year:
/// "first-quarter revenue of $1.2 billion in 2024", "second-half sales
/// of", "quarterly", "monthly", "weekly", "daily" (but not before
/// "active" or users counted: "monthly active users", "weekly riders"),
/// "Q1", "H1", "fourth quarter".
fn part_of_year_before(toks: &[Tok<'_>], first: usize) -> bool {
    const ORDINALS: [&str; 6] = ["first", "second", "third", "fourth", "1st", "2nd"];
    let lo = first.saturating_sub(5);
    (lo..first)
        .rev()
        .take_while(|&k| {
            let t = toks[k];
            !(t.is_sym(",") || t.is_sym(";") || (t.kind == Kind::Num && year_value(&t).is_none()))
        })
        .any(|k| {
            let t = toks[k];
            let after_ordinal = (k >= 2
                && toks[k - 1].is_sym("-")
                && ORDINALS.iter().any(|w| toks[k - 2].is_word(w)))
                || (k >= 1 && ORDINALS.iter().any(|w| toks[k - 1].is_word(w)));
            // (Not users counted over a month or week: "monthly active
            // users", "weekly riders" are levels of a yearly series.)
            let users = || {
                toks.get(k + 1).is_some_and(|n| {
                    n.is_word("active") || crate::value::vocab::measure(n.text) == Some("users")
                })
            };
            ((t.is_word("monthly") || t.is_word("weekly") || t.is_word("daily")) && !users())
                || ["quarterly", "q1", "q2", "q3", "q4", "h1", "h2"]
                    .iter()
                    .any(|w| t.is_word(w))
                || ((t.is_word("quarter") || t.is_word("half")) && after_ordinal)
        })
}

/// Whether the year at token `y` is named as part of a year: "half",
/// "quarter", "Q1" to "Q4", "H1", "H2", "months" or "month" within the three
/// words before it.
fn part_of_year(toks: &[Tok<'_>], y: usize) -> bool {
    toks[y.saturating_sub(4)..y].iter().any(|t| {
        [
            "half", "quarter", "q1", "q2", "q3", "q4", "h1", "h2", "months", "month",
        ]
        .iter()
        .any(|w| t.is_word(w))
    })
}
