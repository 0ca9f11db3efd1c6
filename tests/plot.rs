//! SVG charts (`cagr::plot`, the `plot` feature), read as a specification.
//!
//! Every chart is parsed by a small XML well-formedness checker written
//! here (about a hundred lines, so no XML crate joins the dev-dependencies
//! for one test file): one root `<svg>`, balanced tags, quoted attributes
//! without duplicates, only the five predefined or numeric entities, no raw
//! `<` or `&` in text. The tests then look for the series (polylines in
//! each series' colour, one vertex a year), the labels (axis units, years,
//! legend entries, the gap annotation) and where things are drawn.
//!
//! The charts drawn here are also written to `target/tmp/plots/` so a
//! person can look at them (`rsvg-convert target/tmp/plots/caict.svg -o
//! caict.png`).

#![cfg(feature = "plot")]

use cagr::plot::{self, Chart};
use cagr::{fit, Amount, Path, Rate};

// ---------------------------------------------------------------------------
// A tiny XML well-formedness checker
// ---------------------------------------------------------------------------

#[derive(Debug)]
struct Element {
    name: String,
    attrs: Vec<(String, String)>,
    /// The text directly inside the element, entities decoded, trimmed.
    text: String,
    children: Vec<Element>,
}

impl Element {
    fn attr(&self, name: &str) -> Option<&str> {
        self.attrs
            .iter()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.as_str())
    }

    #[track_caller]
    fn num(&self, name: &str) -> f64 {
        self.attr(name)
            .unwrap_or_else(|| panic!("<{}> has no {name}", self.name))
            .parse()
            .unwrap_or_else(|_| panic!("<{}> {name} is not a number", self.name))
    }

    /// This element and every descendant, in document order.
    fn all(&self) -> Vec<&Element> {
        let mut out = vec![self];
        for c in &self.children {
            out.extend(c.all());
        }
        out
    }

    fn named(&self, name: &str) -> Vec<&Element> {
        self.all().into_iter().filter(|e| e.name == name).collect()
    }

    /// The contents of every `<text>`.
    fn texts(&self) -> Vec<String> {
        self.named("text").iter().map(|t| t.text.clone()).collect()
    }

    fn text(&self, content: &str) -> Option<&Element> {
        self.named("text").into_iter().find(|t| t.text == content)
    }

    /// The vertices of a `<polyline>` or `<polygon>`.
    fn points(&self) -> Vec<(f64, f64)> {
        self.attr("points")
            .unwrap_or("")
            .split_whitespace()
            .map(|p| {
                let (x, y) = p.split_once(',').expect("x,y");
                (x.parse().unwrap(), y.parse().unwrap())
            })
            .collect()
    }
}

struct Parser<'a> {
    s: &'a [u8],
    i: usize,
}

