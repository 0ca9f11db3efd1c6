//! [`extract`]: read growth claims straight from English prose.
//!
//! A claim is anchored on a growth rate that the text calls compound annual
//! growth (a CAGR, "compound annual growth rate", "annually", "a year", "per
//! annum", "average annual growth"). Around it the extractor collects the
//! amounts and years of the same sentence, and where the sentence lacks them
//! of the sentences just before it (up to three, across line breaks) or just
//! after it (up to two, on the same line). It then picks the target (the
//! amount at the end of the rate's period, or the latest dated amount) and
//! the baseline (the amount at the start of the period, or the latest dated
//! amount before the target), and returns a [`Forecast`] with the byte spans
//! of the passage and of each figure.
//!
//! Text that is not a CAGR claim yields nothing: a year-on-year change, a
//! one-year "annual increase", a cumulative change ("grew 80% over five
//! years"), a share ("a 15% share"), ratio words ("doubled") or two values
//! with no rate. A rate with no usable values still yields a claim, which the
//! checker calls unverifiable and says why.
//!
//! # Recognised phrasings
//!
//! **Amounts**: a number with thousands separators (`1,729.5`) or Indian
//! grouping (`4,22,000`); a currency symbol, code or name before or after it
//! (`$`, `US$`, `USD`, `€`, `EUR`, `£`, `GBP`, `¥`, `yuan`, `RMB`, `CNY`,
//! `₹`, `Rs`, `INR`, `rupees`, `yen`, `won`); a scale word or abbreviation
//! (`thousand`, `k`, `million`, `mn`, `m`, `billion`, `bn`, `B`, `trillion`,
//! `tn`, `tr`, `T`, `lakh`, `crore`, `亿`, `万亿`); a physical unit
//! (`tonnes`, `GW`); a range (`7–8 billion`, `221-275 million tonnes`). A
//! number is an amount only with a currency, a scale or a unit. `¥` is the
//! yuan unless the text mentions Japan or the yen.
//!
//! | text | amount |
//! |---|---|
//! | `1,729.5 billion yuan` | 1.7295e12 CNY |
//! | `US$637,658m` | 6.37658e11 USD |
//! | `Rs 2,502 billion` | 2.502e12 INR |
//! | `€14.16 billion` | 1.416e10 EUR |
//! | `221-275 million tonnes` | 2.21e8 to 2.75e8 |
//!
//! **Qualifiers** before an amount or a rate (see [`Qualifier`]): `nearly`,
//! `almost`, `close to`, `approaching`, `just under`, `over`, `more than`,
//! `above`, `exceeding`, `exceed`, `at least`, `surpass`, `about`, `around`,
//! `approximately`, `roughly`, `some`, `an estimated`, `~`.
//!
//! **Dates** of amounts: `in 2024`, `by 2035`, `by the end of September
//! 2024`, `(2022)`, `in FY2024`, `FY24`, `fiscal 2015`, `2013-14` (the
//! fiscal year ending 2014), or a year earlier in the sentence (`In 2018, the
//! market was valued at $52.5 billion`).
//!
//! **Periods** of a rate: `2024–2030`, `from 2025 to 2035`, `between 2023
//! and 2030`, `during the forecast period (2024-2030)`, `FY23-28`, `in the
//! three years from 2020`, `since 2019`, `over the next five years` (ending at
//! the target's year), `until 2025`.
//!
//! **Rates**: `a CAGR of 15.6%`, `compound annual growth rate (CAGR) of
//! 15.6%`, `growing at a CAGR of`, `registering a 15.6% CAGR`, `at 15.6%
//! annually`, `15.6 per cent a year`, `an average annual growth of 5%`,
//! ranges (`10–15%`, `5 per cent to 7.3 per cent`). A decline (`decline by
//! a CAGR of 1.2%`) is a negative rate.
//!
//! # Example
//!
//! ```
//! use cagr::{check, extract, Verdict};
//!
//! let text = "The country's core AI industry was valued at nearly 600 billion yuan \
//!     by the end of September 2024. Growth is driven by large models. The market \
//!     size is expected to reach 1,729.5 billion yuan by 2035, representing a \
//!     compound annual growth rate of 15.6%.";
//! let claims = extract(text);
//! assert_eq!(claims.len(), 1);
//! let claim = &claims[0];
//! let base = claim.forecast.baseline.unwrap();
//! assert_eq!(base.amount.to_string(), "nearly 600 billion CNY");
//! assert_eq!(base.when.unwrap().to_string(), "end of September 2024");
//! assert_eq!(&text[claim.spans.rate.clone().unwrap()], "15.6%");
//! assert_eq!(check(&claim.forecast).verdict, Verdict::Inconsistent);
//! ```

use core::hash::{BuildHasherDefault, Hasher};
use core::ops::Range;
use std::collections::HashMap;

use crate::decimal;
use crate::stated::spellings;
use crate::{
    Amount, Currency, Figure, Forecast, Period, Qualifier, Rate, Scale, Source, Stated, When,
};

/// A growth claim found in a text.
#[derive(Debug, Clone, PartialEq)]
pub struct Claim {
    /// The claim; its [`Source::quote`] is the passage.
    pub forecast: Forecast,
    /// Byte range of the passage (the sentences the figures came from).
    pub passage: Range<usize>,
    /// Byte ranges of each figure used.
    pub spans: Spans,
}

/// Byte ranges, in the extracted text, of the figures a [`Claim`] used.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Spans {
    /// The baseline amount.
    pub baseline: Option<Range<usize>>,
    /// The target amount.
    pub target: Option<Range<usize>>,
    /// The stated rate.
    pub rate: Option<Range<usize>>,
    /// The stated period.
    pub period: Option<Range<usize>>,
}

/// Every growth claim in `text`, in order of their rates.
///
/// Never fails: text with no claim gives an empty vector. Runs in time
/// linear in the length of the text.
///
/// # Example
///
/// ```
/// use cagr::extract;
///
/// let claims = extract("Sales grew 12% from last year to $3.1 billion.");
/// assert!(claims.is_empty());
///
/// let claims = extract("The market will grow from $4.0 billion in 2021 to $8.6 billion \
///     by 2026, at a CAGR of 16.2%.");
/// let f = &claims[0].forecast;
/// assert_eq!(f.baseline.unwrap().when.unwrap().calendar_year(), 2021);
/// assert_eq!(f.target.unwrap().amount.to_string(), "8.6 billion USD");
/// assert_eq!(f.rate.unwrap().to_string(), "16.2%");
/// ```
pub fn extract(text: &str) -> Vec<Claim> {
    let sentences = split_sentences(text);
    let cues = CueBlocks::of(text.as_bytes());
    let yen = mentions_yen(text);
    let mut cache = Cache::default();
    let mut claims = Vec::new();
    let mut rates: Vec<RateM> = Vec::new();
    for s in 0..sentences.len() {
        // Cue words are rarer than rates: they are looked for first.
        let range = sentences[s].start..sentences[s].end;
        if !cues.has_cue(text.as_bytes(), range.clone()) || !has_rate(&text[range]) {
            continue;
        }
        let all = &parsed(&mut cache, &sentences, text, s, yen).rates;
        rates.clear();
        rates.extend(all.iter().filter(|r| r.cagr).cloned());
        for rate in &rates {
            claims.push(assemble(text, &sentences, &mut cache, s, rate, yen));
        }
    }
    claims
}

// ---------------------------------------------------------------------------
// Sentences

#[derive(Debug, Clone, Copy)]
struct Sentence {
    start: usize,
    end: usize,
    /// Starts a new line (so forward search stops before it).
    new_line: bool,
}

