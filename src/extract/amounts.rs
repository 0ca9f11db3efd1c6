//! Amounts: a number with a currency, a scale or a unit, in English
//! (`US$637,658m`, `Rs 2,502 billion`, `1.2 lakh crore`, `15.2 million
//! units`) or in Chinese, Japanese and Korean (`3,985亿元`, `12兆4517億円`,
//! `1조 2,345억 원`, `400万人`).

use core::ops::Range;

use super::dates::decade_end_at;
use super::headings::Heading;
use super::mention::{
    cjk_hedge_after, cjk_hedge_before, cjk_word_at, currency_before, number, qualifier_before,
    scaled, short_year, slashed, year_value, AmountM, Parsed, Role, Setting, Unit, NUMBER_WORDS,
};
use super::tokens::{Kind, Tok};
use crate::value::vocab::{self, COUNT_NOUNS, PHYSICAL_UNITS};
use crate::{Amount, Currency, Qualifier, Scale, Stated};

/// The scale word at token `k` after the number ending at token `num`.
/// Single letters count only glued to the number ("$5.17B", "£667m").
fn scale_of(toks: &[Tok<'_>], num: usize, k: usize) -> Option<Scale> {
    let w = toks.get(k)?;
    if w.kind != Kind::Word {
        return None;
    }
    let glued = w.start == toks[num].end;
    let (scale, apart) = vocab::scale_word(w.text)?;
    (glued || apart).then_some(scale)
}

/// The physical unit at token `k` ("tonnes", "GW", "吉瓦").
fn physical(toks: &[Tok<'_>], text: &str, k: usize) -> Option<(&'static str, usize)> {
    physical_unit(toks, text, k).map(|(unit, end)| (unit, per_time(toks, end)))
}

/// The end of a unit ending at token `end` with its span of time, if one
/// follows: "/day", "/d", "/yr", "a day", "per day", "a year", "per annum"
/// ("410,000 m³/day", "1.2 million barrels a day" are one amount).
fn per_time(toks: &[Tok<'_>], end: usize) -> usize {
    const SPANS: [&str; 7] = ["day", "d", "year", "yr", "annum", "month", "hour"];
    let per = toks
        .get(end + 1)
        .is_some_and(|t| t.is_sym("/") || t.is_word("a") || t.is_word("per"));
    let span = toks
        .get(end + 2)
        .is_some_and(|t| SPANS.iter().any(|w| t.is_word(w)));
    if per && span {
        end + 2
    } else {
        end
    }
}

/// A physical unit starting at token `k`, and the token it ends at.
fn physical_unit(toks: &[Tok<'_>], text: &str, k: usize) -> Option<(&'static str, usize)> {
    let t = toks.get(k)?;
    if t.kind == Kind::Word {
        // Two words: "sq ft", "sq. ft", "square metres", "cubic metres".
        if t.is_word("sq") || t.is_word("square") || t.is_word("cubic") {
            let dot = usize::from(toks.get(k + 1).is_some_and(|d| d.is_sym(".")));
            let second = toks.get(k + 1 + dot)?;
            return vocab::TWO_WORD_UNITS
                .iter()
                .find(|(a, b, _)| t.is_word(a) && second.is_word(b))
                .map(|&(_, _, unit)| (unit, k + 1 + dot));
        }
        // "m³" and "m3", the power written right after the "m".
        if t.is_word("m") {
            let cubed = toks
                .get(k + 1)
                .filter(|p| p.start == t.end && matches!(p.text, "³" | "3"));
            if cubed.is_some() {
                return Some(("m³", k + 1));
            }
        }
        return PHYSICAL_UNITS
            .iter()
            .find(|(w, _)| is_listed(t, w))
            .map(|&(_, unit)| (unit, k));
    }
    if t.is_cjk() {
        let rest = &text[t.start..];
        let (w, unit) = PHYSICAL_UNITS
            .iter()
            .filter(|(w, _)| !w.is_ascii())
            .max_by_key(|(w, _)| rest.starts_with(w).then_some(w.len()))
            .filter(|(w, _)| rest.starts_with(w))?;
        return Some((unit, last_of(toks, k, t.start + w.len())));
    }
    None
}

/// The index of the last token from `k` that ends at or before byte `end`.
fn last_of(toks: &[Tok<'_>], k: usize, end: usize) -> usize {
    k + toks[k..].iter().take_while(|t| t.end <= end).count().max(1) - 1
}

/// A count noun at token `k`, or after one or two words that describe it
/// ("1,919 electric buses", "4.41 billion social media users"): the index of
/// the noun.
fn count_noun(toks: &[Tok<'_>], k: usize) -> Option<usize> {
    counted_noun(toks, k, |t| COUNT_NOUNS.iter().any(|w| t.is_word(w))).or_else(|| {
        // "charge points", "charging points" (but not "percentage points").
        let at = counted_noun(toks, k, |t| t.is_word("points"))?;
        (at > k && (toks[at - 1].is_word("charge") || toks[at - 1].is_word("charging")))
            .then_some(at)
    })
}

/// [`Tok::is_word`] for a word of a list: the lengths are compared first,
/// so most of the list is passed over without a call.
#[inline]
fn is_listed(t: &Tok<'_>, w: &str) -> bool {
    t.text.len() == w.len() && t.is_word(w)
}

/// After a number with a scale and nothing else that says what it measures,
/// any plural noun is what it counts ("310 million small traders", "2.1
/// billion app downloads"): [`count_noun`] with [`looks_plural`] for the
/// list, so that such a count is not taken for a sum of money written
/// without its currency.
fn plural_noun(toks: &[Tok<'_>], k: usize) -> Option<usize> {
    counted_noun(toks, k, |t| looks_plural(t.text))
}

/// Whether a lower-case word reads as an English plural noun: at least
/// four letters ending in `s`, but not `ss`, `us`, `is` or `ys` ("less",
/// "bonus", "this", "always"), nor a word of time ("years", "months",
/// "times") or of what a sum of money is ("sales", "revenues"); or the
/// plural of an acronym ("EVs", "SUVs"). The names of
/// currencies the vocabulary does not hold ("pesos", "riyals", "lei") count
/// too: such an amount is not compared with one in a known currency.
fn looks_plural(w: &str) -> bool {
    const NOT: &[&str] = &[
        "years",
        "months",
        "weeks",
        "days",
        "times",
        "sales",
        "revenues",
        "afterwards",
        "towards",
        "perhaps",
        "unless",
        "whereas",
    ];
    const CURRENCY_NAMES: &[&str] = &["lei", "lire", "baht", "naira", "rand", "zloty"];
    (w.len() >= 4
        && w.bytes().all(|b| b.is_ascii_lowercase())
        && w.ends_with('s')
        && !["ss", "us", "is", "ys"].iter().any(|e| w.ends_with(e))
        && !NOT.contains(&w))
        || CURRENCY_NAMES.contains(&w)
        || acronym_plural(w)
}

/// Whether a word is the plural of an acronym of two to five capitals:
/// "EVs", "PCs", "SUVs", "GPUs".
fn acronym_plural(w: &str) -> bool {
    w.strip_suffix('s').is_some_and(|stem| {
        (2..=5).contains(&stem.len()) && stem.bytes().all(|b| b.is_ascii_uppercase())
    })
}

/// [`count_noun`] and [`plural_noun`]: a noun `noun` accepts at `k`, or
/// after one or two words that describe it (a word joined by hyphens
/// counting as one: "twenty-foot equivalent units").
fn counted_noun(toks: &[Tok<'_>], k: usize, noun: impl Fn(&Tok<'_>) -> bool) -> Option<usize> {
    let describing = |t: &Tok<'_>| {
        t.kind == Kind::Word
            && !matches!(
                t.text,
                "by" | "in"
                    | "to"
                    | "from"
                    | "of"
                    | "and"
                    | "or"
                    | "the"
                    | "a"
                    | "at"
                    | "as"
                    | "when"
                    | "while"
                    | "if"
                    | "for"
                    | "with"
                    | "on"
                    | "than"
                    | "that"
                    | "which"
                    | "after"
                    | "before"
                    | "until"
                    | "because"
                    | "since"
                    | "per"
            )
            && t.text.bytes().all(|b| b.is_ascii_lowercase())
            && vocab::scale_word(t.text).is_none()
            && vocab::currency(t.text).is_none()
    };
    // Quotation marks around the words: "247 million ‘entrepreneurial
    // households’".
    let quote = |t: &Tok<'_>| matches!(t.text, "‘" | "’" | "'" | "\"" | "“" | "”");
    let mut k = k;
    while toks.get(k).is_some_and(quote) {
        k += 1;
    }
    // (A word joined by hyphens is one word: "twenty-foot equivalent
    // units".)
    let mut words = 0;
    while words < 3 {
        let t = toks.get(k)?;
        if noun(t) {
            return Some(k);
        }
        if words == 2 || !describing(t) {
            return None;
        }
        k += 1;
        while toks
            .get(k)
            .is_some_and(|h| h.is_sym("-") && h.start == toks[k - 1].end)
            && toks
                .get(k + 1)
                .is_some_and(|w| describing(w) && w.start == toks[k].end)
        {
            k += 2;
        }
        words += 1;
    }
    None
}

/// Currency words after a number ("600 billion yuan", "6.10 billion USD").
fn currency_word(t: &Tok<'_>) -> Option<Currency> {
    if t.kind != Kind::Word {
        return None;
    }
    vocab::currency(t.text)
}

/// Amounts: `[qualifier] [currency] number [range] [scale] [currency|unit]`,
/// `between $780 billion and $990 billion`, number words before a scale
/// (`two billion`), and the compounds of Chinese, Japanese and Korean.
pub(super) fn parse_amounts(
    toks: &[Tok<'_>],
    text: &str,
    p: &mut Parsed,
    used: &mut [bool],
    set: Setting<'_>,
) {
    let n = toks.len();
    let mut i = 0;
    // Brackets opened right after an amount hold a conversion of it:
    // "550 billion dollars (over Rs 34,97,000 crore)". Amounts before this
    // token index are such conversions.
    let mut alternative_until: Option<usize> = None;
    // Whether the sentence says "the number of" before a token (read once,
    // when a bare number first asks).
    let mut number_of: Option<Option<usize>> = None;
    while i < n {
        // (Not brackets that open with a date, which hold a figure of
        // another year: "4,500億円（24年3月期は3,120億円）", "$6.8bn (2023:
        // $4.1bn)".)
        let dated = || {
            let num = |k: usize| toks.get(k).is_some_and(|t| t.kind == Kind::Num);
            let sym = |k: usize, s: &str| toks.get(k).is_some_and(|t| t.text == s);
            (num(i + 1) && (sym(i + 2, "年") || sym(i + 2, ":")))
                || cjk_word_at(toks, text, i + 1, &["前期", "前年"]).is_some()
        };
        if toks[i].kind == Kind::Sym
            && matches!(toks[i].text, "(" | "（")
            && p.amounts.last().is_some_and(|a| a.last + 1 == i)
            && !dated()
        {
            alternative_until =
                (i + 1..n.min(i + 40)).find(|&k| matches!(toks[k].text, ")" | "）"));
            if let Some(end) = alternative_until {
                p.alternatives.push((i, end));
            }
        }
        let t = toks[i];
        // "two billion": a number word before a scale word (ruled out
        // first by the word after it, which is rarely a scale word).
        let word_number = t.kind == Kind::Word
            && t.text.len() <= 7
            && toks.get(i + 1).is_some_and(|n| {
                ["thousand", "million", "billion", "trillion"]
                    .iter()
                    .any(|w| n.is_word(w))
            })
            && NUMBER_WORDS.iter().any(|(w, _)| t.is_word(w));
        if !(t.kind == Kind::Num || word_number) || used[i] {
            i += 1;
            continue;
        }
        let found = if t.kind == Kind::Num {
            cjk_amount(toks, text, i)
                .or_else(|| english_amount(toks, text, i, used, set))
                .or_else(|| restated_bare(toks, i, p.amounts.last()))
                .or_else(|| elliptical_amount(toks, i, p.amounts.last()))
                .or_else(|| paired_start(toks, text, i, used, set))
                .or_else(|| counted_amount(toks, i, &mut number_of, p.amounts.last()))
                .or_else(|| headed_amount(toks, i, set.heading))
        } else {
            word_amount(toks, text, i)
        };
        let Some(found) = found else {
            i += 1;
            continue;
        };
        let Found {
            stated,
            unit,
            first,
            last,
        } = found;
        let (stated, unit) = unprefixed(stated, unit);
        // An increment ("grow by $2 billion", "an additional 43 million",
        // "will add $1.2 billion")
        // or a conversion in brackets after another amount is not a level.
        let before = |d: usize| first.checked_sub(d).map(|k| toks[k]);
        let increment = before(1).is_some_and(|t| {
            ["by", "additional", "add", "adds", "added", "adding"]
                .iter()
                .any(|w| t.is_word(w))
        });
        let bracketed = alternative_until.is_some_and(|end| first < end);
        // A goal, not a level: "the ministry's target of $350 billion", "an
        // aim of", 目标.
        let goal = (before(1).is_some_and(|t| t.is_word("of"))
            && before(2).is_some_and(|t| {
                ["target", "goal", "aim", "ambition", "objective"]
                    .iter()
                    .any(|w| t.is_word(w))
            }))
            || (1..=2).any(|d| before(d).is_some_and(|t| matches!(t.text, "目" | "標" | "标")));
        // Unless the sentence goes on to the growth the goal takes: "set a
        // target of $3.1 billion for fiscal 2031, implying compound annual
        // growth of roughly 9%" (a word of implying or requiring between it
        // and a compound annual rate after it).
        let implied = || {
            p.rates.iter().any(|r| {
                r.cagr
                    && r.first > last
                    && (last + 1..r.first).any(|k| {
                        [
                            "implying",
                            "implies",
                            "imply",
                            "requiring",
                            "require",
                            "requires",
                            "mean",
                            "means",
                        ]
                        .iter()
                        .any(|w| toks[k].is_word(w))
                    })
            })
        };
        let goal = goal && !implied();
        let alternative = before(1).is_some_and(|t| t.is_word("or"))
            && p.amounts.last().is_some_and(|a| a.last + 3 >= first);
        // Another value of the amount before it: "$2.6 billion or $3.1
        // billion in 2023", "$410 million, revised from $350 million", "2.9
        // million (originally reported as 2.5 million)".
        // (Another source's value restates the end marked "to" before it,
        // if any: its forecast, "reach $12 billion by 2028, from $8.1
        // billion in 2024; a rival firm … forecasting $14 billion".)
        let restates = p.amounts.len().checked_sub(1).and_then(|last_j| {
            let prev = &p.amounts[last_j];
            let j = if alternative
                || restatement_before(toks, (prev.first, prev.last), first)
                || each_sourced(toks, prev.last, first, last)
            {
                last_j
            } else if second_source(toks, prev.last, first) {
                p.amounts
                    .iter()
                    .rposition(|a| a.role == Role::To)
                    .unwrap_or(last_j)
            } else {
                return None;
            };
            let prev = &p.amounts[j];
            (same_kind(prev.unit, unit) && near_value(prev.stated, stated)).then_some(j)
        });
        for u in used.iter_mut().take(last + 1).skip(i) {
            *u = true;
        }
        // Korean and Japanese mark the role after the amount (and after a
        // conversion in brackets): "4698억달러(614조원)에서" (from), "까지"
        // (to), "から", "まで", "へ".
        let mut after_at = last + 1;
        if toks
            .get(after_at)
            .is_some_and(|t| matches!(t.text, "(" | "（"))
        {
            if let Some(close) =
                (after_at..n.min(after_at + 40)).find(|&k| matches!(toks[k].text, ")" | "）"))
            {
                after_at = close + 1;
            }
        }
        let postposition = toks.get(after_at).filter(|t| t.is_cjk()).and_then(|t| {
            let rest = &text[t.start..];
            if ["에서", "부터", "から"].iter().any(|w| rest.starts_with(w)) {
                Some(Role::From)
            } else if ["까지", "まで", "へ", "로", "으로"]
                .iter()
                .any(|w| rest.starts_with(w))
            {
                Some(Role::To)
            } else {
                None
            }
        });
        // "from last year's $4 billion", "from 2023's $4 billion": "from"
        // before a possessive date.
        let possessive = before(1).is_some_and(|t| t.is_word("s"))
            && before(2).is_some_and(|t| matches!(t.text, "'" | "’"));
        let from_dated = possessive
            && (before(4).is_some_and(|t| t.is_word("from"))
                && before(3).is_some_and(|t| year_value(&t).is_some())
                || before(5).is_some_and(|t| t.is_word("from"))
                    && before(3).is_some_and(|t| t.is_word("year")));
        let role = match before(1) {
            _ if from_dated => Role::From,
            Some(t) if t.is_word("from") || matches!(t.text, "由" | "从" | "從") => Role::From,
            Some(t)
                if [
                    "to", "reach", "reaching", "reached", "hit", "touch", "touching",
                ]
                .iter()
                .any(|w| t.is_word(w))
                    || matches!(t.text, "至" | "到" | "达" | "達") =>
            {
                Role::To
            }
            _ => postposition.unwrap_or(Role::Unknown),
        };
        p.amounts.push(AmountM {
            stated,
            unit,
            span: toks[first].start..toks[last].end,
            first,
            last,
            when: None,
            relative: false,
            ago: None,
            or_before: false,
            period_end: period_end_after(toks, last + 1),
            chained: None,
            list: None,
            run: None,
            run_future: false,
            skip: increment || bracketed || alternative || goal || restates.is_some(),
            restates,
            compared: compared_before(toks, first),
            aimed: (1..=3).any(|d| {
                first.checked_sub(d).is_some_and(|k| {
                    expectation_at(toks, k) && (k + 1..first).all(|j| toks[j].kind == Kind::Word)
                })
            }),
            increment,
            role,
            slashed: slashed(toks, first, last),
        });
        i = last + 1;
    }
}

/// An amount in a unit with a metric prefix (`vocab::PREFIXED_UNITS`:
/// "850 MW", "2.1 GW", "1.2亿千瓦") in the unit without it, the prefix
/// carried by the scale, its printed digits kept: "850 MW" is 850 million W
/// and "2.1 GW" 2.1 billion W, so the two pair as ends of one series. The
/// amount as it was where the scale would pass a trillion or is a lakh or
/// crore.
fn unprefixed(stated: Stated<Amount>, unit: Unit) -> (Stated<Amount>, Unit) {
    let Unit::Physical(name) = unit else {
        return (stated, unit);
    };
    let Some(&(_, bare, e)) = vocab::PREFIXED_UNITS.iter().find(|(u, _, _)| *u == name) else {
        return (stated, unit);
    };
    match scaled_up(stated, e) {
        Some(out) => (out, Unit::Physical(bare)),
        None => (stated, unit),
    }
}

/// `stated` times `10^e`, carried by its scale (`e` a multiple of three),
/// its printed digits, range and hedge kept; `None` where no scale is
/// that large.
fn scaled_up(stated: Stated<Amount>, e: i32) -> Option<Stated<Amount>> {
    let convert = |a: Amount| -> Option<Amount> {
        let exponent = a.scale().exponent() + e;
        let scale = Scale::ALL.into_iter().find(|s| s.exponent() == exponent)?;
        let base = crate::num::decimal::shift(a.value(), e);
        Some(Amount::from_base(base).ok()?.in_scale(scale))
    };
    let low = convert(stated.value())?;
    let mut out = match (stated.upper(), stated.decimals()) {
        (Some(high), _) => Stated::<Amount>::range(low, convert(high)?).ok()?,
        (None, Some(d)) => Stated::printed(low, d),
        (None, None) => Stated::exact(low),
    };
    if let Some(q) = stated.qualifier() {
        out = out.qualified(q);
    }
    Some(out)
}

/// Whether "by the end of the forecast period" starts at token `k`, right
/// after an amount: "by", "at", "until" or "to", then "the end of", then
/// "the" or "this", then "period" or a kind of period ("forecast",
/// "projection", "review", "assessment") and "period".
fn period_end_after(toks: &[Tok<'_>], k: usize) -> bool {
    let word = |d: usize, w: &str| toks.get(k + d).is_some_and(|t| t.is_word(w));
    let kind = |d: usize| {
        ["forecast", "projection", "review", "assessment"]
            .iter()
            .any(|w| word(d, w))
    };
    ["by", "at", "until", "to"].iter().any(|w| word(0, w))
        && word(1, "the")
        && word(2, "end")
        && word(3, "of")
        && (word(4, "the") || word(4, "this"))
        && (word(5, "period") || (kind(5) && word(6, "period")))
}

/// An amount as read: the figure, its unit and its first and last tokens.
struct Found {
    stated: Stated<Amount>,
    unit: Unit,
    first: usize,
    last: usize,
}

/// An English amount whose number is token `i`.
fn english_amount(
    toks: &[Tok<'_>],
    text: &str,
    i: usize,
    used: &[bool],
    set: Setting<'_>,
) -> Option<Found> {
    let t = toks[i];
    let prefix = currency_before(toks, i, || set.yen(text));
    // Without a currency before it, an amount has a word after it (a scale,
    // a currency, a unit) or a range: most numbers (years among them) are
    // ruled out here, before they are parsed.
    if prefix.is_none()
        && !toks
            .get(i + 1)
            .is_some_and(|n| n.kind == Kind::Word || n.is_dash())
    {
        return None;
    }
    let (value, decimals) = number(&t)?;
    let mut first = prefix.map_or(i, |(_, k)| k);
    let mut k = i + 1;
    // A range: "120 to 130 billion", "221-275 million", "US$ 170 – US$ 190
    // billion", "between $780 billion and $990 billion".
    let mut upper = None;
    let after = |w: &str| {
        i.checked_sub(1).is_some_and(|k| toks[k].is_word(w))
            || prefix.is_some_and(|(_, k)| k.checked_sub(1).is_some_and(|k| toks[k].is_word(w)))
    };
    if let Some(sep) = toks.get(k) {
        // "between $780 billion and $990 billion": the unit may come
        // after each end.
        let mut between_and = None;
        if after("between") {
            let unit_end = scale_of(toks, i, k).map_or(k, |_| k + 1);
            if toks.get(unit_end).is_some_and(|a| a.is_word("and")) {
                between_and = Some(unit_end);
            }
        }
        if sep.is_dash() || sep.is_word("to") || between_and.is_some() {
            let mut m = between_and.unwrap_or(k) + 1;
            if let Some(next) = toks.get(m) {
                if next.kind == Kind::Sym && !next.is_dash() || next.text == "US" {
                    m += if next.text == "US" { 2 } else { 1 };
                }
            }
            // Not a range: a year ("2021 to $370.98 billion"), a fiscal
            // year ("FY24 to ₹6,100 crore", "2023-24 to"), or "from $2.1 to $3.2
            // billion", which is a start and an end.
            let year_like = prefix.is_none() && year_value(&t).is_some();
            // (Nor the end of a fiscal year or a season, "in 2023-24 to
            // ₹2,38,000 crore", "in 2016/17 to £27.1 million".)
            let fiscal_end = prefix.is_none() && fiscal_tail(toks, i);
            let fiscal = after("fy") || after("cy") || after("fiscal") || fiscal_end;
            let plausible = !(year_like || fiscal || (after("from") && sep.is_word("to")));
            if let Some(h) = toks
                .get(m)
                .filter(|h| plausible && h.kind == Kind::Num && !used[m])
                .and_then(number)
                .filter(|&(h, _)| h >= value)
            {
                // Only when the second number carries the unit.
                let unit_follows = toks.get(m + 1).is_some_and(|u| {
                    scale_of(toks, m, m + 1).is_some() || currency_word(u).is_some()
                });
                if unit_follows {
                    upper = Some((h, m));
                    k = m + 1;
                }
            }
        }
    }
    let num_end = k - 1;
    let mut scale = scale_of(toks, num_end, k);
    if scale.is_some() {
        k += 1;
        // "1.2 lakh crore" is 1.2 trillion.
        if scale == Some(Scale::Lakh)
            && toks
                .get(k)
                .is_some_and(|w| w.is_word("crore") || w.is_word("crores"))
        {
            scale = Some(Scale::Trillion);
            k += 1;
        }
        // "Mrd." and "mio.": the abbreviation's full stop.
        if toks.get(k).is_some_and(|d| d.is_sym(".")) && toks[k - 1].text.len() == 3 {
            k += 1;
        }
        // "millions d'euros", "milliards de dollars": French "de" before
        // the currency.
        let currency_at = |j: usize| toks.get(j).and_then(currency_word).is_some();
        let elided = toks.get(k).is_some_and(|d| d.is_word("d"))
            && toks.get(k + 1).is_some_and(|q| matches!(q.text, "'" | "’"));
        if elided && currency_at(k + 2) {
            k += 2;
        } else if toks.get(k).is_some_and(|d| d.is_word("de")) && currency_at(k + 1) {
            k += 1;
        }
    }
    let mut currency = prefix.map(|(c, _)| c);
    let mut unit = None;
    let mut count = false;
    // "U.S. dollars", "US dollars".
    let us = match (
        toks.get(k),
        toks.get(k + 1),
        toks.get(k + 2),
        toks.get(k + 3),
    ) {
        (Some(u), Some(d), Some(s2), Some(w))
            if u.text == "U"
                && d.is_sym(".")
                && s2.text == "S"
                && (w.is_sym(".") || w.is_word("dollars")) =>
        {
            let dollars = if w.is_sym(".") { k + 4 } else { k + 3 };
            toks.get(dollars)
                .filter(|t| t.is_word("dollars") || t.is_word("dollar"))
                .map(|_| dollars + 1)
        }
        (Some(u), Some(w), _, _)
            if u.text == "US" && (w.is_word("dollars") || w.is_word("dollar")) =>
        {
            Some(k + 2)
        }
        _ => None,
    };
    if let Some(next) = us {
        currency = currency.or(Some(Currency::USD));
        k = next;
    } else if let Some(w) = toks.get(k) {
        if let Some(c) = currency_word(w) {
            currency = currency.or(Some(c));
            k += 1;
        } else if let Some((u, end)) = physical(toks, text, k).filter(|_| w.kind == Kind::Word) {
            unit = Some(u);
            k = end + 1;
        } else if currency.is_none() && (scale.is_some() || year_value(&t).is_none()) {
            // (A year is no count: "by 2029 as households leave", "in 2024
            // households spent".)
            let plural = || scale.is_some().then(|| plural_noun(toks, k)).flatten();
            if let Some(noun) = count_noun(toks, k).or_else(plural) {
                count = true;
                k = noun + 1;
            }
        }
    }
    if currency.is_none() && scale.is_none() && unit.is_none() && !count {
        return None;
    }
    let mut last = k - 1;
    let scale = scale.unwrap_or(Scale::One);
    // The amount in base units straight from the digits.
    let make = |k: usize| -> Option<Amount> {
        let a = Amount::from_base(scaled(&toks[k], scale.exponent())?)
            .ok()?
            .in_scale(scale);
        Some(match currency {
            Some(c) => a.with_currency(c),
            None => a,
        })
    };
    let mut stated = match (make(i), upper.and_then(|(_, m)| make(m))) {
        (Some(lo), Some(hi)) => Stated::<Amount>::range(lo, hi).ok()?,
        (Some(a), None) => Stated::printed(a, decimals),
        _ => return None,
    };
    // "the $7 billion mark": the words around it are the amount's, and a
    // hedge before "the" is its ("cross the $7 billion mark").
    const MARKS: [&str; 4] = ["mark", "milestone", "threshold", "level"];
    let the = first.checked_sub(1).filter(|&t| toks[t].is_word("the"));
    let marked = toks
        .get(last + 1)
        .is_some_and(|t| MARKS.iter().any(|m| t.is_word(m)));
    if let (Some(the), true) = (the, marked) {
        last += 1;
        first = the;
    }
    if after("between") && upper.is_some() {
        first -= 1;
    } else if let Some((q, at)) = qualifier_before(toks, first) {
        if upper.is_none() {
            stated = stated.qualified(q);
        }
        first = at;
    }
    if let Some((q, end)) = hedge_after(toks, last) {
        if upper.is_none() && stated.qualifier().is_none() {
            stated = stated.qualified(q);
        }
        last = end;
    }
    // A bare scale whose subject just before counts things ("Subscribers
    // numbered 12.5 million", "Shipments reached 1.2 billion") is a count.
    if currency.is_none() && unit.is_none() && !count {
        count = counted_subject(toks, first) || number_of_before(toks, first);
    }
    let unit = Unit::of(currency, unit, count);
    Some(Found {
        stated,
        unit,
        first,
        last,
    })
}

/// Whether a word that names things counted (a measure of units or users:
/// "shipments", "deliveries", "volumes", "subscribers", "users"; or
/// "population") comes
/// within the four words before token `first`, with no number or comma
/// between: the subject of the amount there.
fn counted_subject(toks: &[Tok<'_>], first: usize) -> bool {
    (first.saturating_sub(4)..first)
        .rev()
        .take_while(|&k| toks[k].kind != Kind::Num && !toks[k].is_sym(","))
        .any(|k| {
            toks[k].kind == Kind::Word
                && (matches!(vocab::measure(toks[k].text), Some("units" | "users"))
                    || toks[k].is_word("population"))
        })
}

/// Whether token `k` ends a verb of expectation: "foresees", "expects",
/// "projects", "forecasts", "predicts", "envisages", "targets", "sees",
/// "plans" (and their plain forms), or "calls for".
fn expectation_at(toks: &[Tok<'_>], k: usize) -> bool {
    const VERBS: [&str; 20] = [
        "foresees",
        "foresee",
        "expects",
        "expect",
        "projects",
        "project",
        "forecasts",
        "predicts",
        "predict",
        "envisages",
        "envisage",
        "envisions",
        "anticipates",
        "anticipate",
        "targets",
        "target",
        "sees",
        "see",
        "plans",
        "plan",
    ];
    VERBS.iter().any(|w| toks[k].is_word(w))
        || (toks[k].is_word("for")
            && k.checked_sub(1).is_some_and(|j| {
                ["calls", "call", "called"]
                    .iter()
                    .any(|w| toks[j].is_word(w))
            }))
}

/// Whether a place and then a year follow token `i`: "on" or "in", up to
/// three lower-case words ("the" among them), then "by" or "in" and a year
/// ("12,000 on the streets by 2027", "40,000 in service by 2030").
fn dated_after_place(toks: &[Tok<'_>], i: usize) -> bool {
    let word = |k: usize, w: &str| toks.get(k).is_some_and(|t| t.is_word(w));
    if !(word(i + 1, "on") || word(i + 1, "in")) {
        return false;
    }
    let plain = |k: usize| {
        toks.get(k).is_some_and(|t| {
            t.kind == Kind::Word
                && t.text.bytes().all(|b| b.is_ascii_lowercase())
                && !matches!(t.text, "by" | "in" | "and" | "or" | "but")
        })
    };
    let words = (i + 2..i + 5).take_while(|&k| plain(k)).count();
    let lead = i + 2 + words;
    (1..=3).contains(&words)
        && (word(lead, "by") || word(lead, "in"))
        && (yearish(toks, lead + 1)
            || (toks
                .get(lead + 1)
                .is_some_and(|f| f.is_word("fy") || f.is_word("fiscal"))
                && yearish(toks, lead + 2)))
}

/// Whether "sales of" stands at token `k` before a plural noun within the
/// three words after "of" ("Sales of home wallboxes", "sales of electric
/// scooters"): sales counted in the things sold.
fn sales_of_things(toks: &[Tok<'_>], k: usize) -> bool {
    toks[k].is_word("sales")
        && toks.get(k + 1).is_some_and(|t| t.is_word("of"))
        && (k + 2..(k + 5).min(toks.len()))
            .take_while(|&j| toks[j].kind == Kind::Word)
            .any(|j| looks_plural(toks[j].text))
}

/// Whether "the number of" stands in the sixteen tokens before token
/// `first`, in its clause (no `,` or `;` between): "as the number of public
/// charge points rises from 270,000 in 2023 to 1.1 million" counts.
fn number_of_before(toks: &[Tok<'_>], first: usize) -> bool {
    (first.saturating_sub(16)..first)
        .rev()
        .take_while(|&k| !(toks[k].is_sym(",") || toks[k].is_sym(";")))
        .any(|k| toks[k].is_word("of") && k > 0 && toks[k - 1].is_word("number"))
}

/// An English hedge after the amount ending at token `last` ("or more",
/// "or so", "plus", "+" or "-plus" glued to it; see
/// [`vocab::HEDGES_AFTER`]): the qualifier and its last token. "plus"
/// before another figure is a sum, not a hedge.
fn hedge_after(toks: &[Tok<'_>], last: usize) -> Option<(Qualifier, usize)> {
    let next = toks.get(last + 1)?;
    let glued = next.start == toks[last].end;
    let figure_at = |k: usize| {
        toks.get(k).is_some_and(|t| {
            t.kind == Kind::Num
                || (t.kind == Kind::Sym && !matches!(t.text, "," | "." | ";" | ":" | ")"))
        })
    };
    if glued && next.is_sym("+") && !figure_at(last + 2) {
        return Some((Qualifier::Over, last + 1));
    }
    if glued && next.is_dash() && toks.get(last + 2).is_some_and(|t| t.is_word("plus")) {
        return Some((Qualifier::Over, last + 2));
    }
    vocab::HEDGES_AFTER.iter().find_map(|&(words, q)| {
        let end = last + words.len();
        let matches = words
            .iter()
            .enumerate()
            .all(|(j, w)| toks.get(last + 1 + j).is_some_and(|t| t.is_word(w)));
        (matches && !figure_at(end + 1)).then_some((q, end))
    })
}

/// Verbs and auxiliaries that open a clause with no subject of its own
/// after "and": the clause goes on speaking of the sentence's subject.
const GOES_ON: &[&str] = &[
    "is",
    "are",
    "was",
    "were",
    "will",
    "would",
    "should",
    "could",
    "may",
    "might",
    "can",
    "has",
    "have",
    "had",
    "expected",
    "projected",
    "forecast",
    "set",
    "poised",
    "likely",
    "reach",
    "reached",
    "reaching",
    "grow",
    "grew",
    "rise",
    "rose",
    "climb",
    "climbed",
    "hit",
    "then",
    "further",
];

/// Marks the ends reached in a clause that goes on from the end before it
/// ([`AmountM::chained`]): an amount "to" or "reach" marks as an end, whose
/// clause opens with "and" and a word of [`GOES_ON`] after an earlier end
/// (dated, marked the same way), with no other amount, contrast word or
/// `;` between.
pub(super) fn link_chains(toks: &[Tok<'_>], p: &mut Parsed) {
    let levels: Vec<usize> = (0..p.amounts.len())
        .filter(|&i| !p.amounts[i].skip)
        .collect();
    for w in levels.windows(2) {
        let (a, b) = (&p.amounts[w[0]], &p.amounts[w[1]]);
        if a.role != Role::To || b.role != Role::To || a.when.is_none() {
            continue;
        }
        let gap = &toks[a.last + 1..b.first];
        let stop = gap.iter().any(|t| {
            t.is_sym(";")
                || ["while", "whereas", "but", "although"]
                    .iter()
                    .any(|w| t.is_word(w))
        });
        let and = gap.iter().rposition(|t| t.is_word("and"));
        let goes_on = and.is_some_and(|k| {
            gap.get(k + 1)
                .is_some_and(|t| GOES_ON.iter().any(|w| t.is_word(w)))
        });
        if goes_on && !stop {
            p.amounts[w[1]].chained = and.map(|k| a.last + 1 + k);
        }
    }
}

/// Marks the runs of a series' dated values ([`AmountM::run`]): levels of
/// one kind, each dated later than the one before and not marked as a start,
/// with nothing between one and the next but year phrases ("by 2028", "in
/// FY25", "by the end of 2030") and a comma, "and" or "then" ("61 million
/// by 2028 and 70 million by 2030", "$4.0bn in 2020, $5.1bn in 2023 and
/// $5.6bn in 2025"; in Chinese, Japanese and Korean also a year marker
/// and a word of the future: "2025年达到3,300亿元，2030年有望突破6,000亿元";
/// after a value worded for the future, a verb of reaching too: "will
/// reach 61 million by 2028 and climb to 70 million by 2030"). Any other
/// verb, "from" or a name between ends the run.
pub(super) fn link_runs(toks: &[Tok<'_>], text: &str, p: &mut Parsed) {
    const CJK_LINKS: &[&str] = &[
        "年",
        "년",
        "有望",
        "预计",
        "預計",
        "可望",
        "或将",
        "或將",
        "将",
        "將",
        "までに",
        "には",
    ];
    // Verbs of reaching, between two forecast values only: the earlier one
    // has a word of the future before it in its clause ("预计2025年达到
    // 3,300亿元，2030年有望达到5,000亿元", "will reach 61 million by 2028 and
    // climb to 70 million by 2030"), where "2022年为2,400亿元，预计2030年将达到…"
    // and "was $3.2bn in 2023 and will reach …" are a history and a forecast.
    const CJK_REACH: &[&str] = &["达到", "達到", "突破", "超过", "超過", "增至", "达", "達"];
    const REACHING: &[&str] = &[
        "reach", "reaching", "hit", "hitting", "top", "topping", "rise", "rising", "climb",
        "climbing", "grow", "growing", "to",
    ];
    let forecast = |a: &AmountM| {
        let lo = (a.first.saturating_sub(16)..a.first)
            .rev()
            .find(|&k| matches!(toks[k].text, "," | "，" | "、" | "；" | ";" | "。" | "."))
            .map_or(a.first.saturating_sub(16), |k| k + 1);
        super::mention::future_words(&toks[lo..a.first], text)
    };
    let levels: Vec<usize> = (0..p.amounts.len())
        .filter(|&i| !p.amounts[i].skip)
        .collect();
    for w in levels.windows(2) {
        let (a, b) = (&p.amounts[w[0]], &p.amounts[w[1]]);
        let later = matches!((a.year(), b.year()), (Some(x), Some(y)) if x < y);
        if !later || !a.unit.compatible(b.unit) || b.role == Role::From {
            continue;
        }
        let (mut k, mut joined) = (a.last + 1, false);
        // (Asked once, at the first verb: most gaps have none.)
        let mut reach_ok = None;
        let mut reach_ok = || *reach_ok.get_or_insert_with(|| forecast(a));
        while k < b.first {
            if let Some(year) = end_of_year(toks, k) {
                k = year + 1;
                continue;
            }
            let t = toks[k];
            if matches!(t.text, "," | "，" | "、") || t.is_word("and") || t.is_word("then") {
                joined = true;
            } else if t.is_cjk() {
                let reach = || cjk_word_at(toks, text, k, CJK_REACH).filter(|_| reach_ok());
                match cjk_word_at(toks, text, k, CJK_LINKS).or_else(reach) {
                    Some(next) => {
                        k = next;
                        continue;
                    }
                    None => break,
                }
            } else if !(year_word(toks, k) || (REACHING.iter().any(|w| t.is_word(w)) && reach_ok()))
            {
                break;
            }
            k += 1;
        }
        if k == b.first && joined {
            let start = a.run.unwrap_or(a.first);
            let future = if a.run.is_some() {
                a.run_future
            } else {
                forecast(a)
            };
            for i in [w[0], w[1]] {
                p.amounts[i].run = Some(start);
                p.amounts[i].run_future = future;
            }
        }
    }
}

/// Whether token `k` is a year: `2024`, or the `24` of `FY24`, `fiscal
/// 2024`, `CY24`.
fn yearish(toks: &[Tok<'_>], k: usize) -> bool {
    let fiscal = k
        .checked_sub(1)
        .is_some_and(|f| ["fy", "fiscal", "cy"].iter().any(|w| toks[f].is_word(w)));
    toks.get(k)
        .is_some_and(|t| year_value(t).is_some() || (fiscal && short_year(t).is_some()))
}

/// Whether token `k` belongs to a year phrase: a year ([`yearish`]), the
/// end of a fiscal year or season after it ("2023-24", "2015/16": the dash
/// or slash and the two digits), or "in", "by", "FY", "fiscal", "CY".
fn year_word(toks: &[Tok<'_>], k: usize) -> bool {
    yearish(toks, k)
        || fiscal_tail(toks, k)
        || ["in", "by", "fy", "fiscal", "cy"]
            .iter()
            .any(|w| toks[k].is_word(w))
}

/// Whether token `k` is the dash or slash of a fiscal year or season after
/// its first year ("2023-24", "2015/16"), or its two digits.
fn fiscal_tail(toks: &[Tok<'_>], k: usize) -> bool {
    let joiner = |j: usize| toks[j].is_dash() || toks[j].is_sym("/");
    let two = |j: usize| {
        toks.get(j)
            .is_some_and(|t| t.kind == Kind::Num && t.text.len() == 2)
    };
    let year = |j: usize| year_value(&toks[j]).is_some();
    (joiner(k) && k >= 1 && year(k - 1) && two(k + 1))
        || (two(k) && k >= 2 && joiner(k - 1) && year(k - 2))
}

/// Whether "in" or "by" and a year follow token `i` ("175,000 in 2024",
/// "150,000 in FY20"; "30,000 by the end of the decade", "73,300 at the end
/// of last year": [`relative_year_end`]), or a year alone in brackets
/// ("48,500 (2018)"), maybe after a word of forecast ("212,000 expected in
/// 2030", "120,000 are expected by 2030").
/// Words of a ratio, a share or a rank: a bare number after them is no
/// level of a series.
const RATIO_WORDS: [&str; 15] = [
    "share",
    "shares",
    "rate",
    "rates",
    "ratio",
    "margin",
    "margins",
    "percentage",
    "score",
    "scores",
    "rank",
    "ranking",
    "points",
    "price",
    "prices",
];

/// Whether the bare number at token `i` is an end of a dated pair marked
/// "from" and "to": "from 114 in 2020 to 259 in 2024", "from about 52 (2016)
/// to nearly 140 (2023)". Both ends are whole numbers, each dated right
/// after it, and "to" stands at most five tokens after the start with no
/// number but its year between.
fn dated_pair(toks: &[Tok<'_>], i: usize) -> bool {
    let whole = |k: usize| {
        toks.get(k)
            .filter(|t| t.kind == Kind::Num && year_value(t).is_none())
            .and_then(number)
            .is_some_and(|(_, d)| d == 0)
    };
    let first_of = |k: usize| qualifier_before(toks, k).map_or(k, |(_, f)| f);
    // The end a start at token `a` runs to.
    let end_of = |a: usize| -> Option<usize> {
        let f = first_of(a);
        if !(f > 0 && toks[f - 1].is_word("from") && whole(a) && dated_after(toks, a)) {
            return None;
        }
        let to = (a + 1..(a + 6).min(toks.len())).find(|&k| toks[k].is_word("to"))?;
        let clear = gap_of_years(toks, a, to, 5).is_some();
        let end = (to + 1..(to + 4).min(toks.len())).find(|&k| toks[k].kind == Kind::Num)?;
        (clear && first_of(end) == to + 1 && whole(end) && dated_after(toks, end)).then_some(end)
    };
    end_of(i).is_some() || (i.saturating_sub(10)..i).any(|a| end_of(a) == Some(i))
}

fn dated_after(toks: &[Tok<'_>], i: usize) -> bool {
    // (A word of forecast may come first: "212,000 expected in 2030".)
    let forecast = |k: usize| {
        toks.get(k)
            .is_some_and(|t| vocab::FORECAST_PARTICIPLES.iter().any(|w| t.is_word(w)))
    };
    let helper = toks
        .get(i + 1)
        .is_some_and(|t| t.is_word("are") || t.is_word("is"));
    let i = if forecast(i + 1) {
        i + 1
    } else if helper && forecast(i + 2) {
        i + 2
    } else {
        i
    };
    let fiscal = |k: usize| {
        toks.get(k)
            .is_some_and(|f| ["fy", "fiscal", "cy"].iter().any(|w| f.is_word(w)))
    };
    let sym = |k: usize, s: [&str; 2]| toks.get(k).is_some_and(|t| s.iter().any(|s| t.is_sym(s)));
    let bracketed = sym(i + 1, ["(", "（"]) && yearish(toks, i + 2) && sym(i + 3, [")", "）"]);
    bracketed
        || toks
            .get(i + 1)
            .is_some_and(|w| w.is_word("in") || w.is_word("by"))
            && (yearish(toks, i + 2) || (fiscal(i + 2) && yearish(toks, i + 3)))
        || end_of_year(toks, i + 1).is_some()
        || relative_year_end(toks, i + 1).is_some()
}

/// The last token of a relative date phrase from token `k`: "by", "at" or
/// "until" and "the end of the decade" ([`decade_end_at`]); or "in", "at"
/// or "by", then "the end of" or nothing, then "last year", "this year" or
/// "next year" ("at the end of last year", "by next year"); or "last year"
/// or "this year" alone, not a possessive ("212,000 units last year, are
/// expected to climb to …"; not "last year's").
fn relative_year_end(toks: &[Tok<'_>], k: usize) -> Option<usize> {
    let word = |k: usize, w: &str| toks.get(k).is_some_and(|t| t.is_word(w));
    if (word(k, "by") || word(k, "at") || word(k, "until")) && decade_end_at(toks, k + 1).is_some()
    {
        return decade_end_at(toks, k + 1).map(|(_, last)| last);
    }
    let possessive = toks.get(k + 2).is_some_and(|t| matches!(t.text, "'" | "’"));
    if (word(k, "last") || word(k, "this")) && word(k + 1, "year") && !possessive {
        return Some(k + 1);
    }
    if !(word(k, "in") || word(k, "at") || word(k, "by")) {
        return None;
    }
    let mut j = k + 1;
    if word(j, "the") && word(j + 1, "end") && word(j + 2, "of") {
        j += 3;
    }
    ((word(j, "last") || word(j, "this") || word(j, "next")) && word(j + 1, "year"))
        .then_some(j + 1)
}

/// "at the end of 2021", "by the end of 2030", "at end-2024", "at
/// year-end 2023", "as of end-2022" from token `k`: the index of the year.
fn end_of_year(toks: &[Tok<'_>], k: usize) -> Option<usize> {
    let word = |k: usize, w: &str| toks.get(k).is_some_and(|t| t.is_word(w));
    let mut k = if word(k, "at") || word(k, "by") || word(k, "in") {
        k + 1
    } else if word(k, "as") && word(k + 1, "of") {
        k + 2
    } else {
        return None;
    };
    if word(k, "the") {
        k += 1;
    }
    if word(k, "year") && toks.get(k + 1).is_some_and(Tok::is_dash) {
        k += 2;
    }
    if !word(k, "end") {
        return None;
    }
    k += 1;
    if word(k, "of") || toks.get(k).is_some_and(Tok::is_dash) {
        k += 1;
    }
    yearish(toks, k).then_some(k)
}

/// Verbs of reaching that may stand before an elliptical end ("… in 2023
/// and expects around 300,000 by 2030").
const REACH: [&str; 16] = [
    "reach", "reaches", "reaching", "reached", "hit", "hits", "top", "tops", "topped", "exceed",
    "exceeds", "exceeded", "expects", "expect", "targets", "sees",
];

/// Verbs of change that lead a predicate to the number after their "to"
/// ("will grow to", "rose to").
const CHANGE_TO: [&str; 20] = [
    "grow",
    "grows",
    "grew",
    "rise",
    "rises",
    "rose",
    "climb",
    "climbs",
    "climbed",
    "increase",
    "increases",
    "increased",
    "jump",
    "jumps",
    "jumped",
    "expand",
    "expands",
    "expanded",
    "swell",
    "surge",
];
/// Verbs of reaching that may lead a predicate to the number right after
/// them ("should reach 12,000", "topped 2 million").
const REACHED: [&str; 14] = [
    "reach",
    "reaches",
    "reached",
    "hit",
    "hits",
    "top",
    "tops",
    "topped",
    "exceed",
    "exceeds",
    "exceeded",
    "surpass",
    "surpasses",
    "surpassed",
];

/// Where a predicate that carries an amount to the number after token
/// `joiner` begins: an optional comma (closing an apposition: "The fleet,
/// 4,500 buses in 2024, will grow to 12,000 by 2032"), up to four
/// [`HELPERS`], then a verb of [`CHANGE_TO`] and "to" or a verb of
/// [`REACHED`] at `joiner` ("is expected to reach"); no earlier than
/// `floor`.
fn predicate_start(toks: &[Tok<'_>], joiner: usize, floor: usize) -> Option<usize> {
    let is = |k: usize, words: &[&str]| words.iter().any(|w| toks[k].is_word(w));
    let verb = if toks[joiner].is_word("to") {
        joiner.checked_sub(1).filter(|&v| is(v, &CHANGE_TO))?
    } else if is(joiner, &REACHED) {
        joiner
    } else {
        return None;
    };
    let mut k = verb;
    while k > floor && verb - k < 4 && is(k - 1, &HELPERS) {
        k -= 1;
    }
    if k > floor && toks[k - 1].is_sym(",") {
        k -= 1;
    }
    (k > floor).then_some(k)
}

/// Words that may stand between "and" and a verb of [`REACH`] ("and is
/// expected to reach", "and should hit").
const HELPERS: [&str; 13] = [
    "is",
    "are",
    "will",
    "should",
    "could",
    "may",
    "expected",
    "projected",
    "forecast",
    "set",
    "to",
    "likely",
    "now",
];

/// A bare number that shares the unit of the dated amount just before it:
/// "60,000 users in 2016 and 175,000 in 2024", "$4.4 billion in 2023 to 5.2
/// in 2027", "rose to 950,000 units in FY24 from 150,000 in FY20", "exceed
/// 400,000 units by 2030, up from 71,000 in 2024", "51,940 devices in 2023
/// and expects around 300,000 by 2030", "4,500 buses in 2024 will grow to
/// 12,000". It follows "and" or "to" (or
/// "from" after an amount "to" marks as the end, or "up from", "down from"
/// after any; or a verb of [`REACH`] after "and" and [`HELPERS`]; or a
/// predicate, [`predicate_start`]; and a
/// hedge), only a year phrase
/// stands between it and that amount, a year follows it ("in 2024", "by
/// 2030"), and in that amount's scale it is within a factor of 100 of it.
fn elliptical_amount(toks: &[Tok<'_>], i: usize, prev: Option<&AmountM>) -> Option<Found> {
    let prev = prev?;
    let t = toks[i];
    if year_value(&t).is_some() || !dated_after(toks, i) {
        return None;
    }
    let (qualifier, first) = match qualifier_before(toks, i) {
        Some((q, at)) => (Some(q), at),
        None => (None, i),
    };
    let joiner = first.checked_sub(1)?;
    let j = toks[joiner];
    // "up from" or "down from" marks a start after any end ("exceed 400,000
    // units by 2030, up from 71,000 in 2024").
    let up = joiner
        .checked_sub(1)
        .filter(|&u| toks[u].is_word("up") || toks[u].is_word("down"));
    let from = j.is_word("from") && (prev.role == Role::To || up.is_some());
    // "689,000 arrivals, against 412,000 in 2016", "versus 3.1 in 2019":
    // the value set against a dated one is of the same series.
    let against = j.is_word("against") || j.is_word("versus");
    // "…, and (is expected to) reach 300,000 by 2030": a verb of reaching
    // after "and" and a few helping words.
    let reached = REACH
        .iter()
        .any(|w| j.is_word(w))
        .then(|| {
            (prev.last + 1..joiner)
                .rev()
                .take(5)
                .find(|&k| toks[k].is_word("and"))
                .filter(|&and| {
                    (and + 1..joiner).all(|k| HELPERS.iter().any(|w| toks[k].is_word(w)))
                })
                // Or after ";" (or ", and") and a subject of up to four
                // words that names no measure or place ("…; the
                // association expects 120,000 by 2030", "…, and the trade
                // body expects 250,000 by 2030").
                .or_else(|| {
                    let brk = (prev.last + 1..joiner).rev().take(5).find(|&k| {
                        toks[k].is_sym(";") || (toks[k].is_word("and") && toks[k - 1].is_sym(","))
                    })?;
                    let subject = brk + 1..joiner;
                    let plain = |k: usize| {
                        let t = toks[k];
                        t.kind == Kind::Word
                            && vocab::measure(t.text).is_none()
                            && super::mention::place(t.text).is_none()
                    };
                    (!subject.is_empty() && subject.clone().all(plain)).then_some(brk)
                })
        })
        .flatten();
    // "4,500 buses in 2024 will grow to 12,000 by 2032": a predicate of
    // the amount's subject.
    let predicate = predicate_start(toks, joiner, prev.last + 1);
    // "(48,000 units in 2023; 212,000 expected in 2030)": a `;` that
    // parts the values of a list.
    let listed = j.is_sym(";") || j.is_sym("；");
    if !(j.is_word("and")
        || j.is_word("to")
        || listed
        || from
        || against
        || reached.is_some()
        || predicate.is_some())
        || joiner <= prev.last
    {
        return None;
    }
    // Between the amount and the joiner (or "up", or the "and" before a
    // verb of reaching, or the predicate), its year phrase only.
    let gap = prev.last + 1
        ..up.filter(|_| from)
            .or(reached)
            .or(predicate)
            .unwrap_or(joiner);
    // ("at the end of 2024", "at end-2024" among them.)
    let end_phrase = |k: usize| {
        ["at", "the", "end", "of", "year"]
            .iter()
            .any(|w| toks[k].is_word(w))
            || toks[k].is_dash()
    };
    let year_phrase = (gap.len() <= 4
        || (gap.len() <= 7 && end_of_year(toks, gap.start).is_some()))
        && gap.clone().all(|k| {
            year_word(toks, k) || end_phrase(k) || matches!(toks[k].text, "(" | ")" | ",")
        })
        && (gap.clone().any(|k| yearish(toks, k)) || against);
    // (Or a relative one: "by the end of the decade", "at the end of last
    // year", and a comma.)
    let relative_phrase = relative_year_end(toks, gap.start).is_some_and(|last| {
        last < gap.end && (last + 1..gap.end).all(|k| matches!(toks[k].text, "(" | ")" | ","))
    });
    let year_phrase = year_phrase || relative_phrase;
    if !year_phrase {
        return None;
    }
    let (_, decimals) = number(&t)?;
    let like = prev.stated.value();
    let a = like_amount(&t, like)?;
    let ratio = a.value() / like.value();
    if !(0.01..=100.0).contains(&ratio) {
        return None;
    }
    let stated = Stated::printed(a, decimals);
    Some(Found {
        stated: match qualifier {
            Some(q) => stated.qualified(q),
            None => stated,
        },
        unit: prev.unit,
        first,
        last: i,
    })
}

/// A bare number marked "from" and dated, before "to" and an amount of its
/// own with a unit or a scale ("from 410,000 in 2015 to 1.02 million in
/// 2024", "from 850 in FY19 to 2,100 MW in FY24"), or dated before a
/// predicate ([`predicate_start`]) and such an amount ("Visitor numbers,
/// 640,000 in 2019, are expected to reach 1.5 million"): the start, sharing that
/// amount's unit. It is read as printed or in the amount's scale ("from
/// 4.4 in 2023 to 5.2 billion in 2027"), whichever is within a factor of
/// 100 of the amount; where both or neither are, it is no amount.
fn paired_start(
    toks: &[Tok<'_>],
    text: &str,
    i: usize,
    used: &[bool],
    set: Setting<'_>,
) -> Option<Found> {
    let t = toks[i];
    let (first, qualifier) = match qualifier_before(toks, i) {
        Some((q, k)) => (k, Some(q)),
        None => (i, None),
    };
    if year_value(&t).is_some() || !dated_after(toks, i) {
        return None;
    }
    let from = first
        .checked_sub(1)
        .is_some_and(|k| toks[k].is_word("from"));
    // Its year phrase ("in 2015", "in FY19", "at the end of last year"),
    // then "to" after "from", else a predicate ("Sales, 310,000 in 2024,
    // should climb to 1.2 million by 2030").
    let year_last = relative_year_end(toks, i + 1)
        .or_else(|| end_of_year(toks, i + 1))
        .unwrap_or_else(|| {
            (i + 1..toks.len())
                .take_while(|&k| year_word(toks, k))
                .last()
                .unwrap_or(i)
        });
    let to = if from {
        (year_last + 1 == i + 3 || year_last + 1 == i + 4)
            .then_some(year_last + 1)
            .filter(|&k| toks.get(k).is_some_and(|t| t.is_word("to")))?
    } else {
        (year_last + 1..(year_last + 8).min(toks.len()))
            .find(|&k| predicate_start(toks, k, year_last) == Some(year_last + 1))?
    };
    // (Nothing after "to" at the end of a text: no end.)
    toks.get(to + 1)?;
    let end = english_amount(toks, text, to + 1, used, set)?;
    let like = end.stated.value();
    if like.currency().is_some() {
        return None;
    }
    let (_, decimals) = number(&t)?;
    let scale = like.scale();
    let near = |a: &Amount| (0.01..=100.0).contains(&(a.value() / like.value()));
    let printed = Amount::from_base(scaled(&t, 0)?).ok().filter(near);
    let in_scale = Amount::from_base(scaled(&t, scale.exponent())?)
        .ok()
        .map(|a| a.in_scale(scale))
        .filter(near);
    // (In no scale, the two readings are one.)
    let a = match (printed, in_scale) {
        (Some(a), None) | (None, Some(a)) => a,
        (Some(a), Some(_)) if scale.exponent() == 0 => a,
        _ => return None,
    };
    let stated = Stated::printed(a, decimals);
    Some(Found {
        stated: match qualifier {
            Some(q) => stated.qualified(q),
            None => stated,
        },
        unit: end.unit,
        first,
        last: i,
    })
}

/// A bare number on a line under a heading that gives its unit (see the
/// `headings` module): after a year label and `:` or `|` at the start of
/// the line ("2023: 13.8", "FY27E: 1,800", "| 2035 | 4,100 |"), and last on
/// it or before another `|`.
fn headed_amount(toks: &[Tok<'_>], i: usize, heading: Option<Heading>) -> Option<Found> {
    let h = heading?;
    let t = toks[i];
    let sep = i.checked_sub(1)?;
    if !matches!(toks[sep].text, ":" | "|" | "：") {
        return None;
    }
    // The label: a year with at most a fiscal prefix or an estimate suffix
    // ("FY", "E"), after a row's opening `|` or a bullet.
    let start = toks[..sep]
        .iter()
        .take_while(|t| matches!(t.text, "|" | "-" | "•" | "*"))
        .count();
    let label = start..sep;
    // (Or the year's character: "2023年度：2,150", "2024년 | 3.1".)
    let short_word = |k: usize| {
        (toks[k].kind == Kind::Word && toks[k].text.len() <= 2)
            || (toks[k].is_cjk() && matches!(toks[k].text, "年" | "度" | "년"))
    };
    if label.is_empty()
        || label.len() > 4
        || !label.clone().any(|k| yearish(toks, k))
        || !label
            .clone()
            .all(|k| yearish(toks, k) || short_word(k) || toks[k].is_word("fiscal"))
    {
        return None;
    }
    // The number ends its line or cell, or an aside in brackets follows
    // it ("2023: 117 (+50%)").
    if toks
        .get(i + 1)
        .is_some_and(|n| !(n.is_sym("|") || n.is_sym("(") || n.is_sym("（")))
    {
        return None;
    }
    let (_, decimals) = number(&t)?;
    let (a, decimals) = match h.cjk {
        // ("260" under "（单位：万台）": 2.60 million, printed as the crate
        // prints "260万台".)
        Some(e) => {
            let value = scaled(&t, e)?;
            let (scale, printed) = crate::value::amount::cjk_display(value, e, decimals)?;
            (Amount::from_base(value).ok()?.in_scale(scale), printed)
        }
        None => {
            let value = scaled(&t, h.scale.exponent())?;
            (Amount::from_base(value).ok()?.in_scale(h.scale), decimals)
        }
    };
    let a = match h.currency {
        Some(c) => a.with_currency(c),
        None => a,
    };
    Some(Found {
        stated: Stated::printed(a, decimals),
        unit: Unit::of(h.currency, h.physical, h.count),
        first: i,
        last: i,
    })
}

/// Whether the words before token `first` set its amount against one
/// before it: "up from", "down from", "against", "versus", "vs",
/// "compared with", "compared to".
fn compared_before(toks: &[Tok<'_>], first: usize) -> bool {
    let word = |d: usize, w: &str| first.checked_sub(d).is_some_and(|k| toks[k].is_word(w));
    (word(1, "from") && (word(2, "up") || word(2, "down")))
        || word(1, "against")
        || word(1, "versus")
        || word(1, "vs")
        || ((word(1, "with") || word(1, "to")) && word(2, "compared"))
}

/// Words that give an earlier value of a figure: "revised from",
/// "previously reported as", "originally", "restated", "initially",
/// "formerly".
const RESTATEMENT: [&str; 6] = [
    "revised",
    "restated",
    "previously",
    "originally",
    "initially",
    "formerly",
];

/// Verbs of expectation or sizing that, after "now", give a revised value
/// of a forecast before: "had projected 38 million by 2030; it now expects
/// 45 million", "now sees", "now puts it at".
const NOW_VERBS: [&str; 11] = [
    "expects",
    "expect",
    "sees",
    "see",
    "forecasts",
    "projects",
    "targets",
    "estimates",
    "puts",
    "predicts",
    "anticipates",
];

/// Whether a word of [`RESTATEMENT`] stands between an amount spanning
/// tokens `prev` and one starting at `first`, at most ten tokens apart
/// with no number but years between ("$410 million in 2022, revised from
/// $350 million", "7.8 (restated; previously reported as 6.4)"); or "now"
/// and a verb of [`NOW_VERBS`], where the amount before is a forecast (a
/// participle of forecast, "targeted" or "planned" among the four words
/// before it: "had projected 38 million by 2030; it now expects 45
/// million"; not "reached $3.6bn last year, and now targets $6bn").
fn restatement_before(toks: &[Tok<'_>], prev: (usize, usize), first: usize) -> bool {
    let (prev_first, prev_last) = prev;
    let now = |k: usize| {
        toks[k].is_word("now")
            && toks
                .get(k + 1)
                .is_some_and(|t| NOW_VERBS.iter().any(|w| t.is_word(w)))
    };
    let forecast = || {
        (prev_first.saturating_sub(4)..prev_first).any(|k| {
            vocab::FORECAST_PARTICIPLES
                .iter()
                .chain(&["targeted", "forecasted", "planned"])
                .any(|w| toks[k].is_word(w))
        })
    };
    gap_of_years(toks, prev_last, first, 10).is_some_and(|mut gap| {
        gap.clone()
            .any(|k| RESTATEMENT.iter().any(|w| toks[k].is_word(w)))
            || (gap.any(now) && forecast())
    })
}

/// The tokens between an amount ending at token `prev_last` and one
/// starting at `first`, where they are at most `most` tokens apart and
/// hold no number but years.
fn gap_of_years(
    toks: &[Tok<'_>],
    prev_last: usize,
    first: usize,
    most: usize,
) -> Option<Range<usize>> {
    let gap = prev_last + 1..first;
    let years_only = || {
        gap.clone()
            .all(|k| toks[k].kind != Kind::Num || year_value(&toks[k]).is_some())
    };
    (first > prev_last && first - prev_last <= most && years_only()).then_some(gap)
}

/// Whether another source gives the figure before it another value
/// between an amount ending at token `prev_last` and one starting at
/// `first` (at most 25 tokens apart, no number but years between): a word
/// of another source ("another", "rival", "others") and a verb of sizing
/// ("puts", "estimates", "sizes", "values", "pegs", "reckons") or of
/// forecasting ("forecasts", "forecasting", "projects", "expects", "sees",
/// "predicts"): "One consultancy puts 2023 revenue at $4.1bn; another,
/// using a broader definition, puts it at $6.3bn", "…; a rival firm is
/// more bullish, forecasting $14 billion".
fn second_source(toks: &[Tok<'_>], prev_last: usize, first: usize) -> bool {
    const OTHER: [&str; 3] = ["another", "rival", "others"];
    const SIZING: [&str; 18] = [
        "puts",
        "put",
        "estimates",
        "sizes",
        "values",
        "pegs",
        "reckons",
        "places",
        "forecasts",
        "forecasting",
        "projects",
        "projecting",
        "expects",
        "expecting",
        "sees",
        "seeing",
        "predicts",
        "predicting",
    ];
    gap_of_years(toks, prev_last, first, 25).is_some_and(|mut gap| {
        gap.clone()
            .any(|k| OTHER.iter().any(|w| toks[k].is_word(w)))
            && gap.any(|k| SIZING.iter().any(|w| toks[k].is_word(w)))
    })
}

/// Whether two amounts, one ending at token `prev_last` and one spanning
/// `first..=last`, each name their own source after them with "according
/// to", at most twelve tokens apart with no number but years between:
/// "$3.1bn in 2022 according to one estimate and $4.4bn according to
/// another" gives one figure two values.
fn each_sourced(toks: &[Tok<'_>], prev_last: usize, first: usize, last: usize) -> bool {
    let according = |k: usize| toks.get(k).is_some_and(|t| t.is_word("according"));
    gap_of_years(toks, prev_last, first, 12).is_some_and(|mut gap| gap.any(according))
        && (last + 1..last + 4).any(according)
}

/// Whether two amounts measure the same kind of thing as printed: the
/// same currency, the same physical unit, or both counts or bare scales
/// (a conversion into another currency is not another value).
fn same_kind(a: Unit, b: Unit) -> bool {
    match (a, b) {
        (Unit::Money(x), Unit::Money(y)) => x == y,
        (Unit::Count | Unit::Bare, Unit::Count | Unit::Bare) => true,
        (x, y) => x == y,
    }
}

/// Whether two values differ, within a factor of two of each other (a
/// restated figure, not a part or a figure per head).
fn near_value(a: Stated<Amount>, b: Stated<Amount>) -> bool {
    let (x, y) = (a.value().value(), b.value().value());
    x != y && x <= 2.0 * y && y <= 2.0 * x
}

/// A bare number read in the scale and currency of the amount `like`
/// before it ("and 175,000 in 2024" after "60,000 users in 2016", "5.2 in
/// 2027" after "$4.4 billion").
fn like_amount(t: &Tok<'_>, like: Amount) -> Option<Amount> {
    let scale = like.scale();
    let a = Amount::from_base(scaled(t, scale.exponent())?)
        .ok()?
        .in_scale(scale);
    Some(match like.currency() {
        Some(c) => a.with_currency(c),
        None => a,
    })
}

/// A bare number after a word of [`RESTATEMENT`] that follows an amount
/// (at most ten tokens before, no number between): another value of that
/// amount, in its scale and unit ("2021: 7.8 (restated; previously
/// reported as 6.4)").
fn restated_bare(toks: &[Tok<'_>], i: usize, prev: Option<&AmountM>) -> Option<Found> {
    let prev = prev?;
    let t = toks[i];
    if year_value(&t).is_some() || !restatement_before(toks, (prev.first, prev.last), i) {
        return None;
    }
    let (_, decimals) = number(&t)?;
    let like = prev.stated.value();
    let a = like_amount(&t, like)?;
    Some(Found {
        stated: Stated::printed(a, decimals),
        unit: prev.unit,
        first: i,
        last: i,
    })
}

/// A bare number that counts what "the number of …" before it names:
/// "the number of chargers will rise from 27,000 in 2024 to 45,000 by
/// 2029". It is dated (a year right after it, "in 2024", "by 2029") and
/// stands after a word that makes it a level (from, to, reach, reaching,
/// reached, hit, exceed, exceeded, at, totalled, numbered), or it is an end
/// of "from 530,000 to 890,000".
fn counted_amount(
    toks: &[Tok<'_>],
    i: usize,
    number_of: &mut Option<Option<usize>>,
    prev: Option<&AmountM>,
) -> Option<Found> {
    let t = toks[i];
    if year_value(&t).is_some() {
        return None;
    }
    let dated_after = dated_after(toks, i);
    // (The level word may stand before a hedge: "from about 70,000 in 2015
    // to nearly 740,000 in 2023".)
    let (first, qualifier) = match qualifier_before(toks, i) {
        Some((q, k)) => (k, Some(q)),
        None => (i, None),
    };
    let level_word = first.checked_sub(1).is_some_and(|k| {
        [
            "from", "to", "reach", "reaching", "reached", "hit", "exceed", "exceeded", "at",
            "totalled", "totaled", "numbered",
        ]
        .iter()
        .any(|w| toks[k].is_word(w))
    });
    // Or "of" after a goal or forecast ("the national target of 300,000
    // by 2030"), beside a count of the sentence before it.
    let goal_of = first.checked_sub(2).is_some_and(|k| {
        toks[k + 1].is_word("of")
            && [
                "target",
                "goal",
                "aim",
                "forecast",
                "projection",
                "estimate",
            ]
            .iter()
            .any(|w| toks[k].is_word(w))
    }) && prev.is_some_and(|a| a.unit == Unit::Count && a.last < first);
    let level_word = level_word || goal_of;
    // Or a pointer to a count before it ("In 2022 the sector employed
    // 41,000 people; by 2030 that figure should rise to 68,000").
    let pointed = level_word
        && prev.is_some_and(|a| a.unit == Unit::Count && a.last < first)
        && (first.saturating_sub(8)..first).any(|k| {
            ["figure", "number", "total", "count"]
                .iter()
                .any(|w| toks[k].is_word(w))
                && k.checked_sub(1)
                    .is_some_and(|j| ["that", "this", "the"].iter().any(|w| toks[j].is_word(w)))
        });
    // Or either end of "from 530,000 to 890,000" (which the rate's period
    // dates).
    let word =
        |k: Option<usize>, w: &str| k.and_then(|k| toks.get(k)).is_some_and(|t| t.is_word(w));
    let num = |k: Option<usize>| {
        k.and_then(|k| toks.get(k))
            .is_some_and(|t| t.kind == Kind::Num)
    };
    let pair = (word(i.checked_sub(1), "from") && word(Some(i + 1), "to") && num(Some(i + 2)))
        || (word(i.checked_sub(1), "to")
            && num(i.checked_sub(2))
            && word(i.checked_sub(3), "from"));
    // Or either end of "from 114 in 2020 to 259 in 2024", whatever its
    // subject: a dated pair is two levels of one series; unless a word of
    // a ratio or a rank stands in the dozen words before ("Its share rose
    // from 12 in 2020 to 18 in 2024": points of a share, not a level).
    let dated_pair = dated_pair(toks, i)
        && !(first.saturating_sub(12)..first)
            .any(|k| RATIO_WORDS.iter().any(|w| toks[k].is_word(w)));
    // Or the value after a label's colon ("Members enrolled: 48,500
    // (2018) and 71,200 (2023)"), or the one after "and", `;` or `,` that
    // follows such a dated count (its figure within the four tokens
    // before).
    let colon = first
        .checked_sub(1)
        .is_some_and(|k| toks[k].is_sym(":") || toks[k].is_sym("："));
    let mut and_next = || {
        let joins = |t: &Tok<'_>| t.is_word("and") || t.is_sym(";") || t.is_sym(",");
        let Some(and) = first.checked_sub(1).filter(|&k| joins(&toks[k])) else {
            return false;
        };
        (and.saturating_sub(4)..and)
            .rev()
            .find(|&k| toks[k].kind == Kind::Num && year_value(&toks[k]).is_none())
            .is_some_and(|k| counted_amount(toks, k, number_of, None).is_some())
    };
    let listed = dated_after && !level_word && !pair && and_next();
    // (Or a year before a level word, in the eight tokens before it with
    // no other figure between: "In 2024, membership stood at just over
    // 131,000".)
    let year_before = || {
        (first.saturating_sub(8)..first)
            .rev()
            .take_while(|&k| toks[k].kind != Kind::Num || year_value(&toks[k]).is_some())
            .any(|k| yearish(toks, k))
    };
    let dated = dated_after || (level_word && year_before());
    // Or a sentence's first figure, a whole number of at least 100 after a
    // verb of expectation and dated ("Its new roadmap foresees 12,000 on
    // the streets by 2027", "An industry forecast calls for 9,000 by
    // FY27"): a count, which pairs only with a count in a neighbour.
    let foreseen = prev.is_none()
        && (dated_after || dated_after_place(toks, i))
        && first
            .checked_sub(1)
            .is_some_and(|k| expectation_at(toks, k))
        && number(&t).is_some_and(|(v, d)| d == 0 && v >= 100.0);
    if !((dated && (level_word || colon)) || pair || listed || foreseen || dated_pair) {
        return None;
    }
    let at = *number_of.get_or_insert_with(|| {
        toks.windows(2)
            .position(|w| w[0].is_word("number") && w[1].is_word("of"))
    });
    // Or a subject that names things counted, within the dozen words
    // before, with no other figure between ("Members of the co-operative
    // rose from 48,500 in 2018", "Public hospital beds rose from").
    // (A year's fiscal or season end, "2015/16", "2023-24", is part of it.)
    let year_part = |k: usize| year_value(&toks[k]).is_some() || fiscal_tail(toks, k);
    let subject = || {
        (first.saturating_sub(12)..first)
            .rev()
            .take_while(|&k| toks[k].kind != Kind::Num || year_part(k))
            .any(|k| {
                // (Not the noun of another amount: "1,500 buses in 2015 to
                // 4.2 in 2024".)
                toks[k].kind == Kind::Word
                    && !k.checked_sub(1).is_some_and(|j| toks[j].kind == Kind::Num)
                    && (vocab::COUNT_NOUNS.iter().any(|w| toks[k].is_word(w))
                        || matches!(vocab::measure(toks[k].text), Some("users" | "units"))
                        || sales_of_things(toks, k))
            })
    };
    if at.is_none_or(|k| k >= i)
        && !foreseen
        && !dated_pair
        && !subject()
        && !listed
        && !goal_of
        && !pointed
    {
        return None;
    }
    let (_, decimals) = number(&t)?;
    let amount = Amount::from_base(scaled(&t, 0)?).ok()?;
    let stated = Stated::printed(amount, decimals);
    Some(Found {
        stated: match qualifier {
            Some(q) => stated.qualified(q),
            None => stated,
        },
        unit: Unit::Count,
        first,
        last: i,
    })
}

/// "one million units", "two billion", "nine million TEU": a number word
/// and a scale, then a currency, a physical unit or a counted noun as
/// after digits.
fn word_amount(toks: &[Tok<'_>], text: &str, i: usize) -> Option<Found> {
    let value = NUMBER_WORDS
        .iter()
        .find(|(w, _)| toks[i].is_word(w))
        .map(|&(_, n)| f64::from(n))?;
    let scale = scale_of(toks, i, i + 1)?;
    let mut last = i + 1;
    let mut currency = None;
    let mut unit = None;
    let mut count = false;
    let word_after = toks.get(last + 1).is_some_and(|t| t.kind == Kind::Word);
    if let Some(c) = toks.get(last + 1).and_then(currency_word) {
        currency = Some(c);
        last += 1;
    } else if let Some((u, end)) = physical(toks, text, last + 1).filter(|_| word_after) {
        unit = Some(u);
        last = end;
    } else if let Some(noun) = count_noun(toks, last + 1).or_else(|| plural_noun(toks, last + 1)) {
        count = true;
        last = noun;
    }
    let mut amount = Amount::new(value, scale).ok()?;
    if let Some(c) = currency {
        amount = amount.with_currency(c);
    }
    let mut stated = Stated::printed(amount, 0);
    let mut first = i;
    if let Some((q, at)) = qualifier_before(toks, i) {
        stated = stated.qualified(q);
        first = at;
    }
    Some(Found {
        stated,
        unit: Unit::of(currency, unit, count),
        first,
        last,
    })
}

/// One group of a Chinese, Japanese or Korean number, before its scale.
struct Group {
    /// The group's value in units ("1천6백" is 1,600).
    value: f64,
    /// The power of ten of its last printed digit ("1천6백" is 2, "2.5"
    /// is −1).
    precision: i32,
    /// The token after it.
    end: usize,
    /// Written with 十, 百 or 千 (십, 백, 천).
    multiplied: bool,
}

/// The group of numbers and multipliers from token `k`: terms of a number
/// and a multiplier (`1천`, `6百`), then perhaps a bare number (`3천800`).
fn cjk_group(toks: &[Tok<'_>], k: usize) -> Option<Group> {
    let multiplier = |t: &Tok<'_>| {
        t.is_cjk()
            .then(|| vocab::CJK_MULTIPLIERS.iter().find(|(w, _)| *w == t.text))
            .flatten()
            .map(|&(_, e)| e)
    };
    let mut g = Group {
        value: 0.0,
        precision: 0,
        end: k,
        multiplied: false,
    };
    let mut last_m = i32::MAX;
    while let Some(num) = toks.get(g.end).filter(|t| t.kind == Kind::Num) {
        let (_, d) = number(num)?;
        let d = i32::from(d);
        match toks.get(g.end + 1).and_then(multiplier) {
            // "1천", then perhaps more terms, each smaller.
            Some(m) if m < last_m => {
                g.value += scaled(num, 0)? * 10f64.powi(m);
                g.precision = m - d;
                g.multiplied = true;
                g.end += 2;
                last_m = m;
            }
            Some(_) => return (g.end > k).then_some(g),
            None => {
                g.value += scaled(num, 0)?;
                g.precision = -d;
                g.end += 1;
                break;
            }
        }
    }
    (g.end > k).then_some(g)
}

/// Whether token `at` starts a Chinese, Japanese or Korean currency or
/// counter (`元`, `円`, `원`, `辆`, `台`, `대`, `人`, `명`).
fn counted_at(toks: &[Tok<'_>], text: &str, at: usize) -> bool {
    toks.get(at).is_some_and(|t| {
        let rest = &text[t.start..];
        t.is_cjk()
            && (vocab::cjk_currency(rest).is_some()
                || vocab::CJK_COUNTERS.iter().any(|w| rest.starts_with(w)))
    })
}

/// A Chinese, Japanese or Korean amount whose number is token `i`: one or
/// more groups of a number and a scale character, largest first
/// (`12兆4517億`, `1조 179억`, `10억3천800만`, `12조5천억`, `3000多亿`;
/// `3万5000亿` is 3.5万亿, 万 then 亿 counting myriads of 亿), and a
/// bare whole number of three digits or more below the last scale before a
/// currency or counter (`52万6800辆`, `52만 6,800대`), then a currency
/// (`元`, `美元`, `億ドル`, `억 달러`), a counter (`辆`, `台`, `人`) or a
/// unit (`吉瓦`); or a number with a currency or counter alone (`6280元`).
/// Hedges: `近`, `约`, `超过`, `突破`, `약` before, `左右`, `以上`, `多`,
/// `이상` after. The printed precision is that of the last group: `1조
/// 179억` is 10,179 hundred million, to the nearest hundred million.
fn cjk_amount(toks: &[Tok<'_>], text: &str, i: usize) -> Option<Found> {
    // The token after `k`, if it is a Chinese, Japanese or Korean one.
    let next_cjk = |k: usize| toks.get(k + 1).filter(|t| t.is_cjk());
    next_cjk(i)?;
    let mut value = 0.0;
    let mut k = i;
    let mut last_scale = i32::MAX;
    let mut e_min = 0;
    let mut decimals = 0u8;
    let mut over = false;
    let mut last = i;
    loop {
        // One group: "3천800", "1천6百", "4백5십", "2.5", "3000".
        let Some(g) = cjk_group(toks, k) else {
            if value == 0.0 {
                return None;
            }
            break;
        };
        let mut after = g.end;
        // "3000多亿", "1000余亿": more than.
        if toks
            .get(after)
            .is_some_and(|t| t.is_cjk() && matches!(t.text, "多" | "余" | "餘"))
        {
            over = true;
            after += 1;
        }
        let scale = toks
            .get(after)
            .filter(|t| t.is_cjk())
            .and_then(|t| vocab::cjk_scale(&text[t.start..]).map(|s| (t, s)))
            .filter(|&(_, (e, _))| e >= 4)
            // (兆瓦 is a megawatt, no 兆 of watts.)
            .filter(|(t, _)| !text[t.start..].starts_with("兆瓦"));
        let (e, scale_last) = match scale {
            Some((t, (e, len))) => (e, last_of(toks, after, t.start + len)),
            // A group of its own: "6280元", "3千1百台", or the end of
            // "1万2千"; a trailing bare number after a scale is part of the
            // compound only when it is whole, of three digits or more
            // ("1万2" may be short for 12,000), below that scale, and a
            // currency or counter follows it ("52万6800辆", "52만 6,800대",
            // "3万500人"), not a year ("420万 2030年").
            None if value == 0.0 || g.multiplied => (0, g.end - 1),
            None if crate::value::amount::cjk_units_after(g.value, g.precision, last_scale)
                && counted_at(toks, text, after) =>
            {
                (0, g.end - 1)
            }
            None => break,
        };
        // (Falling scales, or 万 then 亿: "3万5000亿" is 3.5万亿.)
        let Some(next) = crate::value::amount::cjk_add(value, last_scale, g.value, e) else {
            break;
        };
        value = next;
        if !g.value.is_finite() || value.is_infinite() {
            return None;
        }
        // A bare number with no scale ("2024年", "6280元") is an amount only
        // with a currency or a counter (checked below).
        if e > 0 || g.multiplied {
            last_scale = e;
        }
        e_min = e + g.precision.max(0);
        decimals = u8::try_from((-g.precision).max(0)).unwrap_or(u8::MAX);
        last = scale_last;
        // The next group: a number right after the scale (or after a space,
        // in Korean) with a smaller scale.
        k = scale_last + 1;
        if e == 0 || !toks.get(k).is_some_and(|t| t.kind == Kind::Num) {
            break;
        }
    }
    // What is counted or paid: a currency, a counter, a unit.
    let mut currency = None;
    let mut unit = None;
    let mut count = false;
    let at = last + 1;
    if let Some(t) = toks.get(at) {
        let rest = &text[t.start..];
        if let Some((c, len)) = t.is_cjk().then(|| vocab::cjk_currency(rest)).flatten() {
            currency = Some(c);
            last = last_of(toks, at, t.start + len);
        } else if let Some(c) = currency_word(t) {
            currency = Some(c);
            last = at;
        } else if let Some((u, end)) = physical(toks, text, at) {
            // (A unit before a counter that starts it: 기가와트 is GW, 기 a
            // counter.)
            unit = Some(u);
            last = end;
        } else if t.is_cjk() && vocab::CJK_COUNTERS.iter().any(|w| rest.starts_with(w)) {
            count = true;
            last = at;
        }
    }
    if last_scale == i32::MAX && currency.is_none() && !count && unit.is_none() {
        return None;
    }
    // The display scale, as `Amount`'s parser chooses it.
    let (scale, printed) = crate::value::amount::cjk_display(value, e_min, decimals)?;
    let mut amount = Amount::from_base(value).ok()?.in_scale(scale);
    if let Some(c) = currency {
        amount = amount.with_currency(c);
    }
    let mut stated = Stated::printed(amount, printed);
    let mut first = i;
    let mut qualifier: Option<Qualifier> = over.then_some(Qualifier::Over);
    if let Some((q, at)) = cjk_hedge_before(toks, text, i).or_else(|| qualifier_before(toks, i)) {
        qualifier = qualifier.or(Some(q));
        first = at;
    }
    if let Some((q, end)) = cjk_hedge_after(toks, text, last + 1) {
        qualifier = qualifier.or(Some(q));
        last = end;
    }
    if let Some(q) = qualifier {
        stated = stated.qualified(q);
    }
    let unit = Unit::of(currency, unit, count);
    Some(Found {
        stated,
        unit,
        first,
        last,
    })
}
