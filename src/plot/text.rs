//! Text measured in pixels: the width of a string, the box a label fills,
//! and titles wrapped to a width.
//!
//! Widths are DejaVu Sans's advance widths (`tools/fonts.py` prints the
//! table). That face is wider than Helvetica, Arial and Liberation Sans for
//! almost every character, so a box laid out with its widths holds the
//! text in those faces too. A character outside printable ASCII counts a
//! full em, the width of a Chinese character and more than any Latin one.

use plotters::style::text_anchor::{HPos, VPos};

// DejaVu Sans advance widths, 1/1000 em, for ' ' (0x20) to '~' (0x7E).
const ADVANCE: [u16; 95] = [
    318, 401, 460, 838, 636, 950, 780, 275, 390, 390, 500, 838, 318, 361, 318, 337, //
    636, 636, 636, 636, 636, 636, 636, 636, 636, 636, 337, 337, 838, 838, 838, 531, //
    1000, 684, 686, 698, 770, 632, 575, 775, 752, 295, 295, 656, 557, 863, 748, 787, //
    603, 787, 695, 635, 611, 732, 684, 989, 685, 611, 685, 390, 337, 390, 838, 500, //
    500, 613, 635, 550, 635, 615, 352, 635, 634, 278, 278, 579, 278, 974, 634, 612, //
    635, 635, 411, 521, 392, 634, 592, 818, 592, 592, 525, 636, 337, 636, 838,
];

/// How far the face reaches above its baseline and below it, in em (DejaVu
/// Sans; the box an SVG renderer gives a line of text).
const ASCENT: f64 = 0.928;
const DESCENT: f64 = 0.236;

/// A rectangle in pixels: left, top, right, bottom.
pub(super) type Rect = (f64, f64, f64, f64);

/// Whether two rectangles share area (touching edges do not).
pub(super) fn overlaps(a: Rect, b: Rect) -> bool {
    a.0 < b.2 && b.0 < a.2 && a.1 < b.3 && b.1 < a.3
}

/// The width of `text` set `px` pixels high.
pub(super) fn width(text: &str, px: f64) -> f64 {
    let thousandths: u32 = text
        .chars()
        .map(|c| match c {
            ' '..='~' => u32::from(ADVANCE[c as usize - 0x20]),
            _ => 1000,
        })
        .sum();
    f64::from(thousandths) * px / 1000.0
}

/// Where the baseline of text anchored at `y` with `v` lies, below `y`, in
/// em: plotters writes `dy="0.5ex"` (centre), `dy="0.76em"` (top) and
/// `dy="-0.5ex"` (bottom), and an ex is half an em to SVG renderers that do
/// not read the face's x-height (browsers that do set it a few hundredths of
/// an em lower, inside the margins boxes keep).
fn baseline(v: VPos) -> f64 {
    match v {
        VPos::Top => 0.76,
        VPos::Center => 0.25,
        VPos::Bottom => -0.25,
    }
}

/// The box of `text` set `px` high and anchored at `at` (`h` says which
/// end or the middle, `v` the top, centre or bottom).
pub(super) fn text_box(at: (f64, f64), text: &str, px: f64, h: HPos, v: VPos) -> Rect {
    let w = width(text, px);
    let left = match h {
        HPos::Left => at.0,
        HPos::Center => at.0 - w / 2.0,
        HPos::Right => at.0 - w,
    };
    let base = at.1 + baseline(v) * px;
    (left, base - ASCENT * px, left + w, base + DESCENT * px)
}

/// The height of a line of text `px` high.
pub(super) fn line_height(px: f64) -> f64 {
    (ASCENT + DESCENT) * px
}

/// The offset from the top of a line's box to the anchor of text anchored
/// at its top ([`VPos::Top`]).
pub(super) fn top_inset(px: f64) -> f64 {
    (ASCENT - baseline(VPos::Top)) * px
}

/// `text` broken at spaces into lines no wider than `max` at `px`; a word
/// wider than `max` stands on its own line.
pub(super) fn wrap(text: &str, px: f64, max: f64) -> Vec<String> {
    let mut lines: Vec<String> = Vec::new();
    for word in text.split_whitespace() {
        match lines.last_mut() {
            Some(line) if width(line, px) + width(" ", px) + width(word, px) <= max => {
                line.push(' ');
                line.push_str(word);
            }
            _ => lines.push(word.to_owned()),
        }
    }
    lines
}

/// `text` cut to fit `max` at `px`, ending in "…" where it was cut.
pub(super) fn truncate(text: &str, px: f64, max: f64) -> String {
    if width(text, px) <= max {
        return text.to_owned();
    }
    let mut out = String::new();
    for c in text.chars() {
        out.push(c);
        if width(&out, px) + width("…", px) > max {
            out.pop();
            break;
        }
    }
    let kept = out.trim_end().len();
    out.truncate(kept);
    out.push('…');
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn widths_add_up_the_advances() {
        // 0.636 em a digit, 0.318 for the comma.
        assert!((width("1,729", 10.0) - (4.0 * 6.36 + 3.18)).abs() < 1e-9);
        assert_eq!(width("", 10.0), 0.0);
        // A Chinese character is a full em.
        assert!((width("亿", 20.0) - 20.0).abs() < 1e-9);
    }

    #[test]
    fn boxes_follow_the_anchor() {
        let b = text_box((100.0, 50.0), "ab", 10.0, HPos::Right, VPos::Center);
        assert!((b.2 - 100.0).abs() < 1e-9 && (b.0 - (100.0 - width("ab", 10.0))).abs() < 1e-9);
        // Centred: the baseline a quarter em below the anchor.
        assert!((b.1 - (52.5 - 9.28)).abs() < 1e-9 && (b.3 - (52.5 + 2.36)).abs() < 1e-9);
        let t = text_box((0.0, 0.0), "x", 10.0, HPos::Left, VPos::Top);
        assert!((t.1 + top_inset(10.0)).abs() < 1e-9);
        assert!(overlaps(b, (90.0, 50.0, 95.0, 55.0)));
        assert!(!overlaps(b, (100.0, 40.0, 120.0, 60.0)));
    }

    #[test]
    fn titles_wrap_at_spaces_and_cut_with_an_ellipsis() {
        let lines = wrap("China's core AI industry to 2035", 20.0, 200.0);
        assert!(lines.len() > 1);
        assert!(lines.iter().all(|l| width(l, 20.0) <= 200.0));
        assert_eq!(lines.join(" "), "China's core AI industry to 2035");
        assert_eq!(wrap("", 20.0, 100.0), Vec::<String>::new());
        let cut = truncate("A very long title indeed", 20.0, 120.0);
        assert!(cut.ends_with('…') && width(&cut, 20.0) <= 120.0, "{cut}");
        assert_eq!(truncate("short", 20.0, 500.0), "short");
    }
}
