//! Tokens: numbers, words and symbols, with their byte offsets.

use core::ops::Range;

use super::scan::ascii_letters;

/// What a token is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Kind {
    /// Digits (ASCII or full width) with inner `,` and `.`, or in
    /// thousands grouped by spaces ("1 200").
    Num,
    /// A run of letters of an alphabet.
    Word,
    /// One Chinese character, kana or hangul syllable: words in these
    /// scripts are read from the text character by character.
    Cjk,
    /// Any other single character.
    Sym,
}

#[derive(Debug, Clone, Copy)]
pub(super) struct Tok<'a> {
    pub(super) kind: Kind,
    pub(super) text: &'a str,
    pub(super) start: usize,
    pub(super) end: usize,
}

impl Tok<'_> {
    #[inline]
    pub(super) fn is_word(&self, w: &str) -> bool {
        self.kind == Kind::Word && self.text.eq_ignore_ascii_case(w)
    }

    #[inline]
    pub(super) fn is_sym(&self, s: &str) -> bool {
        self.kind == Kind::Sym && self.text == s
    }

    #[inline]
    pub(super) fn is_dash(&self) -> bool {
        self.kind == Kind::Sym && matches!(self.text, "-" | "–" | "—" | "‒" | "－")
    }

    /// `%` or the full-width `％`.
    #[inline]
    pub(super) fn is_percent(&self) -> bool {
        self.kind == Kind::Sym && matches!(self.text, "%" | "％")
    }

    /// A Chinese, Japanese or Korean character.
    #[inline]
    pub(super) fn is_cjk(&self) -> bool {
        self.kind == Kind::Cjk
    }
}

/// Whether a character is a full-width digit (`０` to `９`).
fn full_width_digit(c: char) -> bool {
    ('０'..='９').contains(&c)
}

