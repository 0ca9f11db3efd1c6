//! Mentions: the typed figures of one sentence (amounts, rates, years,
//! periods, relative dates and places), read from its tokens.
//!
//! Each kind of figure has its reader: [`super::amounts`], [`super::rates`]
//! and [`super::dates`]. [`parse`] runs them in order over one sentence; a
//! token a figure took is not read again by a later reader.

use core::ops::Range;

use super::context::dateline_year;
use super::headings::Heading;
use super::set_aside::SetAside;
use super::tokens::{Kind, Tok};
use crate::num::decimal;
use crate::value::vocab::spellings;
use crate::value::vocab::{CJK_HEDGES_AFTER, CJK_HEDGES_BEFORE};
use crate::{Amount, Currency, Qualifier, Rate, Stated, When};

/// What the readers know of the whole document.
#[derive(Debug, Clone, Copy)]
pub(super) struct Setting<'a> {
    /// Whether `¥` is the yen (the text mentions Japan or the yen), found
    /// the first time a `¥` is read, so texts without one are not searched.
    pub(super) yen: &'a std::cell::OnceCell<bool>,
    /// The year of publication the context gives (see
    /// [`Setting::published`]).
    pub(super) context_year: Option<i32>,
    /// The year of the text's own dateline, found the first time a
    /// relative date needs one (see [`dateline_year`]).
    pub(super) dateline: &'a std::cell::OnceCell<Option<i32>>,
    /// The unit of the heading above the sentence, where it is a line of a
    /// list under one (set per sentence by [`parsed`]).
    pub(super) heading: Option<Heading>,
}

impl Setting<'_> {
    /// Whether `¥` in `text` (the whole document) is the yen.
    pub(super) fn yen(&self, text: &str) -> bool {
        *self.yen.get_or_init(|| mentions_yen(text))
    }

    /// The year of publication, which dates "this year", "now", "last
    /// year", "four years ago": the context's, else that of the dateline of
    /// `text` (the whole document).
    pub(super) fn published(&self, text: &str) -> Option<i32> {
        self.context_year
            .or_else(|| *self.dateline.get_or_init(|| dateline_year(text)))
    }
}

/// Whether `¥` in this text is more likely the yen than the yuan.
pub(super) fn mentions_yen(text: &str) -> bool {
    // Both signs end in the byte 0xA5 (`C2 A5`, `EF BF A5`): one fast byte
    // search rules out most texts.
    text.as_bytes().contains(&0xA5)
        && (text.contains('¥') || text.contains('￥'))
        && ["yen", "Japan", "JPY", "Tokyo", "円"]
            .iter()
            .any(|w| text.contains(w))
}

/// What a number measures, so that dollars are not compared with tonnes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Unit {
    Money(Option<Currency>),
    Physical(&'static str),
    /// Units, vehicles, users: things counted.
    Count,
    /// A scale word alone ("13 billion").
    Bare,
}

impl Unit {
    /// What an amount measures from the words around its number: a
    /// physical unit, else a currency, else a count noun, else nothing but
    /// a scale.
    pub(super) fn of(
        currency: Option<Currency>,
        physical: Option<&'static str>,
        count: bool,
    ) -> Unit {
        match (physical, currency) {
            (Some(u), _) => Unit::Physical(u),
            (None, Some(c)) => Unit::Money(Some(c)),
            (None, None) if count => Unit::Count,
            (None, None) => Unit::Bare,
        }
    }

    /// Whether two amounts may be two ends of one series: the same
    /// currency (or one unknown), the same physical unit, or counts; a bare
    /// number with a scale ("13 billion") goes with any of them.
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
    /// Dated by a relative word ("last year", "now") that no publication
    /// date resolves: it has no date, and takes none from elsewhere.
    pub(super) relative: bool,
    /// Dated "N years ago" (see [`YearM::ago`]): N.
    pub(super) ago: Option<i32>,
    /// Dated by words that writers also use for the year before (see
    /// [`YearM::or_before`]).
    pub(super) or_before: bool,
    /// Undated, and said to be at the end of the period the claim names
    /// ("$950 million by the end of the forecast period"): dated by the
    /// rate's period, in whichever sentence the rate is.
    pub(super) period_end: bool,
    /// An end reached in a clause that goes on from the end before it with
    /// no subject of its own ("… to $20 billion in 2020 (a CAGR of 14.9%)
    /// and is expected to reach $35 billion in 2025"): that end is its
    /// start.
    /// The token of the clause's "and" (the chain's link), where chained.
    pub(super) chained: Option<usize>,
    /// A member of a list of parallel series' figures (see `lists`): the
    /// list's number in its sentence.
    pub(super) list: Option<u8>,
    /// A member of a run of the series' dated values ("61 million by 2028
    /// and 70 million by 2030", see `amounts::link_runs`): the first token
    /// of the run's first member.
    pub(super) run: Option<usize>,
    /// The first member of its run has a word of the future before it in
    /// its clause ("Analysts expect 12,000 by 2026 and 40,000 by 2030").
    pub(super) run_future: bool,
    /// An increment ("grow by $2 billion") or a conversion in brackets: not a
    /// level of the series.
    pub(super) skip: bool,
    /// An increment: "by $2 billion", "an additional 43 million".
    pub(super) increment: bool,
    /// The word before it: "from" marks a start, "to"/"reach" an end.
    pub(super) role: Role,
    /// One of a slash list ("977/915亿元"): a figure of segments.
    pub(super) slashed: bool,
    /// Another value of the amount at this index of the sentence's
    /// amounts, of the same kind and within a factor of two: after "or"
    /// ("$2.6 billion or $3.1 billion in 2023") or a word of restatement
    /// ("revised from $350 million", "(originally reported as 2.5
    /// million)"). Either is another reading of an end the other is.
    pub(super) restates: Option<usize>,
    /// Set against the amount before it: after "up from", "down from",
    /// "against", "versus" or "compared with" ("$410 million in 2022, up
    /// from $350 million in 2021"): that amount's earlier value.
    pub(super) compared: bool,
    /// After a verb of expectation or aim, at most two words between
    /// ("targets 5 million hectares by 2030", "expects revenue of $4
    /// billion"): a figure foreseen, not one reached.
    pub(super) aimed: bool,
}

impl AmountM {
    /// The calendar year of its date, as a number, for the extractor's year
    /// arithmetic.
    pub(super) fn year(&self) -> Option<i32> {
        self.when.map(|w| w.calendar_year().get())
    }
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
    /// A compound annual rate, by its cue words.
    pub(super) cagr: bool,
    /// "until 2025", "by 2030": the year the rate runs to.
    pub(super) until: Option<i32>,
    /// "a CAGR of 4.5% from 2020": the year the rate runs from.
    pub(super) since: Option<i32>,
    /// One of a slash list ("25%/11%"), or in a clause that opens "among
    /// which" (其中) or holds a part of a whole ("$800 million of the $3.2
    /// billion market"): a rate of segments.
    pub(super) slashed: bool,
    /// "over this period", "この間": the rate spans the figures just given,
    /// from the first.
    pub(super) whole: bool,
    /// "a three-year CAGR", "5-year compound annual growth rate", "over the
    /// ten years": the years the rate says it spans (see `rates::length`).
    pub(super) length: Option<i32>,
    /// Unsigned, in a clause that opens with a decline word ("will fall
    /// from … to …, a CAGR of 3.8%"): the size of the fall, if the figures
    /// fall.
    pub(super) declined: bool,
    /// One of a list of rates of as many series ("CAGRs of 12.5% and
    /// 17.5%") with no figures matched to it: it takes none (see `lists`).
    pub(super) parallel: bool,
    /// Its baseline and target, matched by position from two lists of
    /// amounts (indices into the sentence's amounts; see `lists`).
    pub(super) pair: Option<(usize, usize)>,
    /// In a clause after the first, its own subject before it ("…, with
    /// foldables growing at a CAGR of 40%"): the rate of that subject.
    pub(super) subject: bool,
    /// Set against another rate ("compared with 5 per cent over the
    /// previous five years", "versus 6%": a comparison, not a rate of
    /// another segment), another source's ("…, though some analysts put
    /// the CAGR closer to 10%") or a history from an undated start ("40%
    /// since launch"): it reads no figures, and the claim says why.
    pub(super) aside: Option<SetAside>,
    /// "in value terms", "by volume": what the rate measures, so which
    /// amounts it can take (see [`Terms::admits`]).
    pub(super) terms: Option<Terms>,
    /// Its subject is no size of a series but a price, a margin, a share or
    /// an amount per head ("Prices are expected to rise 3% a year",
    /// "Spending per household will grow 5% a year", "their share … rose
    /// from 8% to 15%, a CAGR of 13.4%"): it takes only amounts named as
    /// such a measure (see [`Parsed::measure_at`]).
    pub(super) intensive: bool,
    /// Worded for the past: a verb of growth in the past or the perfect
    /// before it in its clause ("grew at", "has been expanding at", "have
    /// risen"; see `rates::past_worded`).
    pub(super) past: bool,
    /// The measure named last before it and after the compound annual rate
    /// before it, if any ("营业收入复合增速为12.7%，净利润复合增速为17.2%":
    /// revenue, then profit; see [`Parsed::measures`]).
    pub(super) measure: Option<&'static str>,
}

