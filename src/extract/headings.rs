//! Headings that give a list's unit: "European heat pump market, sales
//! value (EUR bn)" above lines "2023: 13.8", "2030: 31.2"; "Battery demand
//! for EVs (GWh)" above table rows "2023 | 750".
//!
//! A **heading** is a line of its own (under 160 bytes) that ends with a
//! unit in brackets (or holds one before other words and ends with a
//! colon, as a list's introduction: "Shipments (million units), base
//! case:"): a currency (`$`, `US$`, `EUR`, `₹`, `yuan`, …), a
//! scale (`bn`, `million`, `thousands`, `'000`, `crore`, …), a physical
//! unit (`GWh`, `MW`, `tonnes`, …) or a count noun (`units`), alone or
//! together, after an optional "in" (`(in $ billion)`, `(USD million)`,
//! `(million units)`, `(thousands)`). Every word in the brackets must be
//! one of these; a bracket with anything else (`(2023)`, `(est.)`, `(see
//! note)`) is no unit. A line with no digit that ends with such words
//! after its last comma gives them as well, as statistical tables print
//! them ("LNG trade, million tonnes", "Wind capacity additions, GW").
//! So does a table's head whose first column after the labels ends with
//! one ("Year | Revenue (US$ bn) | YoY growth"), for that column. In
//! Chinese, Japanese and Korean the unit stands in full-width brackets,
//! often after 单位, 単位 or 단위 and a colon: a scale (万, 亿, 億, 만, 억, …)
//! and a currency (元, 円, 원, …) or a counter (台, 架, 人, 대, …), or either
//! alone ("表2 国内公共充电桩保有量（单位：万台）", "营业收入（亿元）"); a bare
//! "260" under it reads as 260万台, 2.60 million. A caption and a table's
//! head that run on as one sentence are read line by line, and a caption's
//! number is no line of its own ("Table 2. Heat pumps installed (units)"
//! is one heading). The words
//! before the bracket may name the numbers' measure ("Revenue", "营业收入"):
//! a line whose figures are read in the heading's unit and that names no
//! measure of its own measures that.
//!
//! The lines under it, up to [`LINES`] of them, each on a line of its own,
//! read a bare number that follows a year label and `:` or `|` ("2023:
//! 13.8", "FY27E: 1,800", "2026F: 292", "2035 | 4,100", "2023年度：410") as an amount in
//! the heading's unit (`amounts::headed_amount`), also before an aside in
//! brackets ("2023: 117 (+50%)"). A line that is not short (over 160
//! bytes) ends the list; so does a second heading.

use super::sentences::Sentence;
use crate::value::vocab;
use crate::{Currency, Scale};

/// The unit a heading gives the numbers of the lines under it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct Heading {
    pub(super) currency: Option<Currency>,
    pub(super) scale: Scale,
    pub(super) physical: Option<&'static str>,
    pub(super) count: bool,
    /// The power of ten of a Chinese, Japanese or Korean unit's scale (万:
    /// 4, 亿: 8; 0 with none), for a unit written in those scripts: the
    /// numbers are read as such amounts and printed as the crate prints
    /// them ("260" under "（单位：万台）" is 2.60 million).
    pub(super) cjk: Option<i32>,
    /// What the words before the bracket name the numbers as
    /// (`vocab::measure`, `vocab::CJK_MEASURES`): "Revenue (US$ bn)",
    /// "营业收入（亿元）".
    pub(super) measure: Option<&'static str>,
}

/// How many lines under a heading read its unit (as many as the list lines
/// a claim reads back, `assemble::LIST`).
pub(super) const LINES: usize = 12;

/// The longest line read as a heading or a list line, in bytes.
const LINE: usize = 160;

/// The heading whose unit sentence `s` reads, if it is a line under one.
pub(super) fn heading_of(sentences: &[Sentence], text: &str, s: usize) -> Option<Heading> {
    let line = |k: usize| {
        let Sentence {
            start,
            end,
            new_line,
        } = sentences[k];
        // (Or the rest of a line after a caption's number: "Table 2. Heat
        // pumps installed, Benelux (units)".)
        let after_caption = k > 0 && sentences[k - 1].new_line && {
            let Sentence { start, end, .. } = sentences[k - 1];
            caption_number(&text[start..end])
        };
        ((new_line || after_caption) && end - start <= LINE).then(|| &text[start..end])
    };
    line(s)?;
    (s.saturating_sub(LINES)..s)
        .rev()
        .map_while(line)
        .find_map(|l| {
            // (A caption and a table's head run on as one sentence where
            // the head opens with no capital: "…（单位：万台）\n年份 | 保有量";
            // each line is read, the last first.)
            l.lines().rev().find_map(|l| {
                unit_in_brackets(l)
                    .or_else(|| unit_after_comma(l))
                    .or_else(|| unit_of_column(l))
            })
        })
}

