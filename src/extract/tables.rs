//! Tables: rows of cells between `|`, a header of years and a CAGR column
//! (or row).
//!
//! Broker notes and data sites print growth as a table: a header row of
//! years (`2019`, `FY20`, `FY25E`, `31/03/23`, `Mar-23`) with a column headed
//! `CAGR`, then one row a series, its label first ("Net Sales | 4,183.9 |
//! … | 16.4"). Such a row is a claim: the rate from the CAGR column (a
//! bare number there is a percentage, the header says so), and the values
//! at the ends of the column's period:
//! - the period in the header, `CAGR (FY23-25E)`, `CAGR 2019-24`;
//! - else, for `N year CAGR`, the N years ending at the nearest year column
//!   to its left;
//! - else the first and the last year of the header.
//!
//! A table may instead give its CAGR as a row under a head of years
//! ("| CAGR (2024-2030) | 9.0% |"): the rate is that of the one row of
//! levels at both ends of its period (a row of percentages, "YoY", is no
//! such row); where there are several, the table does not say whose rate
//! it is, and gives no claim. So may the line right under a table (or
//! after one blank line: "CAGR 2019-2023: 8.9%", "※ 매출액 연평균
//! 성장률(2021~2024): 13.7%"): with several rows of levels, the rate is that
//! of the row its label names. Each piece of that line between `;` is such
//! a label and rate ("Revenue CAGR FY22-FY26E: 9.4%; EBIT CAGR over the
//! same period: 15.7%": "the same period" is the piece's before); with
//! several pieces, each must name its row. Heads may be in Chinese, Japanese or Korean
//! (`2023年`, `2028년(전망)`, `연평균 성장률`, `CAGR（2024-2030年）`).
//!
//! A period whose years the table lacks ("5 year CAGR (FY18-23)" over
//! FY20 to FY25E) gives the rate alone, which the checker cannot verify. A
//! value that is not a number (`-`, `NA`, a negative in brackets) is no
//! level. The values are read as printed, with their precision, and share
//! the row's unit, whatever it is: the ratio of the two is what the rate
//! is checked against. A header whose first cell is already a year (a
//! table with no label column head) is aligned with the rows' cells after
//! their label.

use core::ops::Range;

use super::{Claim, Spans};
use crate::{Amount, Figure, Forecast, Period, Rate, Source, Stated, When};

/// One cell: its text, trimmed, and its byte range in the text.
#[derive(Debug, Clone)]
struct Cell<'t> {
    text: &'t str,
    span: Range<usize>,
}

/// The cells of a line between `|`, without the empty ones at either end
/// of a `| a | b |` line.
fn cells(text: &str, line: Range<usize>) -> Vec<Cell<'_>> {
    let mut out = Vec::new();
    let mut start = line.start;
    for (i, b) in text[line.clone()].bytes().enumerate() {
        if b == b'|' {
            out.push(cell(text, start..line.start + i));
            start = line.start + i + 1;
        }
    }
    out.push(cell(text, start..line.end));
    while out.first().is_some_and(|c| c.text.is_empty()) {
        out.remove(0);
    }
    while out.last().is_some_and(|c| c.text.is_empty()) {
        out.pop();
    }
    out
}

fn cell(text: &str, raw: Range<usize>) -> Cell<'_> {
    let s = &text[raw.clone()];
    let lead = s.len() - s.trim_start().len();
    let t = s.trim();
    let start = raw.start + lead;
    Cell {
        text: t,
        span: start..start + t.len(),
    }
}