impl Parser<'_> {
    fn error<T>(&self, what: &str) -> Result<T, String> {
        Err(format!("{what} at byte {}", self.i))
    }

    fn peek(&self, text: &str) -> bool {
        self.s[self.i..].starts_with(text.as_bytes())
    }

    fn skip_space(&mut self) {
        while self.i < self.s.len() && self.s[self.i].is_ascii_whitespace() {
            self.i += 1;
        }
    }

    /// Skips comments and processing instructions (`<?xml ...?>`).
    fn skip_misc(&mut self) -> Result<(), String> {
        loop {
            self.skip_space();
            let end = if self.peek("<!--") {
                "-->"
            } else if self.peek("<?") {
                "?>"
            } else {
                return Ok(());
            };
            match find(&self.s[self.i..], end) {
                Some(at) => self.i += at + end.len(),
                None => return self.error("unclosed comment"),
            }
        }
    }

    fn name(&mut self) -> Result<String, String> {
        let start = self.i;
        while self.i < self.s.len()
            && (self.s[self.i].is_ascii_alphanumeric() || b"_:.-".contains(&self.s[self.i]))
        {
            self.i += 1;
        }
        if self.i == start || self.s[start].is_ascii_digit() || self.s[start] == b'-' {
            return self.error("expected a name");
        }
        Ok(String::from_utf8(self.s[start..self.i].to_vec()).unwrap())
    }

    /// Text up to `stop`, with entities checked and decoded.
    fn chars(&mut self, stop: &[u8]) -> Result<String, String> {
        let mut out = String::new();
        let start = self.i;
        while self.i < self.s.len() && !stop.contains(&self.s[self.i]) {
            if self.s[self.i] == b'&' {
                let end = match self.s[self.i..].iter().take(12).position(|&b| b == b';') {
                    Some(end) => self.i + end,
                    None => return self.error("unterminated entity"),
                };
                let entity = std::str::from_utf8(&self.s[self.i + 1..end]).unwrap();
                out.push(match entity {
                    "lt" => '<',
                    "gt" => '>',
                    "amp" => '&',
                    "quot" => '"',
                    "apos" => '\'',
                    _ => {
                        let code = if let Some(hex) = entity.strip_prefix("#x") {
                            u32::from_str_radix(hex, 16).ok()
                        } else if let Some(dec) = entity.strip_prefix('#') {
                            dec.parse().ok()
                        } else {
                            None
                        };
                        match code.and_then(char::from_u32) {
                            Some(c) => c,
                            None => return self.error("unknown entity"),
                        }
                    }
                });
                self.i = end + 1;
            } else {
                let len = utf8_len(self.s[self.i]);
                out.push_str(
                    std::str::from_utf8(&self.s[self.i..self.i + len]).map_err(|_| {
                        format!("invalid UTF-8 at byte {} (text began at {start})", self.i)
                    })?,
                );
                self.i += len;
            }
        }
        Ok(out)
    }

    fn element(&mut self) -> Result<Element, String> {
        if !self.peek("<") {
            return self.error("expected '<'");
        }
        self.i += 1;
        let name = self.name()?;
        let mut attrs: Vec<(String, String)> = Vec::new();
        loop {
            let before = self.i;
            self.skip_space();
            if self.peek("/>") {
                self.i += 2;
                return Ok(Element {
                    name,
                    attrs,
                    text: String::new(),
                    children: Vec::new(),
                });
            }
            if self.peek(">") {
                self.i += 1;
                break;
            }
            if self.i == before {
                return self.error("expected space before an attribute");
            }
            let key = self.name()?;
            if attrs.iter().any(|(k, _)| *k == key) {
                return self.error(&format!("duplicate attribute {key}"));
            }
            self.skip_space();
            if !self.peek("=") {
                return self.error("expected '='");
            }
            self.i += 1;
            self.skip_space();
            let quote = match self.s.get(self.i) {
                Some(&q @ (b'"' | b'\'')) => q,
                _ => return self.error("expected a quoted value"),
            };
            self.i += 1;
            let value = self.chars(&[quote, b'<'])?;
            if !self.peek(std::str::from_utf8(&[quote]).unwrap()) {
                return self.error("'<' in an attribute value");
            }
            self.i += 1;
            attrs.push((key, value));
        }
        let mut text = String::new();
        let mut children = Vec::new();
        loop {
            text.push_str(&self.chars(b"<")?);
            if self.i >= self.s.len() {
                return self.error(&format!("unclosed <{name}>"));
            }
            if self.peek("</") {
                self.i += 2;
                let close = self.name()?;
                if close != name {
                    return self.error(&format!("</{close}> closes <{name}>"));
                }
                self.skip_space();
                if !self.peek(">") {
                    return self.error("expected '>'");
                }
                self.i += 1;
                return Ok(Element {
                    name,
                    attrs,
                    text: text.trim().to_owned(),
                    children,
                });
            }
            if self.peek("<!--") {
                self.skip_misc()?;
                continue;
            }
            children.push(self.element()?);
        }
    }
}

fn find(hay: &[u8], needle: &str) -> Option<usize> {
    hay.windows(needle.len())
        .position(|w| w == needle.as_bytes())
}

fn utf8_len(first: u8) -> usize {
    match first {
        0xF0..=0xFF => 4,
        0xE0..=0xEF => 3,
        0xC0..=0xDF => 2,
        _ => 1,
    }
}

/// Parses a whole document: one root element, nothing after it.
fn parse(svg: &str) -> Result<Element, String> {
    let mut p = Parser {
        s: svg.as_bytes(),
        i: 0,
    };
    p.skip_misc()?;
    let root = p.element()?;
    p.skip_misc()?;
    if p.i != p.s.len() {
        return p.error("content after the root element");
    }
    Ok(root)
}

