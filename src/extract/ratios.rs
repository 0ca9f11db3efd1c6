//! Ratio words: "double", "triple", "three-fold", 倍增: a growth stated as a
//! multiple, which gives the end a sentence leaves out ("expected to
//! double to $8.4 billion by 2030 from 2024"; "worth $2.1 billion in 2023,
//! is projected to triple by 2033").
//!
//! Read only in sentences with a compound annual rate: elsewhere a ratio
//! with two values is no claim ("a threefold increase").

use super::mention::{Parsed, RatioM, Role, YearM};
use super::tokens::{Kind, Tok};
use crate::Qualifier;

/// Verbs of multiples, any inflection.
const VERBS: [(&str, f64); 3] = [("doubl", 2.0), ("tripl", 3.0), ("quadrupl", 4.0)];

/// Number words before "-fold" or "fold".
const FOLDS: [(&str, f64); 9] = [
    ("two", 2.0),
    ("three", 3.0),
    ("four", 4.0),
    ("five", 5.0),
    ("six", 6.0),
    ("seven", 7.0),
    ("eight", 8.0),
    ("nine", 9.0),
    ("ten", 10.0),
];

/// Whether `word` starts with `stem` (ASCII lower case), in any case.
fn starts_with_ci(word: &str, stem: &str) -> bool {
    word.len() >= stem.len() && word.as_bytes()[..stem.len()].eq_ignore_ascii_case(stem.as_bytes())
}