/// The words before which a full stop does not end a sentence ("Rs.",
/// "approx.", "U.S.", "Sept."), lower case.
const ABBREVIATIONS: [&[u8]; 29] = [
    b"rs", b"mr", b"mrs", b"ms", b"dr", b"no", b"vs", b"approx", b"inc", b"ltd", b"co", b"st",
    b"jan", b"feb", b"mar", b"apr", b"jun", b"jul", b"aug", b"sep", b"sept", b"oct", b"nov",
    b"dec", b"u.s", b"e.g", b"i.e", b"fig", b"est",
];

/// The slot of a [`word_key`] in [`ABBREVIATION_KEYS`]: the top six bits
/// of a product, a multiplier that sends no two abbreviations to the same
/// slot (found by trying multipliers; the table below fails to compile if
/// two collide).
const fn abbreviation_slot(key: u64) -> usize {
    (key.wrapping_mul(0x2e4e_be9e_57a0_2ec7) >> 58) as usize
}

/// [`ABBREVIATIONS`] as keys in their slots (0 marks an empty one), so a
/// word is looked up with one multiply and one compare.
static ABBREVIATION_KEYS: [u64; 64] = {
    let mut table = [0; 64];
    let mut k = 0;
    while k < ABBREVIATIONS.len() {
        let key = word_key(ABBREVIATIONS[k]);
        let slot = abbreviation_slot(key);
        assert!(table[slot] == 0, "two abbreviations share a slot");
        table[slot] = key;
        k += 1;
    }
    table
};

/// Whether a [`word_key`] is one of [`ABBREVIATIONS`].
fn is_abbreviation_key(key: u64) -> bool {
    key != 0 && ABBREVIATION_KEYS[abbreviation_slot(key)] == key
}

/// A word of at most eight bytes as one number, its last byte lowest (the
/// order in which [`ends_sentence_before_space`] reads it).
const fn word_key(word: &[u8]) -> u64 {
    let mut key = 0;
    let mut k = 0;
    while k < word.len() {
        key = key << 8 | word[k] as u64;
        k += 1;
    }
    key
}

/// Whether a full stop after this word does not end a sentence: an
/// abbreviation of [`ABBREVIATIONS`] in any case.
fn is_abbreviation(word: &str) -> bool {
    let bytes = word.as_bytes();
    bytes.len() <= 6 && {
        let mut lower = [0u8; 6];
        lower[..bytes.len()].copy_from_slice(bytes);
        lower.make_ascii_lowercase();
        is_abbreviation_key(word_key(&lower[..bytes.len()]))
    }
}

/// The only bytes that can end a sentence (`。`, `！` and `？` start with
/// 0xE3 or 0xEF).
static ENDS: [bool; 256] = {
    let mut t = [false; 256];
    t[b'.' as usize] = true;
    t[b'!' as usize] = true;
    t[b'?' as usize] = true;
    t[b'\n' as usize] = true;
    t[0xE3] = true;
    t[0xEF] = true;
    t
};

/// The next byte from `i` on that can end a sentence (see [`ENDS`]).
/// Sentence ends are too dense in prose (one byte in 30) for the block
/// tests of [`may_hold`] to pay; instead eight bytes at a time are tested in
/// a `u64` for `.`, `!`, `?`, `\n` and any non-ASCII byte. The classic
/// zero-byte test can flag a byte above a true one, never below, so the
/// lowest flagged byte is a true match (or a non-ASCII byte, checked in
/// [`ENDS`]).
fn next_end(bytes: &[u8], mut i: usize) -> Option<usize> {
    let zero = |z: u64| z.wrapping_sub(LANES) & !z & HIGH;
    while let Some(&chunk) = bytes.get(i..).and_then(<[u8]>::first_chunk::<8>) {
        let x = u64::from_le_bytes(chunk);
        let m = zero(x ^ (LANES * u64::from(b'.')))
            | zero(x ^ (LANES * u64::from(b'\n')))
            | zero(x ^ (LANES * u64::from(b'!')))
            | zero(x ^ (LANES * u64::from(b'?')))
            | (x & HIGH);
        if m == 0 {
            i += 8;
            continue;
        }
        let k = i + (m.trailing_zeros() / 8) as usize;
        if ENDS[usize::from(bytes[k])] {
            return Some(k);
        }
        i = k + 1;
    }
    bytes[i..]
        .iter()
        .position(|&b| ENDS[usize::from(b)])
        .map(|k| i + k)
}

/// Splits text into sentences: at `.`, `!` or `?` followed by a space and a
/// capital, digit, quote or bullet; at blank lines; and at line breaks
/// followed by a bullet or after a line that ends a sentence. A single line
/// break inside a sentence (as in text copied from a newspaper column) does
/// not split it.
fn split_sentences(text: &str) -> Vec<Sentence> {
    let bytes = text.as_bytes();
    let mut out = Vec::new();
    let mut start = 0;
    let mut new_line = true;
    let mut run_end = 0;
    let mut i = 0;
    let push = |out: &mut Vec<Sentence>, start: usize, end: usize, new_line: bool| {
        // Most sentences end in a printed ASCII byte (their full stop) and
        // so are not blank; the rest are trimmed as Unicode text.
        let printed = |b: &u8| b.is_ascii_graphic();
        if !bytes[start..end].last().is_some_and(printed) && text[start..end].trim().is_empty() {
            return;
        }
        out.push(Sentence {
            start,
            end,
            new_line,
        });
    };
    while let Some(k) = next_end(bytes, i) {
        i = k;
        match bytes[i] {
            // "。", "！", "？" (three bytes each, starting 0xE3 or 0xEF).
            0xE3 | 0xEF if text[i..].starts_with(['。', '！', '？']) => {
                let end = i + 3;
                push(&mut out, start, end, new_line);
                start = end;
                new_line = false;
                i = end;
                continue;
            }
            b'.' | b'!' | b'?' if ends_sentence(text, i) => {
                push(&mut out, start, i + 1, new_line);
                start = i + 1;
                new_line = false;
            }
            b'\n' => {
                // The end of this run of white space, found once per run so
                // a megabyte of line breaks stays linear.
                if run_end <= i {
                    run_end = next_non_space(bytes, i + 1);
                }
                let next = run_end;
                let blank = bytes[i + 1..next].contains(&b'\n');
                let bullet = next < bytes.len() && is_bullet(text, next);
                let prev_end = text[start..i].trim_end().ends_with(['.', '!', '?', ':']);
                if blank || bullet || prev_end || text[start..i].trim().is_empty() {
                    push(&mut out, start, i, new_line);
                    start = i + 1;
                    new_line = true;
                } else if out.last().is_some_and(|s| s.end == start)
                    && text[start..i].trim().is_empty()
                {
                    new_line = true;
                }
            }
            _ => {}
        }
        i += 1;
    }
    push(&mut out, start, bytes.len(), new_line);
    out
}

/// Whether a sentence holds something a rate is written with: `%`, "per
/// cent", "percent", "pct", "CAGR", or "rate of" (for "a growth rate of
/// 20.5"), in any case. A byte search finds `%`; the words are found by
/// their first three letters, a block of bytes at a time (see
/// [`may_hold`]), and read only in a block that may hold one.
fn has_rate(sentence: &str) -> bool {
    let bytes = sentence.as_bytes();
    if bytes.contains(&b'%') {
        return true;
    }
    let mut i = 0;
    while let Some(block) = may_hold(bytes, i, rate_trigram) {
        if block.clone().any(|p| rate_word_at(bytes, p)) {
            return true;
        }
        i = block.end;
    }
    false
}

/// Bytes tested at once by [`may_hold`].
const BLOCK: usize = 16;

