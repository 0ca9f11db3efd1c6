//! Sentences: where a text splits into the units figures are read from.

use core::ops::Range;

use super::scan::*;

// ---------------------------------------------------------------------------
// Sentences

#[derive(Debug, Clone, Copy)]
pub(super) struct Sentence {
    pub(super) start: usize,
    pub(super) end: usize,
    /// Starts a new line (so forward search stops before it).
    pub(super) new_line: bool,
}

/// The longest sentence read whole, in bytes: about five times the longest
/// of the real claims measured (under 400 bytes). Longer runs of text with
/// no sentence end (tables flattened into one line, text with its full
/// stops lost, adversarial input) are cut into pieces at most this long.
pub(super) const MAX_SENTENCE: usize = 2048;

/// Where to cut a sentence that starts at `start` and runs past
/// [`MAX_SENTENCE`]: after the last `;` or `,` (or else the last white
/// space) in the second half of the allowed length, or else at the last
/// character boundary within it.
fn cut_point(text: &str, start: usize) -> usize {
    let bytes = text.as_bytes();
    let hi = start + MAX_SENTENCE;
    let lo = start + MAX_SENTENCE / 2;
    let window = &bytes[lo..hi];
    let after = |p: Option<usize>| p.map(|k| lo + k + 1);
    after(window.iter().rposition(|&b| b == b';' || b == b','))
        .or_else(|| after(window.iter().rposition(u8::is_ascii_whitespace)))
        .unwrap_or_else(|| {
            (lo..=hi)
                .rev()
                .find(|&k| text.is_char_boundary(k))
                .unwrap_or(hi)
        })
}

/// Whether a line is a list line of a year's label and a bare number
/// ("2028年度：905", "- 2030: 1,240"): the label, after an optional bullet,
/// opens with a digit and is short, and only the number follows its colon.
fn value_line(line: &[u8]) -> bool {
    let Ok(line) = core::str::from_utf8(line) else {
        return false;
    };
    let line = line.trim().trim_start_matches(['-', '•', '*', '・', ' ']);
    let Some((label, value)) = line.rsplit_once([':', '：']) else {
        return false;
    };
    let value = value.trim();
    label.len() <= 16
        && label.starts_with(|c: char| c.is_ascii_digit())
        && !value.is_empty()
        && value
            .bytes()
            .all(|b| b.is_ascii_digit() || b == b',' || b == b'.')
}

/// Adds the sentence from `start` to `end` of `text` to `out`, unless it
/// is blank; a "sentence" longer than any written one is cut into pieces,
/// so that each claim's reading (and memory) stays bounded.
// Inlined: it is called for every sentence, and the call cost more than
// the common case's work.
#[inline(always)]
fn push(out: &mut Vec<Sentence>, text: &str, start: usize, end: usize, new_line: bool) {
    // Most sentences end in a printed ASCII byte (their full stop) and so
    // are not blank; empty ones (at a line break right after a full stop)
    // are skipped at once; the rest are trimmed as Unicode text.
    if start == end
        || (!text.as_bytes()[end - 1].is_ascii_graphic() && text[start..end].trim().is_empty())
    {
        return;
    }
    let mut start = start;
    let mut new_line = new_line;
    while end - start > MAX_SENTENCE {
        let cut = cut_point(text, start);
        out.push(Sentence {
            start,
            end: cut,
            new_line,
        });
        start = cut;
        new_line = false;
    }
    out.push(Sentence {
        start,
        end,
        new_line,
    });
}

/// Splits text into sentences: at `.`, `!` or `?` followed by a space and a
/// capital, digit, quote or bullet (or, as in Korean, a hangul syllable); at
/// `。`, `！`, `？` and `；`; at blank lines; and at line breaks followed by a
/// bullet (`•`, `·`, `*`, `▪`, `–`, `- `, and `・`, `●`, `■`, `◆`, `○`, `▶`;
/// arrows and ticks, `→`, `►`, `➜`, `➤`, `▸`, `✓`, `✔`, `◦`)
/// or after a line that ends a sentence. A line of a list or a table
/// is a unit too: a line break splits after a short line (under 80 bytes)
/// or a table row (with `|`) when the next line opens with a capital, a
/// digit or `|` (or, after a table row or a line of a year's label and a
/// bare number, "2028年度：905", a Chinese, Japanese or Korean character). Other single line breaks inside a sentence (as in text
/// copied from a newspaper column) do not split it. A sentence longer than
/// [`MAX_SENTENCE`] is cut into pieces ([`cut_point`]).
#[cfg(test)]
pub(super) fn split_sentences(text: &str) -> Vec<Sentence> {
    split_part(text, 0..text.len())
}