/// Whether a sentence is a caption's number alone: "Table 2.", "Figure
/// 3:", "Exhibit 4.", "Chart 1.", "Fig. 5.".
fn caption_number(sentence: &str) -> bool {
    let s = sentence.trim();
    let Some((word, rest)) = s.split_once(' ') else {
        return false;
    };
    let number = rest.trim_end_matches(['.', ':']);
    ["Table", "Figure", "Fig.", "Exhibit", "Chart"].contains(&word)
        && !number.is_empty()
        && number.len() <= 4
        && number
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'.')
        && number.bytes().next().is_some_and(|b| b.is_ascii_digit())
}

/// The unit of a table's head whose first column after the labels ends
/// with one in brackets: "Year | Revenue (US$ bn) | YoY growth", the unit
/// of the number after each row's year ("2023 | 19.3 | 4.9%").
pub(super) fn unit_of_column(line: &str) -> Option<Heading> {
    let mut cells = line.trim().trim_matches('|').split('|');
    cells.next()?;
    let cell = cells.next()?;
    cells.next()?;
    unit_in_brackets(cell)
}

/// The unit words after the last comma of a line with no digit: "LNG
/// trade, million tonnes", "Wind capacity additions, GW".
pub(super) fn unit_after_comma(line: &str) -> Option<Heading> {
    if line.bytes().any(|b| b.is_ascii_digit()) {
        return None;
    }
    let (_, unit) = line.trim_end().rsplit_once(',')?;
    unit_of(unit.trim())
}

/// The unit in brackets at the end of a line: "(EUR bn)", "(GWh)", "(in $
/// billion)", "(million units)".
pub(super) fn unit_in_brackets(line: &str) -> Option<Heading> {
    let line = line.trim_end();
    let intro = line.strip_suffix([':', '：']).map(str::trim_end);
    if let Some(inner) = intro.unwrap_or(line).strip_suffix(')') {
        let open = inner.rfind('(')?;
        let unit = inner[open + 1..].trim();
        return named(&inner[..open], unit_of(unit).or_else(|| cjk_unit_of(unit)));
    }
    // Full-width brackets, as Chinese, Japanese and Korean captions print
    // them: "表2 国内公共充电桩保有量（单位：万台）".
    if let Some(inner) = line.strip_suffix('）') {
        let open = inner.rfind('（')?;
        let unit = inner[open + '（'.len_utf8()..].trim();
        return named(&inner[..open], unit_of(unit).or_else(|| cjk_unit_of(unit)));
    }
    // A line that introduces a list (ending in a colon) with its unit in
    // brackets before other words: "Shipments (million units), base case:".
    let intro = intro?;
    intro.match_indices('(').find_map(|(open, _)| {
        let close = intro[open..].find(')')?;
        unit_of(intro[open + 1..open + close].trim())
    })
}

/// The unit of a heading's unit words (see the module docs), or `None`
/// where a word is no unit.
fn unit_of(inner: &str) -> Option<Heading> {
    let inner = inner.strip_prefix("in ").unwrap_or(inner);
    let mut heading = Heading {
        currency: None,
        scale: Scale::One,
        physical: None,
        count: false,
        cjk: None,
        measure: None,
    };
    let mut any = false;
    for word in words(inner) {
        if let Some(c) = vocab::currency(word) {
            heading.currency = Some(c);
        } else if let Some((scale, _)) = vocab::scale_word(word) {
            heading.scale = scale;
        } else if matches!(word, "'000" | "’000" | "000" | "000s" | "'000s") {
            // Thousands, as tables print them: "(’000 units)".
            heading.scale = Scale::Thousand;
        } else if let Some(&(_, unit)) = vocab::PHYSICAL_UNITS
            .iter()
            .find(|(w, _)| w.eq_ignore_ascii_case(word))
        {
            heading.physical = Some(unit);
        } else if vocab::COUNT_NOUNS
            .iter()
            .any(|w| w.eq_ignore_ascii_case(word))
        {
            heading.count = true;
        } else {
            return None;
        }
        any = true;
    }
    any.then_some(heading)
}

/// `heading` with the measure the words before its bracket name (the first
/// of them: "Revenue", "营业收入").
fn named(before: &str, heading: Option<Heading>) -> Option<Heading> {
    let mut heading = heading?;
    heading.measure = before.split(|c: char| !c.is_alphanumeric()).find_map(|w| {
        vocab::measure(w).or_else(|| {
            w.char_indices()
                .find_map(|(i, _)| vocab::cjk_measure(&w[i..]))
                .map(|(kind, _)| kind)
                .filter(|k| vocab::is_measure(k))
        })
    });
    Some(heading)
}