/// The first block of [`BLOCK`] bytes (or the shorter tail), from `i` on,
/// with a position `p` where `hit(bytes[p], bytes[p + 1], bytes[p + 2])`
/// (zero past the end), or `None`. The test of a whole block has no
/// branch, so the compiler turns it into vector instructions; a hit only
/// says the block is worth reading byte by byte.
fn may_hold(bytes: &[u8], mut i: usize, hit: impl Fn(u8, u8, u8) -> bool) -> Option<Range<usize>> {
    // A block is an array, so that the compiler sees every index in bounds
    // (a slice's checks would keep it from vectorizing the test).
    while let Some(b) = bytes
        .get(i..)
        .and_then(<[u8]>::first_chunk::<{ BLOCK + 2 }>)
    {
        if block_hits(b, &hit) {
            return Some(i..i + BLOCK);
        }
        i += BLOCK;
    }
    // The tail (at most `BLOCK + 1` bytes), copied into a zero-padded block.
    let mut tail = [0u8; BLOCK + 4];
    let n = bytes.len().saturating_sub(i);
    tail[..n].copy_from_slice(&bytes[i..]);
    let any = tail.first_chunk().is_some_and(|b| block_hits(b, &hit))
        || (BLOCK..n).any(|p| hit(tail[p], tail[p + 1], tail[p + 2]));
    (n > 0 && any).then_some(i..bytes.len())
}

/// Whether `hit(b[p], b[p + 1], b[p + 2])` at some position `p` of a
/// block. The test has no branch, so the compiler turns it into vector
/// instructions.
#[inline(always)]
fn block_hits(b: &[u8; BLOCK + 2], hit: impl Fn(u8, u8, u8) -> bool) -> bool {
    (0..BLOCK).fold(false, |any, p| any | hit(b[p], b[p + 1], b[p + 2]))
}

/// Whether three bytes (in any case) start a word a rate is written with:
/// "cen"(t), "cag"(r), "pct", "rat"(e of). Compares of bytes joined by
/// `&` and `|`, so a block of them becomes vector instructions.
fn rate_trigram(a: u8, b: u8, c: u8) -> bool {
    let (a, b, c) = (a | 0x20, b | 0x20, c | 0x20);
    ((a == b'c') & (((b == b'e') & (c == b'n')) | ((b == b'a') & (c == b'g'))))
        | ((a == b'p') & (b == b'c') & (c == b't'))
        | ((a == b'r') & (b == b'a') & (c == b't'))
}

/// Whether three bytes (in any case) are a piece of a cue word of
/// [`CueBlocks::has_cue`]: "cag"(r), (com)"pou"(nd), (a)"nnu"(al|m), (ave)"rag"(e), or
/// the end of "a", "per", "each" or "every" and a gap before "y"(ear) (a
/// gap byte is any byte `year_after_count_word` may read as a gap, white
/// space or part of a non-ASCII character, or another control byte).
fn cue_trigram(a: u8, b: u8, c: u8) -> bool {
    // White space, control bytes and non-ASCII bytes alike, in one signed
    // compare (the bytes from 0x80 up are negative as `i8`).
    let gap = |x: u8| (x as i8) <= b' ' as i8;
    let year = gap(b) & ((c | 0x20) == b'y');
    let (a, b, c) = (a | 0x20, b | 0x20, c | 0x20);
    ((a == b'c') & (b == b'a') & (c == b'g'))
        | ((a == b'p') & (b == b'o') & (c == b'u'))
        | ((a == b'n') & (b == b'n') & (c == b'u'))
        | ((a == b'r') & (b == b'a') & (c == b'g'))
        | (year & ((a == b'a') | (a == b'r') | (a == b'h') | (a == b'y') | gap(a)))
}

/// Whether a word a rate is written with (other than `%`) starts at `i`,
/// in any case (see [`has_rate`]).
fn rate_word_at(bytes: &[u8], i: usize) -> bool {
    let Some(four) = bytes.get(i..i + 4) else {
        return false;
    };
    let word = u32::from_le_bytes([four[0], four[1], four[2], four[3]]) | 0x2020_2020;
    let is = |w: &[u8; 4]| word == u32::from_le_bytes(*w);
    (is(b"cent") && is_cent_at(bytes, i))
        || is(b"cagr")
        || (is(b"rate") && starts_with_ignore_case(&bytes[i + 4..], b" of"))
        || (word & 0x00FF_FFFF == u32::from_le_bytes(*b"pct\0"))
}

/// The blocks of [`BLOCK`] bytes of a text that may hold a piece of a cue
/// word ([`cue_trigram`], read across block and sentence ends, zero past
/// the end of the text), one bit each. They are found in one pass over the
/// whole text, with no test or branch per sentence.
struct CueBlocks {
    bits: Vec<u64>,
}

impl CueBlocks {
    /// The blocks of a whole text (one bit for every [`BLOCK`] bytes).
    fn of(bytes: &[u8]) -> CueBlocks {
        let blocks = bytes.len().div_ceil(BLOCK);
        let mut bits = vec![0u64; blocks.div_ceil(64)];
        let mut set = |b: usize, any: bool| bits[b / 64] |= u64::from(any) << (b % 64);
        let test = |b: &[u8; BLOCK + 2]| block_hits(b, cue_trigram);
        let mut b = 0;
        // A block is an array, so that the compiler sees every index in
        // bounds and vectorizes the test.
        while let Some(chunk) = bytes
            .get(b * BLOCK..)
            .and_then(<[u8]>::first_chunk::<{ BLOCK + 2 }>)
        {
            set(b, test(chunk));
            b += 1;
        }
        // The last one or two blocks, copied into zero-padded ones.
        let rest = &bytes[(b * BLOCK).min(bytes.len())..];
        let mut tail = [0u8; 2 * BLOCK + 2];
        tail[..rest.len()].copy_from_slice(rest);
        for (k, b) in (b..blocks).enumerate() {
            if let Some(chunk) = tail[k * BLOCK..].first_chunk() {
                set(b, test(chunk));
            }
        }
        CueBlocks { bits }
    }

    /// Whether the sentence at `range` of `bytes` holds words that can
    /// make a rate a compound annual one: a superset, read from the bytes,
    /// of what `cagr_cue` accepts from the tokens ("CAGR", "compound",
    /// "annually" and its like, "annual" or "average" before "growth",
    /// "rate", "real" or "annual", "per annum", and "a", "per", "each" or
    /// "every" before the word "year", but not "a year earlier", "ago" or
    /// "before"), so skipping a sentence without one loses nothing.
    ///
    /// Every cue word lies within its sentence, and so does the piece that
    /// flags its block; in a flagged block, only the bytes where a word with
    /// such a piece can start are read: a cue word starts at most three
    /// bytes before its piece ("com" before "pou", "ave" before "rag") or
    /// two after it (the "y" of "a year").
    fn has_cue(&self, bytes: &[u8], range: Range<usize>) -> bool {
        if range.is_empty() {
            return false;
        }
        let sentence = &bytes[range.clone()];
        let (first, last) = (range.start / BLOCK, (range.end - 1) / BLOCK);
        for w in first / 64..=last / 64 {
            // The bits of this word for the sentence's blocks.
            let low = if w == first / 64 { first % 64 } else { 0 };
            let high = if w == last / 64 { last % 64 } else { 63 };
            let mut m = self.bits[w] >> low << low & (u64::MAX >> (63 - high));
            while m != 0 {
                let b = w * 64 + m.trailing_zeros() as usize;
                m &= m - 1;
                let from = (b * BLOCK).saturating_sub(3).max(range.start) - range.start;
                let to = ((b + 1) * BLOCK + 2).min(range.end) - range.start;
                let starts = |q: &usize| matches!(sentence[*q] | 0x20, b'a' | b'c' | b'y');
                if (from..to).filter(starts).any(|q| cue_at(sentence, q)) {
                    return true;
                }
            }
        }
        false
    }
}

