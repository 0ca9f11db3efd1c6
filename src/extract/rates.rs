//! Rates: percentages, their sign, their hedge, and whether the words
//! around them make them a compound annual growth rate, a one-year or
//! cumulative change, a share, or nothing in particular.

use super::mention::{
    cjk_hedge_after, cjk_hedge_before, cjk_word_at, contrast_at, count_at, currency_before, number,
    per_head, qualifier_before, scaled, short_year, slashed, year_value, Parsed, RateM, Terms,
    CONTRAST,
};
use super::set_aside::SetAside;
use super::tokens::{Kind, Tok};
use crate::value::vocab::{self, CJK_CAGR_WORDS, CJK_DISTRACTORS};
use crate::{Rate, Stated};

/// How far (in tokens) a cue word may stand before or after its rate.
const CUE_BEFORE: usize = 12;
const CUE_AFTER: usize = 8;

/// The phrases of [`vocab::CAGR_WORDS`] as the tokens they are written
/// with ("p.a" is "p", ".", "a"), grouped by the length of their first
/// word. Split once.
fn cue_phrases() -> &'static [Vec<Vec<&'static str>>] {
    static PHRASES: std::sync::OnceLock<Vec<Vec<Vec<&'static str>>>> = std::sync::OnceLock::new();
    PHRASES.get_or_init(|| {
        let mut by_length: Vec<Vec<Vec<&'static str>>> = Vec::new();
        for phrase in vocab::CAGR_WORDS {
            let mut pieces = Vec::new();
            for w in phrase.split(' ') {
                for (n, piece) in w.split('.').enumerate() {
                    if n > 0 {
                        pieces.push(".");
                    }
                    pieces.push(piece);
                }
            }
            let len = pieces[0].len();
            if by_length.len() <= len {
                by_length.resize_with(len + 1, Vec::new);
            }
            by_length[len].push(pieces);
        }
        by_length
    })
}