#[test]
fn the_checker_rejects_what_is_not_well_formed() {
    let table = [
        ("<svg><g></svg>", "</svg> closes <g> at byte 13"),
        ("<svg a=\"1\" a=\"2\"/>", "duplicate attribute a at byte 12"),
        ("<svg a=1/>", "expected a quoted value at byte 7"),
        (
            "<svg><text>a & b</text></svg>",
            "unterminated entity at byte 13",
        ),
        (
            "<svg><text>&nbsp;</text></svg>",
            "unknown entity at byte 11",
        ),
        ("<svg/><svg/>", "content after the root element at byte 6"),
        ("<svg>", "unclosed <svg> at byte 5"),
        ("<svg a=\"<\"/>", "'<' in an attribute value at byte 8"),
    ];
    for (text, want) in table {
        assert_eq!(parse(text).unwrap_err(), want, "{text}");
    }
    let ok = parse("<?xml version=\"1.0\"?>\n<!-- c --><svg x='1'><text>a &amp; &#x3C;b&#62;</text><g/></svg>\n")
        .unwrap();
    assert_eq!(ok.texts(), ["a & <b>"]);
    assert_eq!(ok.children.len(), 2);
}

// ---------------------------------------------------------------------------
// Helpers
// ---------------------------------------------------------------------------

const BLUE: &str = "#0072B2";
const VERMILION: &str = "#D55E00";
const GREEN: &str = "#009E73";

#[track_caller]
fn amount(text: &str) -> Amount {
    text.parse().expect("a valid amount")
}

#[track_caller]
fn well_formed(svg: &str, name: &str) -> Element {
    let dir = std::path::Path::new(env!("CARGO_TARGET_TMPDIR")).join("plots");
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(dir.join(format!("{name}.svg")), svg).unwrap();
    let root = parse(svg).unwrap_or_else(|e| panic!("{name}.svg is not well-formed: {e}"));
    assert_eq!(root.name, "svg");
    assert_eq!(root.attr("xmlns"), Some("http://www.w3.org/2000/svg"));
    root
}

/// The polylines drawn in `color`, longest first.
fn lines<'a>(root: &'a Element, color: &str) -> Vec<&'a Element> {
    let mut out: Vec<&Element> = root
        .named("polyline")
        .into_iter()
        .filter(|l| l.attr("stroke") == Some(color))
        .collect();
    out.sort_by_key(|l| std::cmp::Reverse(l.points().len()));
    out
}

/// Every text lies inside the canvas and none overlaps another, as
/// rendered ([`readable`]).
#[track_caller]
fn text_inside(svg: &str, root: &Element, name: &str) {
    let size = (root.num("width") as u32, root.num("height") as u32);
    readable(svg, name, size, &[]);
}

fn caict() -> (Path, Path) {
    let start = amount("600 billion CNY");
    let implied = crate::between(2024, start, 2035, amount("1,729.5 billion CNY")).unwrap();
    let stated = crate::at_rate(2024, start, Rate::from_percent(15.6).unwrap(), 2035).unwrap();
    (implied, stated)
}

// ---------------------------------------------------------------------------
// The forecast chart
// ---------------------------------------------------------------------------