/// Whether a cue word of [`CueBlocks::has_cue`] starts at `i`.
fn cue_at(bytes: &[u8], i: usize) -> bool {
    let rest = &bytes[i..];
    let is = |w: &[u8]| starts_with_ignore_case(rest, w);
    match bytes[i] | 0x20 {
        b'c' => is(b"cagr") || is(b"compound"),
        b'a' => {
            // "annually", "annualized", "annualised"; "annual" or "average"
            // before "growth", "rate", "real" or "annual"; "(per) annum".
            let before_growth = |len: usize| {
                [&b"growth"[..], b"rate", b"real", b"annual"]
                    .iter()
                    .any(|w| starts_with_ignore_case(skip_blank(&rest[len..]), w))
            };
            (is(b"annual")
                && (rest.get(6).is_some_and(u8::is_ascii_alphabetic) || before_growth(6)))
                || is(b"annum")
                || (is(b"average") && before_growth(7))
        }
        // "a year", not "a year earlier".
        b'y' => {
            is(b"year")
                && year_after_count_word(bytes, i)
                && !followed_by_word(&rest[4..], &[b"earlier", b"ago", b"before"])
        }
        _ => false,
    }
}

/// Whether the next word after ASCII white space is one of `words` (any
/// case), read strictly: any other byte between them (which the tokens
/// would see as a symbol) says no, so [`CueBlocks::has_cue`] stays a superset.
fn followed_by_word(bytes: &[u8], words: &[&[u8]]) -> bool {
    let n = bytes.iter().take_while(|b| b.is_ascii_whitespace()).count();
    let rest = &bytes[n..];
    n > 0
        && words.iter().any(|w| {
            starts_with_ignore_case(rest, w)
                && !rest
                    .get(w.len())
                    .is_some_and(|b| b.is_ascii_alphabetic() || !b.is_ascii())
        })
}

/// The bytes after a run of white space (or of non-ASCII bytes, which may
/// be white space; being generous keeps [`CueBlocks::has_cue`] a superset).
fn skip_blank(bytes: &[u8]) -> &[u8] {
    let n = bytes
        .iter()
        .take_while(|b| b.is_ascii_whitespace() || !b.is_ascii())
        .count();
    &bytes[n..]
}

/// Whether the word "year" at `i` stands alone and follows "a", "per",
/// "each" or "every" (as in "15% a year"), generously read from the bytes.
fn year_after_count_word(bytes: &[u8], i: usize) -> bool {
    let whole = !bytes.get(i + 4).is_some_and(u8::is_ascii_alphabetic);
    let before = &bytes[..i];
    let gap = before
        .iter()
        .rev()
        .take_while(|b| b.is_ascii_whitespace() || !b.is_ascii())
        .count();
    let word = &before[..before.len() - gap];
    let ends =
        |w: &[u8]| word.len() >= w.len() && word[word.len() - w.len()..].eq_ignore_ascii_case(w);
    whole && gap > 0 && (ends(b"a") || ends(b"per") || ends(b"each") || ends(b"every"))
}

fn starts_with_ignore_case(bytes: &[u8], prefix: &[u8]) -> bool {
    bytes
        .get(..prefix.len())
        .is_some_and(|b| b.eq_ignore_ascii_case(prefix))
}

/// "cent" preceded by "per" (with or without a space or hyphen).
fn is_cent_at(bytes: &[u8], i: usize) -> bool {
    let word = |at: usize, w: &[u8]| {
        bytes
            .get(at..at + w.len())
            .is_some_and(|s| s.eq_ignore_ascii_case(w))
    };
    if !word(i, b"cent") {
        return false;
    }
    (i >= 3 && word(i - 3, b"per"))
        || (i >= 4 && word(i - 4, b"per") && matches!(bytes[i - 1], b' ' | b'-' | b'\n'))
}

fn next_non_space(bytes: &[u8], mut i: usize) -> usize {
    while i < bytes.len() && bytes[i].is_ascii_whitespace() {
        i += 1;
    }
    i
}

fn is_bullet(text: &str, i: usize) -> bool {
    let rest = &text[i..];
    rest.starts_with(['•', '·', '*', '▪', '–'])
        || (rest.starts_with("- ") || rest.starts_with("-\t"))
}

/// Whether the punctuation at `i` ends a sentence: at the end of the
/// text, or before white space (the common "no", as in "1,729.5" or
/// "U.S.", is answered here, inline).
#[inline]
fn ends_sentence(text: &str, i: usize) -> bool {
    match text.as_bytes().get(i + 1) {
        None => true,
        Some(b) if !b.is_ascii_whitespace() => false,
        Some(_) => ends_sentence_before_space(text, i),
    }
}

/// [`ends_sentence`] when white space follows the punctuation at `i`.
fn ends_sentence_before_space(text: &str, i: usize) -> bool {
    let bytes = text.as_bytes();
    let next = i + 1;
    let j = next_non_space(bytes, next);
    if j >= bytes.len() {
        return true;
    }
    let opens = match bytes[j] {
        b if b.is_ascii() => {
            b.is_ascii_uppercase() || b.is_ascii_digit() || matches!(b, b'"' | b'\'' | b'(' | b'[')
        }
        _ => {
            let c = text[j..].chars().next().unwrap_or(' ');
            c.is_uppercase() || matches!(c, '“' | '‘' | '•')
        }
    };
    if !opens {
        return false;
    }
    if bytes[i] != b'.' {
        return true;
    }
    // The word before the full stop: an abbreviation or a single capital
    // ("U.S.") does not end a sentence. The eight bytes before the stop are
    // read at once, last byte lowest (zero before the start of the text),
    // and classified a byte lane at a time (see [`ends_word`]).
    let y = match bytes[..i].last_chunk::<8>() {
        Some(w) => u64::from_be_bytes(*w),
        None => bytes[..i]
            .iter()
            .rev()
            .enumerate()
            .fold(0, |y, (k, &b)| y | u64::from(b) << (8 * k)),
    };
    let (n, stop) = ends_word(y);
    // A word of seven bytes or more, or with a digit, is neither; a word
    // with other letters goes the slow way.
    if n >= 7 || stop == Stop::Digit {
        return true;
    }
    if stop == Stop::Other {
        return ends_after_word(word_before(&text[..i]));
    }
    let key = (y | (LANES * 0x20)) & ((1 << (8 * n)) - 1);
    let single_capital = n == 1 && bytes[i - 1].is_ascii_uppercase();
    !(single_capital || is_abbreviation_key(key))
}

/// A `u64` with one in each byte.
const LANES: u64 = u64::from_le_bytes([1; 8]);

/// Of eight bytes (the first lowest), how many are ASCII letters before
/// any other byte (8 if all are), tested a lane at a time as in
/// [`ends_word`].
fn ascii_letters(x: u64) -> usize {
    let letter = lanes_within((x & !HIGH) | (LANES * 0x20), b'a', b'z');
    let others = (!letter | x) & HIGH;
    (others.trailing_zeros() / 8) as usize
}

/// The high bit of every byte.
const HIGH: u64 = LANES * 0x80;

/// The high bit of each lane of `v` from `lo` to `hi`, where every lane of
/// `v` is below 0x80 (so adding to a lane never carries into the next).
fn lanes_within(v: u64, lo: u8, hi: u8) -> u64 {
    (v + LANES * u64::from(0x80 - lo)) & !(v + LANES * u64::from(0x7F - hi)) & HIGH
}

/// What ends a word read backward from a full stop.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Stop {
    /// A digit: the word holds one.
    Digit,
    /// A byte of a character that is not ASCII.
    Other,
    /// Any other ASCII byte (zero before the start of the text).
    Space,
}

