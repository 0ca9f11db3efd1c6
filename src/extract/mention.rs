//! Mentions: the typed figures of one sentence (amounts, rates, years, periods).

use core::hash::{BuildHasherDefault, Hasher};
use core::ops::Range;
use std::collections::HashMap;

use super::scan::starts_with_ignore_case;
use super::sentences::Sentence;
use super::tokens::{tokenize, Kind, Tok};
use crate::decimal;
use crate::stated::spellings;
use crate::{Amount, Currency, Qualifier, Rate, Scale, Stated, When};

/// Whether `¥` in this text is more likely the yen than the yuan.
pub(super) fn mentions_yen(text: &str) -> bool {
    text.contains('¥')
        && ["yen", "Japan", "JPY", "Tokyo", "円"]
            .iter()
            .any(|w| text.contains(w))
}

/// What a number measures, so that dollars are not compared with tonnes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Unit {
    Money(Option<Currency>),
    Physical(&'static str),
    /// A scale word alone ("13 billion").
    Bare,
}

impl Unit {
    pub(super) fn compatible(self, other: Unit) -> bool {
        match (self, other) {
            (Unit::Bare, _) | (_, Unit::Bare) => true,
            (Unit::Money(a), Unit::Money(b)) => a.is_none() || b.is_none() || a == b,
            (a, b) => a == b,
        }
    }
}

#[derive(Debug, Clone)]
pub(super) struct AmountM {
    pub(super) stated: Stated<Amount>,
    pub(super) unit: Unit,
    pub(super) span: Range<usize>,
    /// Token indices `[first, last]`.
    pub(super) first: usize,
    pub(super) last: usize,
    pub(super) when: Option<When>,
    /// An increment ("grow by $2 billion") or a conversion in brackets: not a
    /// level of the series.
    pub(super) skip: bool,
    /// The word before it: "from" marks a start, "to"/"reach" an end.
    pub(super) role: Role,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Role {
    From,
    To,
    Unknown,
}

#[derive(Debug, Clone)]
pub(super) struct RateM {
    pub(super) stated: Stated<Rate>,
    pub(super) span: Range<usize>,
    pub(super) first: usize,
    pub(super) last: usize,
    pub(super) cagr: bool,
    /// "until 2025", "by 2030": the year the rate runs to.
    pub(super) until: Option<i32>,
}

#[derive(Debug, Clone, Copy)]
pub(super) struct YearM {
    pub(super) when: When,
    pub(super) first: usize,
    pub(super) last: usize,
}

#[derive(Debug, Clone)]
pub(super) struct PeriodM {
    pub(super) from: Option<i32>,
    pub(super) to: Option<i32>,
    /// "over the next N years": a length to be placed at the target.
    pub(super) next: Option<i32>,
    pub(super) span: Range<usize>,
    pub(super) first: usize,
}

#[derive(Debug, Default)]
pub(super) struct Parsed {
    pub(super) amounts: Vec<AmountM>,
    pub(super) rates: Vec<RateM>,
    pub(super) years: Vec<YearM>,
    pub(super) periods: Vec<PeriodM>,
    /// Countries and regions the sentence names (canonical keys).
    pub(super) places: Vec<&'static str>,
    /// Token ranges of bracketed conversions after an amount.
    pub(super) alternatives: Vec<(usize, usize)>,
}

/// The place key of a word (`"Chinese"` → `"china"`), through a match on
/// its lower-case form: every place word is short ASCII.
pub(super) fn place(word: &str) -> Option<&'static str> {
    // The first letters of the place words below, as bits (a = bit 0):
    // most words are ruled out before they are lower-cased.
    const INITIALS: u32 = {
        let mut bits = 0;
        let letters = b"abcefgijkmrsuvw";
        let mut k = 0;
        while k < letters.len() {
            bits |= 1 << (letters[k] - b'a');
            k += 1;
        }
        bits
    };
    let bytes = word.as_bytes();
    let first = bytes.first()? | 0x20;
    if !first.is_ascii_lowercase()
        || INITIALS & (1 << (first - b'a')) == 0
        || !(2..=10).contains(&bytes.len())
        || !bytes.iter().all(u8::is_ascii_alphabetic)
    {
        return None;
    }
    let mut buf = [0u8; 10];
    for (b, w) in buf.iter_mut().zip(bytes) {
        *b = w.to_ascii_lowercase();
    }
    Some(match &buf[..bytes.len()] {
        b"china" | b"chinese" => "china",
        b"india" | b"indian" => "india",
        b"japan" | b"japanese" => "japan",
        b"america" | b"american" | b"usa" => "us",
        b"uk" | b"britain" | b"british" | b"england" => "uk",
        b"europe" | b"european" | b"eu" => "europe",
        b"germany" | b"german" => "germany",
        b"france" | b"french" => "france",
        b"korea" | b"korean" => "korea",
        b"brazil" | b"brazilian" => "brazil",
        b"canada" | b"canadian" => "canada",
        b"australia" | b"australian" => "australia",
        b"global" | b"world" | b"worldwide" => "world",
        b"asia" => "asia",
        b"africa" => "africa",
        b"russia" => "russia",
        b"italy" => "italy",
        b"spain" => "spain",
        b"mexico" => "mexico",
        b"indonesia" => "indonesia",
        b"vietnam" => "vietnam",
        _ => return None,
    })
}