#[test]
fn the_caict_chart_has_its_series_axes_and_gap() {
    let (implied, stated) = caict();
    let svg = plot::forecast_with(&implied, &stated, &"China's core AI industry".into()).unwrap();
    let root = well_formed(&svg, "caict");
    assert_eq!((root.num("width"), root.num("height")), (960.0, 600.0));
    let texts = root.texts();
    for label in [
        "China's core AI industry",
        "billion CNY",
        "year",
        "2024",
        "2030",
        "2034",
        "0",
        "1,500",
        "3,000",
        "at the stated 15.6% a year",
        "implied by the endpoints, 10.10% a year",
        "target 1,729.5 billion CNY in 2035",
        "gap in 2035: +1,226.4 billion CNY (+71% of the target)",
        "gap",
        "+1,226.4",
        "2,955.9",
        "1,729.5",
    ] {
        assert!(
            texts.iter().any(|t| t == label),
            "no {label:?} in {texts:?}"
        );
    }
    // The value axis is labelled with the unit, rotated, on the left.
    let unit = root.text("billion CNY").unwrap();
    assert!(unit.attr("transform").unwrap().starts_with("rotate(270"));
    assert!(unit.num("x") < 50.0);

    // One polyline per path, a vertex a year; the stated path ends higher
    // on the page (smaller y) than the implied one, at the same x.
    let stated_line = lines(&root, VERMILION)[0].points();
    let implied_line = lines(&root, BLUE)[0].points();
    assert_eq!((stated_line.len(), implied_line.len()), (12, 12));
    assert_eq!(stated_line[0], implied_line[0]);
    let (s_end, i_end) = (stated_line[11], implied_line[11]);
    assert_eq!(s_end.0, i_end.0);
    assert!(s_end.1 < i_end.1);
    // Years run left to right.
    assert!(implied_line.windows(2).all(|w| w[0].0 < w[1].0));

    // The end labels sit right of the last year, level with the ends.
    for (label, end) in [("2,955.9", s_end), ("1,729.5", i_end)] {
        let t = root.text(label).unwrap();
        assert!(t.num("x") > end.0, "{label}");
        assert!((t.num("y") - end.1).abs() < 16.0, "{label}");
    }
    // The gap label sits between them.
    let gap = root.text("+1,226.4").unwrap();
    assert!(s_end.1 < gap.num("y") && gap.num("y") < i_end.1);
    // A ring marks the target.
    assert!(root
        .named("circle")
        .iter()
        .any(|c| c.num("r") == 9.0 && (c.num("cx"), c.num("cy")) == i_end));
    text_inside(&svg, &root, "caict");
}

#[test]
fn the_unit_can_be_named_and_the_size_set() {
    let (implied, stated) = caict();
    let chart = Chart {
        unit: Some("billion yuan".into()),
        width: 640,
        height: 400,
        ..Chart::default()
    };
    let svg = plot::forecast_with(&implied, &stated, &chart).unwrap();
    let root = well_formed(&svg, "caict_small");
    assert_eq!((root.num("width"), root.num("height")), (640.0, 400.0));
    assert!(root.text("billion yuan").is_some());
    assert!(root.text("billion CNY").is_none());
    // No title: nothing above the plot.
    assert!(root.texts().iter().all(|t| t != "China's core AI industry"));
    assert!(root
        .texts()
        .iter()
        .any(|t| t == "gap in 2035: +1,226.4 billion yuan (+71% of the target)"));
}

#[test]
fn a_small_gap_keeps_its_labels_apart() {
    // USD 3.64 billion in 2025 to 4.55 billion in 2030 at 4.6%: the
    // stated path ends at 3.64·1.046^5 = 4.557848 billion, 7.85 million
    // (0.17%) above the target. The numbers keep their significant digits.
    let start = amount("USD 3.64 billion");
    let implied = crate::between(2025, start, 2030, amount("USD 4.55 billion")).unwrap();
    let stated = crate::at_rate(2025, start, Rate::from_percent(4.6).unwrap(), 2030).unwrap();
    let svg = plot::forecast_with(&implied, &stated, &"A market that adds up".into()).unwrap();
    let root = well_formed(&svg, "small_gap");
    let texts = root.texts();
    assert!(texts.iter().any(|t| t == "target 4.55 billion USD in 2030"));
    assert!(texts.iter().any(|t| t == "billion USD"));
    assert!(texts
        .iter()
        .any(|t| t == "gap in 2030: +0.00785 billion USD (+0.17% of the target)"));
    // Too little room for the short label between the ends.
    assert!(!texts.iter().any(|t| t == "gap"));
    let ends: Vec<f64> = ["4.558", "4.550"]
        .iter()
        .filter_map(|l| root.text(l))
        .map(|t| t.num("y"))
        .collect();
    assert_eq!(ends.len(), 2, "{texts:?}");
    // A line and a half apart (the 13.7-pixel text of the end labels).
    assert!((ends[0] - ends[1]).abs() >= 20.0, "{ends:?}");
    text_inside(&svg, &root, "small_gap");
}