/// Of eight bytes read backward from a full stop (the first lowest), the
/// number of letters and full stops before any other byte (8 if all are),
/// and what that byte is. Each byte is classified in its own lane of the
/// `u64`, by ranges tested without carries (every lane is below 0x80 when
/// added to), so there is no loop whose exit could be mispredicted.
fn ends_word(y: u64) -> (usize, Stop) {
    let ascii = !y & HIGH;
    let a = y & !HIGH;
    let letter = lanes_within(a | (LANES * 0x20), b'a', b'z');
    let dot = lanes_within(a, b'.', b'.');
    let stops = (!(letter | dot) | !ascii) & HIGH;
    if stops == 0 {
        return (8, Stop::Space);
    }
    let k = stops.trailing_zeros() / 8;
    let lane = |m: u64| (m >> (8 * k)) & 0x80 != 0;
    let stop = if !lane(ascii) {
        Stop::Other
    } else if lane(lanes_within(a, b'0', b'9')) {
        Stop::Digit
    } else {
        Stop::Space
    };
    (k as usize, stop)
}

/// Whether a full stop after `word` ends a sentence: not after an
/// abbreviation or a single capital. The slow way, for words with letters
/// that are not ASCII (rare, so kept out of the common path).
#[cold]
fn ends_after_word(word: &str) -> bool {
    !(is_single_capital(word) || is_abbreviation(word))
}

/// The word (letters, digits and full stops) at the end of `before`.
fn word_before(before: &str) -> &str {
    let start = before
        .rfind(|c: char| !(c.is_alphanumeric() || c == '.'))
        .map_or(0, |p| {
            p + before[p..].chars().next().map_or(1, char::len_utf8)
        });
    &before[start..]
}

/// Whether a word is one capital letter.
fn is_single_capital(word: &str) -> bool {
    let mut chars = word.chars();
    chars.next().is_some_and(char::is_uppercase) && chars.next().is_none()
}

/// Whether `¥` in this text is more likely the yen than the yuan.
fn mentions_yen(text: &str) -> bool {
    text.contains('¥')
        && ["yen", "Japan", "JPY", "Tokyo", "円"]
            .iter()
            .any(|w| text.contains(w))
}

// ---------------------------------------------------------------------------
// Tokens

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    Num,
    Word,
    Sym,
}

#[derive(Debug, Clone, Copy)]
struct Tok<'a> {
    kind: Kind,
    text: &'a str,
    start: usize,
    end: usize,
}

impl Tok<'_> {
    fn is_word(&self, w: &str) -> bool {
        self.kind == Kind::Word && self.text.eq_ignore_ascii_case(w)
    }

    fn is_sym(&self, s: &str) -> bool {
        self.kind == Kind::Sym && self.text == s
    }

    fn is_dash(&self) -> bool {
        self.kind == Kind::Sym && matches!(self.text, "-" | "–" | "—" | "‒")
    }
}

/// Splits a sentence into numbers (digits with inner `,` and `.`), words
/// (letters) and single-character symbols; offsets are absolute.
fn tokenize<'t>(toks: &mut Vec<Tok<'t>>, text: &'t str, range: Range<usize>) {
    let s = &text[range.clone()];
    let base = range.start;
    let bytes = s.as_bytes();
    toks.clear();
    // The character at byte `i` (not ASCII) and its length.
    let char_at = |i: usize| -> (char, usize) {
        s[i..]
            .chars()
            .next()
            .map_or((' ', 1), |c| (c, c.len_utf8()))
    };
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        // ASCII is read from the byte (as `char::is_whitespace` and
        // `char::is_alphabetic` read it); other characters are decoded.
        let (kind, len) = if b.is_ascii() {
            if matches!(b, b'\t'..=b'\r' | b' ') {
                i += 1;
                continue;
            }
            let kind = if b.is_ascii_digit() {
                Kind::Num
            } else if b.is_ascii_alphabetic() {
                Kind::Word
            } else {
                Kind::Sym
            };
            (kind, 1)
        } else {
            let (c, len) = char_at(i);
            if c.is_whitespace() {
                i += len;
                continue;
            }
            (
                if c.is_alphabetic() {
                    Kind::Word
                } else {
                    Kind::Sym
                },
                len,
            )
        };
        let mut end = i + len;
        match kind {
            Kind::Num => {
                while end < bytes.len() {
                    let b = bytes[end];
                    let digit_follows = bytes.get(end + 1).is_some_and(u8::is_ascii_digit);
                    if b.is_ascii_digit() || ((b == b',' || b == b'.') && digit_follows) {
                        end += 1;
                    } else {
                        break;
                    }
                }
            }
            Kind::Word => {
                while end < bytes.len() {
                    // Most words are ASCII letters: eight bytes are read at
                    // once, with no loop exit per letter to mispredict.
                    if let Some(&chunk) = bytes[end..].first_chunk::<8>() {
                        let run = ascii_letters(u64::from_le_bytes(chunk));
                        end += run;
                        if run == 8 {
                            continue;
                        }
                    }
                    let Some(&b) = bytes.get(end) else { break };
                    if b.is_ascii_alphabetic() {
                        end += 1;
                    } else if b.is_ascii() {
                        break;
                    } else {
                        let (d, len) = char_at(end);
                        if !d.is_alphabetic() {
                            break;
                        }
                        end += len;
                    }
                }
            }
            Kind::Sym => {}
        }
        toks.push(Tok {
            kind,
            text: &s[i..end],
            start: base + i,
            end: base + end,
        });
        i = end;
    }
}

// ---------------------------------------------------------------------------
// Mentions

/// What a number measures, so that dollars are not compared with tonnes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Unit {
    Money(Option<Currency>),
    Physical(&'static str),
    /// A scale word alone ("13 billion").
    Bare,
}

impl Unit {
    fn compatible(self, other: Unit) -> bool {
        match (self, other) {
            (Unit::Bare, _) | (_, Unit::Bare) => true,
            (Unit::Money(a), Unit::Money(b)) => a.is_none() || b.is_none() || a == b,
            (a, b) => a == b,
        }
    }
}