/// The multiple a word (and the tokens after it) names, and its last
/// token: `double`, `doubles`, `doubled`, `doubling` (not "double-digit"
/// or "double digits"), `triple…`, `quadruple…`, `threefold`,
/// `three-fold`, `3-fold`; 倍增 (倍増), 翻倍, 翻番, 翻一番 (2).
fn multiple(toks: &[Tok<'_>], k: usize) -> Option<(f64, usize)> {
    let t = toks[k];
    let next_word = |d: usize| toks.get(k + d).filter(|t| t.kind == Kind::Word);
    match t.kind {
        Kind::Word => {
            let word = t.text;
            for (stem, m) in VERBS {
                if !starts_with_ci(word, stem) {
                    continue;
                }
                let rest = &word[stem.len()..];
                if !["e", "es", "ed", "ing"]
                    .iter()
                    .any(|e| rest.eq_ignore_ascii_case(e))
                {
                    return None;
                }
                // "double-digit", "double digits", "triple-A".
                let hyphen = toks.get(k + 1).is_some_and(|t| t.is_dash());
                if next_word(1).is_some_and(|t| starts_with_ci(t.text, "digit"))
                    || (hyphen && toks.get(k + 2).is_some_and(|t| t.kind == Kind::Word))
                {
                    return None;
                }
                return Some((m, k));
            }
            let number = |w: &str| {
                FOLDS
                    .iter()
                    .find(|(n, _)| w.eq_ignore_ascii_case(n))
                    .map(|&(_, m)| m)
            };
            if word.len() > 4 && word.is_char_boundary(word.len() - 4) {
                let (head, tail) = word.split_at(word.len() - 4);
                if tail.eq_ignore_ascii_case("fold") {
                    return number(head).map(|m| (m, k));
                }
            }
            let fold = toks.get(k + 1).is_some_and(|t| t.is_dash())
                && next_word(2).is_some_and(|t| t.is_word("fold"));
            if !fold {
                return None;
            }
            number(word).map(|m| (m, k + 2))
        }
        Kind::Num => {
            let fold = toks.get(k + 1).is_some_and(|t| t.is_dash())
                && next_word(2).is_some_and(|t| t.is_word("fold"));
            if !fold {
                return None;
            }
            let m: f64 = t.text.parse().ok()?;
            (1.5..=100.0).contains(&m).then_some((m, k + 2))
        }
        Kind::Cjk => {
            let at = |d: usize, c: &str| toks.get(k + d).is_some_and(|t| t.text == c);
            match t.text {
                "倍" if at(1, "增") || at(1, "増") => Some((2.0, k + 1)),
                "翻" if at(1, "倍") || at(1, "番") => Some((2.0, k + 1)),
                "翻" if at(1, "一") && at(2, "番") => Some((2.0, k + 2)),
                _ => None,
            }
        }
        Kind::Sym => None,
    }
}

/// The hedge in the two words before token `k`.
fn hedge_before(toks: &[Tok<'_>], k: usize) -> Option<Qualifier> {
    let word = |d: usize| k.checked_sub(d).map(|i| toks[i]);
    let is = |d: usize, w: &str| word(d).is_some_and(|t| t.is_word(w));
    if is(2, "more") && is(1, "than") {
        Some(Qualifier::MoreThan)
    } else if is(2, "at") && is(1, "least") {
        Some(Qualifier::AtLeast)
    } else if is(2, "close") && is(1, "to") {
        Some(Qualifier::CloseTo)
    } else if is(1, "over") {
        Some(Qualifier::Over)
    } else if is(1, "nearly") {
        Some(Qualifier::Nearly)
    } else if is(1, "almost") {
        Some(Qualifier::Almost)
    } else if is(1, "about") || is(1, "around") || is(1, "roughly") {
        Some(Qualifier::About)
    } else {
        None
    }
}

/// The ratio words of a sentence with a compound annual rate, and the year
/// a bare "from" names ("from 2024", "from 2024 levels", 较2025年).
pub(super) fn parse_ratios(toks: &[Tok<'_>], p: &mut Parsed) {
    let year_at = |k: usize| -> Option<&YearM> { p.years.iter().find(|y| y.first == k) };
    let year = |y: &YearM| y.when.map(|w| w.calendar_year().get());
    let mut k = 0;
    while k < toks.len() {
        let Some((m, last)) = multiple(toks, k) else {
            k += 1;
            continue;
        };
        // A year within three tokens after it, after "by", "in" or "until";
        // or after the start it names and that start's date ("double from
        // $5bn in 2024 by 2031").
        let by_year = |lo: usize, words: &[&str]| {
            (lo..(lo + 3).min(toks.len()))
                .find(|&j| {
                    words.iter().any(|w| toks[j].is_word(w))
                        && toks.get(j + 1).is_some()
                        && year_at(j + 1).is_some()
                })
                .and_then(|j| year_at(j + 1).and_then(year))
        };
        let start = p
            .amounts
            .iter()
            .find(|a| a.role == Role::From && a.first > last && a.first <= last + 3);
        let by = by_year(last + 1, &["by", "in", "until"])
            .or_else(|| start.and_then(|a| by_year(a.last + 1, &["by", "until"])));
        p.ratios.push(RatioM {
            k: m,
            hedge: hedge_before(toks, k),
            first: k,
            last,
            span: toks[k].start..toks[last].end,
            by,
        });
        k = last + 1;
    }
    // "from 2024", "compared with 2024", 较/較/比 2025年: a year no amount
    // took.
    let free_year = |j: usize| {
        let y = year_at(j + 1)?;
        let free = !p
            .amounts
            .iter()
            .any(|a| a.first <= y.first && y.first <= a.last + 1);
        free.then(|| year(y)).flatten()
    };
    p.from_year = (0..toks.len()).find_map(|j| {
        let t = toks[j];
        let marks = t.is_word("from")
            || (t.is_word("with") && j > 0 && toks[j - 1].is_word("compared"))
            || matches!(t.text, "较" | "較" | "比");
        marks.then(|| free_year(j)).flatten()
    });
    // Right after the end's year: "by 2029, from 2024" (not "up 40% from
    // 2019", the start of another change).
    let after_year = |j: usize| {
        let k = if j >= 1 && toks[j - 1].is_sym(",") {
            j - 1
        } else {
            j
        };
        k >= 1 && p.years.iter().any(|y| y.last == k - 1)
    };
    p.bare_from = (0..toks.len()).find_map(|j| {
        (toks[j].is_word("from") && after_year(j))
            .then(|| free_year(j))
            .flatten()
    });
}

#[cfg(test)]
mod tests {
    use super::super::tokens::tokenize;
    use super::*;

    fn ratios(text: &str) -> Vec<(f64, Option<Qualifier>, String)> {
        let mut toks = Vec::new();
        tokenize(&mut toks, text, 0..text.len());
        let mut p = Parsed::default();
        parse_ratios(&toks, &mut p);
        p.ratios
            .iter()
            .map(|r| (r.k, r.hedge, text[r.span.clone()].to_owned()))
            .collect()
    }

    /// A ratio as read: the multiple, the hedge and the text of its span.
    type Read<'a> = (f64, Option<Qualifier>, &'a str);

    #[test]
    fn multiples_and_their_hedges() {
        let table: [(&str, Vec<Read<'_>>); 12] = [
            ("is expected to double to", vec![(2.0, None, "double")]),
            (
                "more than doubled",
                vec![(2.0, Some(Qualifier::MoreThan), "doubled")],
            ),
            (
                "will nearly triple by",
                vec![(3.0, Some(Qualifier::Nearly), "triple")],
            ),
            ("a threefold rise", vec![(3.0, None, "threefold")]),
            ("a three-fold rise", vec![(3.0, None, "three-fold")]),
            ("grow 5-fold", vec![(5.0, None, "5-fold")]),
            ("quadrupling", vec![(4.0, None, "quadrupling")]),
            ("营收有望较2025年倍增", vec![(2.0, None, "倍增")]),
            ("市場は倍増する", vec![(2.0, None, "倍増")]),
            ("double-digit growth", vec![]),
            ("double digits", vec![]),
            ("the triple-A rating", vec![]),
        ];
        for (text, want) in table {
            let want: Vec<_> = want
                .into_iter()
                .map(|(k, q, s)| (k, q, s.to_owned()))
                .collect();
            assert_eq!(ratios(text), want, "{text}");
        }
    }
}