#[test]
fn a_falling_forecast_puts_the_legend_upper_right() {
    let start = amount("900 million EUR");
    let implied = crate::between(2020, start, 2030, amount("400 million EUR")).unwrap();
    let stated = crate::at_rate(2020, start, Rate::from_percent(-5.0).unwrap(), 2030).unwrap();
    let svg = plot::forecast_with(&implied, &stated, &"A shrinking market".into()).unwrap();
    let root = well_formed(&svg, "falling");
    let legend = root.text("at the stated -5% a year").unwrap();
    assert!(legend.num("x") > root.num("width") / 2.0);
    assert!(root.text("million EUR").is_some());
    assert!(root
        .texts()
        .iter()
        .any(|t| t == "gap in 2030: +138.9 million EUR (+35% of the target)"));
    text_inside(&svg, &root, "falling");
}

#[test]
fn paths_in_two_currencies_do_not_share_a_chart() {
    let implied = crate::between(2020, amount("1 USD"), 2025, amount("2 USD")).unwrap();
    let stated = crate::at_rate(
        2020,
        amount("1 EUR"),
        Rate::from_percent(10.0).unwrap(),
        2025,
    )
    .unwrap();
    assert_eq!(
        plot::forecast(&implied, &stated).unwrap_err().to_string(),
        "cannot combine an amount in USD with one in EUR"
    );
}

// ---------------------------------------------------------------------------
// The fit chart
// ---------------------------------------------------------------------------

const MARKET: [(i32, f64); 9] = [
    (2015, 41.2),
    (2016, 47.9),
    (2017, 52.3),
    (2018, 61.0),
    (2020, 77.4),
    (2021, 90.8),
    (2022, 98.1),
    (2023, 116.5),
    (2024, 128.9),
];

#[test]
fn the_fit_chart_has_points_curve_band_and_endpoint_path() {
    let g = fit::growth(&crate::series(&MARKET)).unwrap();
    let chart = Chart {
        unit: Some("billion USD".into()),
        ..Chart::from("A market")
    };
    let svg = plot::fit_with(&g, &chart).unwrap();
    let root = well_formed(&svg, "fit_market");
    let texts = root.texts();
    for label in [
        "A market",
        "billion USD",
        "year",
        "2015",
        "2019",
        "2024",
        "95% band of the fitted curve",
        "endpoint CAGR, 13.51% a year",
        "fitted growth, 13.53% a year",
        "data",
    ] {
        assert!(
            texts.iter().any(|t| t == label),
            "no {label:?} in {texts:?}"
        );
    }
    // Nine data points in vermilion (the legend's dot is drawn outside the
    // plot's group but is a circle too).
    let dots = root
        .named("circle")
        .into_iter()
        .filter(|c| c.attr("fill") == Some(VERMILION))
        .count();
    assert_eq!(dots, 9 + 1);
    // The fitted curve is smooth (many vertices); the band is a polygon
    // around it.
    let curve = lines(&root, BLUE)[0].points();
    assert_eq!(curve.len(), 9 * 8 + 1);
    let band = root.named("polygon");
    assert_eq!(band.len(), 1);
    assert_eq!(band[0].attr("fill"), Some(BLUE));
    assert!(band[0].points().len() >= 2 * curve.len() - 2);
    // The endpoint path is dashed: many short green segments.
    assert!(lines(&root, GREEN).len() > 20);
    text_inside(&svg, &root, "fit_market");
}

#[test]
fn a_two_point_fit_has_no_band() {
    let g = fit::growth(&crate::series(&[(2019, 600.0), (2024, 1000.0)])).unwrap();
    let root = well_formed(
        &plot::fit_with(&g, &"Two points".into()).unwrap(),
        "fit_two",
    );
    assert!(root.named("polygon").is_empty());
    assert!(root.text("95% band of the fitted curve").is_none());
    assert!(root.text("value").is_some());
    // The endpoint path is the fitted curve itself; the legend says so
    // instead of drawing it twice.
    assert!(root
        .text("fitted growth = endpoint CAGR, 10.76% a year")
        .is_some());
    assert!(lines(&root, GREEN).is_empty());
}