/// Whether a row only draws the table (`---|:--:|`).
fn is_rule(cells: &[Cell<'_>]) -> bool {
    cells.iter().all(|c| {
        c.text
            .bytes()
            .all(|b| matches!(b, b'-' | b':' | b'=' | b' '))
    })
}

/// Two or four digits of a year, `23` being 2023 (a century before 70).
fn year_digits(d: &str) -> Option<i64> {
    if !d.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let y: i64 = d.parse().ok()?;
    match d.len() {
        2 => Some(if y < 70 { 2000 + y } else { 1900 + y }),
        4 if (1900..=2199).contains(&y) => Some(y),
        _ => None,
    }
}

const MONTHS: [&str; 12] = [
    "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
];

/// The year a column head names: `2019`, `2025E`, `FY20`, `FY 2025F`,
/// `CY23`, `31/03/23`, `2023-03-31`, `Mar-23`, `Mar 2023`, `2023年`,
/// `2023년`. A trailing `E`, `F`, `P` or `A` (estimate, forecast, projected,
/// actual) is allowed, and so is a note in brackets after the year
/// (`2028 (forecast)`, `2030年（予測）`).
fn head_year(text: &str) -> Option<i64> {
    // A note after the year ("2028 (forecast)", "2030年（予測）",
    // "2028년(전망)") and the year word of Chinese, Japanese and Korean
    // ("2023年", "2023년", "2024年度") are not part of it.
    let t = text.trim();
    let t = match t.find(['(', '（']) {
        Some(k) if k > 0 && t.ends_with([')', '）']) => t[..k].trim_end(),
        _ => t,
    };
    let t = t
        .strip_suffix("年度")
        .or_else(|| t.strip_suffix(['年', '년']))
        .map_or(t, str::trim_end);
    let t = t
        .strip_suffix(['E', 'F', 'P', 'A', 'e'])
        .map_or(t, str::trim_end);
    let lower = t.to_ascii_lowercase();
    if let Some(rest) = lower
        .strip_prefix("fy")
        .or_else(|| lower.strip_prefix("cy"))
    {
        return year_digits(rest.trim_start_matches([' ', '\'']));
    }
    if let Some(y) = year_digits(t).filter(|_| t.len() == 4) {
        return Some(y);
    }
    // Dates: day/month/year or year-month-day.
    let parts: Vec<&str> = t.split(['/', '.']).collect();
    if parts.len() == 3 && parts.iter().all(|p| !p.is_empty() && p.len() <= 4) {
        return year_digits(parts[2]);
    }
    let parts: Vec<&str> = t.split('-').collect();
    if parts.len() == 3 && parts[0].len() == 4 {
        return year_digits(parts[0]).filter(|_| parts[1..].iter().all(|p| p.len() == 2));
    }
    // A month and a year.
    let month = MONTHS.iter().find(|m| lower.starts_with(**m))?;
    let rest = lower[month.len()..].trim_start_matches(|c: char| c.is_ascii_alphabetic());
    let rest = rest.trim_start_matches(['-', ' ', '\'']);
    year_digits(rest)
}

/// What a CAGR column head says of its period.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Covers {
    /// Between two years: `CAGR (FY23-25E)`.
    Years(i64, i64),
    /// N years: `5 year CAGR`, `3-yr CAGR`, `5Y CAGR`.
    Last(i64),
    /// Unsaid.
    All,
}