/// Whether a phrase of [`cue_phrases`] starts at token `k` (words in any
/// case, symbols as written).
fn cue_phrase_at(toks: &[Tok<'_>], k: usize) -> bool {
    // Every phrase starts with a word of a, c, p or j: other words are
    // ruled out by their first letter (a unit test holds the vocabulary to
    // it), and the rest by the length of their first word.
    let first = toks[k].text.as_bytes().first().map_or(0, |b| b | 0x20);
    if !matches!(first, b'a' | b'c' | b'p' | b'j') {
        return false;
    }
    let Some(phrases) = cue_phrases().get(toks[k].text.len()) else {
        return false;
    };
    phrases.iter().any(|pieces| {
        pieces.iter().enumerate().all(|(d, p)| {
            toks.get(k + d).is_some_and(|t| {
                if *p == "." {
                    t.is_sym(".")
                } else {
                    t.is_word(p)
                }
            })
        })
    })
}

/// Words that make a nearby rate a compound annual growth rate: a phrase of
/// [`vocab::CAGR_WORDS`] up to [`CUE_BEFORE`] tokens before the rate or
/// [`CUE_AFTER`] after it (in the same clause of a Chinese, Japanese or
/// Korean sentence), or "a year", "per year", "each year", "every year"
/// just after it (not "a year earlier").
pub(super) fn cagr_cue(
    toks: &[Tok<'_>],
    text: &str,
    (lo, hi): (usize, usize),
    last: usize,
) -> bool {
    for k in lo..=hi {
        let t = toks[k];
        if t.is_cjk() {
            if cjk_word_at(toks, text, k, CJK_CAGR_WORDS).is_some() {
                return true;
            }
            continue;
        }
        if t.kind != Kind::Word {
            continue;
        }
        if cue_phrase_at(toks, k) {
            return true;
        }
        // "compound(ed) … growth" within three words: "compounded
        // aggregate growth rate", "compound rate of growth".
        if t.is_word("compound") || t.is_word("compounded") {
            let within = |w: &str| (1..=3).any(|d| toks.get(k + d).is_some_and(|t| t.is_word(w)));
            if ["annual", "growth", "annualized", "aggregate", "average"]
                .iter()
                .any(|w| within(w))
            {
                return true;
            }
        }
        // "roughly 15% compounded": the word right after the rate.
        if k == last + 1 && (t.is_word("compounded") || t.is_word("compounding")) {
            return true;
        }
        if k > last && k <= last + 3 {
            // "15% a year", "per year", "each year", "every year"; not "a
            // year earlier".
            let next = |d: usize| toks.get(k + d).map_or("", |t| t.text);
            let eq = |a: &str, b: &str| a.eq_ignore_ascii_case(b);
            let w = t.text;
            if (eq(w, "a") || eq(w, "per") || eq(w, "each") || eq(w, "every"))
                && eq(next(1), "year")
                && !["earlier", "ago", "before"].iter().any(|x| eq(next(2), x))
            {
                return true;
            }
        }
    }
    false
}

/// The tokens around a rate where its cue words are looked for: up to
/// [`CUE_BEFORE`] before and [`CUE_AFTER`] after it, not back past a word
/// of [`CONTRAST`], `;` or a clause of cause after a comma (", as", ",
/// because", ", amid": "a CAGR of 7.5%, as the share of insured pets keeps
/// climbing from around 18%" gives 18% no cue), and, next to Chinese,
/// Japanese or Korean text, not past a clause break (`，`, `、`, `；`, `,`).
fn clause(toks: &[Tok<'_>], text: &str, first: usize, last: usize) -> (usize, usize) {
    // Symbols do not count ("(CAGR) is approximately [(4.20 / 3.83)^(1/4) -
    // 1] ≈ 2.33%"), but the window stays within a few dozen tokens.
    let lo = (0..first)
        .rev()
        .take(4 * CUE_BEFORE)
        .filter(|&k| toks[k].kind != Kind::Sym)
        .take(CUE_BEFORE)
        .last()
        .unwrap_or(first);
    let hi = (last + CUE_AFTER).min(toks.len().saturating_sub(1));
    // In a window all in ASCII (most are), the rate's clause starts after
    // the last word that sets one clause against another ("a CAGR of 7.7%,
    // while operating income rose 12%": the cue is the first rate's).
    let window = &text.as_bytes()[toks[lo].start..toks[hi].end];
    if window.is_ascii() || !(lo..=hi).any(|k| toks[k].is_cjk()) {
        let cause = |k: usize| {
            k > 0
                && toks[k - 1].is_sym(",")
                && ["as", "because", "amid"].iter().any(|w| toks[k].is_word(w))
        };
        let lo = (lo..first)
            .rev()
            .find(|&k| contrast_at(toks, k) || toks[k].is_sym(";") || cause(k))
            .map_or(lo, |k| k + 1);
        return (lo, hi);
    }
    let brk = |t: &Tok<'_>| matches!(t.text, "，" | "、" | "；" | "," | ";" | "。" | "：");
    // (A colon right before the rate ends a label, not a clause:
    // "2021-2024年CAGR：13.1%", "年均复合增长率：9.8%".)
    let lo = (lo..first)
        .rev()
        .find(|&k| brk(&toks[k]) && !(k + 1 == first && toks[k].text == "："))
        .map_or(lo, |k| k + 1);
    let hi = (last + 1..=hi)
        .find(|&k| brk(&toks[k]))
        .map_or(hi, |k| k - 1);
    (lo, hi.max(last))
}

/// Words near a rate that make it a one-year or cumulative change, a
/// share, or a ratio, whatever else the sentence says: "year-on-year",
/// "YoY" (also before it, as in a table's "(YoY: +3.4%)"), "share" (in its
/// phrase: "a 7.5% share", not "7.5%, as the share …"), and in
/// Chinese, Japanese and Korean 同比, 前年比, 累计, 占比, シェア, 점유율,
/// "较2024年增长" (a change from one named year, unless 年均, 年平均 or 复合
/// before the rate make it a yearly one).
pub(super) fn distractor(
    toks: &[Tok<'_>],
    text: &str,
    (lo, hi): (usize, usize),
    first: usize,
    last: usize,
) -> bool {
    let word = |k: usize| toks.get(k).map_or("", |t| t.text);
    let eq = |a: &str, b: &str| a.eq_ignore_ascii_case(b);
    let yoy = |k: usize| {
        let w = word(k);
        eq(w, "yoy")
            || eq(w, "qoq")
            || eq(w, "mom")
            // "year-on-year", "year on year" (not "every year on a
            // compounded basis").
            || (eq(w, "year")
                && ((eq(word(k + 1), "on") && eq(word(k + 2), "year"))
                    || (word(k + 1) == "-" && eq(word(k + 2), "on"))))
            || (eq(w, "y") && word(k + 1) == "-" && eq(word(k + 2), "o"))
    };
    // ("… a CAGR of 7.5%, as the share of insured pets climbs": not past
    // a comma.)
    let comma_before = |k: usize| (last + 1..k).any(|j| word(j) == "," || word(j) == ";");
    if (1..=4).any(|d| {
        let k = last + d;
        yoy(k) || (eq(word(k), "share") && !comma_before(k))
    }) {
        return true;
    }
    // "30% of sales", "30% and 25% of the market": a share of something.
    let mut k = last + 1;
    while k < last + 6
        && toks.get(k).is_some_and(|t| {
            t.kind == Kind::Num || t.is_percent() || t.is_sym(",") || t.is_word("and")
        })
    {
        k += 1;
    }
    if eq(word(k), "of") && toks.get(k + 1).is_some_and(|t| t.kind == Kind::Word) {
        return true;
    }
    // "(YoY: +3.4%)", "year-on-year growth of 4%".
    if (1..=6).any(|d| first.checked_sub(d).is_some_and(yoy)) {
        return true;
    }
    // Chinese, Japanese and Korean, in the rate's clause before it, or just
    // after it.
    // 较2024年增长26.7%, 比2020年增长: a change from a named year; but not
    // where the words before the rate make it a yearly average (较2023年
    // …年均增长24.7%, 年平均, 复合: a rate from that year).
    let yearly = |k: usize| {
        k < first && {
            let between = &text[toks[k].end..toks[first].start];
            ["年均", "年平均", "复合", "複合"]
                .iter()
                .any(|w| between.contains(w))
        }
    };
    let from_year = |k: usize| matches!(word(k), "较" | "較" | "比");
    let cjk_hit = (lo..first).chain(last + 1..=hi.min(last + 4)).any(|k| {
        toks[k].is_cjk()
            && cjk_word_at(toks, text, k, CJK_DISTRACTORS).is_some()
            && !(from_year(k) && toks.get(k + 1).and_then(year_value).is_some() && yearly(k))
    });
    if cjk_hit {
        return true;
    }
    (lo..first).any(|k| {
        from_year(k)
            && toks.get(k + 1).and_then(year_value).is_some()
            && toks.get(k + 2).is_some_and(|t| t.is_cjk())
            && !yearly(k)
    })
}

/// Words before a rate that make it a decline.
const DECLINE: &[&str] = &[
    "decline",
    "declines",
    "declining",
    "declined",
    "decrease",
    "decreases",
    "decreasing",
    "decreased",
    "fall",
    "falls",
    "falling",
    "fell",
    "shrink",
    "shrinks",
    "shrinking",
    "shrank",
    "contract",
    "contracts",
    "contracting",
    "contracted",
    "drop",
    "drops",
    "dropping",
    "dropped",
    "negative",
    "minus",
];

/// The same in Chinese, Japanese and Korean.
const CJK_DECLINE: &[&str] = &[
    "负增长",
    "負增長",
    "下降",
    "减少",
    "減少",
    "下滑",
    "萎缩",
    "萎縮",
    "マイナス",
    "감소",
    "마이너스",
];

/// Decline words right after a rate, in Chinese, Japanese and Korean,
/// where the verb follows its figure: "8%の減少", "4.9%減", "5.8% 감소",
/// "3% 줄어", "以年均8%的速度下降".
const CJK_DECLINE_AFTER: &[&str] = &[
    "減", "减", "縮小", "缩小", "低下", "下降", "下滑", "萎缩", "萎縮", "감소", "줄", "하락",
    "축소",
];

/// Particles and words of manner that may stand between a rate and a
/// decline word after it: の, で, 的, 速度, ペース, 씩, 의, ずつ.
const CJK_BETWEEN: &[&str] = &[
    "の",
    "で",
    "的",
    "速度",
    "ペース",
    "씩",
    "의",
    "ずつ",
    "程度",
];

/// English words that make a rate before them a decline: "a 5% annual
/// decline", "a 3% average annual decrease".
const DECLINE_NOUNS: &[&str] = &["decline", "decrease", "drop", "fall", "contraction"];

/// Whether a decline word follows the rate ending at token `last`, in its
/// phrase: in Chinese, Japanese or Korean after at most two particles or
/// words of manner ([`CJK_BETWEEN`]: "年率8%の減少", "年均8%的速度下降",
/// "연평균 5.8% 감소"); in English after at most three of "annual",
/// "yearly", "average", "compound" and "compounded" ("a 5% annual
/// decline").
fn decline_after(toks: &[Tok<'_>], text: &str, last: usize) -> bool {
    let mut k = last + 1;
    if toks.get(k).is_some_and(Tok::is_cjk) {
        for _ in 0..3 {
            if cjk_word_at(toks, text, k, CJK_DECLINE_AFTER).is_some() {
                return true;
            }
            match cjk_word_at(toks, text, k, CJK_BETWEEN) {
                Some(next) if toks.get(next).is_some_and(Tok::is_cjk) => k = next,
                _ => return false,
            }
        }
        return false;
    }
    for _ in 0..4 {
        let Some(t) = toks.get(k) else {
            return false;
        };
        if DECLINE_NOUNS.iter().any(|w| t.is_word(w)) {
            return true;
        }
        if !["annual", "yearly", "average", "compound", "compounded"]
            .iter()
            .any(|w| t.is_word(w))
        {
            return false;
        }
        k += 1;
    }
    false
}

/// The end of a percent sign at token `k`: `%`, `％`, `per cent`,
/// `percent`, `pct`, `pc`, `Prozent`.
fn percent_at(toks: &[Tok<'_>], k: usize) -> Option<usize> {
    let t = toks.get(k)?;
    if t.is_percent()
        || t.is_word("percent")
        || t.is_word("pct")
        || t.is_word("pc")
        || t.is_word("prozent")
    {
        return Some(k);
    }
    if t.is_word("per") {
        let c = toks.get(k + 1)?;
        if c.is_word("cent") || c.is_word("cents") {
            return Some(k + 1);
        }
        if c.is_sym("-") && toks.get(k + 2).is_some_and(|c| c.is_word("cent")) {
            return Some(k + 2);
        }
    }
    None
}

/// The whole percentages written in words, one to twenty, in order.
const PERCENT_WORDS: [&str; 20] = [
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
    "twenty",
];

/// Rates: `15.6%`, `15.6 per cent`, `nine per cent`, `5 per cent to 7.3 per cent`,
/// `10–15%`, `between 40% and 55%`, `a CAGR of 20.5` (a bare number after
/// "rate of" or "CAGR of"), `-1.3%`, `minus 12.9%`, `マイナス0.4%`; hedged
/// before (`about`, `约`, `약`) or after (`左右`, `程度`).
pub(super) fn parse_rates(toks: &[Tok<'_>], text: &str, p: &mut Parsed, used: &mut [bool]) {
    let n = toks.len();
    // The readings of Chinese, Japanese and Korean only where there is some.
    let cjk = toks.iter().any(Tok::is_cjk);
    let mut i = 0;
    while i < n {
        let t = toks[i];
        // A whole percentage in words: "nearly nine per cent". (Most words
        // are ruled out by their length and the next token's first byte: a
        // percent sign or a "p".)
        let percent_next = || {
            toks.get(i + 1).is_some_and(|n| {
                n.is_percent() || matches!(n.text.as_bytes().first(), Some(b'p' | b'P'))
            }) && percent_at(toks, i + 1).is_some()
        };
        let word_num = (t.kind == Kind::Word && t.text.len() <= 9 && percent_next())
            .then(|| PERCENT_WORDS.iter().position(|w| t.is_word(w)))
            .flatten()
            .and_then(|p| i32::try_from(p + 1).ok());
        if (t.kind != Kind::Num && word_num.is_none()) || used[i] {
            i += 1;
            continue;
        }
        // "5% to 7.3%", "5 per cent to 7.3 per cent", "11-12 per cent",
        // "10–15%", "between 40% and 55%". The shape first; the number is
        // parsed only for a rate.
        // ("between a 15 and 18 percent compound growth rate": an article
        // may stand between.)
        let between = i > 0
            && (toks[i - 1].is_word("between")
                || (i > 1
                    && (toks[i - 1].is_word("a") || toks[i - 1].is_word("an"))
                    && toks[i - 2].is_word("between")));
        // ("5~7%", "5～7%", "5〜7%": a tilde joins a range in Chinese,
        // Japanese and Korean.)
        let joins = |k: usize| {
            toks.get(k).is_some_and(|s| {
                s.is_dash()
                    || matches!(s.text, "~" | "～" | "〜")
                    || s.is_word("to")
                    || (between && s.is_word("and"))
            })
        };
        let (mut last, mut hi) = (None, None);
        if let Some(k) = percent_at(toks, i + 1) {
            last = Some(k);
            if joins(k + 1) {
                if let (Some(h), Some(e)) = (
                    toks.get(k + 2).filter(|t| number(t).is_some()),
                    percent_at(toks, k + 3),
                ) {
                    let _ = h;
                    hi = Some(k + 2);
                    last = Some(e);
                }
            }
        } else if joins(i + 1) && year_value(&t).is_none() {
            // (Not a year before a dash: "$7.48 billion in 2032 — 11.6%
            // compound annual growth".)
            if let (Some(_), Some(e)) = (
                toks.get(i + 2).filter(|t| number(t).is_some()),
                percent_at(toks, i + 3),
            ) {
                hi = Some(i + 2);
                last = Some(e);
            }
        }
        // "a compound annual growth rate of 20.5 in eight years": a bare
        // number right after "rate of" or "CAGR of", with no unit of its own.
        if last.is_none()
            && hi.is_none()
            && i >= 2
            && toks[i - 1].is_word("of")
            && (toks[i - 2].is_word("rate") || toks[i - 2].is_word("cagr"))
        {
            let unit_follows = toks.get(i + 1).is_some_and(|u| {
                (u.kind == Kind::Word || u.is_cjk())
                    && (vocab::scale_word(u.text).is_some()
                        || vocab::currency(u.text).is_some()
                        || vocab::cjk_scale(&text[u.start..]).is_some())
            });
            if !unit_follows
                && currency_before(toks, i, || false).is_none()
                && year_value(&t).is_none()
            {
                last = Some(i);
            }
        }
        // "… * 100%": arithmetic, not a rate.
        let times = i > 0 && matches!(toks[i - 1].text, "*" | "×" | "x" | "X");
        let read = || number(&t).or(word_num.map(|n| (f64::from(n), 0)));
        let (Some(mut last), Some((_, lo_dec)), false) = (last, last.and_then(|_| read()), times)
        else {
            i += 1;
            continue;
        };
        let mut first = i;
        let negative_sign = i > 0
            && (toks[i - 1].is_sym("-") || toks[i - 1].is_sym("−"))
            && toks[i - 1].end == t.start;
        if negative_sign {
            first = i - 1;
        }
        // "minus 12.9%", "マイナス0.5%", "마이너스 4.5%": the sign as a word.
        let minus_word = [4usize, 2, 1].iter().find_map(|&n| {
            let k = first.checked_sub(n)?;
            let word = &text[toks[k].start..toks[first].start];
            ["minus ", "マイナス", "마이너스", "마이너스 "]
                .iter()
                .any(|w| word.eq_ignore_ascii_case(w))
                .then_some(k)
        });
        if let Some(k) = minus_word {
            first = k;
        }
        // A hedge before an article ("roughly a 20% CAGR", "about an 8%
        // annual rate") is the rate's too.
        let article = first
            .checked_sub(1)
            .filter(|&k| toks[k].is_word("a") || toks[k].is_word("an"));
        let mut qualifier = qualifier_before(toks, first)
            .or_else(|| article.and_then(|k| qualifier_before(toks, k)));
        if qualifier.is_none() {
            qualifier = cjk_hedge_before(toks, text, first);
        }
        if let Some((_, q)) = qualifier {
            first = q;
        }
        // A hedge after the rate: "19%左右", "3%程度".
        if qualifier.is_none() {
            if let Some((q, end)) = cjk_hedge_after(toks, text, last + 1) {
                qualifier = Some((q, first));
                last = end;
            }
        }
        // A decline word just before the rate, in its phrase (no comma
        // between: "after falling sharply, a CAGR of 4%" is another verb's).
        let phrase = (first.saturating_sub(8)..first)
            .rev()
            .take_while(|&k| !matches!(toks[k].text, "," | "，" | "、"))
            .last()
            .unwrap_or(first);
        let decline = (phrase..first).any(|k| {
            DECLINE.iter().any(|w| toks[k].is_word(w))
                || (toks[k].is_cjk() && cjk_word_at(toks, text, k, CJK_DECLINE).is_some())
        }) || decline_after(toks, text, last);
        // A decline word farther back in the rate's clause ("will fall from
        // 120 million tonnes in 2024 to 95 million tonnes in 2030, a CAGR of
        // 3.8%"): the rate may be the size of the fall, which the assembly
        // reads it as when the figures do fall.
        let plus = first > 0 && toks[first - 1].is_sym("+");
        let unsigned = !(negative_sign || decline || minus_word.is_some() || plus);
        let sign = if negative_sign || decline || minus_word.is_some() {
            -1.0
        } else {
            1.0
        };
        // The fraction straight from the digits (no second rounding).
        let rate = |k: usize| {
            let v = match word_num.filter(|_| k == i) {
                Some(n) => f64::from(n) / 100.0,
                None => scaled(&toks[k], -2)?,
            };
            Rate::from_fraction(sign * v).ok()
        };
        let stated = match hi {
            Some(h) => match (rate(i), rate(h)) {
                (Some(a), Some(b)) if a <= b => Stated::<Rate>::range(a, b).ok(),
                (Some(a), Some(b)) => Stated::<Rate>::range(b, a).ok(),
                _ => None,
            },
            None => rate(i).map(|r| Stated::printed(r, lo_dec)),
        };
        // "rising from 8% to 12%": two levels of a percentage (a share, a
        // margin, a growth rate that changes), not a range of one rate.
        // So is "from 10% a year to about 7%": "to" within four tokens
        // after it, then a percentage within three more.
        let from = first > 0 && toks[first - 1].is_word("from");
        let to_level = || {
            (last + 1..(last + 5).min(n))
                .find(|&k| toks[k].is_word("to"))
                .is_some_and(|to| {
                    (to + 1..(to + 4).min(n))
                        .any(|k| toks[k].kind == Kind::Num && percent_at(toks, k + 1).is_some())
                })
        };
        let levels = from && (hi.is_some() || to_level());
        let Some(mut stated) = stated.filter(|_| !levels) else {
            for u in used.iter_mut().take(last + 1).skip(i) {
                *u = true;
            }
            i = last + 1;
            continue;
        };
        if let (Some((q, _)), None) = (qualifier, hi) {
            stated = stated.qualified(q);
        }
        for u in used.iter_mut().take(last + 1).skip(i) {
            *u = true;
        }
        // The tokens where cue words are looked for, found once.
        let window = clause(toks, text, first, last);
        let distract = distractor(toks, text, window, first, last);
        let cagr = !distract && cagr_cue(toks, text, window, last);
        let declined = cagr && unsigned && decline_far_before(toks, first);
        // "until 2025", "till 2027", "by 2030", "bis 2030" right after the
        // rate; "from
        // 2020" (a CAGR of 4.5% from 2020).
        let until = (last + 1..(last + 4).min(n)).find_map(|k| {
            let w = toks[k];
            // "to 2026" right after the rate or after its "a year",
            // "annually", "per annum".
            let to = w.is_word("to")
                && (k == last + 1
                    || ["year", "annually", "annum"]
                        .iter()
                        .any(|y| toks[k - 1].is_word(y)));
            if w.is_word("until")
                || w.is_word("till")
                || w.is_word("bis")
                || w.is_word("through")
                || w.is_word("by")
                || to
            {
                // "until 2025", "until FY27", "by fiscal 2030".
                match toks.get(k + 1) {
                    Some(f) if f.is_word("fy") || f.is_word("fiscal") => {
                        toks.get(k + 2).and_then(short_year)
                    }
                    Some(y) => year_value(y),
                    None => None,
                }
            } else {
                None
            }
        });
        let until = until.or_else(|| {
            if cjk {
                cjk_until(toks, text, first)
            } else {
                None
            }
        });
        let since = toks
            .get(last + 1)
            .filter(|w| w.is_word("from"))
            .and_then(|_| toks.get(last + 2))
            .and_then(year_value)
            .filter(|_| {
                !toks
                    .get(last + 3)
                    .is_some_and(|w| w.is_word("to") || w.is_dash())
            });
        p.rates.push(RateM {
            stated,
            span: toks[first].start..toks[last].end,
            first,
            last,
            cagr,
            until,
            since,
            slashed: slashed(toks, first, last) || (cjk && part_of_whole(toks, text, first)),
            whole: spans_figures(toks, text, first, last),
            length: if cagr {
                length(toks, window, last)
            } else {
                None
            },
            declined,
            subject: false,
            parallel: false,
            pair: None,
            // (Whose figures a compound annual rate reads is asked of
            // those rates only.)
            aside: if compared(toks, first) {
                Some(SetAside::Compared)
            } else if cagr
                && (rival(toks, first, last) || (cjk && cjk_rival(toks, text, first, last)))
            {
                Some(SetAside::OtherSource)
            } else if cagr && since_undated(toks, last) {
                Some(SetAside::UndatedStart)
            } else if cagr && runs_on(toks, first, last) {
                Some(SetAside::AfterFigures)
            } else {
                None
            },
            terms: terms(toks, first, last)
                .or_else(|| {
                    (cagr && cjk)
                        .then(|| cjk_terms(toks, text, first))
                        .flatten()
                })
                .or_else(|| (cagr && money_subject(toks, first)).then_some(Terms::Value)),
            intensive: cagr
                && (intensive_subject(toks, first) || (cjk && cjk_intensive(toks, text, first))),
            measure: None,
            past: past_worded(toks, window, first),
        });
        i = last + 1;
    }
}

/// Verbs of growth in the simple past or as a past participle: "grew",
/// "has grown", "rose", "expanded", "averaged".
const PAST_GROWTH: [&str; 14] = [
    "grew",
    "grown",
    "rose",
    "risen",
    "expanded",
    "increased",
    "climbed",
    "averaged",
    "advanced",
    "jumped",
    "surged",
    "gained",
    "soared",
    "been",
];

/// Whether a rate starting at token `first` is worded for the past: a word
/// of [`PAST_GROWTH`] ("grew at", "has grown by", "has been expanding at",
/// "have risen") among the six words before it in its clause (the window
/// from `lo`), not back past a number.
fn past_worded(toks: &[Tok<'_>], (lo, _): (usize, usize), first: usize) -> bool {
    (lo..first)
        .rev()
        .take_while(|&k| toks[k].kind != Kind::Num)
        .filter(|&k| toks[k].kind == Kind::Word)
        .take(6)
        .any(|k| PAST_GROWTH.iter().any(|w| toks[k].is_word(w)))
}

/// The years a rate says it spans: in its clause (the tokens `lo..=hi`), a
/// count before "year" (or "yr") and a compound word ("three-year CAGR",
/// "5-year compound annual growth rate", "10 yr CAGR"); else "over the N
/// years" after the rate that ends at token `last`, before a comma or `;`
/// and within 16 tokens ("over the ten years"; not "over the decade",
/// which may be the decade the years are in).
pub(super) fn length(toks: &[Tok<'_>], (lo, hi): (usize, usize), last: usize) -> Option<i32> {
    let named = (lo + 1..=hi).find_map(|k| {
        let compound = toks
            .get(k + 1)
            .is_some_and(|c| c.is_word("cagr") || c.is_word("compound") || c.is_word("compounded"));
        if !(compound && (toks[k].is_word("year") || toks[k].is_word("yr"))) {
            return None;
        }
        let count = if toks[k - 1].is_sym("-") {
            k.checked_sub(2)?
        } else {
            k - 1
        };
        count_at(&toks[count]).filter(|n| (2..=50).contains(n))
    });
    let after: Vec<Tok<'_>> = toks
        .iter()
        .skip(last + 1)
        .take(16)
        .take_while(|t| !(t.is_sym(",") || t.is_sym(";")))
        .copied()
        .collect();
    named.or_else(|| {
        after.windows(4).find_map(|w| {
            let over = w[0].is_word("over") && w[1].is_word("the") && w[3].is_word("years");
            count_at(&w[2]).filter(|n| over && (2..=50).contains(n))
        })
    })
}

/// What the rate at tokens `first..=last` measures, where its phrase says:
/// "in value terms", "in volume", "by value" (or "(by volume)") within five
/// tokens after it before a comma, else within sixteen before it ("In volume
/// terms, sales will grow at 4%"), not past another number, `;`, "while",
/// "whereas" or "but".
fn terms(toks: &[Tok<'_>], first: usize, last: usize) -> Option<Terms> {
    let at = |k: usize| -> Option<Terms> {
        let (prep, word) = (toks.get(k)?, toks.get(k + 1)?);
        if !(prep.is_word("in") || prep.is_word("by")) {
            return None;
        }
        if word.is_word("value") {
            Some(Terms::Value)
        } else if word.is_word("volume") {
            Some(Terms::Volume)
        } else {
            None
        }
    };
    let contrast = |k: usize| {
        toks[k].is_sym(";")
            || ["while", "whereas", "but"]
                .iter()
                .any(|w| toks[k].is_word(w))
    };
    let after = (last + 1..toks.len().min(last + 6))
        .take_while(|&k| toks[k].kind != Kind::Num && !toks[k].is_sym(",") && !contrast(k))
        .find_map(at);
    after.or_else(|| {
        (first.saturating_sub(16)..first)
            .rev()
            .take_while(|&k| toks[k].kind != Kind::Num && !contrast(k))
            .find_map(at)
    })
}

/// Whether the rate's clause before it names money only, as its subject
/// ("Public charging revenue is forecast to grow at a CAGR of 31%";
/// revenue, turnover, spending, profit, earnings, EBITDA; not "sales",
/// which may be units): back to a `,`, `;`, a word that sets a clause
/// against another or a number that is no year, at most twenty tokens.
/// Such a rate is in value terms: it takes no counts ("…, as the number of
/// public charge points rises from 270,000 in 2023 to 1.1 million").
fn money_subject(toks: &[Tok<'_>], first: usize) -> bool {
    const MONEY: [&str; 9] = [
        "revenue", "revenues", "turnover", "spending", "profit", "profits", "earnings", "ebitda",
        "income",
    ];
    (first.saturating_sub(20)..first)
        .rev()
        .take_while(|&k| {
            let t = toks[k];
            !(t.is_sym(",") || t.is_sym(";") || contrast_at(toks, k))
                && (t.kind != Kind::Num || year_value(&t).is_some())
        })
        .any(|k| MONEY.iter().any(|w| toks[k].is_word(w)))
}

/// Whether the words before a rate, back to a `,` or `;` or another number
/// (up to twenty tokens), name a price (prices, ASP, wages, salaries, rents,
/// fares, tariffs, yields, "room rates": [`priced_rates`]), a margin, a
/// share or an amount per head (ARPU)
/// ("Prices are expected to rise 3% a year", "Spending per household will
/// grow 5% a year", "their share of total retail rose from 8% to 15%, a
/// CAGR of 13.4%"; the levels of a percentage before it do not end the
/// search).
fn intensive_subject(toks: &[Tok<'_>], first: usize) -> bool {
    let mut k = first;
    let lo = first.saturating_sub(20);
    while k > lo {
        k -= 1;
        let t = toks[k];
        if t.is_sym(";") || (t.is_sym(",") && k + 1 < first && !toks[k + 1].is_word("a")) {
            return false;
        }
        if t.kind == Kind::Num && percent_at(toks, k + 1).is_none() {
            return false;
        }
        let named = vocab::word_kind(t.text)
            .is_some_and(|k| k == "intensive" || vocab::intensive(k))
            && !super::mention::deflator(toks, k);
        if t.kind == Kind::Word && named || per_head(toks, k) || priced_rates(toks, k) {
            return true;
        }
    }
    false
}

/// Whether token `k` is "rates" naming prices or shares ("Room rates are
/// forecast to climb …", "freight rates", "occupancy rates"): not a rate's
/// own cue ("growth rates of 5% and 7%", "annual rates", "rates of").
fn priced_rates(toks: &[Tok<'_>], k: usize) -> bool {
    const CUES: [&str; 5] = ["growth", "annual", "compound", "cagr", "average"];
    toks[k].is_word("rates")
        && !toks.get(k + 1).is_some_and(|t| t.is_word("of"))
        && !k
            .checked_sub(1)
            .is_some_and(|j| CUES.iter().any(|w| toks[j].is_word(w)))
}

/// [`rival`] in Chinese, Japanese and Korean: a source marked as another
/// before the rate in its sentence (也有机构, 另有, 其他机构, 部分机构, 一些
/// 分析师; 別の, 他の調査, 一部の; 다른 기관, 일부, 일각), and from there to the
/// sentence's end no number but the rate and years ("也有机构预测，未来几年年均
/// 复合增长率仅为10%左右", "一方、別の調査会社は年平均成長率を8%と予測している").
fn cjk_rival(toks: &[Tok<'_>], text: &str, first: usize, last: usize) -> bool {
    const OTHERS: &[&str] = &[
        "也有机构",
        "也有機構",
        "也有分析",
        "也有专家",
        "也有專家",
        "另有",
        "其他机构",
        "其他機構",
        "部分机构",
        "部分機構",
        "一些机构",
        "一些分析",
        "別の",
        "他の調査",
        "他の機関",
        "一部の",
        "다른 기관",
        "다른 조사",
        "일부 ",
        "일각",
    ];
    let Some(lo) = figure_free(toks, first, last, AFTER_RIVAL, |_| false) else {
        return false;
    };
    match (toks.get(lo), toks.get(first)) {
        (Some(a), Some(b)) if a.start <= b.start => {
            let before = &text[a.start..b.start];
            OTHERS.iter().any(|w| before.contains(w))
        }
        _ => false,
    }
}

/// [`intensive_subject`] in Chinese, Japanese and Korean: a price, a
/// share, a margin or an amount per head named before the rate in its
/// clause (价格, 单价, 単価, 가격, 단가, 人均, 一人当たり, 1인당, 占比, 比重,
/// 份额, シェア, 점유율, 渗透率, 普及率, 毛利率, 利润率: the words of
/// `vocab::CJK_MEASURES` of these kinds); or in the clause
/// before, where that one ends in a percentage ("比重由9%提升至16%，年均复合
/// 增长率为12.2%": the growth of that percentage).
fn cjk_intensive(toks: &[Tok<'_>], text: &str, first: usize) -> bool {
    // The words of `vocab::CJK_MEASURES` for what is never a series' size.
    let never_size = |kind: &str| kind == "intensive" || crate::value::vocab::intensive(kind);
    let before = clause_before(toks, text, first, |k| k > 0 && toks[k - 1].is_percent());
    crate::value::vocab::CJK_MEASURES
        .iter()
        .any(|&(w, kind)| never_size(kind) && before.contains(w))
}

/// Whether "since" follows the rate within three tokens and no year
/// follows it within five ("31% since its launch", "a year since
/// inception"): a history from a start the text does not date, which no
/// figure of the text can check.
fn since_undated(toks: &[Tok<'_>], last: usize) -> bool {
    (last + 1..(last + 4).min(toks.len()))
        .find(|&k| toks[k].is_word("since"))
        .is_some_and(|k| !(k + 1..(k + 6).min(toks.len())).any(|j| year_value(&toks[j]).is_some()))
}

/// Whether the rate at tokens `first..=last` runs on after the figures:
/// "thereafter", "afterwards", "after that", "beyond that" or "from then on"
/// within three tokens after it ("a 15% CAGR thereafter", "15% a year after
/// that"), or "thereafter" right before it ("and thereafter a 15% CAGR").
fn runs_on(toks: &[Tok<'_>], first: usize, last: usize) -> bool {
    let word = |k: usize, w: &str| toks.get(k).is_some_and(|t| t.is_word(w));
    let at = |k: usize| {
        word(k, "thereafter")
            || word(k, "afterwards")
            || word(k, "afterward")
            || ((word(k, "after") || word(k, "beyond")) && word(k + 1, "that"))
            || (word(k, "from") && word(k + 1, "then") && word(k + 2, "on"))
    };
    (last + 1..last + 4).any(at)
        || (1..=2).any(|d| first.checked_sub(d).is_some_and(|k| word(k, "thereafter")))
}

/// How many tokens around a rate [`rival`] and [`cjk_rival`] read for
/// figures.
const AFTER_RIVAL: usize = 60;

/// Where a source of the rate at tokens `first..=last` may stand, for
/// [`rival`] and [`cjk_rival`]: `None` where a figure (a number that is no
/// year) follows the rate within [`AFTER_RIVAL`] tokens (so a sentence of
/// many rates stays linear); else the token after the last figure (or
/// token for which `stop` holds) up to `back` tokens before it. Asked
/// first: most rates have figures close by.
fn figure_free(
    toks: &[Tok<'_>],
    first: usize,
    last: usize,
    back: usize,
    stop: impl Fn(&Tok<'_>) -> bool,
) -> Option<usize> {
    let figure = |k: usize| toks[k].kind == Kind::Num && year_value(&toks[k]).is_none();
    if (last + 1..toks.len().min(last + 1 + AFTER_RIVAL)).any(figure) {
        return None;
    }
    let floor = first.saturating_sub(back);
    Some(
        (floor..first)
            .rev()
            .find(|&k| stop(&toks[k]) || figure(k))
            .map_or(floor, |k| k + 1),
    )
}

/// Words for whoever forecasts: a rate after one marked as another source
/// is that source's estimate (see [`rival`]).
const SOURCES: &[&str] = &[
    "analyst",
    "analysts",
    "forecaster",
    "forecasters",
    "economist",
    "economists",
    "researcher",
    "researchers",
    "firm",
    "firms",
    "expert",
    "experts",
    "observers",
    "estimate",
    "estimates",
    "others",
    "house",
    "houses",
    "consultancy",
    "consultancies",
    "bank",
    "banks",
    "broker",
    "brokers",
    "consultant",
    "consultants",
    "strategist",
    "strategists",
    "agency",
    "agencies",
];

/// Whether the rate at tokens `first..=last` is another source's estimate,
/// set against the figures around it: a word of [`SOURCES`] up to twelve
/// tokens before it (not back past `;`) that is marked as another ("other",
/// "another", "rival", "competing", "some" before it, or "others"), or
/// that follows a contrast word ("though", "although", "but", "however",
/// "whereas", "while", "yet") by up to four tokens or stands before
/// "however"; and from that word to the sentence's end, no number but the
/// rate and years ("…, though some analysts put the CAGR closer to 10%",
/// "Other forecasters expect a CAGR of about 10%"). "Analysts expect a CAGR
/// of 7.9%" alone is no rival.
fn rival(toks: &[Tok<'_>], first: usize, last: usize) -> bool {
    const ANOTHER: [&str; 5] = ["other", "another", "rival", "competing", "some"];
    const CONTRASTS: [&str; 7] = [
        "though", "although", "but", "however", "whereas", "while", "yet",
    ];
    let is = |k: usize, words: &[&str]| words.iter().any(|w| toks[k].is_word(w));
    let Some(lo) = figure_free(toks, first, last, 12, |t| t.is_sym(";")) else {
        return false;
    };
    let Some(source) = (lo..first).find(|&k| is(k, SOURCES)) else {
        return false;
    };
    toks[source].is_word("others")
        || (source.saturating_sub(3)..source).any(|k| is(k, &ANOTHER))
        || (source.saturating_sub(4)..source).any(|k| is(k, &CONTRASTS))
        || (source + 1..(source + 3).min(first)).any(|k| toks[k].is_word("however"))
}

/// Words before a Chinese, Japanese or Korean rate that make it a rate of
/// units (see [`cjk_terms`]).
const CJK_VOLUME: [&str; 14] = [
    "台数ベース",
    "数量ベース",
    "按销量",
    "按銷量",
    "수량 기준",
    "销量",
    "銷量",
    "出货量",
    "出貨量",
    "出荷台数",
    "販売台数",
    "出荷数量",
    "판매량",
    "출하량",
];

/// Words before such a rate that make it a rate of value.
const CJK_VALUE: [&str; 5] = ["金額ベース", "按销售额", "按銷售額", "按金额", "금액 기준"];

/// A piece of every word [`cjk_terms`] looks for.
const TERMS_ANCHORS: [&str; 6] = ["量", "台数", "ベース", "按", "량", "기준"];

/// What a Chinese, Japanese or Korean rate measures, where its clause
/// names its basis or a count before it: 台数ベース, 数量ベース, 按销量,
/// 수량 기준, 销量, 出货量, 出荷台数, 販売台数, 판매량, 출하량 (units); 金額ベース,
/// 按销售额, 按金额, 금액 기준 (value).
fn cjk_terms(toks: &[Tok<'_>], text: &str, first: usize) -> Option<Terms> {
    let before = clause_before(toks, text, first, |_| false);
    // Every word above holds one of these: most clauses hold none, and are
    // not searched further (a unit test checks the lists).
    if !TERMS_ANCHORS.iter().any(|a| before.contains(a)) {
        return None;
    }
    // The nearest basis named before the rate.
    let last = |words: &[&str]| words.iter().filter_map(|w| before.rfind(w)).max();
    match (last(&CJK_VOLUME), last(&CJK_VALUE)) {
        (Some(v), Some(m)) if m > v => Some(Terms::Value),
        (Some(_), _) => Some(Terms::Volume),
        (None, Some(_)) => Some(Terms::Value),
        (None, None) => None,
    }
}

/// The text of a Chinese, Japanese or Korean rate's clause before it (back
/// to a clause break, `，`, `；`, `,`, `;`, `。`, `、`, at most 24 tokens),
/// where CJK words are looked for as substrings; a break for which `pass`
/// holds does not end it.
fn clause_before<'t>(
    toks: &[Tok<'_>],
    text: &'t str,
    first: usize,
    pass: impl Fn(usize) -> bool,
) -> &'t str {
    let brk = |k: usize| matches!(toks[k].text, "，" | "；" | "," | ";" | "。" | "、") && !pass(k);
    let lo = (first.saturating_sub(24)..first)
        .rev()
        .find(|&k| brk(k))
        .map_or(first.saturating_sub(24), |k| k + 1);
    match (toks.get(lo), toks.get(first)) {
        (Some(a), Some(b)) if a.start <= b.start => &text[a.start..b.start],
        _ => "",
    }
}

/// Whether the rate at token `first` is set against another ("compared
/// with 5%", "compared to", "versus", "vs", "against"; a comparative
/// before "than", with a noun between or "the" after it, "faster than 5%",
/// "a slower pace than the 6.5%"; a word of rank before "the", "well
/// above the 11% a year", not a hedge: "more than 5%", "above 5%"), up to
/// four words before it.
fn compared(toks: &[Tok<'_>], first: usize) -> bool {
    const COMPARATIVES: &[&str] = &["faster", "slower", "higher", "lower", "quicker", "greater"];
    const RANKS: &[&str] = &[
        "above",
        "below",
        "outpacing",
        "exceeding",
        "surpassing",
        "beating",
        "trailing",
    ];
    let back = |d: usize| first.checked_sub(d).map(|k| toks[k]);
    let word = |d: usize, w: &str| back(d).is_some_and(|t| t.is_word(w));
    let with = word(1, "with") || word(1, "to");
    (with && word(2, "compared"))
        || word(1, "versus")
        || word(1, "vs")
        || word(1, "against")
        || (back(1).is_some_and(|t| t.is_sym(".")) && word(2, "vs"))
        || (1..=2).any(|d| {
            let than = word(d, "than") && (d == 1 || word(1, "the"));
            than && (d + 1..=d + 2).any(|c| COMPARATIVES.iter().any(|w| word(c, w)))
        })
        || (word(1, "the") && RANKS.iter().any(|w| word(2, w)))
}

/// Whether a word of [`DECLINE`] stands up to 40 tokens before a rate's
/// first token, not back past a word of [`CONTRAST`], `;` or another
/// percent sign (one in the rate's own phrase makes it negative outright).
fn decline_far_before(toks: &[Tok<'_>], first: usize) -> bool {
    for k in (first.saturating_sub(40)..first).rev() {
        let t = toks[k];
        match t.kind {
            Kind::Word => {
                if CONTRAST.iter().any(|w| t.is_word(w)) || percent_at(toks, k).is_some() {
                    return false;
                }
                if DECLINE.iter().any(|w| t.is_word(w)) {
                    return true;
                }
            }
            Kind::Sym if t.text == ";" || t.is_percent() => return false,
            _ => {}
        }
    }
    false
}

/// Whether the words near a rate say it spans the figures just given:
/// "over this period", "during this period", "in this period", "between
/// the two dates" ("years", "milestones", "figures"; "between these
/// years"), この間,
/// 该期间 (not "the forecast period" or "the same period", which name
/// other spans).
fn spans_figures(toks: &[Tok<'_>], text: &str, first: usize, last: usize) -> bool {
    const CJK: &[&str] = &[
        "この間",
        "この期間",
        "该期间",
        "該期間",
        "这期间",
        "這段期間",
        "이 기간",
    ];
    let lo = first.saturating_sub(CUE_BEFORE);
    let hi = (last + CUE_AFTER).min(toks.len().saturating_sub(1));
    (lo..=hi).any(|k| {
        let t = toks[k];
        if t.is_cjk() {
            return cjk_word_at(toks, text, k, CJK).is_some();
        }
        let word = |j: usize, w: &str| toks.get(j).is_some_and(|t| t.is_word(w));
        let points = |j: usize| {
            ["dates", "years", "milestones", "figures"]
                .iter()
                .any(|w| word(j, w))
        };
        (t.is_word("this")
            && word(k + 1, "period")
            && k.checked_sub(1)
                .is_some_and(|b| ["over", "during", "in"].iter().any(|w| toks[b].is_word(w))))
            // "between the two dates", "between these years".
            || (t.is_word("between")
                && ((word(k + 1, "the") && word(k + 2, "two") && points(k + 3))
                    || ((word(k + 1, "these") || word(k + 1, "those"))
                        && (points(k + 2) || (word(k + 2, "two") && points(k + 3))))))
    })
}

/// Words that open a clause or sentence about a part of what was just
/// measured: "among which", "of this" (其中, その中, このうち, この中で,
/// 그중, 이 중, 이 가운데).
const PART_OF: &[&str] = &[
    "其中",
    "その中",
    "このうち",
    "この中で",
    "그중",
    "그 중",
    "이 중",
    "이중",
    "이 가운데",
    "그 가운데",
];

/// Whether the rate's clause opens with "among which" or "of this"
/// ([`PART_OF`]), or its sentence does and has no number but the rate and
/// years ("其中，PaaS市场年均复合增长率…", "このうちインターネット広告は…"): the
/// rate of a part of what the sentence (or the one before) measured, not
/// of its figures. (A part's sentence with figures of its own, "其中，宠物猫
/// 市场规模由2018年的652亿元增长至…", is read as any other.)
fn part_of_whole(toks: &[Tok<'_>], text: &str, first: usize) -> bool {
    // Back to the clause break, at most 40 tokens.
    let brk = |t: &Tok<'_>| matches!(t.text, "，" | "；" | "," | ";" | "。" | "、");
    let part = |k: usize| toks[k].is_cjk() && cjk_word_at(toks, text, k, PART_OF).is_some();
    (first.saturating_sub(40)..first)
        .rev()
        .take_while(|&k| !brk(&toks[k]))
        .any(part)
        || (first > 0 && part(0) && {
            let rate_end = (first..toks.len())
                .find(|&k| toks[k].is_percent())
                .unwrap_or(first);
            toks.iter().enumerate().all(|(k, t)| {
                t.kind != Kind::Num || (first..=rate_end).contains(&k) || year_value(t).is_some()
            })
        })
}

/// The year a Chinese, Japanese or Korean rate runs to, written before it
/// in its clause: "2026년까지 연평균 성장률은 12%", "2030年までの年平均成長率".
fn cjk_until(toks: &[Tok<'_>], text: &str, first: usize) -> Option<i32> {
    let brk = |t: &Tok<'_>| matches!(t.text, "，" | "；" | "," | ";" | "。" | "、");
    (first.saturating_sub(24)..first)
        .rev()
        .take_while(|&k| !brk(&toks[k]))
        .find_map(|k| {
            let y = year_value(&toks[k])?;
            let after = if toks
                .get(k + 1)
                .is_some_and(|t| matches!(t.text, "年" | "년"))
            {
                k + 2
            } else {
                k + 1
            };
            cjk_word_at(toks, text, after, &["까지", "まで"]).map(|_| y)
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every word `cjk_terms` looks for holds one of its anchors, so a
    /// clause with none holds none of the words.
    #[test]
    fn every_basis_word_holds_an_anchor() {
        for w in CJK_VOLUME.iter().chain(&CJK_VALUE) {
            assert!(TERMS_ANCHORS.iter().any(|a| w.contains(a)), "{w}");
        }
    }
}