/// What a rate is said to measure: the money a market is worth ("in value
/// terms", "by value") or the quantity it sells ("in volume terms", "by
/// volume").
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Terms {
    Value,
    Volume,
}

impl Terms {
    /// Whether a rate in these terms can be the rate of an amount of
    /// `unit`: a value rate of money, a volume rate of counts and physical
    /// quantities; either of a bare scale ("13 billion").
    pub(super) fn admits(self, unit: Unit) -> bool {
        match (self, unit) {
            (_, Unit::Bare) => true,
            (Terms::Value, u) => matches!(u, Unit::Money(_)),
            (Terms::Volume, u) => matches!(u, Unit::Count | Unit::Physical(_)),
        }
    }
}

#[derive(Debug, Clone, Copy)]
pub(super) struct YearM {
    /// The date; `None` for a relative date ("last year") with no
    /// publication date to resolve it.
    pub(super) when: Option<When>,
    pub(super) first: usize,
    pub(super) last: usize,
    /// Written relative to the publication date ("last year", "now").
    pub(super) relative: bool,
    /// "N years ago": N, the years before the publication date. Writers
    /// also count them back from the latest year their figures name.
    pub(super) ago: Option<i32>,
    /// Dated by words that writers also use for the year before: "the end
    /// of the 2020s" (its round year, 2030, or 2029), "the start of the
    /// year", "the beginning of 2024" (a level then is the level at the
    /// end of the year before).
    pub(super) or_before: bool,
}

#[derive(Debug, Clone)]
pub(super) struct PeriodM {
    pub(super) from: Option<i32>,
    pub(super) to: Option<i32>,
    /// "over the next N years", "the past decade": a length to be placed
    /// at the target.
    pub(super) next: Option<i32>,
    pub(super) span: Range<usize>,
    pub(super) first: usize,
}

/// A ratio word and what it says.
#[derive(Debug, Clone)]
pub(super) struct RatioM {
    /// The multiple: 2 for "double".
    pub(super) k: f64,
    /// A hedge before it: "more than double", "nearly triple".
    pub(super) hedge: Option<Qualifier>,
    pub(super) first: usize,
    pub(super) last: usize,
    pub(super) span: Range<usize>,
    /// A year right after it: "triple by 2033", "double in 2030".
    pub(super) by: Option<i32>,
}