/// The unit of a bracket written in Chinese, Japanese or Korean: after an
/// optional 单位, 單位, 単位 or 단위 and a colon, a scale (万, 亿, 億, 兆, 만,
/// 억, 조, …) and then a currency (元, 美元, 円, 원, …) or a counter (台, 辆,
/// 架, 人, 대, 명, …), or either alone ("单位：万台", "亿元", "億円",
/// "단위: 억 원"); nothing else.
fn cjk_unit_of(inner: &str) -> Option<Heading> {
    let inner = ["单位", "單位", "単位", "단위"]
        .iter()
        .find_map(|w| inner.strip_prefix(w))
        .map_or(inner, |rest| rest.trim_start_matches([':', '：', ' ']));
    let (e, rest) = match vocab::cjk_scale(inner) {
        Some((e, len)) if e >= 4 => (e, inner[len..].trim_start()),
        _ => (0, inner),
    };
    let mut heading = Heading {
        currency: None,
        scale: Scale::One,
        physical: None,
        count: false,
        cjk: Some(e),
        measure: None,
    };
    match vocab::cjk_currency(rest) {
        Some((c, len)) if len == rest.len() => heading.currency = Some(c),
        _ if vocab::CJK_COUNTERS.contains(&rest) => heading.count = true,
        _ if rest.is_empty() && e > 0 => {}
        _ => return None,
    }
    Some(heading)
}

/// The words of a bracketed unit: split at white space, and a currency
/// symbol split from a scale glued to it ("$bn", "US$m", "€bn").
fn words(inner: &str) -> impl Iterator<Item = &str> {
    inner.split_whitespace().flat_map(|w| {
        let symbol = ["US$", "$", "€", "£", "₹", "¥"]
            .iter()
            .find(|s| w.starts_with(**s) && w.len() > s.len());
        match symbol {
            Some(s) => [&w[..s.len()], &w[s.len()..]].into_iter().take(2),
            None => [w, ""].into_iter().take(1),
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn brackets_read_as_units_and_others_not() {
        let unit = |s: &str| unit_in_brackets(s);
        let eur = unit("Sales value (EUR bn)").expect("a unit");
        assert_eq!(eur.currency, Some(Currency::EUR));
        assert_eq!(eur.scale, Scale::Billion);
        let usd = unit("Revenue (in $ billion)").expect("a unit");
        assert_eq!(
            (usd.currency, usd.scale),
            (Some(Currency::USD), Scale::Billion)
        );
        let glued = unit("Revenue ($bn)").expect("a unit");
        assert_eq!(
            (glued.currency, glued.scale),
            (Some(Currency::USD), Scale::Billion)
        );
        assert_eq!(
            unit("Battery demand (GWh)").and_then(|h| h.physical),
            Some("GWh")
        );
        let units = unit("Shipments (million units)").expect("a unit");
        assert!(units.count && units.scale == Scale::Million);
        let thousands = unit("Charging ports (thousands)").expect("a unit");
        assert_eq!((thousands.scale, thousands.count), (Scale::Thousand, false));
        let units = unit("Sales (’000 units)").expect("a unit");
        assert!(units.count && units.scale == Scale::Thousand);
        let comma = unit_after_comma("LNG trade, million tonnes").expect("a unit");
        assert_eq!(
            (comma.physical, comma.scale),
            (Some("tonnes"), Scale::Million)
        );
        assert!(unit_after_comma("Capacity additions, GW").is_some());
        let column = unit_of_column("Year | Revenue (US$ bn) | YoY growth").expect("a unit");
        assert_eq!(
            (column.currency, column.scale),
            (Some(Currency::USD), Scale::Billion)
        );
        assert!(unit_of_column("| Year | Output (GWh) | Share |").is_some());
        // Not a unit of another column, nor a line of one cell.
        assert_eq!(unit_of_column("Year | Revenue | Margin (%)"), None);
        assert_eq!(unit_of_column("Year | Revenue (US$ bn)"), None);
        for none in [
            "Revenue, by region",
            "Sales fell, sharply",
            "Output 2023, million tonnes",
            "Revenue",
        ] {
            assert_eq!(unit_after_comma(none), None, "{none}");
        }
        // Chinese, Japanese and Korean units in full-width brackets, after
        // 单位, 単位 or 단위: a scale and a currency or a counter.
        let chargers = unit("表2 充电桩保有量（单位：万台）").expect("a unit");
        assert_eq!((chargers.cjk, chargers.count), (Some(4), true));
        let yen = unit("図表4 国内のEC市場規模（単位：億円）").expect("a unit");
        assert_eq!((yen.cjk, yen.currency), (Some(8), Some(Currency::JPY)));
        let won = unit("표 2 (단위: 억 원)").expect("a unit");
        assert_eq!((won.cjk, won.currency), (Some(8), Some(Currency::KRW)));
        let yuan = unit("营业收入（亿元）").expect("a unit");
        assert_eq!((yuan.cjk, yuan.measure), (Some(8), Some("revenue")));
        assert_eq!(
            unit("Revenue (US$ bn)").and_then(|h| h.measure),
            Some("revenue")
        );
        assert_eq!(unit("Market size (US$ bn)").and_then(|h| h.measure), None);
        for none in ["规模（2024年）", "表1（续）", "（单位：%）", "（万）元"] {
            assert_eq!(unit(none).filter(|h| h.cjk.is_some()), None, "{none}");
        }
        for none in [
            "Revenue (2023)",
            "Market size (est.)",
            "Revenue (see note)",
            "Revenue",
            "Revenue ()",
        ] {
            assert_eq!(unit(none), None, "{none}");
        }
    }
}