/// Splits a sentence into numbers (ASCII or full-width digits with inner
/// `,` and `.`), words (letters), Chinese, Japanese and Korean characters
/// (one a token) and single-character symbols; offsets are absolute.
pub(super) fn tokenize<'t>(toks: &mut Vec<Tok<'t>>, text: &'t str, range: Range<usize>) {
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
            let kind = if crate::value::vocab::is_cjk(c) {
                Kind::Cjk
            } else if full_width_digit(c) {
                Kind::Num
            } else if c.is_alphabetic() {
                Kind::Word
            } else {
                Kind::Sym
            };
            (kind, len)
        };
        let mut end = i + len;
        match kind {
            Kind::Num => {
                let digit_at = |k: usize| match bytes.get(k) {
                    Some(b) if b.is_ascii_digit() => 1,
                    // A full-width digit: EF BC 90 to EF BC 99.
                    Some(0xEF)
                        if bytes.get(k + 1) == Some(&0xBC)
                            && bytes.get(k + 2).is_some_and(|b| (0x90..=0x99).contains(b)) =>
                    {
                        3
                    }
                    _ => 0,
                };
                // Where the number's last group of digits starts.
                let mut group = i;
                while end < bytes.len() {
                    let b = bytes[end];
                    let d = digit_at(end);
                    if d > 0 {
                        end += d;
                    } else if let Some(next) = space_group(s, group, end) {
                        group = next - 3;
                        end = next;
                    } else if (b == b',' || b == b'.') && digit_at(end + 1) > 0 {
                        end += 1;
                    } else if bytes[end..].starts_with("，".as_bytes())
                        && (0..3).all(|k| bytes.get(end + 3 + k).is_some_and(u8::is_ascii_digit))
                        && !bytes.get(end + 6).is_some_and(u8::is_ascii_digit)
                    {
                        // "4，800": a full-width comma between groups of three.
                        end += 3;
                    } else {
                        break;
                    }
                }
                // "从2006年的50 0 0万辆增长到2 0 1 8年的2. 4亿辆": digits that
                // text converted from print split with single spaces, after
                // a Chinese, Japanese or Korean character and before one
                // (or a percent sign).
                let cjk_before = || {
                    toks.last()
                        .is_some_and(|p| p.kind == Kind::Cjk && p.end == base + i)
                };
                if matches!(bytes.get(end), Some(b' ' | b'.')) && cjk_before() {
                    if let Some(run) = spaced(s, end) {
                        end = run;
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
                        if !d.is_alphabetic() || crate::value::vocab::is_cjk(d) {
                            break;
                        }
                        end += len;
                    }
                }
            }
            Kind::Sym | Kind::Cjk => {}
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

/// Digits grouped in thousands by spaces, as French, Nordic and SI style
/// print them ("1 200 million", "2 312,27", with a space, a no-break space,
/// a thin space or a narrow no-break space): where the number's last group,
/// from byte `group` to `end` of `s`, is one to three ASCII digits (the
/// groups before it were joined this way, so are threes) and a space and
/// exactly three digits follow, the end of those digits. "2020 150 firms"
/// and "5 10" are two numbers.
fn space_group(s: &str, group: usize, end: usize) -> Option<usize> {
    let last = s.get(group..end)?;
    if !(1..=3).contains(&last.len()) || !last.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let rest = s.get(end..)?;
    let gap = [" ", "\u{a0}", "\u{2009}", "\u{202f}"]
        .into_iter()
        .find(|g| rest.starts_with(g))?
        .len();
    let digits = rest.as_bytes().get(gap..)?;
    let three = digits.len() >= 3
        && digits[..3].iter().all(u8::is_ascii_digit)
        && !digits.get(3).is_some_and(u8::is_ascii_digit);
    three.then_some(end + gap + 3)
}

/// The end of a run of digits split by single spaces that starts at byte
/// `at` of `s` (a space right after a number, "50 0 0万" or "2. 4亿") and
/// ends right before a Chinese, Japanese or Korean character or a percent
/// sign; `None` where
/// the run ends otherwise. Inside the run a point may stand before a space.
fn spaced(s: &str, at: usize) -> Option<usize> {
    let bytes = s.as_bytes();
    let mut k = at;
    loop {
        // A single space (after an optional point), then digits.
        if bytes.get(k) == Some(&b'.') {
            k += 1;
        }
        if bytes.get(k) != Some(&b' ') || !bytes.get(k + 1).is_some_and(u8::is_ascii_digit) {
            break;
        }
        k += 1;
        while bytes.get(k).is_some_and(u8::is_ascii_digit)
            || (bytes.get(k) == Some(&b'.') && bytes.get(k + 1).is_some_and(u8::is_ascii_digit))
        {
            k += 1;
        }
    }
    let next = s.get(k..)?.chars().next()?;
    let unit = crate::value::vocab::is_cjk(next) || matches!(next, '%' | '％');
    (k > at && unit).then_some(k)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The numbers of a text, as tokens.
    fn numbers(text: &str) -> Vec<&str> {
        let mut toks = Vec::new();
        tokenize(&mut toks, text, 0..text.len());
        toks.iter()
            .filter(|t| t.kind == Kind::Num)
            .map(|t| t.text)
            .collect()
    }

    /// Thousands grouped by spaces are one number; other numbers side by
    /// side stay two.
    #[test]
    fn space_grouped_thousands() {
        let table: [(&str, &[&str]); 8] = [
            ("EUR 1 200 million", &["1 200"]),
            ("2 312,27 millions", &["2 312,27"]),
            ("12 500 000 units", &["12 500 000"]),
            (
                "1\u{a0}200 and 3\u{202f}400",
                &["1\u{a0}200", "3\u{202f}400"],
            ),
            ("in 2020 150 firms", &["2020", "150"]),
            ("5 10 15", &["5", "10", "15"]),
            ("1 2000", &["1", "2000"]),
            ("1 200 30", &["1 200", "30"]),
        ];
        for (text, want) in table {
            assert_eq!(numbers(text), want, "{text}");
        }
    }
}
