//! Tokens: numbers, words and symbols, with their byte offsets.

use core::ops::Range;

use super::scan::ascii_letters;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Kind {
    Num,
    Word,
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
    pub(super) fn is_word(&self, w: &str) -> bool {
        self.kind == Kind::Word && self.text.eq_ignore_ascii_case(w)
    }

    pub(super) fn is_sym(&self, s: &str) -> bool {
        self.kind == Kind::Sym && self.text == s
    }

    pub(super) fn is_dash(&self) -> bool {
        self.kind == Kind::Sym && matches!(self.text, "-" | "–" | "—" | "‒")
    }
}

/// Splits a sentence into numbers (digits with inner `,` and `.`), words
/// (letters) and single-character symbols; offsets are absolute.
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