/// The places a sentence names: "United States" and "U.S." are the US
/// ("US$" is a currency, not a place).
pub(super) fn places(toks: &[Tok<'_>]) -> Vec<&'static str> {
    let mut out: Vec<&'static str> = Vec::new();
    for (k, t) in toks.iter().enumerate() {
        if t.kind != Kind::Word {
            continue;
        }
        let next = toks.get(k + 1);
        let united_states = t.is_word("united") && next.is_some_and(|n| n.is_word("states"));
        let us = t.text == "US" && next.is_none_or(|n| n.start != t.end);
        let u_s = t.text == "U"
            && next.is_some_and(|n| n.is_sym("."))
            && toks.get(k + 2).is_some_and(|n| n.text == "S");
        let key = if united_states || us || u_s {
            Some("us")
        } else if t.is_word("united") && next.is_some_and(|n| n.is_word("kingdom")) {
            Some("uk")
        } else {
            place(t.text)
        };
        if let Some(key) = key {
            if !out.contains(&key) {
                out.push(key);
            }
        }
    }
    out
}

/// Hashes a sentence index with one multiplication: the keys are small
/// numbers of our own, so the default hasher's defence against chosen keys
/// is not needed.
#[derive(Default)]
pub(super) struct IndexHasher(u64);

impl Hasher for IndexHasher {
    fn finish(&self) -> u64 {
        self.0
    }

    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = (self.0.rotate_left(8) ^ u64::from(b)).wrapping_mul(0x9E37_79B9_7F4A_7C15);
        }
    }

    fn write_usize(&mut self, i: usize) {
        self.0 = (i as u64).wrapping_mul(0x9E37_79B9_7F4A_7C15);
    }
}

/// The sentences parsed so far, by index, and a token buffer reused from
/// one sentence to the next.
#[derive(Default)]
pub(super) struct Cache<'t> {
    pub(super) parsed: HashMap<usize, Parsed, BuildHasherDefault<IndexHasher>>,
    pub(super) toks: Vec<Tok<'t>>,
    /// The tokens a parse has used, reused from one sentence to the next.
    pub(super) used: Vec<bool>,
}

pub(super) fn parsed<'c, 't>(
    cache: &'c mut Cache<'t>,
    sentences: &[Sentence],
    text: &'t str,
    s: usize,
    yen: bool,
) -> &'c Parsed {
    let Cache { parsed, toks, used } = cache;
    parsed.entry(s).or_insert_with(|| {
        tokenize(toks, text, sentences[s].start..sentences[s].end);
        parse(toks, yen, used)
    })
}

pub(super) const SCALE_WORDS: &[(&str, Scale, bool)] = &[
    // (word, scale, may stand apart from the number)
    ("thousand", Scale::Thousand, true),
    ("k", Scale::Thousand, false),
    ("million", Scale::Million, true),
    ("mn", Scale::Million, true),
    ("mln", Scale::Million, true),
    ("m", Scale::Million, false),
    ("billion", Scale::Billion, true),
    ("bn", Scale::Billion, true),
    ("bln", Scale::Billion, true),
    ("b", Scale::Billion, false),
    ("trillion", Scale::Trillion, true),
    ("tn", Scale::Trillion, true),
    ("tr", Scale::Trillion, true),
    ("trn", Scale::Trillion, true),
    ("t", Scale::Trillion, false),
    ("lakh", Scale::Lakh, true),
    ("lakhs", Scale::Lakh, true),
    ("lac", Scale::Lakh, true),
    ("crore", Scale::Crore, true),
    ("crores", Scale::Crore, true),
    ("cr", Scale::Crore, true),
];

/// Physical units after a number, with the name they are compared under.
pub(super) const PHYSICAL: &[(&str, &str)] = &[
    ("tonnes", "tonnes"),
    ("tonne", "tonnes"),
    ("tons", "tonnes"),
    ("ton", "tonnes"),
    ("mt", "tonnes"),
    ("gw", "GW"),
    ("gigawatts", "GW"),
    ("gigawatt", "GW"),
    ("mw", "MW"),
    ("megawatts", "MW"),
    ("gwh", "GWh"),
    ("twh", "TWh"),
    ("gb", "GB"),
    ("barrels", "barrels"),
    ("units", "units"),
];