#[test]
fn a_noisy_fit_shows_a_wide_band() {
    let noisy = [
        (2010, 100.0),
        (2011, 131.0),
        (2012, 104.0),
        (2013, 158.0),
        (2014, 139.0),
        (2015, 187.0),
        (2016, 160.0),
        (2017, 230.0),
        (2018, 199.0),
        (2019, 265.0),
        (2020, 241.0),
        (2021, 330.0),
    ];
    let g = fit::growth(&crate::series(&noisy)).unwrap();
    let svg = plot::fit_with(&g, &"A noisy series".into()).unwrap();
    let root = well_formed(&svg, "fit_noisy");
    assert!(root.text("fitted growth, 10.16% a year").is_some());
    assert!(root.text("endpoint CAGR, 11.46% a year").is_some());
    text_inside(&svg, &root, "fit_noisy");
}

// ---------------------------------------------------------------------------
// Values at the edges of f64 (the hostile catalogue's
// `bug_plot_hangs_on_huge_values`)
// ---------------------------------------------------------------------------

/// Draws on another thread and gives up after `secs` seconds: these charts
/// once never finished (plotters placing the ticks of an infinite axis).
#[track_caller]
fn within(secs: u64, draw: impl FnOnce() -> cagr::Result<String> + Send + 'static) -> String {
    let (send, receive) = std::sync::mpsc::channel();
    std::thread::spawn(move || send.send(draw()));
    receive
        .recv_timeout(std::time::Duration::from_secs(secs))
        .expect("the chart did not finish")
        .expect("the chart was drawn")
}

/// Neither `inf` nor `NaN` is anywhere in the SVG.
#[track_caller]
fn all_finite(svg: &str) {
    for word in ["inf", "NaN"] {
        assert!(!svg.contains(word), "the SVG has {word:?} in it");
    }
}

#[test]
fn a_forecast_up_to_f64_max_is_drawn_on_a_finite_axis() {
    let implied = crate::between(
        2024,
        amount("1"),
        2030,
        Amount::new(f64::MAX, cagr::Scale::One).unwrap(),
    )
    .unwrap();
    let stated =
        crate::at_rate(2024, amount("1"), Rate::from_percent(15.6).unwrap(), 2030).unwrap();
    let svg = within(60, move || {
        plot::forecast_with(&implied, &stated, &"To the edge".into())
    });
    all_finite(&svg);
    let root = well_formed(&svg, "forecast_max");
    let texts = root.texts();
    // The axis ends at f64::MAX; its ticks and the labels are written with
    // an exponent, not as numbers of 309 digits.
    for label in [
        "0",
        "2e307",
        "8e307",
        "1.0e308",
        "1.6e308",
        "1.798e308",
        "target 1.7976931348623157e308 value in 2030",
        "gap in 2030: -1.80e308 value (-100% of the target)",
    ] {
        assert!(
            texts.iter().any(|t| t == label),
            "no {label:?} in {texts:?}"
        );
    }
    // Both lines are drawn, one vertex a year.
    assert_eq!(lines(&root, BLUE)[0].points().len(), 7);
    assert_eq!(lines(&root, VERMILION)[0].points().len(), 7);
    text_inside(&svg, &root, "forecast_max");
}

#[test]
fn a_fit_whose_band_leaves_f64_is_drawn_without_the_band() {
    // The band's upper end is beyond f64::MAX (`GrowthFit::band` is
    // OutOfRange); the chart used to hang on it.
    let g = fit::growth(&crate::series(&[(2020, 1.0), (2021, 5e-324), (2022, 3.0)])).unwrap();
    assert!(g.band(crate::year(2021)).is_err());
    let svg = within(60, move || {
        plot::fit_with(&g, &"A subnormal among the data".into())
    });
    all_finite(&svg);
    let root = well_formed(&svg, "fit_band_overflows");
    assert!(root.named("polygon").is_empty());
    assert!(root.text("95% band of the fitted curve").is_none());
    assert!(root.text("fitted growth, 73.21% a year").is_some());
    assert!(root.text("endpoint CAGR, 73.21% a year").is_some());
    // The curve: the least number of samples, 40, for two years.
    assert_eq!(lines(&root, BLUE)[0].points().len(), 40 + 1);
    text_inside(&svg, &root, "fit_band_overflows");
}