/// The sentences of `range` of `text`, a part that starts the text or
/// starts just after the last line break of a blank line (see
/// [`parts`](super::scan::parts)): there the splitter starts afresh, so
/// these are the sentences [`split_sentences`] finds in the part.
pub(super) fn split_part(text: &str, range: Range<usize>) -> Vec<Sentence> {
    split_at(text, range.clone(), Ends::within(text.as_bytes(), range))
}

/// [`split_part`], reading the bytes at `ends` only: positions in order,
/// among them every byte of `range` where a sentence may end (see
/// [`Ends`]); reading every byte gives the same sentences.
pub(super) fn split_at(
    text: &str,
    range: Range<usize>,
    ends: impl Iterator<Item = usize>,
) -> Vec<Sentence> {
    let bytes = text.as_bytes();
    let mut out = Vec::new();
    let mut start = range.start;
    let mut new_line = true;
    let mut run_end = 0;
    let mut line_start = range.start;
    for i in ends {
        match bytes[i] {
            // "。", "！", "？", "；" (three bytes each, starting 0xE3 or 0xEF;
            // the two after it are never ends).
            0xE3 | 0xEF if text[i..].starts_with(['。', '！', '？', '；']) => {
                let end = i + 3;
                push(&mut out, text, start, end, new_line);
                start = end;
                new_line = false;
            }
            b'.' | b'!' | b'?' if ends_sentence(text, i) => {
                push(&mut out, text, start, i + 1, new_line);
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
                let prev_end = text[start..i]
                    .trim_end()
                    .ends_with(['.', '!', '?', ':', '：']);
                // A list or table line: short, or a row with `|`, before a
                // line that opens with a capital, a digit or `|`.
                let line = &bytes[line_start.max(start)..i];
                let opens = bytes
                    .get(next)
                    .is_some_and(|b| b.is_ascii_uppercase() || b.is_ascii_digit() || *b == b'|');
                // (Chinese, Japanese and Korean have no capitals: a line
                // opening with one of their characters, lead bytes 0xE3 to
                // 0xED, ends a table row or a year's value line before it.)
                let cjk_opens = bytes.get(next).is_some_and(|b| (0xE3..=0xED).contains(b));
                let row = (opens && line.len() < 80)
                    || ((opens || cjk_opens) && (line.contains(&b'|') || value_line(line)));
                line_start = i + 1;
                if blank || bullet || prev_end || row || text[start..i].trim().is_empty() {
                    push(&mut out, text, start, i, new_line);
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
    }
    push(&mut out, text, start, range.end, new_line);
    out
}

#[cfg(test)]
mod tests {
    use super::{split_sentences, value_line};

    /// A line of a year's label and a bare number is one; prose, a label
    /// with words after its colon, or a long label is not.
    #[test]
    fn value_lines_are_a_label_and_a_number() {
        for yes in [
            "2028年度：905",
            "- 2030: 1,240",
            "• 2023年：1.25",
            "2024E: 88.0",
        ] {
            assert!(value_line(yes.as_bytes()), "{yes}");
        }
        for no in [
            "市场规模达到1200",
            "据统计：市场规模达到1200",
            "2024: revenue 88",
            "In the years since 2019 and 2020: 12",
            "2030：",
        ] {
            assert!(!value_line(no.as_bytes()), "{no}");
        }
    }

    /// Such a line, or a table row, ends before a line opening with a
    /// Chinese, Japanese or Korean character; a line of prose does not.
    #[test]
    fn value_lines_end_before_cjk_lines() {
        let texts = |t: &str| {
            split_sentences(t)
                .iter()
                .map(|s| t[s.start..s.end].to_owned())
                .collect::<Vec<_>>()
        };
        assert_eq!(
            texts("2028年度：905\n年平均成長率：17.2%"),
            ["2028年度：905", "年平均成長率：17.2%"]
        );
        assert_eq!(
            texts("| 2024E | 74.8 |\n我们预计增速为12.7%。"),
            ["| 2024E | 74.8 |", "我们预计增速为12.7%。"]
        );
        assert_eq!(texts("市场规模达到1200\n亿元。").len(), 1);
    }
}