pub(super) fn physical(t: &Tok<'_>) -> Option<&'static str> {
    PHYSICAL
        .iter()
        .find(|(w, _)| t.is_word(w))
        .map(|(_, unit)| *unit)
}

/// Currency words after a number ("600 billion yuan", "6.10 billion USD").
pub(super) fn currency_word(w: &str) -> Option<Currency> {
    const WORDS: &[(&str, Currency)] = &[
        ("dollars", Currency::USD),
        ("dollar", Currency::USD),
        ("usd", Currency::USD),
        ("yuan", Currency::CNY),
        ("rmb", Currency::CNY),
        ("cny", Currency::CNY),
        ("renminbi", Currency::CNY),
        ("元", Currency::CNY),
        ("euros", Currency::EUR),
        ("euro", Currency::EUR),
        ("eur", Currency::EUR),
        ("pounds", Currency::GBP),
        ("gbp", Currency::GBP),
        ("rupees", Currency::INR),
        ("inr", Currency::INR),
        ("yen", Currency::JPY),
        ("jpy", Currency::JPY),
        ("won", Currency::KRW),
        ("krw", Currency::KRW),
    ];
    WORDS
        .iter()
        .find(|(word, _)| word.eq_ignore_ascii_case(w))
        .map(|(_, c)| *c)
}

/// A currency written before the number: a symbol (possibly with a country
/// prefix glued to it, `US$`) or an upper-case code (`USD`, `RMB`, `Rs`).
/// Returns the currency and the index of its first token.
pub(super) fn currency_before(toks: &[Tok<'_>], i: usize, yen: bool) -> Option<(Currency, usize)> {
    let j = i.checked_sub(1)?;
    let t = toks[j];
    let symbol = match t.text {
        "$" => Some(Currency::USD),
        "€" => Some(Currency::EUR),
        "£" => Some(Currency::GBP),
        "₹" => Some(Currency::INR),
        "₩" => Some(Currency::KRW),
        "¥" | "￥" => Some(if yen { Currency::JPY } else { Currency::CNY }),
        _ => None,
    };
    if let (Kind::Sym, Some(c)) = (t.kind, symbol) {
        // A prefix glued to the symbol: US$, HK$, CN¥, JP¥.
        if let Some(k) = j.checked_sub(1) {
            let p = toks[k];
            if p.kind == Kind::Word && p.end == t.start {
                let prefixed = format!("{}{}", p.text, t.text);
                if let Ok(c) = prefixed.parse::<Currency>() {
                    return Some((c, k));
                }
            }
            // "USD $20.47": a code before the symbol.
            if p.kind == Kind::Word
                && p.text.len() == 3
                && p.text.chars().all(|c| c.is_ascii_uppercase())
            {
                if let Ok(code) = p.text.parse::<Currency>() {
                    if code == c {
                        return Some((c, k));
                    }
                }
            }
        }
        return Some((c, j));
    }
    // "Rs. 500", "Rs 500".
    let (t, j) = if t.is_sym(".") && j > 0 && toks[j - 1].is_word("rs") {
        (toks[j - 1], j - 1)
    } else {
        (t, j)
    };
    if t.kind == Kind::Word {
        let is_code = t.text.len() == 3 && t.text.chars().all(|c| c.is_ascii_uppercase());
        if is_code || t.text == "Rs" {
            if let Ok(c) = t.text.parse::<Currency>() {
                return Some((c, j));
            }
        }
    }
    None
}

/// A hedge word ending just before token `i`; returns it and the index of
/// its first token.
pub(super) fn qualifier_before(toks: &[Tok<'_>], i: usize) -> Option<(Qualifier, usize)> {
    if i > 0 && toks[i - 1].is_sym("~") {
        return Some((Qualifier::About, i - 1));
    }
    // Every hedge ends in a word: look no further unless one comes first.
    if i == 0 || toks[i - 1].kind != Kind::Word {
        return None;
    }
    // The hedges as words, grouped by the length of their last word (in
    // the order of `spellings`, longest hedge first, within each group).
    type Hedges = Vec<Vec<(Vec<&'static str>, Qualifier)>>;
    static WORDS: std::sync::OnceLock<Hedges> = std::sync::OnceLock::new();
    let table = WORDS.get_or_init(|| {
        let mut table: Hedges = Vec::new();
        for (s, q) in spellings().filter(|(s, _)| *s != "~") {
            let words: Vec<&str> = s.split(' ').map(|w| w.trim_end_matches('.')).collect();
            let len = words.last().map_or(0, |w| w.len());
            if table.len() <= len {
                table.resize_with(len + 1, Vec::new);
            }
            table[len].push((words, q));
        }
        table
    });
    let last = toks[i - 1].text;
    for (words, q) in table.get(last.len()).into_iter().flatten() {
        let n = words.len();
        if n > i || !words[n - 1].eq_ignore_ascii_case(last) {
            continue;
        }
        let at = i - n;
        let matches = words[..n - 1].iter().enumerate().all(|(k, w)| {
            let t = toks[at + k];
            t.kind == Kind::Word && t.text.eq_ignore_ascii_case(w)
        });
        if matches {
            return Some((*q, at));
        }
    }
    None
}

/// The number in a numeric token, and its digits after the point.
pub(super) fn number(t: &Tok<'_>) -> Option<(f64, u8)> {
    // Whole numbers (years, most amounts) take the decimal parser's
    // exact fast path.
    let value = decimal::parse_scaled(t.text, 0)?;
    let decimals = t
        .text
        .split_once('.')
        .map_or(0, |(_, f)| u8::try_from(f.len()).unwrap_or(u8::MAX));
    Some((value, decimals))
}

/// A four-digit year 1900..=2100 or a two-digit one after "FY".
pub(super) fn year_value(t: &Tok<'_>) -> Option<i32> {
    if t.kind != Kind::Num || t.text.len() != 4 || !t.text.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let y: i32 = t.text.parse().ok()?;
    (1900..=2100).contains(&y).then_some(y)
}

pub(super) fn short_year(t: &Tok<'_>) -> Option<i32> {
    if t.kind != Kind::Num || !t.text.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    match t.text.len() {
        2 => t.text.parse::<i32>().ok().map(|y| 2000 + y),
        4 => year_value(t),
        _ => None,
    }
}

pub(super) const NUMBER_WORDS: &[(&str, i32)] = &[
    ("one", 1),
    ("two", 2),
    ("three", 3),
    ("four", 4),
    ("five", 5),
    ("six", 6),
    ("seven", 7),
    ("eight", 8),
    ("nine", 9),
    ("ten", 10),
    ("eleven", 11),
    ("twelve", 12),
    ("fifteen", 15),
    ("twenty", 20),
];

pub(super) fn count_at(t: &Tok<'_>) -> Option<i32> {
    if t.kind == Kind::Num && t.text.len() <= 2 {
        return t.text.parse().ok();
    }
    NUMBER_WORDS
        .iter()
        .find(|(w, _)| t.is_word(w))
        .map(|(_, n)| *n)
}

/// The figures of one sentence's tokens; `used` is a buffer for the tokens
/// that a figure has taken.
pub(super) fn parse(toks: &[Tok<'_>], yen: bool, used: &mut Vec<bool>) -> Parsed {
    let mut p = Parsed::default();
    used.clear();
    used.resize(toks.len(), false);
    parse_periods(toks, &mut p, used);
    parse_rates(toks, &mut p, used);
    parse_amounts(toks, &mut p, used, yen);
    parse_years(toks, &mut p, used);
    date_amounts(toks, &mut p);
    // Places only tell a claim's figures from another place's: they are
    // read where there are figures to tell.
    if !p.amounts.is_empty() || p.rates.iter().any(|r| r.cagr) {
        p.places = places(toks);
    }
    p
}

/// Periods: `2024-2030`, `from 2025 to 2035`, `between 2023 and 2030`,
/// `FY23-28`, `N years from 2020`, `since 2019`, `next five years`.
pub(super) fn parse_periods(toks: &[Tok<'_>], p: &mut Parsed, used: &mut [bool]) {
    let n = toks.len();
    let mut i = 0;
    while i < n {
        let t = toks[i];
        let fy = t.is_word("fy") || t.is_word("fiscal");
        let first = if fy { i + 1 } else { i };
        let year_at = |k: usize| {
            toks.get(k)
                .and_then(|t| if fy { short_year(t) } else { year_value(t) })
        };
        if let Some(a) = year_at(first) {
            // A range of years: A-B, A–B, A to B, A and B (after "between").
            if let Some(sep) = toks.get(first + 1) {
                let joins = sep.is_dash()
                    || sep.is_word("to")
                    || (sep.is_word("and") && i > 0 && toks[i - 1].is_word("between"));
                if joins {
                    if let Some(b_tok) = toks.get(first + 2) {
                        let b = if fy || sep.is_dash() {
                            short_year(b_tok).map(|b| {
                                if b_tok.text.len() == 2 {
                                    a / 100 * 100 + b % 100
                                } else {
                                    b
                                }
                            })
                        } else {
                            year_value(b_tok)
                        };
                        if let Some(b) = b {
                            // "2013-14" is one fiscal year, not a period.
                            let fiscal = b_tok.text.len() == 2 && b == a + 1;
                            if b > a && !fiscal {
                                for u in used.iter_mut().take(first + 3).skip(i) {
                                    *u = true;
                                }
                                p.periods.push(PeriodM {
                                    from: Some(a),
                                    to: Some(b),
                                    next: None,
                                    span: t.start..b_tok.end,
                                    first: i,
                                });
                                i = first + 3;
                                continue;
                            }
                        }
                    }
                }
            }
        }
        // "N years from 2020", "since 2019".
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
        // past five years", "last five fiscals".
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
        i += 1;
    }
}

/// Words that make a nearby rate a compound annual growth rate.
pub(super) fn cagr_cue(toks: &[Tok<'_>], first: usize, last: usize) -> bool {
    let lo = first.saturating_sub(12);
    let hi = (last + 8).min(toks.len().saturating_sub(1));
    for k in lo..=hi {
        let t = toks[k];
        if t.kind != Kind::Word {
            continue;
        }
        let w = t.text;
        let next = |d: usize| toks.get(k + d).map_or("", |t| t.text);
        let eq = |a: &str, b: &str| a.eq_ignore_ascii_case(b);
        let before_rate = k < first;
        let after_rate = k > last;
        if w.eq_ignore_ascii_case("cagr") || w.eq_ignore_ascii_case("cagrs") {
            return true;
        }
        if (w.eq_ignore_ascii_case("compound") || w.eq_ignore_ascii_case("compounded"))
            && (1..=3).any(|d| {
                ["annual", "growth", "annualized", "aggregate"]
                    .iter()
                    .any(|x| eq(next(d), x))
            })
        {
            return true;
        }
        if eq(w, "annual") || eq(w, "average") {
            // "annual growth rate", "annual rate", "average growth", "average annual growth"
            let n1 = next(1);
            let n2 = next(2);
            if eq(n1, "growth")
                || eq(n1, "rate")
                || eq(n1, "real")
                || (eq(n1, "annual") && (eq(n2, "growth") || eq(n2, "rate")))
            {
                return true;
            }
        }
        if eq(w, "annually") || eq(w, "annualized") || eq(w, "annualised") {
            return true;
        }
        if after_rate && k <= last + 3 {
            // "15% a year", "per year", "each year", "per annum"; not "a year earlier".
            if (eq(w, "a") || eq(w, "per") || eq(w, "each") || eq(w, "every"))
                && eq(next(1), "year")
                && !["earlier", "ago", "before"].iter().any(|x| eq(next(2), x))
            {
                return true;
            }
            if eq(w, "per") && eq(next(1), "annum") {
                return true;
            }
        }
        let _ = before_rate;
    }
    false
}

/// Words right after a rate that make it a one-year or cumulative change or
/// a share, whatever else the sentence says.
pub(super) fn distractor_after(toks: &[Tok<'_>], last: usize) -> bool {
    let word = |d: usize| toks.get(last + d).map_or("", |t| t.text);
    let eq = |a: &str, b: &str| a.eq_ignore_ascii_case(b);
    (1..=4).any(|d| {
        let w = word(d);
        eq(w, "yoy")
            || (eq(w, "year")
                && (eq(word(d + 1), "on") || word(d + 1) == "-" && eq(word(d + 2), "on")))
            || eq(w, "share")
    })
}

/// Rates: `15.6%`, `15.6 per cent`, `5 per cent to 7.3 per cent`, `10–15%`.
pub(super) fn parse_rates(toks: &[Tok<'_>], p: &mut Parsed, used: &mut [bool]) {
    let n = toks.len();
    // The end of a percent sign at token `k`: `%`, `per cent`, `percent`, `pct`.
    let percent_at = |k: usize| -> Option<usize> {
        let t = toks.get(k)?;
        if t.is_sym("%") || t.is_word("percent") || t.is_word("pct") || t.is_word("pc") {
            return Some(k);
        }
        if t.is_word("per") {
            let c = toks.get(k + 1)?;
            if c.kind == Kind::Word && starts_with_ignore_case(c.text.as_bytes(), b"cent") {
                return Some(k + 1);
            }
            if c.is_sym("-") && toks.get(k + 2).is_some_and(|c| c.is_word("cent")) {
                return Some(k + 2);
            }
        }
        None
    };
    let mut i = 0;
    while i < n {
        let t = toks[i];
        if t.kind != Kind::Num || used[i] {
            i += 1;
            continue;
        }
        // "5% to 7.3%", "5 per cent to 7.3 per cent", "11-12 per cent", "10–15%".
        // The shape first; the number is parsed only for a rate.
        let (mut last, mut hi) = (None, None);
        if let Some(k) = percent_at(i + 1) {
            last = Some(k);
            if let Some(sep) = toks.get(k + 1) {
                if sep.is_dash() || sep.is_word("to") {
                    if let (Some(h), Some(e)) =
                        (toks.get(k + 2).and_then(number), percent_at(k + 3))
                    {
                        hi = Some((h, k + 2));
                        last = Some(e);
                    }
                }
            }
        } else if let Some(sep) = toks.get(i + 1) {
            if sep.is_dash() || sep.is_word("to") {
                if let (Some(h), Some(e)) = (toks.get(i + 2).and_then(number), percent_at(i + 3)) {
                    hi = Some((h, i + 2));
                    last = Some(e);
                }
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
                u.kind == Kind::Word
                    && (scale_of(toks, i, i + 1).is_some()
                        || currency_word(u.text).is_some()
                        || physical(u).is_some())
            });
            if !unit_follows
                && currency_before(toks, i, false).is_none()
                && year_value(&t).is_none()
            {
                last = Some(i);
            }
        }
        let (Some(last), Some((_, lo_dec))) = (last, last.and_then(|_| number(&t))) else {
            i += 1;
            continue;
        };
        let mut first = i;
        let negative_sign = i > 0 && toks[i - 1].is_sym("-") && toks[i - 1].end == t.start;
        if negative_sign {
            first = i - 1;
        }
        let qualifier = qualifier_before(toks, first);
        if let Some((_, q)) = qualifier {
            first = q;
        }
        let decline = (first.saturating_sub(8)..first).any(|k| {
            [
                "decline",
                "declining",
                "decrease",
                "decreasing",
                "fall",
                "falling",
                "shrink",
                "shrinking",
                "contract",
                "contracting",
                "drop",
            ]
            .iter()
            .any(|w| toks[k].is_word(w))
        });
        let sign = if negative_sign || decline { -1.0 } else { 1.0 };
        // The fraction straight from the digits (no second rounding).
        let rate = |k: usize| {
            let v = decimal::parse_scaled(toks[k].text, -2)?;
            Rate::from_fraction(sign * v).ok()
        };
        let stated = match hi {
            Some((_, h)) => match (rate(i), rate(h)) {
                (Some(a), Some(b)) if a <= b => Stated::<Rate>::range(a, b).ok(),
                (Some(a), Some(b)) => Stated::<Rate>::range(b, a).ok(),
                _ => None,
            },
            None => rate(i).map(|r| Stated::printed(r, lo_dec)),
        };
        let Some(mut stated) = stated else {
            i = last + 1;
            continue;
        };
        if let (Some((q, _)), None) = (qualifier, hi) {
            stated = stated.qualified(q);
        }
        for u in used.iter_mut().take(last + 1).skip(i) {
            *u = true;
        }
        let cagr = cagr_cue(toks, first, last) && !distractor_after(toks, last);
        // "until 2025", "till 2027", "by 2030" right after the rate.
        let until = (last + 1..(last + 4).min(n)).find_map(|k| {
            let w = toks[k];
            let to = w.is_word("to") && k == last + 1;
            if w.is_word("until")
                || w.is_word("till")
                || w.is_word("through")
                || w.is_word("by")
                || to
            {
                toks.get(k + 1).and_then(year_value)
            } else {
                None
            }
        });
        p.rates.push(RateM {
            stated,
            span: toks[first].start..toks[last].end,
            first,
            last,
            cagr,
            until,
        });
        i = last + 1;
    }
}

/// Amounts: `[qualifier] [currency] number [range] [scale] [currency|unit]`.
pub(super) fn parse_amounts(toks: &[Tok<'_>], p: &mut Parsed, used: &mut [bool], yen: bool) {
    let n = toks.len();
    let mut i = 0;
    // Brackets opened right after an amount hold a conversion of it:
    // "550 billion dollars (over Rs 34,97,000 crore)". Amounts before this
    // token index are such conversions.
    let mut alternative_until: Option<usize> = None;
    while i < n {
        if toks[i].is_sym("(") && p.amounts.last().is_some_and(|a| a.last + 1 == i) {
            alternative_until = (i + 1..n.min(i + 40)).find(|&k| toks[k].is_sym(")"));
            if let Some(end) = alternative_until {
                p.alternatives.push((i, end));
            }
        }
        let t = toks[i];
        if t.kind != Kind::Num || used[i] {
            i += 1;
            continue;
        }
        let Some((value, decimals)) = number(&t) else {
            i += 1;
            continue;
        };
        let prefix = currency_before(toks, i, yen);
        let mut first = prefix.map_or(i, |(_, k)| k);
        let mut k = i + 1;
        // A range: "120 to 130 billion", "221-275 million", "US$ 170 – US$ 190 billion".
        let mut upper = None;
        if let Some(sep) = toks.get(k) {
            if sep.is_dash() || sep.is_word("to") {
                let mut m = k + 1;
                if let Some(next) = toks.get(m) {
                    if next.kind == Kind::Sym && !next.is_dash() || next.text == "US" {
                        m += if next.text == "US" { 2 } else { 1 };
                    }
                }
                // Not a range: a year ("2021 to $370.98 billion"), a fiscal
                // year ("FY24 to ₹6,100 crore"), or "from $2.1 to $3.2
                // billion", which is a start and an end.
                let after = |w: &str| {
                    i.checked_sub(1).is_some_and(|k| toks[k].is_word(w))
                        || prefix.is_some_and(|(_, k)| {
                            k.checked_sub(1).is_some_and(|k| toks[k].is_word(w))
                        })
                };
                let plausible = (prefix.is_some() || year_value(&t).is_none())
                    && !after("fy")
                    && !after("fiscal")
                    && !after("from");
                if let Some(h) = toks
                    .get(m)
                    .filter(|h| plausible && h.kind == Kind::Num && !used[m])
                    .and_then(number)
                    .filter(|&(h, _)| h >= value)
                {
                    // Only when the second number carries the unit.
                    let unit_follows = toks.get(m + 1).is_some_and(|u| {
                        scale_of(toks, m, m + 1).is_some()
                            || currency_word(u.text).is_some()
                            || physical(u).is_some()
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
        }
        // 万亿 and 亿 after the number.
        let mut cjk_places = 0;
        if scale.is_none() {
            if let Some(w) = toks.get(k) {
                if w.kind == Kind::Word && w.start == toks[num_end].end {
                    if w.text.starts_with("万亿") {
                        cjk_places = 12;
                    } else if w.text.starts_with('亿') {
                        cjk_places = 8;
                    }
                    if cjk_places > 0 {
                        k += 1;
                    }
                }
            }
        }
        let mut currency = prefix.map(|(c, _)| c);
        let mut unit = None;
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
        }
        if let Some(w) = toks.get(k).filter(|_| us.is_none()) {
            if let Some(c) = currency_word(w.text).filter(|_| w.kind == Kind::Word) {
                currency = currency.or(Some(c));
                k += 1;
            } else if let Some(u) = physical(w) {
                unit = Some(u);
                k += 1;
            }
        }
        if cjk_places > 0 && toks[k - 1].text.ends_with('元') {
            currency = currency.or(Some(Currency::CNY));
        }
        if currency.is_none() && scale.is_none() && unit.is_none() && cjk_places == 0 {
            i += 1;
            continue;
        }
        let last = k - 1;
        let (scale, places) = match scale {
            Some(s) => (s, s.exponent()),
            None if cjk_places == 12 => (Scale::Trillion, 12),
            None if cjk_places == 8 => (Scale::Million, 8),
            None => (Scale::One, 0),
        };
        // The amount in base units straight from the digits.
        let make = |k: usize| -> Option<Amount> {
            let a = Amount::from_base(decimal::parse_scaled(toks[k].text, places)?)
                .ok()?
                .in_scale(scale);
            Some(match currency {
                Some(c) => a.with_currency(c),
                None => a,
            })
        };
        let stated = match (make(i), upper.and_then(|(_, m)| make(m))) {
            (Some(lo), Some(hi)) => Stated::<Amount>::range(lo, hi).ok(),
            (Some(a), None) => Some(Stated::printed(a, decimals)),
            _ => None,
        };
        let Some(mut stated) = stated else {
            i = last + 1;
            continue;
        };
        if let Some((q, at)) = qualifier_before(toks, first) {
            if upper.is_none() {
                stated = stated.qualified(q);
            }
            first = at;
        }
        // An increment ("grow by $2 billion", "an additional 43 million")
        // or a conversion in brackets after another amount is not a level.
        let before = |d: usize| first.checked_sub(d).map(|k| toks[k]);
        let increment = before(1).is_some_and(|t| t.is_word("by") || t.is_word("additional"));
        let bracketed = alternative_until.is_some_and(|end| first < end);
        let alternative = before(1).is_some_and(|t| t.is_word("or"))
            && p.amounts.last().is_some_and(|a| a.last + 3 >= first);
        let unit = match (currency, unit) {
            (_, Some(u)) => Unit::Physical(u),
            (Some(c), None) => Unit::Money(Some(c)),
            (None, None) => Unit::Bare,
        };
        for u in used.iter_mut().take(last + 1).skip(i) {
            *u = true;
        }
        let role = match before(1) {
            Some(t) if t.is_word("from") => Role::From,
            Some(t)
                if [
                    "to", "reach", "reaching", "reached", "hit", "touch", "touching",
                ]
                .iter()
                .any(|w| t.is_word(w)) =>
            {
                Role::To
            }
            _ => Role::Unknown,
        };
        p.amounts.push(AmountM {
            stated,
            unit,
            span: toks[first].start..toks[last].end,
            first,
            last,
            when: None,
            skip: increment || bracketed || alternative,
            role,
        });
        i = last + 1;
    }
}

/// The scale word at token `k` after the number ending at token `num`.
pub(super) fn scale_of(toks: &[Tok<'_>], num: usize, k: usize) -> Option<Scale> {
    let w = toks.get(k)?;
    if w.kind != Kind::Word {
        return None;
    }
    let glued = w.start == toks[num].end;
    SCALE_WORDS.iter().find_map(|(word, scale, apart)| {
        // Single letters count only glued to the number ("$5.17B", "£667m").
        (w.text.eq_ignore_ascii_case(word) && (glued || *apart)).then_some(*scale)
    })
}

/// Years not taken by a period or an amount: `2024`, `FY24`, `fiscal 2015`,
/// `2013-14`, `September 2024`.
pub(super) fn parse_years(toks: &[Tok<'_>], p: &mut Parsed, used: &[bool]) {
    let n = toks.len();
    let mut i = 0;
    while i < n {
        let t = toks[i];
        if used[i] {
            i += 1;
            continue;
        }
        let fy = t.is_word("fy") || t.is_word("fiscal") || t.is_word("fiscals");
        let at = if fy { i + 1 } else { i };
        let year = toks.get(at).filter(|_| at < n && !used[at]).and_then(|y| {
            if fy {
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
        // "2013-14", "FY13-14": the fiscal year ending in the later year.
        if let (Some(d), Some(b)) = (toks.get(at + 1), toks.get(at + 2)) {
            if d.is_dash()
                && b.kind == Kind::Num
                && b.text.len() == 2
                && b.text.parse::<i32>().ok() == Some((year + 1) % 100)
            {
                year += 1;
                last = at + 2;
            }
        }
        // "September 2024": month precision.
        let month = i.checked_sub(1).filter(|_| !fy).and_then(|k| {
            crate::when::month_number(toks[k].text)
                .filter(|_| toks[k].kind == Kind::Word && toks[k].text.len() >= 3)
        });
        let first = if month.is_some() { i - 1 } else { i };
        let when = match month {
            Some(m) => When::end_of_month(i64::from(year), m),
            None => When::year(i64::from(year)),
        };
        if let Ok(when) = when {
            p.years.push(YearM { when, first, last });
        }
        i = last + 1;
    }
}

/// Words right after an amount that date it relative to an unknown "now".
pub(super) const RELATIVE: &[&str] = &[
    "today",
    "now",
    "currently",
    "this",
    "last",
    "next",
    "presently",
];

/// The dates of a sentence's amounts: a year just after an amount ("in
/// 2024", "by the end of the year 2025", "(2022)") is its own; an amount
/// without one takes the nearest year before it in the sentence that no
/// other amount lies between and no other amount took. An amount followed by
/// "today" or "this year" stays undated.
pub(super) fn date_amounts(toks: &[Tok<'_>], p: &mut Parsed) {
    // Every scan below is bounded by a few tokens around the amount, and
    // lookups in the sorted lists are binary searches, so a sentence of a
    // megabyte is still parsed in linear time.
    const AFTER: usize = 24;
    const BEFORE: usize = 30;
    // A number glued to the word before it is a footnote ("trillion17").
    let footnote = |k: usize| {
        k > 0
            && toks[k].kind == Kind::Num
            && toks[k - 1].kind == Kind::Word
            && toks[k - 1].end == toks[k].start
    };
    let alternatives = &p.alternatives;
    let in_alternative = |k: usize| {
        let i = alternatives.partition_point(|&(_, b)| b < k);
        alternatives.get(i).is_some_and(|&(a, _)| a <= k)
    };
    // What may stand between an amount and its year: "in", "by the end of
    // the year", "(", "for fiscal", "per month".
    let linking = |k: usize| {
        let t = &toks[k];
        let per = t.is_word("per") || (k > 0 && toks[k - 1].is_word("per"));
        LINKING.iter().any(|w| t.is_word(w)) || t.is_sym("(") || t.is_sym(",") || per
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
    let relative = |last: usize| {
        (last + 1..(last + 3).min(toks.len())).any(|k| RELATIVE.iter().any(|w| toks[k].is_word(w)))
    };
    let years = &p.years;
    let mut taken = vec![false; years.len()];
    let mut after: Vec<Option<usize>> = vec![None; p.amounts.len()];
    for (ai, a) in p.amounts.iter().enumerate() {
        if relative(a.last) {
            continue;
        }
        let from = years.partition_point(|y| y.first <= a.last);
        after[ai] = (from..years.len())
            .take_while(|&yi| years[yi].first <= a.last + AFTER)
            .find(|&yi| {
                let y = years[yi];
                let gap = (a.last + 1..y.first).filter(|&k| !in_alternative(k) && !footnote(k));
                gap.clone().count() <= 7 && !between(a.last, y.first) && gap.clone().all(linking)
            });
        if let Some(yi) = after[ai] {
            taken[yi] = true;
        }
    }
    for (ai, a) in p.amounts.iter_mut().enumerate() {
        a.when = match after[ai] {
            Some(yi) => Some(years[yi].when),
            None if relative(a.last) => None,
            None => {
                let upto = years.partition_point(|y| y.last < a.first);
                (0..upto)
                    .rev()
                    .take_while(|&yi| years[yi].last + BEFORE >= a.first)
                    .find(|&yi| !taken[yi] && !between(years[yi].last, a.first))
                    .map(|yi| years[yi].when)
            }
        };
    }
}

/// Words that may link an amount to the year after it.
pub(super) const LINKING: &[&str] = &[
    "in",
    "by",
    "for",
    "during",
    "of",
    "at",
    "end",
    "the",
    "year",
    "fiscal",
    "fy",
    "until",
    "till",
    "through",
    "close",
    "financial",
    "calendar",
    "as",
];