#[test]
fn a_fit_from_a_subnormal_to_near_f64_max_is_drawn() {
    // The endpoint path is computed in logs: 5e-324 · e^(1454…) would be
    // 5e-324 · ∞.
    let g = fit::growth(&crate::series(&[
        (2020, 5e-324),
        (2025, 1e-10),
        (2030, 1e300),
    ]))
    .unwrap();
    let svg = within(60, move || plot::fit(&g));
    all_finite(&svg);
    let root = well_formed(&svg, "fit_subnormal_to_huge");
    assert!(lines(&root, GREEN).len() > 20);
}

#[test]
fn the_chart_options_are_send_sync_unpin_and_unwind_safe() {
    fn require<T: Send + Sync + Unpin + std::panic::UnwindSafe + std::panic::RefUnwindSafe>() {}
    require::<Chart>();
}

// ---------------------------------------------------------------------------
// Charts at any size: rendered, and every text box measured
// ---------------------------------------------------------------------------

/// A text as rendered: its content and its box in pixels (left, top,
/// right, bottom).
#[derive(Debug)]
struct Drawn {
    text: String,
    rect: [f32; 4],
}

fn texts_of(group: &resvg::usvg::Group, out: &mut Vec<Drawn>) {
    for node in group.children() {
        match node {
            resvg::usvg::Node::Group(g) => texts_of(g, out),
            resvg::usvg::Node::Text(t) => {
                let b = t.abs_bounding_box();
                out.push(Drawn {
                    text: t.chunks().iter().map(|c| c.text()).collect(),
                    rect: [b.left(), b.top(), b.right(), b.bottom()],
                });
            }
            _ => {}
        }
    }
}

/// Renders `svg` with resvg, its `sans-serif` set in the test font (DejaVu
/// Sans cut to ASCII, `tests/data/fonts`), so the boxes do not depend on
/// the fonts of the machine; writes the PNG to `target/tmp/plots/sizes/`
/// for a person to look at; returns every text with its box.
fn render(svg: &str, name: &str) -> Vec<Drawn> {
    use resvg::{tiny_skia, usvg};
    let mut options = usvg::Options::default();
    let db = options.fontdb_mut();
    db.load_font_data(include_bytes!("data/fonts/test-sans.ttf").to_vec());
    db.set_sans_serif_family("Cagr Test Sans");
    let tree = usvg::Tree::from_str(svg, &options).unwrap_or_else(|e| panic!("{name}: {e}"));
    let size = tree.size().to_int_size();
    let mut pixmap = tiny_skia::Pixmap::new(size.width(), size.height()).unwrap();
    resvg::render(&tree, tiny_skia::Transform::default(), &mut pixmap.as_mut());
    let dir = std::path::Path::new(env!("CARGO_TARGET_TMPDIR")).join("plots/sizes");
    std::fs::create_dir_all(&dir).unwrap();
    pixmap.save_png(dir.join(format!("{name}.png"))).unwrap();
    let mut out = Vec::new();
    texts_of(tree.root(), &mut out);
    out
}

/// Every text lies inside the canvas, no two overlap, and each of `must`
/// is drawn.
#[track_caller]
fn readable(svg: &str, name: &str, (w, h): (u32, u32), must: &[&str]) {
    let drawn = render(svg, name);
    assert!(!drawn.is_empty(), "{name}: no text rendered");
    let (w, h) = (w as f32, h as f32);
    for d in &drawn {
        // A glyph may sit a rounding of a pixel over the edge of its box.
        let [l, t, r, b] = d.rect;
        assert!(
            l >= -0.5 && t >= -0.5 && r <= w + 0.5 && b <= h + 0.5,
            "{name}: {:?} at {:?} leaves the {w}x{h} canvas",
            d.text,
            d.rect
        );
    }
    for (i, a) in drawn.iter().enumerate() {
        for b in &drawn[i + 1..] {
            let ([al, at, ar, ab], [bl, bt, br, bb]) = (a.rect, b.rect);
            let (x, y) = (ar.min(br) - al.max(bl), ab.min(bb) - at.max(bt));
            assert!(
                x <= 0.5 || y <= 0.5,
                "{name}: {:?} at {:?} overlaps {:?} at {:?}",
                a.text,
                a.rect,
                b.text,
                b.rect
            );
        }
    }
    for text in must {
        assert!(
            drawn.iter().any(|d| d.text == *text),
            "{name}: no {text:?} among {:?}",
            drawn.iter().map(|d| &d.text).collect::<Vec<_>>()
        );
    }
}

