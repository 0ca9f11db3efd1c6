//! Byte-level scans: every prefilter and lane trick of the extractor, each
//! beside the plain reading it is tested against.

use core::ops::Range;

/// The words before which a full stop does not end a sentence ("Rs.",
/// "approx.", "U.S.", "Sept."), lower case.
pub(super) const ABBREVIATIONS: [&[u8]; 31] = [
    b"rs", b"mr", b"mrs", b"ms", b"dr", b"no", b"vs", b"approx", b"inc", b"ltd", b"co", b"st",
    b"jan", b"feb", b"mar", b"apr", b"jun", b"jul", b"aug", b"sep", b"sept", b"oct", b"nov",
    b"dec", b"u.s", b"e.g", b"i.e", b"fig", b"est", b"mrd", b"mio",
];

/// The slot of a [`word_key`] in [`ABBREVIATION_KEYS`]: the top six bits
/// of a product, a multiplier that sends no two abbreviations to the same
/// slot (found by trying multipliers; the table below fails to compile if
/// two collide).
pub(super) const fn abbreviation_slot(key: u64) -> usize {
    (key.wrapping_mul(0x2e4e_be9e_57a0_2ec7) >> 58) as usize
}

/// [`ABBREVIATIONS`] as keys in their slots (0 marks an empty one), so a
/// word is looked up with one multiply and one compare.
pub(super) static ABBREVIATION_KEYS: [u64; 64] = {
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
pub(super) fn is_abbreviation_key(key: u64) -> bool {
    key != 0 && ABBREVIATION_KEYS[abbreviation_slot(key)] == key
}

/// A word of at most eight bytes as one number, its last byte lowest (the
/// order in which [`ends_sentence_before_space`] reads it).
pub(super) const fn word_key(word: &[u8]) -> u64 {
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
pub(super) fn is_abbreviation(word: &str) -> bool {
    let bytes = word.as_bytes();
    bytes.len() <= 6 && {
        let mut lower = [0u8; 6];
        lower[..bytes.len()].copy_from_slice(bytes);
        lower.make_ascii_lowercase();
        is_abbreviation_key(word_key(&lower[..bytes.len()]))
    }
}

/// Whether a sentence may end at a byte (`next` is the byte after it, 0
/// past the end of the text), read plainly: at `.`, `!` or `?` before
/// white space, another control byte or the end of the text (before any
/// other byte, [`ends_sentence`] says no), at a line break, or at 0xE3 or
/// 0xEF, the lead bytes of `。`, `！`, `？` and `；`.
pub(super) fn may_end(b: u8, next: u8) -> bool {
    // Compares joined by `&` and `|`, so a window of them becomes vector
    // instructions (see [`Ends`]).
    let stop = (b == b'.') | (b == b'!') | (b == b'?');
    (stop & (next <= b' ')) | (b == b'\n') | (b == 0xE3) | (b == 0xEF)
}

/// Bytes read at once by [`Ends`]: one bit each in a `u64`.
pub(super) const WINDOW: usize = 64;

/// The positions of a text where a sentence may end ([`may_end`]), in
/// order. Sentence ends are too dense in prose (one byte in 30) for a
/// search restarted after each to pay; instead [`WINDOW`] bytes at a time
/// are tested with no branch, into one bit each ([`window_ends`]), and the
/// set bits are read off.
pub(super) struct Ends<'a> {
    bytes: &'a [u8],
    /// The start of the window `bits` are of.
    at: usize,
    /// The ends of that window not yet returned, one bit each, the first
    /// byte lowest.
    bits: u64,
    /// Where the part read ends: no end from here on is returned.
    end: usize,
}

impl<'a> Ends<'a> {
    /// The ends of a whole text.
    #[cfg(test)]
    pub(super) fn of(bytes: &'a [u8]) -> Ends<'a> {
        Ends::within(bytes, 0..bytes.len())
    }

    /// The ends of the text that lie in `range` of it: those of
    /// [`Ends::of`] there (each byte read with the one after it in the
    /// whole text).
    pub(super) fn within(bytes: &'a [u8], range: Range<usize>) -> Ends<'a> {
        let at = range.start / WINDOW * WINDOW;
        Ends {
            bytes,
            at,
            bits: window_ends(bytes, at) >> (range.start - at) << (range.start - at),
            end: range.end,
        }
    }
}

impl Iterator for Ends<'_> {
    type Item = usize;

    #[inline]
    fn next(&mut self) -> Option<usize> {
        while self.bits == 0 {
            if self.bytes.len() - self.at <= WINDOW {
                return None;
            }
            self.at += WINDOW;
            self.bits = window_ends(self.bytes, self.at);
        }
        let k = self.bits.trailing_zeros() as usize;
        self.bits &= self.bits - 1;
        Some(self.at + k).filter(|&i| i < self.end)
    }
}

/// The bytes of the [`WINDOW`] from `at` (or of the shorter tail) where
/// [`may_end`] holds, one bit each, the first byte lowest.
pub(super) fn window_ends(bytes: &[u8], at: usize) -> u64 {
    match bytes
        .get(at..)
        .and_then(<[u8]>::first_chunk::<{ WINDOW + 1 }>)
    {
        Some(w) => window_bits(w),
        None => {
            // The tail, copied into a zero-padded window.
            let rest = &bytes[at.min(bytes.len())..];
            let mut w = [0u8; WINDOW + 1];
            w[..rest.len()].copy_from_slice(rest);
            window_bits(&w)
        }
    }
}

/// [`may_end`] at each byte of a window but its last (which is only read
/// as the one after), one bit each. The tests write a byte each with no
/// branch, which the compiler turns into vector instructions; a multiply
/// then gathers the top bits of eight bytes into one.
#[inline(always)]
pub(super) fn window_bits(w: &[u8; WINDOW + 1]) -> u64 {
    let mut lanes = [0u8; WINDOW];
    for (p, lane) in lanes.iter_mut().enumerate() {
        *lane = u8::from(may_end(w[p], w[p + 1])) << 7;
    }
    top_bits(&lanes)
}

/// The top bits of up to 64 bytes (each 0x80 or 0), one bit each, the
/// first byte lowest.
#[inline(always)]
pub(super) fn top_bits(lanes: &[u8]) -> u64 {
    // The top bit of byte k of `x` lands at bit 56 + k of the product (and
    // no two of them in the same place, nor with carries between them).
    let gather = |x: u64| x.wrapping_mul(0x0002_0408_1020_4081) >> 56;
    let (eights, _) = lanes.as_chunks::<8>();
    eights.iter().enumerate().fold(0, |bits, (k, eight)| {
        bits | gather(u64::from_le_bytes(*eight)) << (8 * k)
    })
}

/// Whether a sentence holds something a rate is written with: `%`, "per
/// cent", "percent", "pct", "CAGR", "rate of" (for "a growth rate of
/// 20.5"), or German "Prozent", in any case. A byte search finds `%`; the words are found by
/// their first three letters, a block of bytes at a time (see
/// [`may_hold`]), and read only in a block that may hold one.
pub(super) fn has_rate(sentence: &str) -> bool {
    let bytes = sentence.as_bytes();
    if bytes.contains(&b'%') || sentence.contains('％') {
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
pub(super) const BLOCK: usize = 16;

/// The first block of [`BLOCK`] bytes (or the shorter tail), from `i` on,
/// with a position `p` where `hit(bytes[p], bytes[p + 1], bytes[p + 2])`
/// (zero past the end), or `None`. The test of a whole block has no
/// branch, so the compiler turns it into vector instructions; a hit only
/// says the block is worth reading byte by byte.
pub(super) fn may_hold(
    bytes: &[u8],
    mut i: usize,
    hit: impl Fn(u8, u8, u8) -> bool,
) -> Option<Range<usize>> {
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
pub(super) fn block_hits(b: &[u8; BLOCK + 2], hit: impl Fn(u8, u8, u8) -> bool) -> bool {
    (0..BLOCK).fold(false, |any, p| any | hit(b[p], b[p + 1], b[p + 2]))
}

/// Whether three bytes (in any case) start a word a rate is written with:
/// "cen"(t), "cag"(r), "pct", "rat"(e of), (pro)"zen"(t). Compares of bytes
/// joined by `&` and `|`, so a block of them becomes vector instructions.
pub(super) fn rate_trigram(a: u8, b: u8, c: u8) -> bool {
    let (a, b, c) = (a | 0x20, b | 0x20, c | 0x20);
    ((a == b'c') & (((b == b'e') & (c == b'n')) | ((b == b'a') & (c == b'g'))))
        | ((a == b'p') & (b == b'c') & (c == b't'))
        | ((a == b'r') & (b == b'a') & (c == b't'))
        | ((a == b'z') & (b == b'e') & (c == b'n'))
}

/// Whether three bytes (in any case) are a piece of a cue word of
/// [`CueBlocks::has_cue`]: "cag"(r), (com)"pou"(nd), (a)"nnu"(al|m|el),
/// (ave)"rag"(e), "p.a", (jä)"hrl"(ich), the lead
/// byte of a Chinese, Japanese or Korean character, or the end of "a",
/// "per", "each" or "every" and a gap before "y"(ear) (a gap byte is any byte `year_after_count_word` may read
/// as a gap, white space or part of a non-ASCII character, or another
/// control byte).
pub(super) fn cue_trigram(a: u8, b: u8, c: u8) -> bool {
    // White space, control bytes and non-ASCII bytes alike, in one signed
    // compare (the bytes from 0x80 up are negative as `i8`).
    let gap = |x: u8| (x as i8) <= b' ' as i8;
    let year = gap(b) & ((c | 0x20) == b'y');
    // The lead byte of a Chinese, Japanese or Korean character (0xE3 to
    // 0xED; not 0xE2, which leads the dashes and quotes of English text).
    let cjk = (0xE3..=0xED).contains(&a);
    let (a, b, c) = (a | 0x20, b | 0x20, c | 0x20);
    ((a == b'c') & (b == b'a') & (c == b'g'))
        | ((a == b'p') & (b == b'o') & (c == b'u'))
        | ((a == b'n') & (b == b'n') & (c == b'u'))
        | ((a == b'r') & (b == b'a') & (c == b'g'))
        | ((a == b'p') & (b == (b'.' | 0x20)) & (c == b'a'))
        | ((a == b'h') & (b == b'r') & (c == b'l'))
        | (year & ((a == b'a') | (a == b'r') | (a == b'h') | (a == b'y') | gap(a)))
        | cjk
}

/// The lead bytes of the first characters of the Chinese, Japanese and
/// Korean cue words of `vocab::CJK_CAGR_WORDS` (复, 複, 復, 年, 연, 매): a
/// unit test checks every cue word starts with one.
pub(super) const CJK_CUE_LEADS: [u8; 4] = [0xE5, 0xE8, 0xEB, 0xEC];

/// Whether a word a rate is written with (other than `%`) starts at `i`,
/// in any case, or, for "Prozent", its "zent" (see [`has_rate`]).
pub(super) fn rate_word_at(bytes: &[u8], i: usize) -> bool {
    let Some(four) = bytes.get(i..i + 4) else {
        return false;
    };
    let word = u32::from_le_bytes([four[0], four[1], four[2], four[3]]) | 0x2020_2020;
    let is = |w: &[u8; 4]| word == u32::from_le_bytes(*w);
    (is(b"cent") && is_cent_at(bytes, i))
        || is(b"cagr")
        || (is(b"rate") && starts_with_ignore_case(&bytes[i + 4..], b" of"))
        || (word & 0x00FF_FFFF == u32::from_le_bytes(*b"pct\0"))
        || (is(b"zent") && i >= 3 && bytes[i - 3..i].eq_ignore_ascii_case(b"pro"))
}

/// The blocks of [`BLOCK`] bytes of a text that may hold a piece of a cue
/// word ([`cue_trigram`], read across block and sentence ends, zero past
/// the end of the text), one bit each. They are found in one pass over the
/// whole text, with no test or branch per sentence.
pub(super) struct CueBlocks {
    pub(super) bits: Vec<u64>,
}

/// Bytes whose blocks [`CueBlocks::of`] tests at once: as many as a word
/// of [`CueBlocks::bits`] has bits for.
pub(super) const SPAN: usize = 64 * BLOCK;

/// The blocks of a span (and the two bytes after it) that may hold a
/// piece of a cue word ([`cue_trigram`]), one bit each, the first lowest.
#[inline(always)]
pub(super) fn span_bits(span: &[u8; SPAN + 2]) -> u64 {
    (0..64).fold(0, |bits, k| {
        let block = span[k * BLOCK..].first_chunk::<{ BLOCK + 2 }>();
        let hit = block.is_some_and(|b| block_hits(b, cue_trigram));
        bits | u64::from(hit) << k
    })
}

impl CueBlocks {
    /// The blocks of a whole text (one bit for every [`BLOCK`] bytes).
    #[cfg(test)]
    pub(super) fn of(bytes: &[u8]) -> CueBlocks {
        CueBlocks {
            bits: CueBlocks::spans(bytes, 0..bytes.len()),
        }
    }

    /// The words of [`CueBlocks::bits`] for the spans that start in `range`
    /// of the text (read with the two bytes after each, from the whole
    /// text): those of consecutive ranges, joined, are those of the text.
    // Kept out of its caller: inlined there, its loop is compiled worse.
    #[inline(never)]
    pub(super) fn spans(bytes: &[u8], range: Range<usize>) -> Vec<u64> {
        let spans = range.start.div_ceil(SPAN)..range.end.div_ceil(SPAN);
        let mut bits = Vec::with_capacity(spans.len());
        let mut at = spans.start * SPAN;
        let end = spans.end * SPAN;
        // A span is an array, so that the compiler sees every index in
        // bounds and vectorizes the test.
        while let Some(span) = bytes
            .get(at..)
            .and_then(<[u8]>::first_chunk::<{ SPAN + 2 }>)
            .filter(|_| at < end)
        {
            bits.push(span_bits(span));
            at += SPAN;
        }
        // The last one or two spans, copied into zero-padded ones: the text
        // reads as followed by zero bytes, and blocks past its end (all
        // zero) hold no piece.
        while let Some(rest) = bytes.get(at..).filter(|rest| !rest.is_empty() && at < end) {
            let mut padded = [0u8; SPAN + 2];
            let n = rest.len().min(SPAN + 2);
            padded[..n].copy_from_slice(&rest[..n]);
            bits.push(span_bits(&padded));
            at += SPAN;
        }
        bits
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
    ///
    /// Most sentences have no flagged block, which is answered inline; the
    /// others are read out of line ([`CueBlocks::read`]).
    #[inline]
    pub(super) fn has_cue(&self, bytes: &[u8], range: Range<usize>) -> bool {
        !range.is_empty() && self.flagged(&range) && self.read(bytes, range)
    }

    /// The flags of the words of [`CueBlocks::bits`] from `first / 64`, as
    /// many as it takes to reach block `last`, each word's flags kept only
    /// for the blocks from `first` to `last`.
    fn words(&self, first: usize, last: usize) -> impl Iterator<Item = (usize, u64)> + '_ {
        (first / 64..last / 64 + 1).map(move |w| {
            let low = if w == first / 64 { first % 64 } else { 0 };
            let high = if w == last / 64 { last % 64 } else { 63 };
            (w, self.bits[w] >> low << low & (u64::MAX >> (63 - high)))
        })
    }

    /// Whether a block of the sentence at `range` (not empty) is flagged.
    fn flagged(&self, range: &Range<usize>) -> bool {
        let (first, last) = (range.start / BLOCK, (range.end - 1) / BLOCK);
        self.words(first, last).any(|(_, m)| m != 0)
    }

    /// [`CueBlocks::has_cue`] for a sentence (not empty) with a flagged
    /// block: in each flagged block, [`cue_at`] is asked at the bytes where
    /// a cue word may start ([`cue_starts`]).
    #[inline(never)]
    pub(super) fn read(&self, bytes: &[u8], range: Range<usize>) -> bool {
        let sentence = &bytes[range.clone()];
        let (first, last) = (range.start / BLOCK, (range.end - 1) / BLOCK);
        for (w, mut m) in self.words(first, last) {
            while m != 0 {
                let b = w * 64 + m.trailing_zeros() as usize;
                m &= m - 1;
                let from = (b * BLOCK).saturating_sub(3).max(range.start);
                let to = ((b + 1) * BLOCK + 2).min(range.end);
                // (The byte after a sentence's last is read from the text:
                // no cue word starts at that last byte anyway.)
                let mut starts = cue_starts(bytes, from) & ((1 << (to - from)) - 1);
                while starts != 0 {
                    let q = from + starts.trailing_zeros() as usize;
                    starts &= starts - 1;
                    if cue_at(sentence, q - range.start) {
                        return true;
                    }
                }
            }
        }
        false
    }
}

/// Whether a cue word of [`CueBlocks::has_cue`] may start at a byte (`next`
/// is the byte after it), read plainly: its first two bytes as far as
/// [`cue_at`] rules words out by them ("an" or "av", "ca" or "co", "ye",
/// "p.", "j" and the lead byte of "ä", in any case), or the lead byte of the first character of a
/// Chinese, Japanese or Korean one ([`CJK_CUE_LEADS`]).
pub(super) fn may_start_cue(b: u8, next: u8) -> bool {
    // Compares joined by `&` and `|`, so that a window of them becomes
    // vector instructions (see [`cue_starts`]). No byte from 0x80 up is an
    // ASCII letter when `| 0x20` is applied.
    let (l, n) = (b | 0x20, next | 0x20);
    let cjk = CJK_CUE_LEADS
        .iter()
        .fold(false, |any, &lead| any | (b == lead));
    ((l == b'a') & ((n == b'n') | (n == b'v')))
        | ((l == b'c') & ((n == b'a') | (n == b'o')))
        | ((l == b'y') & (n == b'e'))
        | ((l == b'p') & (next == b'.'))
        | ((l == b'j') & (next == 0xC3))
        | cjk
}

/// Bytes read at once by [`cue_starts`], enough for the bytes a flagged
/// block is read at (three before it, two after).
pub(super) const STARTS: usize = 32;

/// The bytes from `at` on (up to [`STARTS`] of them, zero past the end of
/// the text) where [`may_start_cue`] holds, one bit each, the first byte
/// lowest. Tested with no branch, as [`window_bits`] does.
pub(super) fn cue_starts(bytes: &[u8], at: usize) -> u32 {
    let mut padded = [0u8; STARTS + 1];
    let w = match bytes
        .get(at..)
        .and_then(<[u8]>::first_chunk::<{ STARTS + 1 }>)
    {
        Some(w) => w,
        None => {
            let rest = &bytes[at.min(bytes.len())..];
            padded[..rest.len()].copy_from_slice(rest);
            &padded
        }
    };
    let mut lanes = [0u8; STARTS];
    for (p, lane) in lanes.iter_mut().enumerate() {
        *lane = u8::from(may_start_cue(w[p], w[p + 1])) << 7;
    }
    top_bits(&lanes) as u32
}

/// Whether a cue word of [`CueBlocks::has_cue`] starts at `i`.
// Kept out of its caller, whose loop over a block's bytes it would crowd.
#[inline(never)]
pub(super) fn cue_at(bytes: &[u8], i: usize) -> bool {
    let rest = &bytes[i..];
    let is = |w: &[u8]| starts_with_ignore_case(rest, w);
    let letter_after = |n: usize| rest.get(n).is_some_and(u8::is_ascii_alphabetic);
    // The second byte rules out most words before any of them is compared.
    let second = rest.get(1).map_or(0, |b| b | 0x20);
    match bytes[i] | 0x20 {
        b'c' if !matches!(second, b'a' | b'o') => false,
        b'a' if !matches!(second, b'n' | b'v') => false,
        b'y' if second != b'e' => false,
        b'c' => is(b"cagr") || is(b"compound"),
        b'a' => {
            // "annually", "annualized", "annualised"; "annual" or "average"
            // before "growth", "rate", "real", "annual", "average",
            // "composite", "decline", "decrease", "contraction" or "yearly";
            // "(per) annum"; "annuel(le)".
            let before_growth = |len: usize| {
                let next = skip_blank(&rest[len..]);
                [
                    &b"growth"[..],
                    b"rate",
                    b"real",
                    b"annual",
                    b"average",
                    b"composite",
                    b"decline",
                    b"decrease",
                    b"contraction",
                    b"yearly",
                ]
                .iter()
                .any(|w| starts_with_ignore_case(next, w))
            };
            (is(b"annual") && (letter_after(6) || before_growth(6)))
                || is(b"annum")
                || is(b"annuel")
                || (is(b"average") && before_growth(7))
        }
        // "a year", not "a year earlier".
        b'y' => {
            is(b"year")
                && year_after_count_word(bytes, i)
                && !followed_by_word(&rest[4..], &[b"earlier", b"ago", b"before"])
        }
        // "p.a.", "per annum" is read at "annum".
        b'p' => is(b"p.a") && !letter_after(3),
        // German "jährlich(e|en|es)".
        b'j' => is("jährlich".as_bytes()),
        _ => {
            let mut buf = [0u8; 48];
            let rest = without_glosses(rest, &mut buf);
            crate::value::vocab::CJK_CAGR_WORDS
                .iter()
                .any(|w| rest.starts_with(w.as_bytes()))
        }
    }
}

/// The first bytes of `bytes` (up to the buffer's length) with bracketed
/// Latin reading glosses left out ("復(fù)合" reads "復合"), for matching
/// Chinese cue words printed with inline pinyin.
fn without_glosses<'b>(bytes: &[u8], buf: &'b mut [u8; 48]) -> &'b [u8] {
    let mut n = 0;
    let mut i = 0;
    while i < bytes.len() && n < buf.len() {
        if bytes[i] == b'(' {
            // A gloss: letters (ASCII or accented Latin, two-byte UTF-8)
            // and then ')', within 12 bytes.
            let close = bytes[i + 1..]
                .iter()
                .take(12)
                .position(|&b| b == b')')
                .map(|p| i + 1 + p);
            if let Some(close) = close {
                let inner = &bytes[i + 1..close];
                let latin = !inner.is_empty()
                    && inner
                        .iter()
                        .all(|&b| b.is_ascii_alphabetic() || (0x80..0xE0).contains(&b));
                if latin {
                    i = close + 1;
                    continue;
                }
            }
        }
        buf[n] = bytes[i];
        n += 1;
        i += 1;
    }
    &buf[..n]
}

/// Whether the next word after ASCII white space is one of `words` (any
/// case), read strictly: any other byte between them (which the tokens
/// would see as a symbol) says no, so [`CueBlocks::has_cue`] stays a superset.
pub(super) fn followed_by_word(bytes: &[u8], words: &[&[u8]]) -> bool {
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
pub(super) fn skip_blank(bytes: &[u8]) -> &[u8] {
    let n = bytes
        .iter()
        .take_while(|b| b.is_ascii_whitespace() || !b.is_ascii())
        .count();
    &bytes[n..]
}

/// Whether the word "year" at `i` stands alone and follows "a", "per",
/// "each" or "every" (as in "15% a year"), generously read from the bytes.
pub(super) fn year_after_count_word(bytes: &[u8], i: usize) -> bool {
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

pub(super) fn starts_with_ignore_case(bytes: &[u8], prefix: &[u8]) -> bool {
    bytes
        .get(..prefix.len())
        .is_some_and(|b| b.eq_ignore_ascii_case(prefix))
}

/// "cent" preceded by "per" (with or without a space or hyphen).
pub(super) fn is_cent_at(bytes: &[u8], i: usize) -> bool {
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

pub(super) fn next_non_space(bytes: &[u8], mut i: usize) -> usize {
    while i < bytes.len() && bytes[i].is_ascii_whitespace() {
        i += 1;
    }
    i
}

pub(super) fn is_bullet(text: &str, i: usize) -> bool {
    let rest = &text[i..];
    // (With the bullets of Chinese, Japanese and Korean lists: ・, ●, ■,
    // ◆, ○, ▶; and arrows and ticks, as posts print them: →, ►, ➜, ➤, ▸,
    // ✓, ✔, ◦.)
    rest.starts_with([
        '•', '·', '*', '▪', '–', '・', '●', '■', '◆', '○', '▶', '→', '►', '➜', '➤', '▸', '✓', '✔',
        '◦',
    ]) || (rest.starts_with("- ") || rest.starts_with("-\t"))
}

/// Whether the punctuation at `i` ends a sentence: at the end of the
/// text, or before white space (the common "no", as in "1,729.5" or
/// "U.S.", is answered here, inline).
#[inline]
pub(super) fn ends_sentence(text: &str, i: usize) -> bool {
    match text.as_bytes().get(i + 1) {
        None => true,
        Some(b) if !b.is_ascii_whitespace() => false,
        Some(_) => ends_sentence_before_space(text, i),
    }
}

/// [`ends_sentence`] when white space follows the punctuation at `i`.
pub(super) fn ends_sentence_before_space(text: &str, i: usize) -> bool {
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
            // Korean ends a sentence with a full stop before hangul.
            c.is_uppercase() || matches!(c, '“' | '‘' | '•') || crate::value::vocab::is_cjk(c)
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
    // A word of seven bytes or more, or with a digit, is neither (but a
    // number's point split from its decimals is no stop); a word with
    // other letters goes the slow way.
    if stop == Stop::Digit {
        return !split_decimal(text, i);
    }
    if n >= 7 {
        return true;
    }
    if stop == Stop::Other {
        return ends_after_word(word_before(&text[..i]));
    }
    let key = (y | (LANES * 0x20)) & ((1 << (8 * n)) - 1);
    let single_capital = n == 1 && bytes[i - 1].is_ascii_uppercase();
    !(single_capital || is_abbreviation_key(key))
}

/// Whether the full stop at `i` is the point of a number that text
/// converted from print split with a space, between Chinese, Japanese or
/// Korean characters ("的2. 4亿辆", "为8. 4%"): digits right before it after
/// such a character, then one space, then digits up to such a character or
/// a percent sign. (Read
/// plainly: it is asked only of a full stop before a space and a digit.)
pub(super) fn split_decimal(text: &str, i: usize) -> bool {
    let bytes = text.as_bytes();
    let before = bytes[..i]
        .iter()
        .rev()
        .take_while(|b| b.is_ascii_digit())
        .count();
    if before == 0 || bytes.get(i + 1) != Some(&b' ') {
        return false;
    }
    let after = bytes[i + 2..]
        .iter()
        .take_while(|b| b.is_ascii_digit())
        .count();
    let cjk = |c: Option<char>| c.is_some_and(crate::value::vocab::is_cjk);
    let unit = |c: Option<char>| cjk(c) || matches!(c, Some('%' | '％'));
    after > 0
        && cjk(text[..i - before].chars().next_back())
        && unit(text[i + 2 + after..].chars().next())
}

/// The first position `p` from `from` on where `bytes[p] | 0x20 == first`
/// (for a letter `first`, the letter in either case), eight bytes at a
/// time: a lane equal to `first` after folding is zero after an exclusive
/// or, and the lowest zero lane of a `u64` is found exactly by the borrow
/// trick (lanes above it may be flagged falsely, and are not read). The
/// plain reading is `position` over the bytes, which a test compares.
pub(super) fn find_folded(bytes: &[u8], from: usize, first: u8) -> Option<usize> {
    let want = LANES * u64::from(first);
    let mut i = from;
    while let Some(eight) = bytes.get(i..).and_then(<[u8]>::first_chunk::<8>) {
        let x = (u64::from_le_bytes(*eight) | (LANES * 0x20)) ^ want;
        let zero = x.wrapping_sub(LANES) & !x & HIGH;
        if zero != 0 {
            return Some(i + (zero.trailing_zeros() / 8) as usize);
        }
        i += 8;
    }
    let i = i.min(bytes.len());
    bytes[i..]
        .iter()
        .position(|b| b | 0x20 == first)
        .map(|p| i + p)
}

/// A `u64` with one in each byte.
pub(super) const LANES: u64 = u64::from_le_bytes([1; 8]);

/// Of eight bytes (the first lowest), how many are ASCII letters before
/// any other byte (8 if all are), tested a lane at a time as in
/// [`ends_word`].
pub(super) fn ascii_letters(x: u64) -> usize {
    let letter = lanes_within((x & !HIGH) | (LANES * 0x20), b'a', b'z');
    let others = (!letter | x) & HIGH;
    (others.trailing_zeros() / 8) as usize
}

/// The high bit of every byte.
pub(super) const HIGH: u64 = LANES * 0x80;

/// The high bit of each lane of `v` from `lo` to `hi`, where every lane of
/// `v` is below 0x80 (so adding to a lane never carries into the next).
pub(super) fn lanes_within(v: u64, lo: u8, hi: u8) -> u64 {
    (v + LANES * u64::from(0x80 - lo)) & !(v + LANES * u64::from(0x7F - hi)) & HIGH
}

/// What ends a word read backward from a full stop.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Stop {
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
pub(super) fn ends_word(y: u64) -> (usize, Stop) {
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
pub(super) fn ends_after_word(word: &str) -> bool {
    !(is_single_capital(word) || is_abbreviation(word))
}

/// The word (letters, digits and full stops) at the end of `before`.
pub(super) fn word_before(before: &str) -> &str {
    let start = before
        .rfind(|c: char| !(c.is_alphanumeric() || c == '.'))
        .map_or(0, |p| {
            p + before[p..].chars().next().map_or(1, char::len_utf8)
        });
    &before[start..]
}

/// Whether a word is one capital letter.
pub(super) fn is_single_capital(word: &str) -> bool {
    let mut chars = word.chars();
    chars.next().is_some_and(char::is_uppercase) && chars.next().is_none()
}

// ---------------------------------------------------------------------------
// Parts: a long text read on several threads

/// The shortest part a text is cut into to be read on a thread of its own
/// ([`parts`]): at about 100 MB/s a part this long takes some 2.5 ms,
/// sixty times what starting and joining a thread cost on the 2-core CI
/// machine (about 40 µs, measured while it was busy).
pub(super) const MIN_PART: usize = 256 * 1024;

/// Parts a text is cut into for each thread that reads it, so that a
/// thread slowed by other work on the machine leaves more of them to the
/// others ([`each_part`]).
pub(super) const PARTS_PER_THREAD: usize = 4;

/// The threads to read a text of `len` bytes with, and the parts to cut it
/// into: `wanted` threads, or else as many as the machine has, and
/// [`PARTS_PER_THREAD`] parts each, but no more than one part per `min`
/// bytes (and no more threads than parts).
pub(super) fn threads_for(len: usize, wanted: Option<usize>, min: usize) -> (usize, usize) {
    let most = len / min.max(1);
    if most < 2 || wanted == Some(1) {
        return (1, 1);
    }
    let threads = wanted
        .unwrap_or_else(|| std::thread::available_parallelism().map_or(1, usize::from))
        .clamp(1, most);
    if threads == 1 {
        return (1, 1);
    }
    (threads, threads.saturating_mul(PARTS_PER_THREAD).min(most))
}

/// Cuts `text` into at most `n` parts of about equal length, in order,
/// joined end to start and covering it. Each part but the first starts
/// just after the last line break of a blank line (white space holding
/// two line breaks): there every sentence has ended and the sentence
/// splitter starts afresh, so the sentences of the parts, joined, are
/// those of the whole text (see `sentences::split_part`). Where no blank
/// line follows the place of a cut, the last part runs to the end.
pub(super) fn parts(text: &str, n: usize) -> Vec<Range<usize>> {
    let bytes = text.as_bytes();
    let mut starts = vec![0];
    let mut at = 0;
    for k in 1..n {
        at = at.max(bytes.len() / n * k);
        // The first blank line from `at`.
        let cut = loop {
            let Some(i) = bytes
                .get(at..)
                .and_then(|rest| rest.iter().position(|&b| b == b'\n'))
            else {
                break None;
            };
            let i = at + i;
            let next = next_non_space(bytes, i + 1);
            at = next;
            if let Some(last) = bytes[i + 1..next].iter().rposition(|&b| b == b'\n') {
                break Some(i + 1 + last + 1);
            }
        };
        match cut {
            Some(cut) if cut < bytes.len() => starts.push(cut),
            _ => break,
        }
    }
    starts.push(bytes.len());
    starts.windows(2).map(|w| w[0]..w[1]).collect()
}

/// `f` of each part, in order, worked out on `threads` threads (the
/// calling thread among them): each takes the next part not yet taken
/// until none is left, so a thread slowed by other work takes fewer. A
/// thread that cannot be started leaves its share to the others. The
/// results are those of calling `f` on each part in turn. A panic in `f`
/// is passed on.
pub(super) fn each_part<T: Send>(
    parts: &[Range<usize>],
    threads: usize,
    f: impl Fn(Range<usize>) -> T + Sync,
) -> Vec<T> {
    if threads <= 1 || parts.len() <= 1 {
        return parts.iter().cloned().map(f).collect();
    }
    let next = std::sync::atomic::AtomicUsize::new(0);
    let work = || {
        let mut done = Vec::new();
        loop {
            let k = next.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
            let Some(part) = parts.get(k) else {
                break done;
            };
            done.push((k, f(part.clone())));
        }
    };
    std::thread::scope(|scope| {
        let helpers: Vec<_> = (1..threads.min(parts.len()))
            .filter_map(|_| std::thread::Builder::new().spawn_scoped(scope, work).ok())
            .collect();
        let mut done = work();
        for helper in helpers {
            let theirs = helper
                .join()
                .unwrap_or_else(|panic| std::panic::resume_unwind(panic));
            done.extend(theirs);
        }
        done.sort_unstable_by_key(|&(k, _)| k);
        done.into_iter().map(|(_, t)| t).collect()
    })
}

#[cfg(test)]
pub(super) mod tests {
    use super::*;

    /// Parts are worked out in order, on any number of threads, however
    /// few parts there are.
    #[test]
    fn each_part_keeps_the_order() {
        let parts: Vec<Range<usize>> = (0..13).map(|k| k * 10..k * 10 + 10).collect();
        for threads in [1, 2, 3, 13, 40] {
            for n in [0, 1, 2, 13] {
                let got = each_part(&parts[..n], threads, |r| r.start / 10);
                assert_eq!(
                    got,
                    (0..n).collect::<Vec<_>>(),
                    "{threads} threads, {n} parts"
                );
            }
        }
    }

    /// Random texts over the bytes the block scanners look for (the
    /// letters of every rate and cue word, `%`, sentence ends, white space
    /// and multi-byte characters) and the words around a compound annual
    /// rate, so that near misses are frequent.
    pub(in crate::extract) fn texts() -> impl Iterator<Item = String> {
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
            "\t",
            "\r\n",
            "\u{b}",
            ".",
            "!",
            "?",
            "！",
            "？",
            "；",
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
            " p.a.",
            "annuelle",
            " annual composite",
            "％",
            "年",
            "年均",
            "复合",
            "年复合增长率",
            "年平均成長率",
            "複合",
            "復(fù)合增長率",
            "연평균",
            "매해",
            "同比",
            "，",
            "亿元",
            "12.5%",
        ];
        let mut next = crate::testing::xorshift(0x9E37_79B9_7F4A_7C15_u64);
        (0..6000).map(move |_| {
            let len = next() % 120;
            (0..len)
                .map(|_| PIECES[(next() % PIECES.len() as u64) as usize])
                .collect()
        })
    }

    #[test]
    pub(super) fn block_scans_agree_with_reading_every_byte() {
        // Texts, and some longer than a few spans of `CueBlocks::of`.
        let all: Vec<String> = texts().collect();
        let long = all.chunks(16).take(100).map(|texts| texts.join(" "));
        for text in all.iter().cloned().chain(long) {
            let bytes = text.as_bytes();
            // Sentence ends: every byte where one may be, and no end at a
            // full stop, `!` or `?` left out.
            let after = |k: usize| bytes.get(k + 1).copied().unwrap_or(0);
            let slow: Vec<usize> = (0..bytes.len())
                .filter(|&k| may_end(bytes[k], after(k)))
                .collect();
            assert_eq!(Ends::of(bytes).collect::<Vec<_>>(), slow, "{text:?}");
            for k in (0..bytes.len()).filter(|&k| b".!?".contains(&bytes[k])) {
                if !may_end(bytes[k], after(k)) {
                    assert!(!ends_sentence(&text, k), "{text:?} at {k}");
                }
            }
            // A part of the text: its ends are the text's there, and the
            // words of its spans, joined with the rest's, the text's.
            let cut = |k: usize| (k * 7 + 3) % (bytes.len() + 1);
            let (a, b) = (cut(1).min(cut(2)), cut(1).max(cut(2)));
            assert_eq!(
                Ends::within(bytes, a..b).collect::<Vec<_>>(),
                slow.iter()
                    .copied()
                    .filter(|k| (a..b).contains(k))
                    .collect::<Vec<_>>(),
                "{text:?} {a}..{b}"
            );
            let joined = [0..a, a..b, b..bytes.len()]
                .into_iter()
                .flat_map(|r| CueBlocks::spans(bytes, r));
            assert!(joined.eq(CueBlocks::of(bytes).bits), "{text:?} {a}..{b}");
            // The parts of a text tile it.
            for n in 2..6 {
                let parts = parts(&text, n);
                assert_eq!(parts.first().map(|p| p.start), Some(0), "{text:?}");
                assert!(parts
                    .windows(2)
                    .all(|w| w[0].end == w[1].start && w[0].start < w[0].end));
                assert_eq!(parts.last().map(|p| p.end), Some(bytes.len()), "{text:?}");
            }
            // The blocks that may hold a piece of a cue word, and the bytes
            // where one may start.
            let at = |k: usize| bytes.get(k).copied().unwrap_or(0);
            let cues = CueBlocks::of(bytes);
            for b in 0..cues.bits.len() * 64 {
                let slow = (b * BLOCK..(b + 1) * BLOCK)
                    .filter(|&p| p < bytes.len())
                    .any(|p| cue_trigram(at(p), at(p + 1), at(p + 2)));
                let fast = cues.bits[b / 64] >> (b % 64) & 1 == 1;
                assert_eq!(fast, slow, "{text:?} block {b}");
            }
            assert_eq!(cues.bits.len(), bytes.len().div_ceil(SPAN), "{text:?}");
            for k in 0..=bytes.len() {
                let slow = (0..STARTS)
                    .filter(|&q| may_start_cue(at(k + q), at(k + q + 1)))
                    .fold(0, |m, q| m | 1 << q);
                assert_eq!(cue_starts(bytes, k), slow, "{text:?} from {k}");
            }
            // Cue words, in the whole text and sentence by sentence (whose
            // blocks are tested across their ends).
            let slow = (0..bytes.len()).any(|i| cue_at(bytes, i));
            assert_eq!(cues.has_cue(bytes, 0..bytes.len()), slow, "{text:?}");
        }
    }

    /// Every Chinese, Japanese and Korean cue word starts with a byte the
    /// cue-block reader reads from, and every English cue phrase with a
    /// letter `rates::cue_phrase_at` does not rule out.
    #[test]
    fn the_prefilters_know_every_cue_word() {
        for w in crate::value::vocab::CJK_CAGR_WORDS {
            assert!(CJK_CUE_LEADS.contains(&w.as_bytes()[0]), "{w}");
            let bytes = w.as_bytes();
            assert!(cue_at(bytes, 0), "{w} is not read where it starts");
        }
        for w in crate::value::vocab::CAGR_WORDS {
            let first = w.as_bytes()[0] | 0x20;
            assert!(matches!(first, b'a' | b'c' | b'p' | b'j'), "{w}");
            // And the byte reader finds a cue in the phrase, however it
            // goes on ("annual decline rate of 5%").
            let sentence = format!("{w} rate of 5%");
            let bytes = sentence.as_bytes();
            assert!((0..bytes.len()).any(|i| cue_at(bytes, i)), "{w}");
        }
    }

    /// The lane tests of eight bytes agree with reading them one by one,
    /// for bytes around every edge of the ranges they test.
    #[test]
    pub(super) fn lane_tests_agree_with_reading_each_byte() {
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

    /// The first byte equal to a letter in either case, found eight bytes
    /// at a time, is the one a byte-by-byte search finds, from every start.
    #[test]
    fn folded_search_agrees_with_reading_each_byte() {
        const BYTES: &[u8] = b"aAbB@`{[ \x80\xe1\xc1zZ";
        let mut next = crate::testing::xorshift(0x1234_5678_9ABC_DEF1);
        for _ in 0..20_000 {
            let state = next();
            let n = (state % 40) as usize;
            let bytes: Vec<u8> = (0..n)
                .map(|k| BYTES[(next() >> (k % 7)) as usize % BYTES.len()])
                .collect();
            for first in [b'a', b'b', b'z', b'`', b'@' | 0x20] {
                for from in 0..=n {
                    let plain = bytes[from..]
                        .iter()
                        .position(|b| b | 0x20 == first)
                        .map(|p| from + p);
                    assert_eq!(find_folded(&bytes, from, first), plain, "{bytes:?} {from}");
                }
            }
        }
    }

    /// The full stop after a word ends a sentence (before a capital) unless
    /// the word is an abbreviation or a single capital, as read from the
    /// whole word, whatever its letters; the fast reading of ASCII words
    /// from the bytes must agree.
    #[test]
    pub(super) fn full_stops_after_words_agree_with_reading_the_whole_word() {
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