/// Whether a column (or row) head names a CAGR ("CAGR", "compound annual
/// growth", or a cue word of Chinese, Japanese or Korean: 年均复合增长率,
/// 年平均成長率, 연평균 성장률), and what period it covers.
fn cagr_head(text: &str) -> Option<Covers> {
    let lower = text.to_ascii_lowercase();
    let at = lower
        .find("cagr")
        .or_else(|| lower.find("compound annual growth"))
        .or_else(|| {
            crate::value::vocab::CJK_CAGR_WORDS
                .iter()
                .find_map(|w| lower.find(w))
        })?;
    // Two years joined by a dash or "to", anywhere in the head.
    let words: Vec<&str> = text
        .split(|c: char| {
            c.is_whitespace()
                || matches!(
                    c,
                    '(' | ')' | ',' | ':' | '（' | '）' | '：' | '，' | '年' | '년'
                )
        })
        .filter(|w| !w.is_empty())
        .collect();
    for (i, w) in words.iter().enumerate() {
        let pair = w
            .split_once(['-', '–', '—', '~', '～', '〜'])
            .filter(|(a, b)| !a.is_empty() && !b.is_empty())
            .or_else(|| {
                (words.get(i + 1) == Some(&"to"))
                    .then(|| words.get(i + 2).map(|b| (*w, *b)))
                    .flatten()
            });
        let Some((a, b)) = pair else { continue };
        let Some(from) = head_year(a) else { continue };
        let to = head_year(b).or_else(|| {
            // "2019-24", "FY18-23": the later year's last two digits.
            let d = b.trim_end_matches(['E', 'F', 'P', 'A', 'e']);
            (d.len() == 2).then(|| year_digits(d)).flatten()
        });
        if let Some(to) = to {
            let to = if to < from && to % 100 >= from % 100 {
                from - from % 100 + to % 100
            } else {
                to
            };
            if to > from {
                return Some(Covers::Years(from, to));
            }
        }
    }
    // "5 year", "5-year", "3 yr", "5Y" before the word CAGR.
    let before = lower[..at].trim_end();
    let before = before
        .strip_suffix("years")
        .or_else(|| before.strip_suffix("year"))
        .or_else(|| before.strip_suffix("yrs"))
        .or_else(|| before.strip_suffix("yr"))
        .or_else(|| before.strip_suffix('y'))
        .map(|s| s.trim_end_matches(['-', ' ']));
    if let Some(n) = before.and_then(|s| {
        let digits = s.rsplit(|c: char| !c.is_ascii_digit()).next()?;
        digits.parse::<i64>().ok()
    }) {
        if (1..=100).contains(&n) {
            return Some(Covers::Last(n));
        }
    }
    Some(Covers::All)
}

/// A value cell as a level: a positive amount with valid grouping, as
/// printed (`4,183.9`, `$1.2bn`); not a percentage.
fn level(cell: &Cell<'_>) -> Option<Stated<Amount>> {
    let t = cell.text;
    if t.contains(['%', '％']) {
        return None;
    }
    t.parse().ok()
}

/// A CAGR cell as a rate: `16.4`, `16.4%`, `-3.2%`, `−3.2`.
fn rate(cell: &Cell<'_>) -> Option<Stated<Rate>> {
    let t = cell.text.replace('−', "-");
    let t = t.trim_end_matches('%').trim_end();
    if t.is_empty()
        || !t
            .trim_start_matches('-')
            .starts_with(|c: char| c.is_ascii_digit())
    {
        return None;
    }
    format!("{t}%").parse().ok()
}

/// Every claim of the tables in `text`, in order.
pub(super) fn claims(text: &str) -> Vec<Claim> {
    let mut out = Vec::new();
    if !text.contains('|') {
        return out;
    }
    // Blocks of consecutive lines with at least two bars each.
    let mut block: Vec<Range<usize>> = Vec::new();
    let mut blank = false;
    let mut start = 0;
    for end in text
        .bytes()
        .enumerate()
        .filter_map(|(i, b)| (b == b'\n').then_some(i))
        .chain([text.len()])
    {
        let line = start..end;
        start = end + 1;
        if text[line.clone()].bytes().filter(|&b| b == b'|').count() >= 2 {
            // (A table after a blank line is another table.)
            if blank {
                read_block(text, &block, None, &mut out);
                block.clear();
                blank = false;
            }
            block.push(line);
        } else if !block.is_empty() && text[line.clone()].trim().is_empty() && !blank {
            // One blank line may stand between a table and its rate line.
            blank = true;
        } else if !block.is_empty() {
            read_block(text, &block, Some(line), &mut out);
            block.clear();
            blank = false;
        }
    }
    if !block.is_empty() {
        read_block(text, &block, None, &mut out);
    }
    out
}