#[derive(Debug, Default)]
pub(super) struct Parsed {
    pub(super) amounts: Vec<AmountM>,
    pub(super) rates: Vec<RateM>,
    pub(super) years: Vec<YearM>,
    pub(super) periods: Vec<PeriodM>,
    /// Countries and regions the sentence names (canonical keys).
    pub(super) places: Vec<&'static str>,
    /// Each place named, at its token, in order.
    pub(super) place_at: Vec<(usize, &'static str)>,
    /// Token ranges of bracketed conversions after an amount.
    pub(super) alternatives: Vec<(usize, usize)>,
    /// How many of the rates are compound annual ones.
    pub(super) cagrs: usize,
    /// The sentence speaks of a part of a market: "segment", "of which",
    /// "within it", "among them".
    pub(super) segment: bool,
    /// In such a sentence, the tokens that join two clauses ("while",
    /// "whereas", "but", ", and"): figures across one from a rate are the
    /// other clause's.
    pub(super) joiners: Vec<usize>,
    /// What the sentence's figures measure (keys of `vocab::measure`),
    /// read where places are.
    pub(super) measures: Vec<&'static str>,
    /// The words before the first compound annual rate name only things
    /// counted ("Active buyers CAGR, FY22–FY25: 27%"), as a label does.
    pub(super) counted_label: bool,
    /// In a sentence with a compound annual rate and amounts, where its
    /// clauses start: the first token of each after the first (at ", and",
    /// ", with", "while", "whereas", "but", ";").
    pub(super) clause_starts: Vec<usize>,
    /// What each of those clauses measures (`vocab::measure` keys, and
    /// "segment" for a clause about a segment), one entry a clause.
    pub(super) clause_measures: Vec<Vec<&'static str>>,
    /// Whether each of those clauses is worded for the future
    /// ([`future_words`]), one entry a clause.
    pub(super) clause_future: Vec<bool>,
    /// In such a sentence, each word that names what a figure after it
    /// measures, at its token: a `vocab::measure` key, "market" for a word
    /// of [`MARKET_WORDS`], "intensive" for a share or an amount per head.
    pub(super) measure_at: Vec<(usize, &'static str)>,
    /// In a sentence with a compound annual rate, the tokens that set one
    /// clause against another ("while", "whereas", "but"; for a sentence
    /// that opens with "While …", the comma that ends that clause).
    pub(super) contrasts: Vec<usize>,
    /// In a sentence with a compound annual rate, its ratio words
    /// ("double", "threefold", 倍增).
    pub(super) ratios: Vec<RatioM>,
    /// Where it has one, the year a bare "from" names ("from 2024").
    pub(super) from_year: Option<i32>,
    /// The year after a bare "from" right after another year, that no
    /// amount took ("by 2029, from 2024"), where the sentence has one.
    pub(super) bare_from: Option<i32>,
    /// In a sentence with a compound annual rate and no amounts, the head
    /// noun of its subject where that is a series ("Online sales will grow
    /// at …" → "sales"), lower case; none for a
    /// pointer ("This represents …"), a source ("Analysts expect …") or no
    /// subject.
    pub(super) subject: Option<String>,
    /// The sentence speaks of what is to come ("will", "expected",
    /// "forecast", 预计, 見込み, 전망): read where it has figures or a
    /// compound annual rate.
    pub(super) future: bool,
}

/// Whether the word at token `k` is the noun of a phrase that says in what
/// terms a rate is, "volume" or "value" ("in volume terms", "by volume";
/// see [`Terms`]): it names no measure of the series.
pub(super) fn terms_phrase(toks: &[Tok<'_>], k: usize) -> bool {
    let before = |w: &str| k.checked_sub(1).is_some_and(|j| toks[j].is_word(w));
    let terms = toks.get(k + 1).is_some_and(|t| t.is_word("terms"));
    let noun = toks[k].is_word("volume") || toks[k].is_word("value");
    noun && ((before("in") && terms) || before("by"))
}

/// Whether the price word at token `k` names how a rate or figure is
/// measured, not what: "adjusted for prices", "at constant prices", "in
/// 2015 prices", "price-adjusted", "prices adjusted" (a real rate: it is
/// checked against the figures like any other, and differs from nominal
/// ones by the inflation between).
pub(super) fn deflator(toks: &[Tok<'_>], k: usize) -> bool {
    let t = toks[k];
    if !(t.is_word("prices") || t.is_word("price")) {
        return false;
    }
    let before = k.checked_sub(1).map(|j| toks[j]);
    let after = |d: usize| toks.get(k + d);
    before.is_some_and(|b| {
        ["for", "constant", "current", "real"]
            .iter()
            .any(|w| b.is_word(w))
            || year_value(&b).is_some()
    }) || after(1).is_some_and(|a| a.is_word("adjusted"))
        || (after(1).is_some_and(|a| a.is_dash())
            && after(2).is_some_and(|a| a.is_word("adjusted")))
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
        b"global" | b"globally" | b"world" | b"worldwide" => "world",
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

/// Whether a clause that gives a cause opens at token `k`: "because",
/// "amid", "as" before what it says ("as battery prices fall"; not "as
/// well", "as much", "such as"), "driven by", "fuelled by", "led by",
/// "thanks to", "due to", "on the back of".
pub(super) fn causal_at(toks: &[Tok<'_>], k: usize) -> bool {
    let word = |d: usize, w: &str| toks.get(k + d).is_some_and(|t| t.is_word(w));
    let t = toks[k];
    if t.is_word("because") || t.is_word("amid") {
        return true;
    }
    if t.is_word("as") {
        let before = k.checked_sub(1).map(|j| toks[j]);
        let such = before.is_some_and(|b| b.is_word("such") || b.is_word("so"));
        let idiom = [
            "well", "much", "many", "of", "per", "a", "an", "long", "far", "soon", "early", "late",
            "high", "low", "to", "is", "it",
        ]
        .iter()
        .any(|w| word(1, w));
        return !such && !idiom && toks.get(k + 1).is_some_and(|n| n.kind == Kind::Word);
    }
    (["driven", "fuelled", "fueled", "led", "boosted", "supported"]
        .iter()
        .any(|w| t.is_word(w))
        && word(1, "by"))
        || ((t.is_word("thanks") || t.is_word("due")) && word(1, "to"))
        || (t.is_word("on") && word(1, "the") && word(2, "back"))
}

/// Whether tokens name a measure ([`vocab::measure`](crate::value::vocab::measure)).
pub(super) fn names_measure(toks: &[Tok<'_>]) -> bool {
    toks.iter()
        .any(|t| crate::value::vocab::measure(t.text).is_some())
}

/// Words that set one clause against another: a cue word before one of
/// them is not a cue for a rate after it.
pub(super) const CONTRAST: [&str; 5] = ["while", "whereas", "but", "although", "though"];

/// Whether token `k` sets a clause against the one before: a word of
/// [`CONTRAST`], or "even" before "as", "though" or "if" ("…, a CAGR of
/// 7.5%, even as vacancy edged up to 11%").
pub(super) fn contrast_at(toks: &[Tok<'_>], k: usize) -> bool {
    let t = toks[k];
    CONTRAST.iter().any(|w| t.is_word(w))
        || (t.is_word("even")
            && toks
                .get(k + 1)
                .is_some_and(|n| n.is_word("as") || n.is_word("though") || n.is_word("if")))
}

/// Whether the clause opening at token `open` names a subject of its own
/// before a growth verb ahead of the rate at `rate`: "…, with foldables
/// growing at a CAGR of 40%", "…, while online sales will rise at 14% a
/// year", "…, while the natural-diamond market will shrink at 2% a year";
/// not "…, with a CAGR of 8.4%" (no verb), a pronoun ("…, while it will
/// grow at …"), a measure alone ("…, with revenue growing at …"), the
/// market alone, a clause that opens with its verb, or words with a figure
/// among them.
pub(super) fn clause_subject(toks: &[Tok<'_>], open: usize, rate: usize) -> bool {
    // (In every tense: "…, while the number of stores grew by 0.9% a
    // year".)
    const VERBS: &[&str] = &[
        "grow",
        "grows",
        "growing",
        "grew",
        "expand",
        "expands",
        "expanding",
        "expanded",
        "rise",
        "rises",
        "rising",
        "rose",
        "increase",
        "increases",
        "increasing",
        "increased",
        "climb",
        "climbs",
        "climbing",
        "climbed",
        "advance",
        "advancing",
        "advanced",
        "post",
        "posting",
        "posted",
        "register",
        "registering",
        "registered",
        "record",
        "recording",
        "recorded",
        "see",
        "seeing",
        "saw",
        // A level reached: "…, and cumulative capacity reached 48 GW,
        // growing 24% a year".
        "reach",
        "reaches",
        "reached",
        "hit",
        "hits",
        "stood",
        "totalled",
        "totaled",
        // A decline: "…, while the natural-diamond market will shrink at
        // an annual rate of 2%".
        "shrink",
        "shrinks",
        "shrinking",
        "decline",
        "declines",
        "declining",
        "fall",
        "falls",
        "falling",
        "contract",
        "contracts",
        "contracting",
        "drop",
        "drops",
        "dropping",
        "shrank",
        "declined",
        "fell",
        "contracted",
        "dropped",
    ];
    const SKIP: &[&str] = &[
        "and",
        "with",
        "while",
        "whereas",
        "but",
        "the",
        "a",
        "an",
        "its",
        "their",
        "our",
        "will",
        "should",
        "could",
        "would",
        "may",
        "might",
        "is",
        "are",
        "set",
        "to",
        "expected",
        "projected",
        "forecast",
        "likely",
    ];
    const PRONOUNS: &[&str] = &[
        "it", "they", "this", "that", "these", "those", "which", "we",
    ];
    let Some(verb) = (open + 1..rate).find(|&k| VERBS.iter().any(|w| toks[k].is_word(w))) else {
        return false;
    };
    // A subject is a few words, no figures ("…, and is expected to reach
    // 9.29 billion USD by 2030, growing at …" has none).
    if toks[open + 1..verb].iter().any(|t| t.kind == Kind::Num) {
        return false;
    }
    // Nor does a clause that opens with its verb ("…, and is forecasted to
    // reach …", "…, and expects …").
    let opening = toks[open + 1..verb]
        .iter()
        .find(|t| t.kind == Kind::Word && !t.is_word("and"));
    if opening.is_some_and(|t| verb_kind(t.text).is_some()) {
        return false;
    }
    let words: Vec<&Tok<'_>> = toks[open..verb]
        .iter()
        .filter(|t| t.kind == Kind::Word)
        .filter(|t| !SKIP.iter().any(|w| t.is_word(w)))
        .collect();
    // A source and its verb of forecasting are no subject of the figures:
    // "…, and analysts expect it to reach …", "…, and the ministry sees
    // sales at …" are read from what they expect.
    const FORECASTS: &[&str] = &[
        "expect",
        "expects",
        "forecast",
        "forecasts",
        "project",
        "projects",
        "predict",
        "predicts",
        "anticipate",
        "anticipates",
        "see",
        "sees",
        "estimate",
        "estimates",
    ];
    let pronoun = |t: &&Tok<'_>| PRONOUNS.iter().any(|w| t.is_word(w)) || t.is_word("them");
    if words.first().is_some_and(pronoun) {
        return false;
    }
    let words = match words
        .iter()
        .take(4)
        .position(|t| FORECASTS.iter().any(|w| t.is_word(w)))
    {
        Some(k) if k >= 1 => &words[k + 1..],
        _ => &words[..],
    };
    // A measure alone ("…, with revenue growing at …") is the sentence's
    // own series; the measures rule tells it from another.
    // So is the market alone ("…, and the market will reach $5 billion").
    // Unless a clause set against the one before ("while", "whereas",
    // "but") opens with either, and no measure (or market) is named before
    // it: "The sector employed 41,000 people in 2020 and 52,000 in 2024,
    // while output grew at 9% a year", "Revenue rose from $12.0 million …
    // to $18.0 million …, while the market grew at a CAGR of 9%".
    let market = |t: &&Tok<'_>| MARKET_WORDS.iter().any(|w| t.is_word(w));
    let set_against = contrast_at(toks, open);
    let market_named = || toks[..open].iter().any(|t| market(&t));
    match words.first() {
        None => false,
        Some(t) if pronoun(t) => false,
        Some(_) => {
            let measure = |t: &&Tok<'_>| crate::value::vocab::measure(t.text).is_some();
            words.len() <= 6
                && (!words.iter().all(measure) || (set_against && !names_measure(&toks[..open])))
                && (!words.iter().all(market) || (set_against && !market_named()))
        }
    }
}

/// Whether a clause set against the one before it starts at token `k`, in
/// Chinese, Japanese or Korean: after a comma, with 但, 然而 or 一方, or 而
/// before a new subject ("…增至2024年的260亿元，而整体营收年均复合增长率为15%";
/// not 而且, "and also", nor 而 before a time, a forecast word or a
/// pointer: "，而到2030年，这一数字…"), or after a comma that follows 一方 or
/// 반면 ("…증가한 반면, …").
/// The rate of such a clause is its own subject's.
pub(super) fn cjk_contrast(toks: &[Tok<'_>], text: &str, k: usize) -> bool {
    let Some(comma) = k.checked_sub(1).map(|c| toks[c]) else {
        return false;
    };
    if !matches!(comma.text, "，" | "," | "、") {
        return false;
    }
    // 而 before a time, a forecast word or a pointer goes on with the same
    // series ("…，而到2030年，这一数字有望达到1.2万亿元"); before a new subject
    // it sets one against it.
    const GOES_ON: &[char] = &[
        '且', '到', '至', '在', '于', '截', '预', '将', '今', '明', '未', '这', '该', '其',
    ];
    let rest = &text[toks[k].start..];
    let er = rest.strip_prefix('而').map(|r| {
        r.chars()
            .next()
            .is_some_and(|c| !GOES_ON.contains(&c) && !c.is_ascii_digit())
    });
    let opens = toks[k].is_cjk()
        && (er == Some(true) || cjk_word_at(toks, text, k, &["但", "然而", "一方"]).is_some());
    let before = text[..comma.start].trim_end();
    opens
        || ["一方", "一方で", "반면", "반면에"]
            .iter()
            .any(|w| before.ends_with(w))
}

/// Whether a clause about the same years starts at token `k`, in Chinese,
/// Japanese or Korean: after a comma, with 同期, 同时期, 同期間, 同じ期間,
/// 같은 기간, 이 기간 or 동 기간 ("…增至2028年的1900万人，同期营业收入年均复合
/// 增长率为12.4%"). It may name a measure of its own, as a clause after
/// ", and" may.
pub(super) fn cjk_same_period(toks: &[Tok<'_>], text: &str, k: usize) -> bool {
    k.checked_sub(1)
        .is_some_and(|c| matches!(toks[c].text, "，" | "," | "、"))
        && toks[k].is_cjk()
        && cjk_word_at(toks, text, k, SAME_PERIOD).is_some()
}

/// The words for "over the same period" that open a clause of
/// [`cjk_same_period`], a longer one before a shorter one it starts with.
const SAME_PERIOD: &[&str] = &[
    "同期間",
    "同期",
    "同时期",
    "同時期",
    "同じ期間",
    "같은 기간",
    "이 기간",
    "동 기간",
    "동기간",
];

/// Whether the clause of [`cjk_same_period`] opening at token `open`
/// names a subject of its own before the rate at token `rate`, with no
/// comma between: what is
/// left between the words for the same period and the rate, without the
/// cue words, the measures (which the measures rules weigh), the words for
/// a market or its size, pointers and particles, holds a run of two
/// characters or more that the clauses before do not name ("…，같은 기간
/// 충전기 수는 연평균 52% 증가했다": chargers, not the
/// cars counted before; not "…，同期年均复合增长率为9.6%", nor "…，同期市场规模
/// 年均复合增长率…").
pub(super) fn cjk_period_subject(toks: &[Tok<'_>], text: &str, open: usize, rate: usize) -> bool {
    const OTHER: &[&str] = &[
        "规模", "規模", "규모", "这一", "該", "该", "其", "이", "的", "の", "は", "が", "은", "는",
        "가", "을", "를", "为", "為", "达", "約", "约", "약", "增长", "增長", "成長", "성장", "で",
        "に", "로", "으로", "간", "年", "연", "率", "数字", "数据",
    ];
    if !cjk_same_period(toks, text, open) || rate <= open {
        return false;
    }
    let mut rest = &text[toks[open].start..toks[rate].start];
    // (Only a rate in the comma's stretch: "…，同期销售额约为120亿元，预计…，年均
    // 复合增长率7.6%" is the series' before.)
    if rest.contains(['，', ',', '、', '；', ';']) {
        return false;
    }
    if let Some(w) = SAME_PERIOD.iter().find(|w| rest.starts_with(**w)) {
        rest = &rest[w.len()..];
    }
    // The runs of characters left, each as a range of `rest`.
    let mut runs: Vec<Range<usize>> = Vec::new();
    let mut at = 0;
    while at < rest.len() {
        let here = &rest[at..];
        let word = crate::value::vocab::CJK_CAGR_WORDS
            .iter()
            .chain(OTHER)
            .filter(|w| here.starts_with(**w))
            .map(|w| w.len())
            .max()
            .or_else(|| crate::value::vocab::cjk_measure(here).map(|(_, len)| len));
        let c = here.chars().next().unwrap_or(' ');
        match word {
            Some(len) => at += len,
            None if crate::value::vocab::is_cjk(c) => {
                let end = at + c.len_utf8();
                match runs.last_mut().filter(|r| r.end == at) {
                    Some(r) => r.end = end,
                    None => runs.push(at..end),
                }
                at = end;
            }
            None => at += c.len_utf8(),
        }
    }
    // A run of two characters or more that the clauses before do not name
    // ("广告收入…，同期广告收入年均复合增长率" names the series again).
    let before = &text[toks[0].start..toks[open].start];
    runs.iter()
        .any(|r| rest[r.clone()].chars().count() >= 2 && !before.contains(&rest[r.clone()]))
}

/// Whether the rate at token `rate` is in a clause opened by ", where" or
/// ", in which" with no comma after it ("… driven by demand in Asia, where
/// sales are expected to increase at a CAGR of 12.4%"): the rate of what the
/// clause before named, as a clause with a subject of its own.
pub(super) fn in_relative_clause(toks: &[Tok<'_>], rate: usize) -> bool {
    let Some(k) = (0..rate)
        .rev()
        .take_while(|&k| !toks[k].is_sym(","))
        .find(|&k| toks[k].is_word("where") || toks[k].is_word("which"))
    else {
        return false;
    };
    let before = |d: usize, w: &str| {
        k.checked_sub(d)
            .is_some_and(|j| toks[j].is_word(w) || toks[j].is_sym(w))
    };
    if toks[k].is_word("where") {
        before(1, ",")
    } else {
        before(1, "in") && before(2, ",")
    }
}

/// A verb that ends a sentence's subject: being, having, modal, growth or
/// size ("is", "will", "grew", "accounted"), or reporting ("expects",
/// "forecast"), which makes what comes before it a source, not a subject.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Verb {
    Being,
    Reporting,
}

/// The kind of verb `word` is (any case), through a match on its lower-case
/// bytes.
fn verb_kind(word: &str) -> Option<Verb> {
    let bytes = word.as_bytes();
    let mut buf = [0u8; 12];
    let lower = buf.get_mut(..bytes.len())?;
    lower.copy_from_slice(bytes);
    lower.make_ascii_lowercase();
    match &*lower {
        b"is" | b"are" | b"was" | b"were" | b"will" | b"would" | b"should" | b"could" | b"can"
        | b"may" | b"might" | b"has" | b"have" | b"had" | b"grew" | b"grow" | b"grows"
        | b"rose" | b"rise" | b"rises" | b"expanded" | b"expand" | b"expands" | b"increased"
        | b"increase" | b"increases" | b"climbed" | b"posted" | b"registered" | b"recorded"
        | b"continues" | b"continue" => Some(Verb::Being),
        // Verbs of a size or a share: "The software segment accounted for
        // USD 1.1 billion", "Hospitals held a 41% share".
        b"accounted" | b"accounts" | b"held" | b"holds" | b"generated" | b"generates"
        | b"captured" | b"dominated" | b"dominates" | b"led" | b"leads" | b"contributed"
        | b"contributes" | b"represented" | b"represents" | b"stood" | b"stands" | b"reached"
        | b"reaches" | b"totalled" | b"totaled" | b"totals" => Some(Verb::Being),
        b"expect" | b"expects" | b"estimate" | b"estimates" | b"forecast" | b"forecasts"
        | b"predict" | b"predicts" | b"project" | b"projects" | b"anticipate" | b"anticipates"
        | b"see" | b"sees" | b"say" | b"says" | b"believe" | b"believes" | b"note" | b"notes"
        | b"reckon" | b"reckons" => Some(Verb::Reporting),
        _ => None,
    }
}

/// Whether "per capita", "per household", "per person", "per head", "per
/// user" or "per customer" starts at token `k` (or "per-capita"): an
/// amount per head.
pub(super) fn per_head(toks: &[Tok<'_>], k: usize) -> bool {
    let hyphen = toks.get(k + 1).is_some_and(|t| t.is_sym("-"));
    toks[k].is_word("per")
        && toks.get(k + 1 + usize::from(hyphen)).is_some_and(|t| {
            ["capita", "household", "person", "head", "user", "customer"]
                .iter()
                .any(|w| t.is_word(w))
        })
}

pub(super) use crate::value::vocab::MARKET_WORDS;

/// Words that point back at what came before: a subject that is one names
/// no series of its own.
const POINTERS: &[&str] = &[
    "this", "that", "it", "these", "those", "such", "which", "they",
];

/// Prepositions that open a sentence before its subject ("In 2023, …",
/// "At a CAGR of …"), or join the words of one.
const PREPOSITIONS: &[&str] = &[
    "at",
    "in",
    "by",
    "over",
    "from",
    "with",
    "during",
    "between",
    "according",
    "for",
    "on",
    "as",
    "after",
    "since",
    "until",
    "through",
    "of",
];

/// Words a rate is named by: a subject that is one ("The compound annual
/// growth rate (CAGR) is …", "Growth will be …") names no series.
const RATE_WORDS: &[&str] = &[
    "cagr",
    "rate",
    "growth",
    "increase",
    "expansion",
    "rise",
    "figure",
];

/// Words that may come before a rate word in a subject ("The compound
/// annual growth rate …").
const LEAD: &[&str] = &["the", "a", "an", "compound", "annual", "average"];

/// The head noun of a sentence's subject, where the subject is a series
/// ("Online sales will grow at a CAGR of 14%" → "sales", "Foldable phones
/// are expected to …" → "phones"): the last word before the first verb,
/// lower case. None where the subject points back ("This", "It", "Such
/// growth", "Today it"), is a source ("Analysts expect", "IDC forecasts": a
/// reporting verb comes first), is the rate itself ("The CAGR is …",
/// "Growth will be …", "The CAGR over the period is …"), is the speaker
/// ("We aim to increase this …", "I expect"), the sentence opens with a
/// preposition ("At a CAGR of …") or no verb comes within eight words.
pub(super) fn sentence_subject(toks: &[Tok<'_>]) -> Option<String> {
    let words: Vec<&Tok<'_>> = toks
        .iter()
        .take(12)
        .filter(|t| t.kind == Kind::Word)
        .collect();
    let first = words.first()?;
    // (The speaker is no series: "We aim to increase this to …".)
    if POINTERS
        .iter()
        .chain(PREPOSITIONS)
        .chain(&["we", "i", "you"])
        .any(|w| first.is_word(w))
    {
        return None;
    }
    let verb = words
        .iter()
        .take(8)
        .position(|t| verb_kind(t.text).is_some())?;
    if verb == 0 || verb_kind(words[verb].text) == Some(Verb::Reporting) {
        return None;
    }
    let head = words[verb - 1].text.to_ascii_lowercase();
    // A pointer after an opening word ("Today it is a $2.1 billion
    // business") points back as one that opens the sentence does.
    let names = !RATE_WORDS.contains(&head.as_str()) && !POINTERS.contains(&head.as_str());
    // A subject that opens with the rate and goes on with what it spans
    // ("The CAGR over the period is …", "Annual growth for 2024-2029 will
    // be …") is the rate too.
    let opens_with_rate = words[..verb]
        .iter()
        .find(|t| !LEAD.iter().any(|w| t.is_word(w)))
        .is_some_and(|t| RATE_WORDS.iter().any(|w| t.is_word(w)));
    (names && !opens_with_rate).then_some(head)
}

/// The words of a sentence's subject that name its series (before its
/// first verb, within its first twelve words), lower case: not articles,
/// prepositions, pointers, places or the words a rate is written with
/// ("the Indian ayurveda industry is projected …" → "ayurveda",
/// "industry"; "Growth in Asia is expected …" → none).
pub(super) fn subject_words(sentence: &str) -> Vec<String> {
    const OWN: &[&str] = &["its", "their", "our", "and"];
    let skip = |w: &str| {
        [POINTERS, PREPOSITIONS, RATE_WORDS, LEAD, OWN]
            .iter()
            .any(|list| list.contains(&w))
    };
    let words = sentence
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .take(12);
    words
        .take_while(|w| verb_kind(w).is_none())
        .map(str::to_ascii_lowercase)
        .filter(|w| !skip(w) && place(w).is_none())
        .filter(|w| !w.bytes().all(|b| b.is_ascii_digit()))
        .collect()
}

/// [`Parsed::subject`] for a rate sentence with figures of its own: the
/// head of [`sentence_subject`] only where no word of the subject names a
/// measure, the market or a place, and is no forecast ("Digital lending
/// alone is projected to reach $515 billion" → "lending"; not "Revenue from
/// smart meters will grow", "Global sales are projected", "India's market
/// will", "Our base case has it crossing …").
pub(super) fn series_subject(toks: &[Tok<'_>]) -> Option<String> {
    const FILLERS: [&str; 4] = ["alone", "itself", "also", "too"];
    // A forecast or its maker is no series ("Our base case has it crossing
    // ₹3.6 lakh crore", "The report sees it reaching …").
    const FORECASTS: [&str; 14] = [
        "case",
        "scenario",
        "forecast",
        "forecasts",
        "projection",
        "projections",
        "estimate",
        "estimates",
        "model",
        "report",
        "study",
        "outlook",
        "analysis",
        "view",
    ];
    let head = sentence_subject(toks)?;
    if FORECASTS.iter().any(|w| head.eq_ignore_ascii_case(w)) {
        return None;
    }
    let words: Vec<&Tok<'_>> = toks
        .iter()
        .take(12)
        .filter(|t| t.kind == Kind::Word)
        .collect();
    let end = words
        .iter()
        .position(|t| t.text.eq_ignore_ascii_case(&head))?;
    let phrase = &words[..=end];
    let names_other = phrase.iter().any(|t| {
        crate::value::vocab::measure(t.text).is_some()
            || MARKET_WORDS.iter().any(|w| t.is_word(w))
            || place(t.text).is_some()
    });
    if names_other {
        return None;
    }
    // Its words, lower case, but for articles, possessives and words that
    // only stress it ("Digital lending alone" → "digital lending").
    const SKIP: [&str; 8] = ["the", "a", "an", "its", "their", "our", "s", "global"];
    let words: Vec<String> = phrase
        .iter()
        .map(|t| t.text.to_ascii_lowercase())
        .filter(|w| !SKIP.contains(&w.as_str()) && !FILLERS.contains(&w.as_str()))
        .collect();
    (!words.is_empty()).then(|| words.join(" "))
}

/// [`Parsed::subject`] for a sentence whose compound annual rate is that
/// of the whole market: "The overall market is forecast to grow at 4.9%",
/// "Europe will grow more slowly than the market as a whole, which will post
/// a CAGR of 4.9%" (the rate in a "which" clause is its antecedent's). The
/// marker [`WHOLE_MARKET`] for "market", "industry", "sector" or "spending"
/// after "overall", "total", "entire", "whole", "global" or "worldwide", or
/// before "as a whole".
pub(super) fn whole_market(toks: &[Tok<'_>], rates: &[RateM]) -> Option<String> {
    const NOUNS: &[&str] = &["market", "industry", "sector", "spending", "economy"];
    const WHOLE: &[&str] = &["overall", "total", "entire", "whole", "global", "worldwide"];
    const VERBS: &[&str] = &[
        "is", "are", "was", "will", "should", "could", "would", "may", "grew", "grows", "has",
    ];
    let is = |t: &&Tok<'_>, list: &[&str]| list.iter().any(|w| t.is_word(w));
    let rate = rates.iter().find(|r| r.cagr)?;
    let before = &toks[..rate.first];
    // Where the noun phrase the rate is said of ends: at a "which" before
    // the rate (and the comma before it), else at the sentence's first verb.
    let end = match before.iter().rposition(|t| t.is_word("which")) {
        Some(k) if k > 0 && before[k - 1].is_sym(",") => k - 1,
        Some(k) => k,
        None => before.iter().take(8).position(|t| is(&t, VERBS))?,
    };
    let words: Vec<&Tok<'_>> = before[end.saturating_sub(6)..end]
        .iter()
        .filter(|t| t.kind == Kind::Word)
        .collect();
    // "the overall market", "total spending"; "the market as a whole".
    let modified = words
        .windows(2)
        .any(|w| is(&w[0], WHOLE) && is(&w[1], NOUNS));
    let as_whole = words.windows(4).any(|w| {
        is(&w[0], NOUNS) && w[1].is_word("as") && w[2].is_word("a") && w[3].is_word("whole")
    });
    (modified || as_whole).then(|| WHOLE_MARKET.to_owned())
}

/// The subject [`whole_market`] gives a sentence about the whole market.
pub(super) const WHOLE_MARKET: &str = "(the whole market)";

/// Whether a sentence in Chinese, Japanese or Korean speaks of what is to
/// come or is yet, read by the absence of a past marker (the plain verb of
/// "…から2027年に4,500億円に拡大する" is the future; "…に拡大した" is the past):
/// 了, 已, 曾; た, だった, でした, ました; 었, 았, 였.
pub(super) fn cjk_non_past(sentence: &str) -> bool {
    const PAST: &[&str] = &[
        "了",
        "已",
        "曾",
        "った",
        "した",
        "きた",
        "いた",
        "だった",
        "でした",
        "ました",
        "었",
        "았",
        "였",
    ];
    sentence.chars().any(crate::value::vocab::is_cjk) && !PAST.iter().any(|w| sentence.contains(w))
}

/// Whether a sentence speaks of what is to come: "will", "'ll", "shall",
/// "expect…", "forecast…", "project…", "anticipat…", "predict…", "should",
/// "could", "outlook", "going forward", "set to"; 预计, 预测, 将, 有望, 見込
/// (み), 予測, 予想, 見通し, 전망, 예상, 예측.
pub(super) fn future_words(toks: &[Tok<'_>], text: &str) -> bool {
    const STEMS: &[&str] = &["expect", "forecast", "project", "anticipat", "predict"];
    const WORDS: &[&str] = &["will", "ll", "shall", "should", "could", "outlook"];
    toks.iter().enumerate().any(|(k, t)| match t.kind {
        Kind::Word => {
            let initial = t.text.as_bytes()[0] | 0x20;
            if !matches!(
                initial,
                b'a' | b'c' | b'e' | b'f' | b'g' | b'l' | b'o' | b'p' | b's' | b'w'
            ) {
                return false;
            }
            let w = t.text.as_bytes();
            STEMS
                .iter()
                .any(|s| w.len() >= s.len() && w[..s.len()].eq_ignore_ascii_case(s.as_bytes()))
                || WORDS.iter().any(|x| t.text.eq_ignore_ascii_case(x))
                || (t.is_word("going") && toks.get(k + 1).is_some_and(|n| n.is_word("forward")))
                || (t.is_word("set") && toks.get(k + 1).is_some_and(|n| n.is_word("to")))
        }
        Kind::Cjk => {
            let rest = &text[t.start..];
            [
                "预计",
                "預計",
                "预测",
                "預測",
                "将",
                "將",
                "有望",
                "見込",
                "予測",
                "予想",
                "見通し",
                "전망",
                "예상",
                "예측",
            ]
            .iter()
            .any(|w| rest.starts_with(w))
        }
        _ => false,
    })
}

/// The Chinese, Japanese and Korean words for a segment of a market.
const CJK_SEGMENT: &[&str] = &[
    "细分",
    "細分",
    "板块",
    "板塊",
    "部門",
    "セグメント",
    "부문",
    "세그먼트",
];

/// How many regions a sentence names by a capitalised name before a word
/// for a region ("Eastmarch province", "Ontario Province", "Kerala state",
/// "Harris County"), told apart by the name.
pub(super) fn named_regions(toks: &[Tok<'_>]) -> usize {
    const REGIONS: &[&str] = &[
        "province",
        "state",
        "county",
        "prefecture",
        "region",
        "district",
        "oblast",
        "canton",
    ];
    let mut names: Vec<&str> = Vec::new();
    for w in toks.windows(2) {
        let named = w[0].kind == Kind::Word
            && w[0].text.starts_with(|c: char| c.is_ascii_uppercase())
            && w[1].start == w[0].end + 1
            && REGIONS.iter().any(|r| w[1].is_word(r));
        if named && !names.contains(&w[0].text) {
            names.push(w[0].text);
        }
    }
    names.len()
}

/// Whether a sentence speaks of a part of a market, or of another series:
/// "segment(s)", "of which", "among which", "among them", "within it",
/// "smaller", "the rest", "meanwhile", "whereas", 细分, 板块, 部門, 부문.
pub(super) fn segment_words(toks: &[Tok<'_>], text: &str) -> bool {
    let cjk = |k: usize| toks[k].is_cjk() && cjk_word_at(toks, text, k, CJK_SEGMENT).is_some();
    if (0..toks.len()).any(cjk) {
        return true;
    }
    // Words that set a part against the whole, or one series against
    // another ("Smaller firms grew at a CAGR of 3%", "meanwhile").
    const CONTRAST: &[&str] = &[
        "segment",
        "segments",
        "smaller",
        "larger",
        "remaining",
        "rest",
        "meanwhile",
        "whereas",
        "contrast",
    ];
    toks.iter().enumerate().any(|(k, t)| {
        // Every word read here starts with c, l, m, o, r, s, w or a.
        let initial = t.text.as_bytes().first().map_or(0, |b| b | 0x20);
        if t.kind != Kind::Word
            || !matches!(
                initial,
                b'a' | b'c' | b'l' | b'm' | b'o' | b'r' | b's' | b'w'
            )
        {
            return false;
        }
        let next = |w: &str| toks.get(k + 1).is_some_and(|n| n.is_word(w));
        CONTRAST.iter().any(|w| t.is_word(w))
            || ((t.is_word("of") || t.is_word("among")) && next("which"))
            || (t.is_word("among") && next("them"))
            || (t.is_word("within") && (next("it") || next("this")))
    })
}

/// The places a sentence names, each at its token: "United States" and
/// "U.S." are the US ("US$" is a currency, not a place).
pub(super) fn places(toks: &[Tok<'_>], text: &str) -> Vec<(usize, &'static str)> {
    let mut out: Vec<(usize, &'static str)> = Vec::new();
    for (k, t) in toks.iter().enumerate() {
        let key = match t.kind {
            // Most words are not places: `place` rules them out by their
            // first letter; "United" and "U(.S.)" are read here.
            Kind::Word if !t.text.starts_with(['U', 'u']) => place(t.text),
            Kind::Word => {
                let next = toks.get(k + 1);
                let united_states =
                    t.is_word("united") && next.is_some_and(|n| n.is_word("states"));
                let us = t.text == "US" && next.is_none_or(|n| n.start != t.end);
                let u_s = t.text == "U"
                    && next.is_some_and(|n| n.is_sym("."))
                    && toks.get(k + 2).is_some_and(|n| n.text == "S");
                if united_states || us || u_s {
                    Some("us")
                } else if t.is_word("united") && next.is_some_and(|n| n.is_word("kingdom")) {
                    Some("uk")
                } else {
                    place(t.text)
                }
            }
            Kind::Cjk => cjk_place(&text[t.start..]),
            _ => None,
        };
        // A place word in a currency's name ("U.S. dollars", "Hong Kong
        // dollars", "Indian rupees") names money, not a place.
        let currency = || {
            toks[k + 1..]
                .iter()
                .take(4)
                .filter(|t| t.kind == Kind::Word)
                .find(|t| {
                    !["s", "states", "kingdom", "kong"]
                        .iter()
                        .any(|w| t.is_word(w))
                })
                .is_some_and(|t| {
                    [
                        "dollar", "dollars", "yuan", "renminbi", "yen", "won", "rupee", "rupees",
                        "pound", "pounds", "euro", "euros",
                    ]
                    .iter()
                    .any(|w| t.is_word(w))
                })
        };
        if let Some(key) = key.filter(|_| !currency()) {
            out.push((k, key));
        }
    }
    out
}

/// The place a Chinese, Japanese or Korean place name at the start of `s`
/// names.
fn cjk_place(s: &str) -> Option<&'static str> {
    const PLACES: &[(&str, &str)] = &[
        ("中国", "china"),
        ("中國", "china"),
        ("我国", "china"),
        ("我國", "china"),
        ("日本", "japan"),
        ("美国", "us"),
        ("美國", "us"),
        ("米国", "us"),
        ("全球", "world"),
        ("世界", "world"),
        ("글로벌", "world"),
        ("세계", "world"),
        ("한국", "korea"),
        ("국내", "korea"),
        ("韩国", "korea"),
        ("韓国", "korea"),
        ("欧洲", "europe"),
        ("歐洲", "europe"),
        ("印度", "india"),
        // China's regions, provinces and largest cities: parts of it.
        ("华东", "east china"),
        ("華東", "east china"),
        ("华南", "south china"),
        ("華南", "south china"),
        ("华北", "north china"),
        ("華北", "north china"),
        ("华中", "central china"),
        ("華中", "central china"),
        ("西南地区", "southwest china"),
        ("西北地区", "northwest china"),
        ("东北地区", "northeast china"),
        ("東北地區", "northeast china"),
        ("广东", "guangdong"),
        ("廣東", "guangdong"),
        ("江苏", "jiangsu"),
        ("江蘇", "jiangsu"),
        ("浙江", "zhejiang"),
        ("山东", "shandong"),
        ("山東", "shandong"),
        ("上海", "shanghai"),
        ("北京", "beijing"),
        ("深圳", "shenzhen"),
    ];
    // "国内" (domestic) and "全国" (nationwide) are Japan's in Japanese,
    // China's in Chinese: a Japanese sentence has kana within a few
    // characters ("国内の", "国内市場は").
    if s.starts_with("国内") || s.starts_with("全国") {
        let kana = s
            .chars()
            .take(12)
            .any(|c| ('\u{3040}'..='\u{30FF}').contains(&c));
        return Some(if kana { "japan" } else { "china" });
    }
    PLACES
        .iter()
        .find(|(w, _)| s.starts_with(w))
        .map(|&(_, p)| p)
}

/// A currency written before the number: a symbol (possibly with a country
/// prefix glued to it, `US$`) or an upper-case code (`USD`, `RMB`, `Rs`).
/// Returns the currency and the index of its first token.
pub(super) fn currency_before(
    toks: &[Tok<'_>],
    i: usize,
    yen: impl Fn() -> bool,
) -> Option<(Currency, usize)> {
    let j = i.checked_sub(1)?;
    let t = toks[j];
    let symbol = match t.text {
        "$" => Some(Currency::USD),
        "€" => Some(Currency::EUR),
        "£" => Some(Currency::GBP),
        "₹" => Some(Currency::INR),
        "₩" => Some(Currency::KRW),
        "¥" | "￥" => Some(if yen() { Currency::JPY } else { Currency::CNY }),
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

/// Whether the figure of tokens `first..=last` is one of a slash list
/// ("25%/11%", "977/915亿元"): a figure of segments given in parallel.
pub(super) fn slashed(toks: &[Tok<'_>], first: usize, last: usize) -> bool {
    let slash = |k: Option<&Tok<'_>>| k.is_some_and(|t| t.is_sym("/") || t.is_sym("／"));
    slash(toks.get(last + 1)) || first.checked_sub(1).is_some_and(|k| slash(toks.get(k)))
}

/// Whether the text at token `k` starts with one of `words` (as written:
/// for Chinese, Japanese and Korean words, read character by character):
/// the index of the token after the word. A reading gloss in brackets after
/// a character ("復(fù)合", pinyin printed inline) is passed over.
pub(super) fn cjk_word_at(toks: &[Tok<'_>], text: &str, k: usize, words: &[&str]) -> Option<usize> {
    let t = toks.get(k)?;
    let rest = &text[t.start..];
    // The common case: the word as written, byte for byte.
    if let Some(w) = words.iter().find(|w| rest.starts_with(**w)) {
        let end = t.start + w.len();
        return Some(
            toks[k..]
                .iter()
                .position(|t| t.start >= end)
                .map_or(toks.len(), |p| k + p),
        );
    }
    // With glosses: only when one follows the first character.
    if !toks.get(k + 1).is_some_and(|t| t.is_sym("(")) {
        return None;
    }
    words.iter().find_map(|w| glossed_word_at(toks, k, w))
}

/// [`cjk_word_at`] for one word, one character a token, passing over
/// bracketed Latin glosses after a character.
fn glossed_word_at(toks: &[Tok<'_>], mut k: usize, word: &str) -> Option<usize> {
    let mut buf = [0u8; 4];
    for c in word.chars().filter(|c| !c.is_whitespace()) {
        let t = toks.get(k)?;
        if !t.is_cjk() || t.text != c.encode_utf8(&mut buf) {
            return None;
        }
        k += 1;
        // "(fù)": a bracket, Latin letters, a bracket.
        if toks.get(k).is_some_and(|t| t.is_sym("("))
            && toks.get(k + 1).is_some_and(|t| t.kind == Kind::Word)
            && toks.get(k + 2).is_some_and(|t| t.is_sym(")"))
        {
            k += 3;
        }
    }
    Some(k)
}

/// A numeric token's text in ASCII: full-width digits, `，` and `．` as
/// their ASCII forms, spaces dropped (a token of ASCII digits is its own
/// text). `None` for a token
/// too long to copy (such a number is none the crate reads).
fn ascii_number<'b>(t: &Tok<'b>, buf: &'b mut [u8; 48]) -> Option<&'b str> {
    if t.text.bytes().all(|b| b > b' ' && b.is_ascii()) {
        return Some(t.text);
    }
    let mut n = 0;
    for c in t.text.chars() {
        let b = match c {
            '０'..='９' => decimal::ascii_digit(c) as u8,
            '，' => b',',
            '．' => b'.',
            // Digits split by spaces (see `tokens`).
            ' ' | '\u{a0}' | '\u{2009}' | '\u{202f}' => continue,
            c if c.is_ascii() => c as u8,
            _ => return None,
        };
        *buf.get_mut(n)? = b;
        n += 1;
    }
    core::str::from_utf8(&buf[..n]).ok()
}

/// The number in a numeric token, and its digits after the point. Full-width
/// digits are read as ASCII ones, and digits grouped by spaces ("1 200") as
/// one number; a comma must group thousands (`1,729.5`), follow Indian
/// grouping (`4,52,310`) or be a decimal comma ([`decimal_comma`]: "1,35",
/// "6,5", "2 312,27"): "1,2345" is not a number to guess at.
pub(super) fn number(t: &Tok<'_>) -> Option<(f64, u8)> {
    if t.kind != Kind::Num {
        return None;
    }
    let mut buf = [0u8; 48];
    let text = ascii_number(t, &mut buf)?;
    let mut point = [0u8; 48];
    if let Some((text, decimals)) = decimal_comma(t, text, &mut point) {
        return Some((decimal::parse_scaled(text, 0)?, decimals));
    }
    let value = decimal::grouped_well(text).then(|| decimal::parse_scaled(text, 0))??;
    let decimals = text
        .split_once('.')
        .map_or(0, |(_, f)| u8::try_from(f.len()).unwrap_or(u8::MAX));
    Some((value, decimals))
}

/// The number in a numeric token times `10^places`, exactly (see
/// [`number`]).
pub(super) fn scaled(t: &Tok<'_>, places: i32) -> Option<f64> {
    if t.kind != Kind::Num {
        return None;
    }
    let mut buf = [0u8; 48];
    let text = ascii_number(t, &mut buf)?;
    let mut point = [0u8; 48];
    if let Some((text, _)) = decimal_comma(t, text, &mut point) {
        return decimal::parse_scaled(text, places);
    }
    decimal::grouped_well(text).then(|| decimal::parse_scaled(text, places))?
}

/// A number printed with a decimal comma, as much of Europe writes it
/// ("€1,35 billion", "6,5%", "2 312,27"): `text`, the token in ASCII with
/// its spaces dropped, is digits, one comma and one or two digits. The
/// number with a point instead (written into `buf`) and its digits after
/// it. Three digits after the comma group thousands ("1,350"), and a
/// full-width comma ("100，20") separates clauses in Chinese, Japanese and
/// Korean.
fn decimal_comma<'b>(t: &Tok<'_>, text: &str, buf: &'b mut [u8; 48]) -> Option<(&'b str, u8)> {
    if t.text.contains('，') {
        return None;
    }
    let (int, frac) = text.split_once(',')?;
    let digits = |s: &str| !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit());
    if !(digits(int) && digits(frac) && frac.len() <= 2) {
        return None;
    }
    let out = buf.get_mut(..text.len())?;
    out.copy_from_slice(text.as_bytes());
    out[int.len()] = b'.';
    let point = core::str::from_utf8(out).ok()?;
    Some((point, u8::try_from(frac.len()).unwrap_or(u8::MAX)))
}

/// Whether a numeric token is read with a decimal comma (see [`number`]).
pub(super) fn reads_decimal_comma(t: &Tok<'_>) -> bool {
    let (mut buf, mut point) = ([0u8; 48], [0u8; 48]);
    t.kind == Kind::Num
        && ascii_number(t, &mut buf)
            .is_some_and(|text| decimal_comma(t, text, &mut point).is_some())
}

/// Whether a numeric token reads one way with a decimal comma and another
/// without: one comma or point followed by exactly three digits ("1,350",
/// "1.350": 1350 or 1.35).
pub(super) fn either_separator(t: &Tok<'_>, separator: char) -> bool {
    let Some((int, frac)) = t.text.split_once(separator) else {
        return false;
    };
    let digits = |s: &str| !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit());
    digits(int) && int.len() <= 3 && frac.len() == 3 && digits(frac)
}

/// An amount whose number `t` groups thousands with points ("4.750"), read
/// so, as a sentence that prints decimal commas writes it: the amount read
/// with a decimal point, times a thousand for each group, printed with no
/// decimals. `None` for any other number.
pub(super) fn thousands_dot(t: &Tok<'_>, stated: Stated<Amount>) -> Option<Stated<Amount>> {
    let mut groups = t.text.split('.');
    let first = groups.next()?;
    let digits = |s: &str, n: core::ops::RangeInclusive<usize>| {
        n.contains(&s.len()) && s.bytes().all(|b| b.is_ascii_digit())
    };
    let rest: Vec<&str> = groups.collect();
    if !digits(first, 1..=3) || rest.is_empty() || !rest.iter().all(|g| digits(g, 3..=3)) {
        return None;
    }
    let places = i32::try_from(3 * rest.len()).ok()?;
    let a = stated.value();
    let value = crate::num::decimal::shift(a.value(), places);
    let mut amount = Amount::from_base(value).ok()?.in_scale(a.scale());
    if let Some(c) = a.currency() {
        amount = amount.with_currency(c);
    }
    let mut out = Stated::printed(amount, 0);
    if let Some(q) = stated.qualifier() {
        out = out.qualified(q);
    }
    Some(out)
}

/// A four-digit year 1900..=2100 (in ASCII or full-width digits).
pub(super) fn year_value(t: &Tok<'_>) -> Option<i32> {
    if t.kind != Kind::Num {
        return None;
    }
    let mut buf = [0u8; 48];
    let text = ascii_number(t, &mut buf)?;
    if text.len() != 4 || !text.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let y: i32 = text.parse().ok()?;
    (1900..=2100).contains(&y).then_some(y)
}

/// A four-digit year, or a two-digit one read in this century.
pub(super) fn short_year(t: &Tok<'_>) -> Option<i32> {
    if t.kind != Kind::Num {
        return None;
    }
    let mut buf = [0u8; 48];
    let text = ascii_number(t, &mut buf)?;
    if !text.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    match text.len() {
        2 => text.parse::<i32>().ok().map(|y| 2000 + y),
        4 => year_value(t),
        _ => None,
    }
}

/// Counts written as words, for "the next five years" and "one million
/// units".
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

/// A small count at token `k`: digits or a number word.
pub(super) fn count_at(t: &Tok<'_>) -> Option<i32> {
    if t.kind == Kind::Num && t.text.len() <= 2 && t.text.is_ascii() {
        return t.text.parse().ok();
    }
    NUMBER_WORDS
        .iter()
        .find(|(w, _)| t.is_word(w))
        .map(|(_, n)| *n)
}

/// Chinese numerals up to ten (for 未来五年, 近六年), as a count.
pub(super) fn cjk_count(c: &str) -> Option<i32> {
    const DIGITS: &[(&str, i32)] = &[
        ("一", 1),
        ("两", 2),
        ("二", 2),
        ("三", 3),
        ("四", 4),
        ("五", 5),
        ("六", 6),
        ("七", 7),
        ("八", 8),
        ("九", 9),
        ("十", 10),
    ];
    DIGITS.iter().find(|(w, _)| c == *w).map(|&(_, n)| n)
}

/// A hedge word of Chinese, Japanese or Korean right before token `i`
/// (`约 9.9%`, `約4,380億ドル`, `약 727조원`): the qualifier and the index of
/// its first token.
pub(super) fn cjk_hedge_before(
    toks: &[Tok<'_>],
    text: &str,
    i: usize,
) -> Option<(Qualifier, usize)> {
    let before = &text[..toks.get(i)?.start];
    let trimmed = before.trim_end();
    let (w, q) = CJK_HEDGES_BEFORE
        .iter()
        .find(|(w, _)| trimmed.ends_with(w))?;
    let start = trimmed.len() - w.len();
    let first = toks[..i].iter().rposition(|t| t.start == start)?;
    Some((*q, first))
}

/// A hedge word of Chinese, Japanese or Korean at token `k` (after an
/// amount or a rate: `左右`, `以上`, `程度`, `이상`, `を超え`, `을 넘을`): the qualifier and the
/// index of its last token.
pub(super) fn cjk_hedge_after(
    toks: &[Tok<'_>],
    text: &str,
    k: usize,
) -> Option<(Qualifier, usize)> {
    let hedge_at = |k: usize| {
        let t = toks.get(k).filter(|t| t.is_cjk())?;
        CJK_HEDGES_AFTER
            .iter()
            .find(|(w, _)| text[t.start..].starts_with(w))
            .map(|h| (k, t, h))
    };
    // A Korean or Japanese particle may come between: "3조 원에 육박",
    // "5조 원을 넘는", "5,000億円を超え".
    let particle = toks
        .get(k)
        .is_some_and(|t| matches!(t.text, "에" | "을" | "를" | "이" | "가" | "を"));
    let (k, t, (w, q)) = hedge_at(k).or_else(|| if particle { hedge_at(k + 1) } else { None })?;
    let end = t.start + w.len();
    let last = k + toks[k..].iter().take_while(|t| t.end <= end).count() - 1;
    Some((*q, last))
}
