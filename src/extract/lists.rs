//! Lists: the figures of parallel series, matched by position.
//!
//! "Revenue and net profit will reach $12 billion and $2.1 billion by 2027,
//! from $7.5 billion and $1.1 billion in 2023, CAGRs of 12.5% and 17.5%":
//! amounts next to each other, joined by "and", "," (or ", and"), "、",
//! 和, 及, 与 or 및, are the figures of as many series, not two figures of
//! one series. The rules:
//! - A **list** is a run of two or more such amounts (levels, not
//!   increments or conversions). A run whose members are dated in two
//!   different years is one series over time, not a list.
//! - A run followed by as many years joined the same way ("$3.0 billion
//!   and $3.6 billion in 2022 and 2023") is one series: its members take
//!   the years in order, and it is no list.
//! - A list's members share its date: an undated member takes the year the
//!   dated ones name ("$12 billion and $2.1 billion by 2027").
//! - **By position.** Where a sentence holds a list of k compound annual
//!   rates (k ≥ 2, joined the same way) and exactly two lists of k amounts,
//!   one marked as the start ("from" before it, or the earlier year), the
//!   i-th rate takes the i-th figure of each.
//! - A list of k ≥ 2 compound annual rates not so matched ("CAGRs of 5%
//!   and 8%") is of as many series: its rates read no figures.
//! - Otherwise a reading that uses a member of a list is kept with every
//!   other pairing of the members of the lists its ends belong to
//!   (`assemble` adds them as [`Forecast::alternatives`](crate::Forecast)):
//!   which series the rate is of is not read, so the checker decides only
//!   where every pairing gets the same verdict.

use super::mention::{AmountM, Parsed, RateM, Role};
use super::tokens::Tok;

/// Whether the tokens from `a_last + 1` to `b_first - 1` join two members
/// of a list: "and", ",", ", and", "、", 和, 及, 与, 與, 및.
fn joins(toks: &[Tok<'_>], a_last: usize, b_first: usize) -> bool {
    let Some(gap) = toks.get(a_last + 1..b_first) else {
        return false;
    };
    match gap {
        [j] => {
            j.is_word("and")
                || matches!(j.text, "," | "、" | "，" | "和" | "及" | "与" | "與" | "및")
        }
        [c, j] => c.is_sym(",") && j.is_word("and"),
        _ => false,
    }
}

/// Runs of two or more items (by `first` and `last` token) joined by
/// [`joins`], as index ranges into `items`.
fn runs(toks: &[Tok<'_>], spans: &[(usize, usize)]) -> Vec<core::ops::Range<usize>> {
    let mut out = Vec::new();
    let mut start = 0;
    for i in 1..=spans.len() {
        let joined = i < spans.len() && joins(toks, spans[i - 1].1, spans[i].0);
        if !joined {
            if i - start >= 2 {
                out.push(start..i);
            }
            start = i;
        }
    }
    out
}

/// The dates of a run of `n` years joined like a list ("2022 and 2023",
/// "2021, 2022 and 2023") right after "in" or "by" after token `last`.
fn year_run(toks: &[Tok<'_>], p: &Parsed, last: usize, n: usize) -> Option<Vec<crate::When>> {
    if !toks
        .get(last + 1)
        .is_some_and(|t| t.is_word("in") || t.is_word("by"))
    {
        return None;
    }
    let at = p.years.iter().position(|y| y.first == last + 2)?;
    let years = p.years.get(at..at + n)?;
    let joined = years.windows(2).all(|w| joins(toks, w[0].last, w[1].first));
    if !joined || years.iter().any(|y| y.relative) {
        return None;
    }
    years.iter().map(|y| y.when).collect()
}

/// Finds the sentence's lists of amounts, dates their undated members, and
/// matches a list of compound annual rates with two lists of amounts by
/// position (the module docs).
pub(super) fn read_lists(toks: &[Tok<'_>], p: &mut Parsed) {
    let levels: Vec<usize> = (0..p.amounts.len())
        .filter(|&i| !p.amounts[i].skip)
        .collect();
    let spans: Vec<(usize, usize)> = levels
        .iter()
        .map(|&i| (p.amounts[i].first, p.amounts[i].last))
        .collect();
    let mut lists: Vec<Vec<usize>> = Vec::new();
    for run in runs(toks, &spans) {
        let members: Vec<usize> = levels[run].to_vec();
        // "$3.0 billion and $3.6 billion in 2022 and 2023": as many years
        // after the run date its members in order; one series, no list.
        let last = p.amounts[members[members.len() - 1]].last;
        if let Some(years) = year_run(toks, p, last, members.len()) {
            for (&i, when) in members.iter().zip(years) {
                p.amounts[i].when = Some(when);
            }
            continue;
        }
        let mut years: Vec<i32> = members
            .iter()
            .filter_map(|&i| p.amounts[i].year())
            .collect();
        years.dedup();
        if years.len() > 1 {
            continue;
        }
        let when = members.iter().find_map(|&i| p.amounts[i].when);
        let id = u8::try_from(lists.len() + 1).unwrap_or(u8::MAX);
        for &i in &members {
            let a: &mut AmountM = &mut p.amounts[i];
            a.list = Some(id);
            if a.when.is_none() && !a.relative {
                a.when = when;
            }
        }
        lists.push(members);
    }
    let cagr: Vec<usize> = (0..p.rates.len()).filter(|&i| p.rates[i].cagr).collect();
    let rate_spans: Vec<(usize, usize)> = cagr
        .iter()
        .map(|&i| (p.rates[i].first, p.rates[i].last))
        .collect();
    for run in runs(toks, &rate_spans) {
        let rates: &[usize] = &cagr[run];
        let k = rates.len();
        let same: Vec<&Vec<usize>> = lists.iter().filter(|l| l.len() == k).collect();
        let [x, y] = same.as_slice() else {
            for &r in rates {
                p.rates[r].parallel = true;
            }
            continue;
        };
        let start = |l: &[usize]| p.amounts[l[0]].role == Role::From;
        let year = |l: &[usize]| p.amounts[l[0]].year();
        let (base, target) = if start(x) && !start(y) {
            (x, y)
        } else if start(y) && !start(x) {
            (y, x)
        } else {
            match (year(x), year(y)) {
                (Some(a), Some(b)) if a < b => (x, y),
                (Some(a), Some(b)) if b < a => (y, x),
                _ => {
                    for &r in rates {
                        p.rates[r].parallel = true;
                    }
                    continue;
                }
            }
        };
        for (i, &r) in rates.iter().enumerate() {
            let rate: &mut RateM = &mut p.rates[r];
            rate.pair = Some((base[i], target[i]));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::tokens::tokenize;

    /// The joiners of a list, and what does not join.
    #[test]
    fn list_joiners() {
        let table = [
            ("$1 billion and $2 billion", true),
            ("$1 billion, $2 billion", true),
            ("$1 billion, and $2 billion", true),
            ("$1 billion to $2 billion", false),
            ("$1 billion in 2020 and $2 billion", false),
        ];
        for (text, want) in table {
            let mut toks = Vec::new();
            tokenize(&mut toks, text, 0..text.len());
            // The first amount ends at "billion" (token 2); the second
            // starts at the last "$".
            let second = toks.iter().rposition(|t| t.text == "$").unwrap();
            assert_eq!(joins(&toks, 2, second), want, "{text}");
        }
    }
}