/// The claims of one block of table lines, and of the line right after it
/// (`below`), which may give the CAGR of the block's last table.
fn read_block(
    text: &str,
    lines: &[Range<usize>],
    below: Option<Range<usize>>,
    out: &mut Vec<Claim>,
) {
    let rows: Vec<(Range<usize>, Vec<Cell<'_>>)> = lines
        .iter()
        .map(|l| (l.clone(), cells(text, l.clone())))
        .filter(|(_, c)| !c.is_empty() && !is_rule(c))
        .collect();
    let mut h = 0;
    while h < rows.len() {
        let head = &rows[h].1;
        let years: Vec<Option<i64>> = head.iter().map(|c| head_year(c.text)).collect();
        let rates: Vec<(usize, Covers)> = head
            .iter()
            .enumerate()
            .filter_map(|(i, c)| cagr_head(c.text).map(|v| (i, v)))
            .collect();
        if years.iter().flatten().count() < 2 {
            h += 1;
            continue;
        }
        if rates.is_empty() {
            h = rate_row(text, &rows, h, &years, below.clone(), out).unwrap_or(h + 1);
            continue;
        }
        // A head that starts with a year has no cell over the labels.
        let shift = usize::from(years[0].is_some());
        let mut r = h + 1;
        while r < rows.len() {
            let (line, row) = &rows[r];
            // The next head ends this table.
            if row.iter().any(|c| cagr_head(c.text).is_some()) {
                break;
            }
            r += 1;
            if row
                .first()
                .is_none_or(|c| level(c).is_some() || rate(c).is_some())
            {
                continue; // no label
            }
            for &(col, covers) in &rates {
                let Some(rate_cell) = row.get(col + shift) else {
                    continue;
                };
                let Some(stated) = rate(rate_cell) else {
                    continue;
                };
                // "N-yr CAGR": the N years ending at the nearest year to
                // the column's left.
                let left = years[..col].iter().rev().flatten().next().copied();
                let Some((from, to)) = covered(covers, years.as_slice(), left) else {
                    continue;
                };
                let figure = |year| placed(row, &years, shift, year);
                let ends = (figure(from), figure(to));
                let passage = rows[h].0.start..line.end;
                let rate = (stated, rate_cell.span.clone());
                let period = (from, to, head[col].span.clone());
                out.push(claim(text, passage, rate, period, ends));
            }
        }
        h = r;
    }
}

/// A figure of a table and the span of its cell.
type Placed = Option<(Figure, Range<usize>)>;

/// The years a CAGR head covers, over a head of `years`: its own two, or
/// the N years ending at `last`, or the head's first to last year.
fn covered(covers: Covers, years: &[Option<i64>], last: Option<i64>) -> Option<(i64, i64)> {
    let all = || years.iter().flatten().copied();
    match covers {
        Covers::Years(a, b) => Some((a, b)),
        Covers::Last(n) => last.map(|end| (end - n, end)),
        Covers::All => Some((all().min()?, all().max()?)),
    }
}

/// The level of a row in the column of `year` (the row's cells after its
/// label are `shift` to the right of the head's), as a figure of that year.
fn placed(row: &[Cell<'_>], years: &[Option<i64>], shift: usize, year: i64) -> Placed {
    let column = years.iter().position(|&y| y == Some(year))?;
    let cell = row.get(column + shift)?;
    let amount = level(cell)?;
    Some((
        Figure::new(amount, When::year(i32::try_from(year).ok()?).ok()?),
        cell.span.clone(),
    ))
}

/// The claim of a table: its passage, its rate and the rate's cell, its
/// period and the span that names it, and its ends.
fn claim(
    text: &str,
    passage: Range<usize>,
    (stated, rate_span): (Stated<Rate>, Range<usize>),
    (from, to, period_span): (i64, i64, Range<usize>),
    (base, target): (Placed, Placed),
) -> Claim {
    let forecast = Forecast {
        baseline: base.as_ref().map(|b| b.0),
        target: target.as_ref().map(|t| t.0),
        rate: Some(stated),
        period: i32::try_from(from)
            .ok()
            .zip(i32::try_from(to).ok())
            .and_then(|(from, to)| Period::new(from, to).ok()),
        source: Some(Source {
            quote: Some(text[passage.clone()].to_owned()),
            ..Source::default()
        }),
        alternatives: Vec::new(),
    };
    Claim {
        forecast,
        passage,
        spans: Spans {
            baseline: base.map(|b| b.1),
            target: target.map(|t| t.1),
            rate: Some(rate_span),
            period: Some(period_span),
        },
        set_aside: None,
    }
}

/// A table whose CAGR is a row, not a column ("| CAGR (2024-2030) | 9.0% |"
/// under a head of years): the claim of the one row of levels at both ends
/// of the rate's period (a row of percentages, "YoY", is none). With no
/// such row, or several (whose rate it is, the table does not say), or
/// more than one CAGR row, nothing: the sentence reading stands. The row
/// after the table's rows, or `None`.
fn rate_row(
    text: &str,
    rows: &[(Range<usize>, Vec<Cell<'_>>)],
    h: usize,
    years: &[Option<i64>],
    below: Option<Range<usize>>,
    out: &mut Vec<Claim>,
) -> Option<usize> {
    let shift = usize::from(years[0].is_some());
    // The table's rows: up to the next head of years.
    let end = (h + 1..rows.len())
        .find(|&r| {
            rows[r]
                .1
                .iter()
                .filter(|c| head_year(c.text).is_some())
                .count()
                >= 2
        })
        .unwrap_or(rows.len());
    let body = &rows[h + 1..end];
    let heads: Vec<(usize, Covers)> = body
        .iter()
        .enumerate()
        .filter_map(|(r, (_, row))| Some((r, cagr_head(row.first()?.text)?)))
        .collect();
    // The CAGR row, or else the line right below the last table ("CAGR
    // 2019-2023: 8.9%", "※ 매출액 연평균 성장률(2021~2024): 13.7%"), each of
    // its pieces between `;` ("Revenue CAGR FY22-FY26E: 9.4%; EBIT CAGR
    // over the same period: 15.7%"): a label, the rate's cell, its line and
    // its period ("the same period" is the piece's before).
    let rates: Vec<(Cell<'_>, Cell<'_>, Range<usize>, Covers)> = match heads.as_slice() {
        [(r, covers)] => {
            let (line, row) = &body[*r];
            let rate_cell = row[1..].iter().find(|c| rate(c).is_some())?;
            vec![(row[0].clone(), rate_cell.clone(), line.clone(), *covers)]
        }
        [] if end == rows.len() => {
            let line = below?;
            let mut pieces = Vec::new();
            let mut before: Option<Covers> = None;
            for piece in pieces_of(text, line.clone()) {
                let Some((label, value)) = label_and_value(text, piece) else {
                    continue;
                };
                let Some(mut covers) = cagr_head(label.text) else {
                    continue;
                };
                if covers == Covers::All && label.text.contains("same period") {
                    covers = before.unwrap_or(covers);
                }
                before = Some(covers);
                pieces.push((label, value, line.clone(), covers));
            }
            pieces
        }
        _ => return None,
    };
    let several = rates.len() > 1;
    let mut any = false;
    for (label, rate_cell, line, covers) in rates {
        let Some(stated) = rate(&rate_cell) else {
            continue;
        };
        // ("N-yr CAGR" as a row: the N years ending at the head's latest.)
        let latest = years.iter().flatten().copied().max();
        let Some((from, to)) = covered(covers, years, latest) else {
            continue;
        };
        let figure = |row: &[Cell<'_>], year| placed(row, years, shift, year);
        let levels: Vec<&(Range<usize>, Vec<Cell<'_>>)> = body
            .iter()
            .filter(|(_, row)| {
                row.first()
                    .is_some_and(|c| level(c).is_none() && cagr_head(c.text).is_none())
                    && figure(row, from).is_some()
                    && figure(row, to).is_some()
            })
            .collect();
        // With several, the one the rate's label names ("매출액 연평균
        // 성장률"); with several rates on the line, each must name its row.
        let named: Vec<&(Range<usize>, Vec<Cell<'_>>)> = levels
            .iter()
            .copied()
            .filter(|(_, row)| label.text.contains(row[0].text))
            .collect();
        let (values_line, values) = match (levels.as_slice(), named.as_slice()) {
            (_, [one]) => *one,
            ([one], _) if !several => *one,
            _ => continue,
        };
        let passage = rows[h].0.start..line.end.max(values_line.end);
        let ends = (figure(values, from), figure(values, to));
        let rate = (stated, rate_cell.span.clone());
        let period = (from, to, label.span.clone());
        out.push(claim(text, passage, rate, period, ends));
        any = true;
    }
    any.then_some(end)
}

/// The pieces of a line between `;` (or `；`), as byte ranges.
fn pieces_of(text: &str, line: Range<usize>) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let mut start = line.start;
    for (i, c) in text[line.clone()].char_indices() {
        if c == ';' || c == '；' {
            out.push(start..line.start + i);
            start = line.start + i + c.len_utf8();
        }
    }
    out.push(start..line.end);
    out
}

/// A line of a label and a value after its last colon ("CAGR 2019-2023:
/// 8.9%", "※ 매출액 연평균 성장률(2021~2024)：13.7%"), as two cells, the
/// value without a full stop after it.
fn label_and_value(text: &str, line: Range<usize>) -> Option<(Cell<'_>, Cell<'_>)> {
    let s = &text[line.clone()];
    let (at, colon) = [":", "："]
        .iter()
        .filter_map(|c| s.rfind(c).map(|i| (i, c.len())))
        .max()?;
    let label = cell(text, line.start..line.start + at);
    // (Without the line's full stop: "…: 15.7%.")
    let value = cell(text, line.start + at + colon..line.end);
    let stop = value.text.len() - value.text.trim_end_matches(['.', '。']).len();
    let value = cell(text, value.span.start..value.span.end - stop);
    Some((label, value))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn column_heads_name_years() {
        let table = [
            ("2019", Some(2019)),
            ("2025E", Some(2025)),
            ("FY20", Some(2020)),
            ("FY 2025F", Some(2025)),
            ("FY'24", Some(2024)),
            ("CY23", Some(2023)),
            ("31/03/23", Some(2023)),
            ("2023-03-31", Some(2023)),
            ("Mar-23", Some(2023)),
            ("March 2021", Some(2021)),
            ("2028 (forecast)", Some(2028)),
            ("2030年（予測）", Some(2030)),
            ("2028년(전망)", Some(2028)),
            ("2023年", Some(2023)),
            ("2024年度", Some(2024)),
            ("2023년", Some(2023)),
            ("(2023)", None),
            ("2023年の売上", None),
            ("Particulars", None),
            ("Revenue", None),
            ("12345", None),
            ("1,234", None),
            ("CAGR", None),
        ];
        for (text, want) in table {
            assert_eq!(head_year(text), want, "{text}");
        }
    }

    #[test]
    fn cagr_heads_name_their_period() {
        let table = [
            ("CAGR", Some(Covers::All)),
            ("CAGR (%)", Some(Covers::All)),
            ("2 year CAGR (FY23-25E)", Some(Covers::Years(2023, 2025))),
            ("5 year CAGR (FY18-23)", Some(Covers::Years(2018, 2023))),
            ("CAGR 2019-24", Some(Covers::Years(2019, 2024))),
            ("CAGR 2019 to 2024", Some(Covers::Years(2019, 2024))),
            ("3-yr CAGR", Some(Covers::Last(3))),
            ("5Y CAGR", Some(Covers::Last(5))),
            ("Compound annual growth", Some(Covers::All)),
            ("CAGR（2024-2030年）", Some(Covers::Years(2024, 2030))),
            ("2021-2024年CAGR", Some(Covers::Years(2021, 2024))),
            ("연평균 성장률", Some(Covers::All)),
            (
                "年平均成長率（2023～2028年）",
                Some(Covers::Years(2023, 2028)),
            ),
            ("年均复合增长率", Some(Covers::All)),
            ("前年比", None),
            ("Growth", None),
            ("YoY", None),
        ];
        for (text, want) in table {
            assert_eq!(cagr_head(text), want, "{text}");
        }
    }
}