const SIZES: [(u32, u32); 7] = [
    (320, 240),
    (400, 300),
    (480, 640),
    (640, 400),
    (960, 600),
    (1280, 800),
    (1920, 1200),
];

const LONG_TITLE: &str = "China's core artificial intelligence industry: the path implied by the \
     published endpoints against the path at the stated compound annual growth rate, 2024 to 2035";

fn sized(title: &str, (width, height): (u32, u32)) -> Chart {
    Chart {
        width,
        height,
        ..Chart::from(title)
    }
}

#[test]
fn forecasts_are_readable_at_every_size_and_span() {
    let rising = |first: i32, last: i32, rate: f64| {
        let start = amount("600 billion CNY");
        let implied = crate::between(first, start, last, amount("1,729.5 billion CNY")).unwrap();
        let stated = crate::at_rate(first, start, Rate::from_percent(rate).unwrap(), last).unwrap();
        (implied, stated)
    };
    let falling = {
        let start = amount("USD 3.64 billion");
        let implied = crate::between(2020, start, 2030, amount("USD 2.1 billion")).unwrap();
        let stated = crate::at_rate(2020, start, Rate::from_percent(-3.0).unwrap(), 2030).unwrap();
        (implied, stated)
    };
    let cases = [
        (
            "caict",
            rising(2024, 2035, 15.6),
            "China's core AI industry",
        ),
        ("caict_long_title", rising(2024, 2035, 15.6), LONG_TITLE),
        ("one_year", rising(2024, 2025, 190.0), "One year"),
        ("half_century", rising(2000, 2050, 2.2), "2000 to 2050"),
        ("two_centuries", rising(1900, 2100, 0.6), "1900 to 2100"),
        ("falling", falling, "A falling market"),
        ("untitled", rising(2024, 2035, 15.6), ""),
    ];
    for (name, (implied, stated), title) in cases {
        let (first, last) = (implied.from(), implied.to());
        let (first, last) = (first.to_string(), last.to_string());
        for size in SIZES {
            let svg = plot::forecast_with(&implied, &stated, &sized(title, size)).unwrap();
            let name = format!("{name}_{}x{}", size.0, size.1);
            readable(&svg, &name, size, &[&first, &last, "year"]);
        }
    }
}

#[test]
fn fits_are_readable_at_every_size_and_span() {
    let series = |first: i32, last: i32, every: usize| -> Vec<(i32, f64)> {
        (first..=last)
            .step_by(every)
            .map(|y| {
                (
                    y,
                    100.0 * 1.07f64.powi(y - first) * (1.0 + 0.03 * f64::from(y % 3)),
                )
            })
            .collect()
    };
    let cases = [
        ("fit_four_years", series(2019, 2023, 1), "Sales"),
        (
            "fit_two_points",
            vec![(2015, 40.0), (2024, 95.0)],
            "Two points",
        ),
        ("fit_century", series(1925, 2025, 10), LONG_TITLE),
    ];
    for (name, points, title) in cases {
        let g = fit::growth(&crate::series(&points)).unwrap();
        let first = points[0].0.to_string();
        let last = points[points.len() - 1].0.to_string();
        for size in SIZES {
            let svg = plot::fit_with(&g, &sized(title, size)).unwrap();
            let name = format!("{name}_{}x{}", size.0, size.1);
            readable(&svg, &name, size, &[&first, &last, "year"]);
        }
    }
}

#[test]
fn tiny_and_odd_canvases_still_draw() {
    let (implied, stated) = caict();
    for size in [(1, 1), (40, 30), (120, 90), (2000, 120), (120, 1500)] {
        let svg = plot::forecast_with(&implied, &stated, &sized(LONG_TITLE, size)).unwrap();
        well_formed(&svg, &format!("odd_{}x{}", size.0, size.1));
    }
}