#[derive(Debug, Clone)]
struct AmountM {
    stated: Stated<Amount>,
    unit: Unit,
    span: Range<usize>,
    /// Token indices `[first, last]`.
    first: usize,
    last: usize,
    when: Option<When>,
    /// An increment ("grow by $2 billion") or a conversion in brackets: not a
    /// level of the series.
    skip: bool,
    /// The word before it: "from" marks a start, "to"/"reach" an end.
    role: Role,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Role {
    From,
    To,
    Unknown,
}

#[derive(Debug, Clone)]
struct RateM {
    stated: Stated<Rate>,
    span: Range<usize>,
    first: usize,
    last: usize,
    cagr: bool,
    /// "until 2025", "by 2030": the year the rate runs to.
    until: Option<i32>,
}

#[derive(Debug, Clone, Copy)]
struct YearM {
    when: When,
    first: usize,
    last: usize,
}

#[derive(Debug, Clone)]
struct PeriodM {
    from: Option<i32>,
    to: Option<i32>,
    /// "over the next N years": a length to be placed at the target.
    next: Option<i32>,
    span: Range<usize>,
    first: usize,
}

#[derive(Debug, Default)]
struct Parsed {
    amounts: Vec<AmountM>,
    rates: Vec<RateM>,
    years: Vec<YearM>,
    periods: Vec<PeriodM>,
    /// Countries and regions the sentence names (canonical keys).
    places: Vec<&'static str>,
    /// Token ranges of bracketed conversions after an amount.
    alternatives: Vec<(usize, usize)>,
}

/// The place key of a word (`"Chinese"` → `"china"`), through a match on
/// its lower-case form: every place word is short ASCII.
fn place(word: &str) -> Option<&'static str> {
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
fn places(toks: &[Tok<'_>]) -> Vec<&'static str> {
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
struct IndexHasher(u64);

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
struct Cache<'t> {
    parsed: HashMap<usize, Parsed, BuildHasherDefault<IndexHasher>>,
    toks: Vec<Tok<'t>>,
    /// The tokens a parse has used, reused from one sentence to the next.
    used: Vec<bool>,
}

fn parsed<'c, 't>(
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

const SCALE_WORDS: &[(&str, Scale, bool)] = &[
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
const PHYSICAL: &[(&str, &str)] = &[
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

fn physical(t: &Tok<'_>) -> Option<&'static str> {
    PHYSICAL
        .iter()
        .find(|(w, _)| t.is_word(w))
        .map(|(_, unit)| *unit)
}

/// Currency words after a number ("600 billion yuan", "6.10 billion USD").
fn currency_word(w: &str) -> Option<Currency> {
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
fn currency_before(toks: &[Tok<'_>], i: usize, yen: bool) -> Option<(Currency, usize)> {
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
fn qualifier_before(toks: &[Tok<'_>], i: usize) -> Option<(Qualifier, usize)> {
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
fn number(t: &Tok<'_>) -> Option<(f64, u8)> {
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
fn year_value(t: &Tok<'_>) -> Option<i32> {
    if t.kind != Kind::Num || t.text.len() != 4 || !t.text.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let y: i32 = t.text.parse().ok()?;
    (1900..=2100).contains(&y).then_some(y)
}

fn short_year(t: &Tok<'_>) -> Option<i32> {
    if t.kind != Kind::Num || !t.text.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    match t.text.len() {
        2 => t.text.parse::<i32>().ok().map(|y| 2000 + y),
        4 => year_value(t),
        _ => None,
    }
}

const NUMBER_WORDS: &[(&str, i32)] = &[
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

fn count_at(t: &Tok<'_>) -> Option<i32> {
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
fn parse(toks: &[Tok<'_>], yen: bool, used: &mut Vec<bool>) -> Parsed {
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
fn parse_periods(toks: &[Tok<'_>], p: &mut Parsed, used: &mut [bool]) {
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
fn cagr_cue(toks: &[Tok<'_>], first: usize, last: usize) -> bool {
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
fn distractor_after(toks: &[Tok<'_>], last: usize) -> bool {
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
fn parse_rates(toks: &[Tok<'_>], p: &mut Parsed, used: &mut [bool]) {
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
fn parse_amounts(toks: &[Tok<'_>], p: &mut Parsed, used: &mut [bool], yen: bool) {
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
fn scale_of(toks: &[Tok<'_>], num: usize, k: usize) -> Option<Scale> {
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
fn parse_years(toks: &[Tok<'_>], p: &mut Parsed, used: &[bool]) {
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
const RELATIVE: &[&str] = &[
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
fn date_amounts(toks: &[Tok<'_>], p: &mut Parsed) {
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
const LINKING: &[&str] = &[
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

// ---------------------------------------------------------------------------
// Claims

/// A candidate amount for a claim, with the sentence it came from.
#[derive(Clone)]
struct Candidate {
    amount: AmountM,
    sentence: usize,
    /// 0 for the rate's own sentence, then 1, 2, ... by distance.
    distance: usize,
}

impl Candidate {
    fn year(&self) -> Option<i32> {
        self.amount.when.map(When::calendar_year)
    }

    fn is(&self, other: &Candidate) -> bool {
        self.sentence == other.sentence && self.amount.first == other.amount.first
    }
}

/// Tokens around a rate in which its amounts and period are looked for.
const NEAR: usize = 80;
/// Amounts taken from each neighbouring sentence (those nearest the rate).
const PER_SENTENCE: usize = 8;
/// Bytes of context a passage keeps around its figures at most.
const CONTEXT: usize = 400;

fn floor_char(text: &str, mut i: usize) -> usize {
    i = i.min(text.len());
    while !text.is_char_boundary(i) {
        i -= 1;
    }
    i
}

fn ceil_char(text: &str, mut i: usize) -> usize {
    i = i.min(text.len());
    while !text.is_char_boundary(i) {
        i += 1;
    }
    i
}

/// Sentences searched backward for figures (more when the rate's period
/// names the years to look for).
const BACK: usize = 3;
const BACK_PINNED: usize = 6;
/// Sentences searched forward, on the same line only.
const FORWARD: usize = 2;

fn assemble<'t>(
    text: &'t str,
    sentences: &[Sentence],
    cache: &mut Cache<'t>,
    s: usize,
    rate: &RateM,
    yen: bool,
) -> Claim {
    let own = parsed(cache, sentences, text, s, yen);
    let own_places = own.places.clone();
    // The period nearest the rate in its sentence.
    let near = own
        .periods
        .partition_point(|p| p.first < rate.first.saturating_sub(NEAR));
    let period = own.periods[near..]
        .iter()
        .take_while(|p| p.first <= rate.last + NEAR)
        .min_by_key(|p| p.first.abs_diff(rate.last))
        .cloned();
    let (from, to) = match &period {
        Some(p) => (p.from, p.to.or(rate.until)),
        None => (None, rate.until),
    };
    let next = period.as_ref().and_then(|p| p.next);
    let pinned = from.is_some() || to.is_some() || next.is_some();

    // Candidates: the rate's sentence, then sentences before it, then (on
    // the same line) after it; never from a sentence about another place.
    let mut order = [(s, 0); 1 + BACK_PINNED + FORWARD];
    let mut listed = 1;
    let own_has_amounts = own.amounts.iter().any(|a| !a.skip);
    for d in 1..=if pinned { BACK_PINNED } else { BACK } {
        let Some(b) = s.checked_sub(d) else { break };
        order[listed] = (b, d);
        listed += 1;
    }
    if !own_has_amounts || pinned {
        for d in 1..=FORWARD {
            let f = s + d;
            if f >= sentences.len() || (sentences[f].new_line && !pinned) {
                break;
            }
            order[listed] = (f, d);
            listed += 1;
        }
    }
    let order = &order[..listed];
    // First the rate's own sentence alone; the neighbours are parsed only
    // when it does not hold both dated figures (the choice below prefers
    // the rate's sentence, so a second pass would pick the same ones).
    let (target, target_when, baseline, base_when) = {
        let mut limit = 0;
        let mut candidates: Vec<Candidate> = Vec::new();
        loop {
            candidates.clear();
            for &(sentence, distance) in order.iter().filter(|o| o.1 <= limit) {
                // Amounts and rates are numbers: a neighbour without a digit
                // has nothing to give, and is not parsed.
                let Sentence { start, end, .. } = sentences[sentence];
                if distance > 0 && !text.as_bytes()[start..end].iter().any(u8::is_ascii_digit) {
                    continue;
                }
                let parsed = parsed(cache, sentences, text, sentence, yen);
                let other_place = distance > 0
                    && !own_places.is_empty()
                    && !parsed.places.is_empty()
                    && !parsed.places.iter().any(|p| own_places.contains(p));
                // A neighbouring sentence with a CAGR of its own keeps its figures,
                // unless this rate's sentence has figures of its own to complete
                // ("Unit shipments will grow at 4.1% over the same period" takes
                // nothing from the revenue forecast before it).
                let own_claim =
                    distance > 0 && !own_has_amounts && parsed.rates.iter().any(|r| r.cagr);
                if other_place || own_claim {
                    continue;
                }
                // Near the rate in its own sentence; the amounts closest to it in
                // the others. This bounds the work per claim whatever the text.
                let amounts = &parsed.amounts;
                let picked: &[AmountM] = if distance == 0 {
                    // With several rates in the sentence, an amount belongs to the
                    // first rate after it (or the last rate): "from $12 billion to
                    // $16.2 billion, a CAGR of 6.2%, while software will grow from
                    // $8 billion to $16 billion, a CAGR of 14.9%".
                    // (Found by binary search, so a sentence of many rates stays
                    // linear.)
                    let all = &parsed.rates;
                    let at = all.partition_point(|r| r.first < rate.first);
                    let before = all[..at].iter().rev().take(NEAR).find(|r| r.cagr);
                    let after = all[(at + 1).min(all.len())..]
                        .iter()
                        .take(NEAR)
                        .find(|r| r.cagr);
                    let lo_tok = before.map_or(0, |r| r.last + 1);
                    let hi_tok = if after.is_some() {
                        rate.last
                    } else {
                        usize::MAX
                    };
                    let lo =
                        amounts.partition_point(|a| a.last + NEAR < rate.first || a.first < lo_tok);
                    let hi = amounts
                        .partition_point(|a| a.first <= rate.last + NEAR && a.last <= hi_tok);
                    &amounts[lo..hi.max(lo)]
                } else if sentence < s {
                    &amounts[amounts.len().saturating_sub(PER_SENTENCE)..]
                } else {
                    &amounts[..amounts.len().min(PER_SENTENCE)]
                };
                candidates.extend(picked.iter().filter(|a| !a.skip).map(|a| Candidate {
                    amount: a.clone(),
                    sentence,
                    distance,
                }));
            }
            let closest = |c: &&Candidate| (c.distance, c.amount.first.abs_diff(rate.first));

            // The target: the amount at the period's end; else the latest dated
            // amount of the rate's sentence, or of the nearby sentences; else, with
            // a period to date it, the last undated amount of the rate's sentence.
            let latest = |cs: &mut dyn Iterator<Item = &Candidate>| -> Option<Candidate> {
                cs.filter(|c| c.year().is_some())
                    .min_by_key(|c| {
                        (
                            core::cmp::Reverse(c.year()),
                            c.distance,
                            c.amount.first.abs_diff(rate.first),
                        )
                    })
                    .cloned()
            };
            let mut target = match to {
                Some(y) => candidates
                    .iter()
                    .filter(|c| c.year() == Some(y))
                    .min_by_key(closest)
                    .cloned(),
                None => latest(&mut candidates.iter().filter(|c| c.distance == 0)).or_else(|| {
                    if own_has_amounts {
                        None
                    } else {
                        latest(&mut candidates.iter())
                    }
                }),
            };
            if target.is_none() && from.is_some() && to.is_some() {
                // "to Rs 9,000 crore from Rs 5,200 crore": the word before an
                // amount says which end it is; else the later one is the target.
                target = candidates
                    .iter()
                    .filter(|c| {
                        c.distance == 0 && c.amount.when.is_none() && c.amount.role != Role::From
                    })
                    .max_by_key(|c| (c.amount.role == Role::To, c.amount.first))
                    .cloned();
            }
            let target_when = target.as_ref().and_then(|t| {
                t.amount
                    .when
                    .or_else(|| to.and_then(|y| When::year(i64::from(y)).ok()))
            });
            let target_year = target_when.map(When::calendar_year);
            let unit = target.as_ref().map(|t| t.amount.unit);
            let fits = |c: &Candidate| {
                unit.is_none_or(|u| u.compatible(c.amount.unit))
                    && target.as_ref().is_none_or(|t| !t.is(c))
            };

            // The baseline: the amount at the period's start (or the year before,
            // or the start of "the next N years"); else the latest dated amount
            // before the target, from the target's sentence if it has one.
            let start = from.or_else(|| next.and_then(|n| target_year.map(|t| t - n)));
            let mut baseline = match start {
                Some(y) => candidates
                    .iter()
                    .filter(|c| fits(c) && c.year() == Some(y))
                    .min_by_key(closest)
                    .or_else(|| {
                        candidates
                            .iter()
                            .filter(|c| fits(c) && c.year() == Some(y - 1) && from.is_some())
                            .min_by_key(closest)
                    })
                    .cloned(),
                None => target_year.or(to).and_then(|ty| {
                    let before = |c: &&Candidate| fits(c) && c.year().is_some_and(|y| y < ty);
                    let same = target.as_ref().map(|t| t.sentence);
                    let pick = |cs: &mut dyn Iterator<Item = &Candidate>| {
                        cs.min_by_key(|c| {
                            (
                                core::cmp::Reverse(c.year()),
                                c.distance,
                                c.amount.first.abs_diff(rate.first),
                            )
                        })
                        .cloned()
                    };
                    pick(
                        &mut candidates
                            .iter()
                            .filter(before)
                            .filter(|c| Some(c.sentence) == same),
                    )
                    .or_else(|| pick(&mut candidates.iter().filter(before)))
                }),
            };
            // An undated amount before the target in the target's sentence, dated
            // by the period.
            if baseline.is_none() {
                if let Some(t) = &target {
                    baseline = candidates
                        .iter()
                        .filter(|c| {
                            c.sentence == t.sentence
                                && c.amount.when.is_none()
                                && (c.amount.first < t.amount.first || c.amount.role == Role::From)
                                && c.amount.role != Role::To
                                && fits(c)
                        })
                        .min_by_key(|c| (c.amount.role != Role::From, c.amount.first))
                        .cloned();
                }
            }
            let mut base_when = baseline.as_ref().and_then(|b| {
                b.amount
                    .when
                    .or_else(|| start.and_then(|y| When::year(i64::from(y)).ok()))
            });
            // A baseline not before the target belongs to another claim.
            if let (Some(b), Some(t)) = (base_when, target_when) {
                if b.position() >= t.position() {
                    baseline = None;
                    base_when = None;
                }
            }
            if limit == usize::MAX || (base_when.is_some() && target_when.is_some()) {
                break (target, target_when, baseline, base_when);
            }
            limit = usize::MAX;
        }
    };
    // "from $3.2 to $5.1 billion": a bare baseline takes the target's scale.
    let base_amount = baseline.as_ref().map(|b| match &target {
        Some(t) => rescale(b.amount.stated, t.amount.stated),
        None => b.amount.stated,
    });

    let explicit = period.as_ref().and_then(|p| match (p.from, p.to) {
        (Some(a), Some(b)) => Period::new(i64::from(a), i64::from(b)).ok(),
        _ => None,
    });
    let mut lo = sentences[s].start;
    let mut hi = sentences[s].end;
    for c in baseline.iter().chain(target.iter()) {
        lo = lo.min(sentences[c.sentence].start);
        hi = hi.max(sentences[c.sentence].end);
    }
    // A passage of whole sentences, but not more than a few hundred bytes
    // around the figures (and the period, when it is reported) when a
    // "sentence" is huge.
    let period = period.filter(|_| explicit.is_some());
    let spans = [&rate.span]
        .into_iter()
        .chain(baseline.iter().map(|b| &b.amount.span))
        .chain(target.iter().map(|t| &t.amount.span))
        .chain(period.iter().map(|p| &p.span));
    let (first, last) = spans.fold((rate.span.start, rate.span.end), |(a, b), r| {
        (a.min(r.start), b.max(r.end))
    });
    let lo = lo.max(floor_char(text, first.saturating_sub(CONTEXT)));
    let hi = hi.min(ceil_char(text, last + CONTEXT));
    let passage = trim_range(text, lo..hi);
    let forecast = Forecast {
        baseline: base_amount.map(|amount| Figure {
            amount,
            when: base_when,
        }),
        target: target.as_ref().map(|t| Figure {
            amount: t.amount.stated,
            when: target_when,
        }),
        rate: Some(rate.stated),
        period: explicit,
        source: Some(Source {
            quote: Some(text[passage.clone()].to_owned()),
            ..Source::default()
        }),
    };
    Claim {
        forecast,
        passage,
        spans: Spans {
            baseline: baseline.map(|b| b.amount.span),
            target: target.map(|t| t.amount.span),
            rate: Some(rate.span.clone()),
            period: period.map(|p| p.span),
        },
    }
}

/// A baseline printed without a scale ("from $3.2 to $5.1 billion") in the
/// scale of the target.
fn rescale(base: Stated<Amount>, target: Stated<Amount>) -> Stated<Amount> {
    let (b, t) = (base.value(), target.value());
    if b.scale() != Scale::One || t.scale() == Scale::One || base.upper().is_some() {
        return base;
    }
    let Ok(mut amount) = Amount::new(b.value(), t.scale()) else {
        return base;
    };
    if let Some(c) = b.currency().or(t.currency()) {
        amount = amount.with_currency(c);
    }
    let mut out = Stated::printed(amount, base.decimals().unwrap_or(0));
    if let Some(q) = base.qualifier() {
        out = out.qualified(q);
    }
    out
}

fn trim_range(text: &str, r: Range<usize>) -> Range<usize> {
    let s = &text[r.clone()];
    let start = r.start + (s.len() - s.trim_start().len());
    let end = r.end - (s.len() - s.trim_end().len());
    start..end.max(start)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Random texts over the bytes the block scanners look for (the
    /// letters of every rate and cue word, `%`, sentence ends, white space
    /// and multi-byte characters) and the words around a compound annual
    /// rate, so that near misses are frequent.
    fn texts() -> impl Iterator<Item = String> {
        const PIECES: &[&str] = &[
            "c",
            "C",
            "e",
            "n",
            "t",
            "a",
            "A",
            "g",
            "r",
            "R",
            "p",
            "P",
            "o",
            "f",
            "y",
            "Y",
            "v",
            "u",
            "m",
            "d",
            "l",
            "%",
            " ",
            " ",
            "\n",
            ".",
            "!",
            "?",
            "5",
            "é",
            "。",
            "cent",
            "per",
            "cagr",
            "rate of",
            "pct",
            "year",
            "compound",
            "annual",
            "average growth",
            "a",
            " a year",
            " year earlier",
            " ago",
            "annually",
            " growth",
            " rate",
            "per annum",
            "—",
            "\u{a0}",
            " 12% ",
            " 7.5 per cent ",
            " CAGR of ",
            " annual report",
        ];
        let mut next = crate::testing::xorshift(0x9E37_79B9_7F4A_7C15_u64);
        (0..4000).map(move |_| {
            let len = next() % 120;
            (0..len)
                .map(|_| PIECES[(next() % PIECES.len() as u64) as usize])
                .collect()
        })
    }

    #[test]
    fn block_scans_agree_with_reading_every_byte() {
        let mut cagr_rates = 0;
        for text in texts() {
            let bytes = text.as_bytes();
            // Sentence ends.
            for i in 0..=bytes.len() {
                let slow = (i..bytes.len()).find(|&k| ENDS[usize::from(bytes[k])]);
                assert_eq!(next_end(bytes, i), slow, "{text:?} from {i}");
            }
            // Cue words, in the whole text and sentence by sentence (whose
            // blocks are tested across their ends).
            let cues = CueBlocks::of(bytes);
            let slow = (0..bytes.len()).any(|i| cue_at(bytes, i));
            assert_eq!(cues.has_cue(bytes, 0..bytes.len()), slow, "{text:?}");
            // Rate words, sentence by sentence; and every sentence that
            // holds a compound annual rate passes both prefilters.
            let mut toks = Vec::new();
            for s in &split_sentences(&text) {
                let sentence = &text[s.start..s.end];
                let (b, range) = (sentence.as_bytes(), s.start..s.end);
                let slow = (0..b.len()).any(|i| cue_at(b, i));
                assert_eq!(cues.has_cue(bytes, range.clone()), slow, "{text:?} {s:?}");
                let slow = sentence.contains('%')
                    || (0..sentence.len()).any(|i| rate_word_at(sentence.as_bytes(), i));
                assert_eq!(has_rate(sentence), slow, "{text:?} {s:?}");
                tokenize(&mut toks, &text, range.clone());
                if parse(&toks, false, &mut Vec::new())
                    .rates
                    .iter()
                    .any(|r| r.cagr)
                {
                    assert!(
                        has_rate(sentence) && cues.has_cue(bytes, range),
                        "{text:?} {s:?}"
                    );
                    cagr_rates += 1;
                }
            }
        }
        // Enough compound annual rates to test the prefilters.
        assert!(cagr_rates > 100, "only {cagr_rates} compound annual rates");
    }

    /// The lane tests of eight bytes agree with reading them one by one,
    /// for bytes around every edge of the ranges they test.
    #[test]
    fn lane_tests_agree_with_reading_each_byte() {
        const EDGES: &[u8] = b"@AZ[`az{09./ \0\x7f";
        let mut next = crate::testing::xorshift(0x9E37_79B9_7F4A_7C15);
        for _ in 0..200_000 {
            let state = next();
            let mut bytes = state.to_le_bytes();
            for (k, b) in bytes.iter_mut().enumerate() {
                // Mostly edge bytes, some of them with the high bit set.
                let pick = (state >> (k * 5)) as usize;
                if !pick.is_multiple_of(4) {
                    *b = EDGES[pick % EDGES.len()] | if pick.is_multiple_of(7) { 0x80 } else { 0 };
                }
            }
            let x = u64::from_le_bytes(bytes);
            let letters = bytes.iter().take_while(|b| b.is_ascii_alphabetic()).count();
            assert_eq!(ascii_letters(x), letters, "{bytes:?}");
            let word = bytes
                .iter()
                .take_while(|&&b| b.is_ascii_alphabetic() || b == b'.')
                .count();
            let stop = match bytes.get(word) {
                None => Stop::Space,
                Some(b) if !b.is_ascii() => Stop::Other,
                Some(b) if b.is_ascii_digit() => Stop::Digit,
                Some(_) => Stop::Space,
            };
            assert_eq!(ends_word(x), (word, stop), "{bytes:?}");
        }
    }

    /// The full stop after a word ends a sentence (before a capital) unless
    /// the word is an abbreviation or a single capital, as read from the
    /// whole word, whatever its letters; the fast reading of ASCII words
    /// from the bytes must agree.
    #[test]
    fn full_stops_after_words_agree_with_reading_the_whole_word() {
        let slow = |word: &str| {
            let mut chars = word.chars();
            let single = chars.next().is_some_and(char::is_uppercase) && chars.next().is_none();
            let abbreviation = ABBREVIATIONS
                .iter()
                .any(|a| word.as_bytes().eq_ignore_ascii_case(a));
            !(single || abbreviation)
        };
        let mut random = crate::testing::xorshift(0x2545_F491_4F6C_DD1D);
        let mut next = move |n: usize| (random() % n as u64) as usize;
        const LETTERS: &[&str] = &["a", "S", "r", "u", "p", ".", "7", "é", "Ü", "x", "T"];
        const BEFORE: &[&str] = &["", " ", "“", "é", "(", "7", "\u{a0}"];
        let mut tested = 0;
        for k in 0..20_000 {
            let word: String = if k % 3 == 0 {
                // An abbreviation in random case.
                let a = ABBREVIATIONS[next(ABBREVIATIONS.len())];
                a.iter()
                    .map(|&b| {
                        let c = char::from(b);
                        if next(2) == 0 {
                            c.to_ascii_uppercase()
                        } else {
                            c
                        }
                    })
                    .collect()
            } else {
                (0..next(10))
                    .map(|_| LETTERS[next(LETTERS.len())])
                    .collect()
            };
            let text = format!("{}{word}. The end", BEFORE[next(BEFORE.len())]);
            let i = text.find(". The").expect("the full stop");
            let whole = word_before(&text[..i]);
            assert_eq!(ends_sentence(&text, i), slow(whole), "{text:?}");
            tested += usize::from(!slow(whole));
        }
        // Enough words that do not end a sentence.
        assert!(tested > 5_000, "only {tested} abbreviations and capitals");
    }
}
