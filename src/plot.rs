//! SVG charts (the `plot` feature): a forecast's implied and stated paths
//! against its target ([`forecast`]), and a series with its fitted growth
//! ([`fit`]).
//!
//! Charts are drawn with [`plotters`](https://docs.rs/plotters) through its
//! SVG backend only (no fonts or bitmap code are compiled in) and returned
//! as SVG text; write it wherever you like. Text is set in the viewer's
//! `sans-serif` font.
//!
//! # Layout
//!
//! The value axis starts at zero, so heights compare honestly, and is
//! labelled with the unit; years run along the bottom, one label a year up
//! to twelve. Labels on the curves sit right of the last year, where no
//! curve runs. The legend goes in the first plot corner (upper left, upper
//! right, lower right, lower left) where it covers no line, point, band or
//! label, judged from where they land in pixels; when no corner is free it
//! goes in a strip under the plot.
//!
//! # Example
//!
//! ```
//! use cagr::{plot, Amount, Path, Rate};
//!
//! let start: Amount = "600 billion CNY".parse()?;
//! let implied = Path::between(2024, start, 2035, "1,729.5 billion CNY".parse()?)?;
//! let stated = Path::at_rate(2024, start, Rate::from_percent(15.6)?, 2035)?;
//! let svg = plot::forecast(&implied, &stated, "China's core AI industry")?;
//! assert!(svg.starts_with("<svg"));
//! assert!(svg.contains("billion CNY"));
//! // std::fs::write("caict.svg", svg)?;
//! # Ok::<(), cagr::Error>(())
//! ```

use core::fmt;
use core::ops::Range;

use plotters::coord::types::RangedCoordf64;
use plotters::coord::Shift;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};

use crate::decimal::grouped;
use crate::{Amount, Error, GrowthFit, Path, Result};

/// The knobs of a chart: its title, the label of the value axis and its
/// size. A `&str` or `String` converts into a `Chart` with that title, so
/// the simple call stays one argument.
///
/// # Example
///
/// ```
/// use cagr::plot::Chart;
///
/// let chart = Chart { unit: Some("billion USD".into()), ..Chart::from("A market") };
/// assert_eq!(chart.title, "A market");
/// assert_eq!((chart.width, chart.height), (960, 600));
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Chart {
    /// The title above the plot; none when empty.
    pub title: String,
    /// The unit on the value axis, such as `"billion CNY"`. `None` takes the
    /// scale and currency of a path's amounts, or `"value"` for a fit.
    pub unit: Option<String>,
    /// The width in pixels (SVG user units).
    pub width: u32,
    /// The height in pixels.
    pub height: u32,
}

impl Default for Chart {
    fn default() -> Chart {
        Chart {
            title: String::new(),
            unit: None,
            width: 960,
            height: 600,
        }
    }
}

impl From<&str> for Chart {
    fn from(title: &str) -> Chart {
        Chart {
            title: title.to_owned(),
            ..Chart::default()
        }
    }
}

impl From<String> for Chart {
    fn from(title: String) -> Chart {
        Chart {
            title,
            ..Chart::default()
        }
    }
}

// Colours that stay apart for the common colour-vision deficiencies (Okabe
// and Ito's palette).
const BLUE: RGBColor = RGBColor(0, 114, 178);
const VERMILION: RGBColor = RGBColor(213, 94, 0);
const GREEN: RGBColor = RGBColor(0, 158, 115);
const GREY: RGBColor = RGBColor(110, 110, 110);
const INK: RGBColor = RGBColor(30, 30, 30);

const FONT: &str = "sans-serif";
/// The size of labels and legend text, in plotters' units (the SVG font
/// size is this over 1.24).
const TEXT: u32 = 17;
/// The width of a character of that text, in pixels: 0.56 em of the
/// 13.7 px SVG font, the average of DejaVu Sans and Helvetica-like faces
/// over digits, letters and spaces (and plotters' own estimate).
const CHAR: f64 = 0.56 * TEXT as f64 / 1.24;

type Area<'b> = DrawingArea<SVGBackend<'b>, Shift>;
type Plot<'a, 'b> = ChartContext<'a, SVGBackend<'b>, Cartesian2d<RangedCoordf64, RangedCoordf64>>;
/// A rectangle in pixels: left, top, right, bottom.
type Rect = (i32, i32, i32, i32);

fn plot_error(e: impl fmt::Display) -> Error {
    Error::Plot {
        reason: e.to_string(),
    }
}

/// The unit an amount prints in: `"billion CNY"`, `"USD"`, `"million"`, or
/// `"value"` for a bare number.
fn unit_of(a: Amount) -> String {
    let words = a.unit_words();
    if words.is_empty() {
        "value".to_owned()
    } else {
        words
    }
}

/// Magnitudes from this up print with an exponent (`1.798e308`), not as a
/// label of hundreds of digits: 10¹⁵ is a thousand trillion, beyond every
/// scale word an amount has.
const HUGE: f64 = 1e15;
/// Magnitudes below this (and above zero) print with an exponent too.
const TINY: f64 = 1e-6;

/// Whether `x` prints with an exponent.
fn exponential(x: f64) -> bool {
    x != 0.0 && !(TINY..HUGE).contains(&x.abs())
}

/// The decimal exponent of `x`: `floor(log10 |x|)`, 0 for 0.
fn magnitude(x: f64) -> i32 {
    if x == 0.0 {
        0
    } else {
        x.abs().log10().floor() as i32
    }
}

/// `x` to about `digits` significant digits (never fewer than one
/// decimal), grouped: `2,955.9`, `4.558`, `0.00785`; `1.798e308` for a
/// magnitude beyond [`HUGE`] or below [`TINY`].
fn significant(x: f64, digits: i32) -> String {
    if exponential(x) {
        return format!("{:.*e}", (digits - 1).max(0) as usize, x);
    }
    grouped(x, (digits - 1 - magnitude(x)).max(1) as usize)
}

/// `x` as its shortest decimal form, grouped: `1,729.5`, `4.55`; with an
/// exponent beyond [`HUGE`] or below [`TINY`] (`1e300`).
fn shortest(x: f64) -> String {
    if exponential(x) {
        return format!("{x:e}");
    }
    let plain = x.to_string();
    let decimals = plain.split_once('.').map_or(0, |(_, f)| f.len());
    grouped(x, decimals)
}

/// A tick label for `y` on an axis from 0 to `top` with ticks `step`
/// apart: grouped with the decimals `step` needs (none for steps of 1 or
/// more), or, where `top` or `step` would print with an exponent, with
/// enough digits that neighbouring ticks differ.
fn tick(y: f64, top: f64, step: f64) -> String {
    if exponential(top) || exponential(step) {
        if y == 0.0 {
            return "0".to_owned();
        }
        let digits = (magnitude(y) - magnitude(step)).max(0) as usize;
        return format!("{y:.digits$e}");
    }
    let decimals = if step >= 1.0 || step <= 0.0 {
        0
    } else {
        (-step.log10().floor()) as usize
    };
    grouped(y, decimals)
}

/// The top of a value axis over values from 0 up to `top`: 12% more, for
/// room above the highest curve, but at most `f64::MAX`, so that the axis
/// stays finite for values near it (plotters never finishes placing the
/// ticks of an infinite axis); 1 when every value is 0.
///
/// # Errors
///
/// [`Error::Plot`] if `top` is negative, infinite or NaN.
fn axis_top(top: f64) -> Result<f64> {
    if !(top.is_finite() && top >= 0.0) {
        return Err(Error::Plot {
            reason: format!("the values reach {top}, which no axis can show"),
        });
    }
    if top == 0.0 {
        return Ok(1.0);
    }
    Ok((top * 1.12).min(f64::MAX))
}

fn font(color: RGBColor, h: HPos) -> TextStyle<'static> {
    (FONT, TEXT)
        .into_font()
        .color(&color)
        .pos(Pos::new(h, VPos::Center))
}

/// The pixel box of `text` anchored at `at` (left or right end, centred
/// vertically).
fn text_box(at: (i32, i32), text: &str, h: HPos) -> Rect {
    let width = (CHAR * text.chars().count() as f64).ceil() as i32;
    let (left, right) = match h {
        HPos::Right => (at.0 - width, at.0),
        HPos::Center => (at.0 - width / 2, at.0 + width / 2),
        HPos::Left => (at.0, at.0 + width),
    };
    (left, at.1 - 10, right, at.1 + 10)
}

fn overlaps(a: Rect, b: Rect) -> bool {
    a.0 < b.2 && b.0 < a.2 && a.1 < b.3 && b.1 < a.3
}

/// Small boxes along a polyline (every few pixels), for the legend to
/// avoid.
fn along(c: &Plot<'_, '_>, points: &[(f64, f64)]) -> Vec<Rect> {
    let mut out = Vec::new();
    for w in points.windows(2) {
        for k in 0..=8 {
            let t = f64::from(k) / 8.0;
            let p = (
                w[0].0 + t * (w[1].0 - w[0].0),
                w[0].1 + t * (w[1].1 - w[0].1),
            );
            let (x, y) = c.backend_coord(&p);
            out.push((x - 3, y - 3, x + 3, y + 3));
        }
    }
    if let [p] = points {
        let (x, y) = c.backend_coord(p);
        out.push((x - 6, y - 6, x + 6, y + 6));
    }
    out
}

/// What a chart is drawn on: its ranges and axis labels.
struct Frame<'c> {
    chart: &'c Chart,
    unit: String,
    x: Range<f64>,
    top: f64,
    /// Years after this are not labelled (the room right of the data).
    last_year: i32,
}

impl Frame<'_> {
    /// Builds the axes on `area` and draws the mesh.
    fn build<'a, 'b>(&self, area: &'a Area<'b>) -> Result<Plot<'a, 'b>> {
        let mut builder = ChartBuilder::on(area);
        builder
            .margin(16)
            .margin_right(24)
            .x_label_area_size(52)
            .y_label_area_size(92);
        if !self.chart.title.is_empty() {
            builder.caption(&self.chart.title, (FONT, 28).into_font().color(&INK));
        }
        let mut c = builder
            .build_cartesian_2d(self.x.clone(), 0.0..self.top)
            .map_err(plot_error)?;
        let step = self.top / 8.0;
        let last = f64::from(self.last_year);
        // One label a year, at most twelve: plotters picks a round step no
        // finer than the count allows.
        let years = (self.x.end - self.x.start).ceil() as usize + 1;
        c.configure_mesh()
            .x_desc("year")
            .y_desc(self.unit.as_str())
            .axis_desc_style((FONT, 20).into_font().color(&INK))
            .label_style((FONT, 16).into_font().color(&INK))
            .x_labels(years.clamp(2, 12))
            .y_labels(8)
            .x_label_formatter(&|x| {
                if *x > last + 1e-9 {
                    String::new()
                } else {
                    format!("{x:.0}")
                }
            })
            .y_label_formatter(&|y| tick(*y, self.top, step))
            .light_line_style(TRANSPARENT)
            .bold_line_style(GREY.mix(0.15))
            .draw()
            .map_err(plot_error)?;
        Ok(c)
    }
}

/// A legend entry's symbol.
#[derive(Clone, Copy)]
enum Icon {
    Line(RGBColor),
    Dashed(RGBColor),
    Dot(RGBColor),
    Ring,
    Bracket,
    Band,
}

struct Entry {
    icon: Icon,
    label: String,
}

const PAD: i32 = 10;
const ROW: i32 = 22;
const ICON: i32 = 30;

fn legend_size(entries: &[Entry]) -> (i32, i32) {
    let chars = entries
        .iter()
        .map(|e| e.label.chars().count())
        .max()
        .unwrap_or(0);
    let text = (CHAR * chars as f64).ceil() as i32;
    (
        PAD + ICON + 8 + text + PAD,
        2 * PAD + ROW * entries.len() as i32,
    )
}

fn draw_legend(root: &Area<'_>, at: (i32, i32), size: (i32, i32), entries: &[Entry]) -> Result<()> {
    let (x, y) = at;
    let corners = [(x, y), (x + size.0, y + size.1)];
    root.draw(&Rectangle::new(corners, WHITE.mix(0.92).filled()))
        .map_err(plot_error)?;
    root.draw(&Rectangle::new(corners, GREY.mix(0.5)))
        .map_err(plot_error)?;
    for (i, e) in entries.iter().enumerate() {
        let cy = y + PAD + ROW * i as i32 + ROW / 2;
        let ix = x + PAD;
        let mid = ix + ICON / 2;
        let drawn = match e.icon {
            Icon::Line(c) => root.draw(&PathElement::new(
                [(ix, cy), (ix + ICON, cy)],
                c.stroke_width(3),
            )),
            Icon::Dashed(c) => root
                .draw(&PathElement::new(
                    [(ix, cy), (ix + 11, cy)],
                    c.stroke_width(2),
                ))
                .and_then(|()| {
                    root.draw(&PathElement::new(
                        [(ix + 18, cy), (ix + ICON, cy)],
                        c.stroke_width(2),
                    ))
                }),
            Icon::Dot(c) => root.draw(&Circle::new((mid, cy), 5, c.filled())),
            Icon::Ring => root.draw(&Circle::new((mid, cy), 7, INK.stroke_width(2))),
            Icon::Bracket => root.draw(&PathElement::new(
                [
                    (mid - 4, cy - 8),
                    (mid + 3, cy - 8),
                    (mid + 3, cy + 8),
                    (mid - 4, cy + 8),
                ],
                INK.stroke_width(2),
            )),
            Icon::Band => root.draw(&Rectangle::new(
                [(ix, cy - 7), (ix + ICON, cy + 7)],
                BLUE.mix(0.18).filled(),
            )),
        };
        drawn.map_err(plot_error)?;
        root.draw(&Text::new(
            e.label.clone(),
            (ix + ICON + 8, cy),
            font(INK, HPos::Left),
        ))
        .map_err(plot_error)?;
    }
    Ok(())
}

/// Draws a chart: axes, the series (`draw`), and the legend in the first
/// corner that covers none of `obstacles` (pixel boxes of what `draw`
/// puts on the plot), or in a strip below the plot.
fn render(
    frame: &Frame<'_>,
    entries: &[Entry],
    obstacles: impl Fn(&Plot<'_, '_>) -> Vec<Rect>,
    draw: impl Fn(&mut Plot<'_, '_>) -> Result<()>,
) -> Result<String> {
    let size = (frame.chart.width, frame.chart.height);
    let legend = legend_size(entries);
    // A dry run on scratch text finds where the plot lands in pixels.
    let corner = {
        let mut scratch = String::new();
        let root = SVGBackend::with_string(&mut scratch, size).into_drawing_area();
        let c = frame.build(&root)?;
        let (xs, ys) = c.plotting_area().get_pixel_range();
        let blocked = obstacles(&c);
        let (w, h) = legend;
        let inset = 12;
        [
            (xs.start + inset, ys.start + inset),
            (xs.end - inset - w, ys.start + inset),
            (xs.end - inset - w, ys.end - inset - h),
            (xs.start + inset, ys.end - inset - h),
        ]
        .into_iter()
        .find(|&(x, y)| {
            let r = (x - 4, y - 4, x + w + 4, y + h + 4);
            x >= xs.start && r.2 <= xs.end && !blocked.iter().any(|&b| overlaps(r, b))
        })
    };
    let mut svg = String::new();
    {
        let root = SVGBackend::with_string(&mut svg, size).into_drawing_area();
        root.fill(&WHITE).map_err(plot_error)?;
        let height = i32::try_from(size.1).unwrap_or(i32::MAX);
        let plot_area = match corner {
            Some(_) => root.clone(),
            None => root.split_vertically(height - legend.1 - 12).0,
        };
        let mut c = frame.build(&plot_area)?;
        draw(&mut c)?;
        let at = match corner {
            Some(at) => at,
            None => {
                let (xs, _) = c.plotting_area().get_pixel_range();
                (xs.start, height - legend.1 - 8)
            }
        };
        draw_legend(&root, at, legend, entries)?;
        root.present().map_err(plot_error)?;
    }
    Ok(svg)
}

/// A text label on the plot, in data coordinates.
struct Label {
    text: String,
    at: (f64, f64),
    color: RGBColor,
}

/// An SVG chart of a forecast: the path its printed endpoints imply, the
/// path at its stated rate, and its target, with the gap at the target
/// year annotated.
///
/// `implied` is the path from the baseline to the target
/// ([`Path::between`]): its last value is the target. `stated` is the
/// baseline grown at the stated rate ([`Path::at_rate`]). Values are drawn
/// in the scale of `implied`'s first amount and the value axis is labelled
/// with that scale and the currency ("billion CNY") unless [`Chart::unit`]
/// says otherwise; years run along the bottom. The last values of both
/// paths are printed right of the last year, the gap between them at the
/// target year is bracketed and labelled there, and the legend states it
/// in full: "gap in 2035: +1,226.4 billion CNY (+71% of the target)".
///
/// Values anywhere in the range of `f64` can be drawn: near `f64::MAX` the
/// value axis ends at `f64::MAX`, and numbers of a thousand trillion or
/// more (or under a millionth) are labelled with an exponent, `1.798e308`.
/// The gap's share of the target is left out of the legend where it is
/// beyond the range of `f64`.
///
/// # Errors
///
/// [`Error::CurrencyMismatch`] if the paths are in different currencies;
/// [`Error::Plot`] if drawing fails.
///
/// # Example
///
/// ```
/// use cagr::{plot, Path, Rate};
///
/// let implied = Path::between(2020, "4.0 billion USD".parse()?, 2026, "8.6 billion USD".parse()?)?;
/// let stated = Path::at_rate(2020, "4.0 billion USD".parse()?, Rate::from_percent(16.2)?, 2026)?;
/// let svg = plot::forecast(&implied, &stated, "A market")?;
/// assert!(svg.contains("billion USD"));
/// // 4.0 · 1.162^6 = 9.847 billion at the stated rate, 1.247 above 8.6.
/// assert!(svg.contains("gap in 2026: +1.25 billion USD (+14% of the target)"));
/// # Ok::<(), cagr::Error>(())
/// ```
pub fn forecast(implied: &Path, stated: &Path, chart: impl Into<Chart>) -> Result<String> {
    let chart = chart.into();
    implied.start().common_currency(stated.start())?;
    let scale = implied.start().scale();
    let unit = chart
        .unit
        .clone()
        .unwrap_or_else(|| unit_of(implied.start()));
    let v = |a: Amount| a.value_in(scale);
    let first = implied.start_year().min(stated.start_year());
    let last = implied.end_year().max(stated.end_year());
    let line = |p: &Path| -> Vec<(f64, f64)> {
        p.years().map(|q| (f64::from(q.year), v(q.value))).collect()
    };
    let (stated_line, implied_line) = (line(stated), line(implied));
    let top = stated_line
        .iter()
        .chain(&implied_line)
        .map(|p| p.1)
        .fold(0.0, f64::max);

    let target_year = implied.end_year();
    let target = v(implied.end());
    let gap = stated
        .value_at(target_year)
        .map(|there| (v(there), v(there) - target));
    let sign = |g: f64| if g >= 0.0 { "+" } else { "-" };

    let mut entries = vec![
        Entry {
            icon: Icon::Line(VERMILION),
            label: format!("at the stated {} a year", stated.rate()),
        },
        Entry {
            icon: Icon::Line(BLUE),
            label: format!("implied by the endpoints, {:.2} a year", implied.rate()),
        },
        Entry {
            icon: Icon::Ring,
            label: format!("target {} {unit} in {target_year}", shortest(target)),
        },
    ];
    if let Some((_, g)) = gap {
        // The share is left out where it is beyond the range of f64 (a
        // target that is, in the chart's scale, next to nothing).
        let share = (g / target * 100.0).abs();
        let share = if !share.is_finite() {
            String::new()
        } else if (10.0..HUGE).contains(&share) {
            format!(" ({}{share:.0}% of the target)", sign(g))
        } else {
            format!(" ({}{}% of the target)", sign(g), significant(share, 2))
        };
        entries.push(Entry {
            icon: Icon::Bracket,
            label: format!(
                "gap in {target_year}: {}{} {unit}{share}",
                sign(g),
                significant(g.abs(), 3),
            ),
        });
    }

    // Right of the last year: the end values, and a short label of the
    // gap between them when there is room for it.
    let labels = |c: &Plot<'_, '_>| -> Vec<Label> {
        let (_, height) = c.plotting_area().dim_in_pixel();
        let per_pixel = c.y_range().end / f64::from(height.max(1));
        let label_x = f64::from(last) + 0.32;
        let mut ends = vec![(v(stated.end()), VERMILION), (v(implied.end()), BLUE)];
        ends.sort_by(|a, b| b.0.total_cmp(&a.0));
        let mut out: Vec<Label> = Vec::new();
        // At least 24 pixels between the two.
        let min_gap = 24.0 * per_pixel;
        for (value, color) in ends {
            let y = match out.last() {
                Some(above) if above.at.1 - value < min_gap => above.at.1 - min_gap,
                _ => value,
            };
            out.push(Label {
                text: significant(value, 4),
                at: (label_x, y),
                color,
            });
        }
        if let Some((there, g)) = gap {
            let (lo, hi) = (target.min(there), target.max(there));
            if (hi - lo) / per_pixel >= 72.0 && target_year == last {
                // Halved apart, so that two values near f64::MAX do not
                // overflow.
                let mid = lo + (hi - lo) / 2.0;
                out.push(Label {
                    text: "gap".to_owned(),
                    at: (label_x, mid + 10.0 * per_pixel),
                    color: INK,
                });
                out.push(Label {
                    text: format!("{}{}", sign(g), significant(g.abs(), 3)),
                    at: (label_x, mid - 10.0 * per_pixel),
                    color: INK,
                });
            }
        }
        out
    };
    let bracket = gap.map(|(there, _)| {
        let x = f64::from(target_year);
        let (lo, hi) = (target.min(there), target.max(there));
        [(x + 0.1, lo), (x + 0.2, lo), (x + 0.2, hi), (x + 0.1, hi)]
    });
    let target_point = (f64::from(target_year), target);

    let frame = Frame {
        chart: &chart,
        unit: unit.clone(),
        // Half a year of room on the left; on the right, room for the
        // bracket and the end labels.
        x: f64::from(first) - 0.5..f64::from(last) + 1.9,
        top: axis_top(top)?,
        last_year: last,
    };
    let obstacles = |c: &Plot<'_, '_>| {
        let mut out = along(c, &stated_line);
        out.extend(along(c, &implied_line));
        if let Some(b) = &bracket {
            out.extend(along(c, b));
        }
        let (x, y) = c.backend_coord(&target_point);
        out.push((x - 10, y - 10, x + 10, y + 10));
        for l in labels(c) {
            out.push(text_box(c.backend_coord(&l.at), &l.text, HPos::Left));
        }
        out
    };
    let draw = |c: &mut Plot<'_, '_>| -> Result<()> {
        for (points, color) in [(&stated_line, VERMILION), (&implied_line, BLUE)] {
            c.draw_series(LineSeries::new(
                points.iter().copied(),
                color.stroke_width(3),
            ))
            .map_err(plot_error)?;
            c.draw_series(points.iter().map(|&p| Circle::new(p, 3, color.filled())))
                .map_err(plot_error)?;
        }
        c.draw_series([Circle::new(target_point, 9, INK.stroke_width(2))])
            .map_err(plot_error)?;
        if let Some(b) = bracket {
            c.draw_series([PathElement::new(b, INK.stroke_width(2))])
                .map_err(plot_error)?;
        }
        let placed = labels(c);
        c.draw_series(
            placed
                .into_iter()
                .map(|l| Text::new(l.text, l.at, font(l.color, HPos::Left))),
        )
        .map_err(plot_error)?;
        Ok(())
    };
    render(&frame, &entries, obstacles, draw)
}

/// An SVG chart of an exponential fit: the data points, the fitted curve,
/// its 95% confidence band (for three points or more) and, for comparison,
/// the path at the endpoint CAGR (dashed; for two points it is the fitted
/// curve itself, and the legend says so).
///
/// The value axis is labelled [`Chart::unit`], or `"value"`.
///
/// The band is left out when its upper end is beyond the range of `f64` in
/// some year of the data ([`GrowthFit::band`] fails there with
/// [`Error::OutOfRange`]: a series scattered over hundreds of orders of
/// magnitude), and so is the endpoint path when it leaves that range.
/// Values near `f64::MAX` are drawn on an axis that ends at `f64::MAX`, as
/// in [`forecast`].
///
/// # Errors
///
/// [`Error::Plot`] if drawing fails, or if the fitted curve leaves the
/// range of `f64` between the years of the data (it cannot for a fit that
/// [`crate::fit::growth`] returned, which checks the fitted values).
///
/// # Example
///
/// ```
/// use cagr::{fit, plot};
/// use cagr::plot::Chart;
///
/// let g = fit::growth(&[(2019, 100.0), (2020, 112.0), (2022, 139.0), (2023, 160.0)])?;
/// let svg = plot::fit(&g, Chart { unit: Some("million USD".into()), ..Chart::from("Sales") })?;
/// assert!(svg.contains("million USD"));
/// assert!(svg.contains("95% band of the fitted curve"));
/// # Ok::<(), cagr::Error>(())
/// ```
pub fn fit(fit: &GrowthFit, chart: impl Into<Chart>) -> Result<String> {
    let chart = chart.into();
    let unit = chart.unit.clone().unwrap_or_else(|| "value".to_owned());
    let (first, last) = fit.years();
    let (x0, x1) = (f64::from(first), f64::from(last));
    // Eight samples a year (at least 40): an exponential is smooth at that
    // spacing, and the SVG backend rounds every vertex to a whole pixel, so
    // denser samples only make the rounding show as a staircase.
    let samples = (usize::try_from(last - first).unwrap_or(1).max(1) * 8).max(40);
    let grid: Vec<f64> = (0..=samples)
        .map(|i| x0 + (x1 - x0) * i as f64 / samples as f64)
        .collect();
    let curve: Vec<(f64, f64)> = grid.iter().map(|&x| (x, fit.at(x))).collect();
    let band: Option<Vec<(f64, f64, f64)>> = grid
        .iter()
        .map(|&x| {
            fit.band_at(x, crate::fit::LEVEL)
                .map(|(lo, hi)| (x, lo, hi))
        })
        .collect::<Result<_>>()
        .ok();
    let two = fit.len() < 3;
    let endpoint = fit.endpoint_rate().ok().filter(|_| !two);
    let first_value = fit
        .points()
        .find(|p| p.year == first)
        .map_or(0.0, |p| p.value);
    // In logs, so that a path from a subnormal value to one near f64::MAX
    // is not 5e-324 · ∞; left out if it still leaves the range of f64.
    let endpoint_path: Vec<(f64, f64)> = endpoint
        .map(|r| {
            grid.iter()
                .map(|&x| (x, (first_value.ln() + r.continuous() * (x - x0)).exp()))
                .collect::<Vec<_>>()
        })
        .filter(|path| path.iter().all(|p| p.1.is_finite()))
        .unwrap_or_default();
    let endpoint = endpoint.filter(|_| !endpoint_path.is_empty());
    let dots: Vec<(f64, f64)> = fit.points().map(|p| (f64::from(p.year), p.value)).collect();
    let mut top = dots
        .iter()
        .chain(&curve)
        .chain(&endpoint_path)
        .map(|p| p.1)
        .fold(0.0, f64::max);
    if let Some(b) = &band {
        top = b.iter().map(|p| p.2).fold(top, f64::max);
    }

    let mut entries = vec![Entry {
        icon: Icon::Dot(VERMILION),
        label: "data".to_owned(),
    }];
    entries.push(Entry {
        icon: Icon::Line(BLUE),
        label: if two {
            format!("fitted growth = endpoint CAGR, {:.2} a year", fit.rate())
        } else {
            format!("fitted growth, {:.2} a year", fit.rate())
        },
    });
    if band.is_some() {
        entries.push(Entry {
            icon: Icon::Band,
            label: "95% band of the fitted curve".to_owned(),
        });
    }
    if let Some(r) = endpoint {
        entries.push(Entry {
            icon: Icon::Dashed(GREEN),
            label: format!("endpoint CAGR, {r:.2} a year"),
        });
    }

    let frame = Frame {
        chart: &chart,
        unit,
        x: x0 - 0.5..x1 + 0.5,
        top: axis_top(top)?,
        last_year: last,
    };
    // Every fourth sample is enough to keep the legend off the curves.
    let thin = |points: &[(f64, f64)]| -> Vec<(f64, f64)> {
        points
            .iter()
            .step_by(4)
            .chain(points.last())
            .copied()
            .collect()
    };
    let obstacles = |c: &Plot<'_, '_>| {
        let mut out = along(c, &thin(&curve));
        out.extend(along(c, &thin(&endpoint_path)));
        if let Some(b) = &band {
            let upper: Vec<(f64, f64)> = b.iter().map(|p| (p.0, p.2)).collect();
            let lower: Vec<(f64, f64)> = b.iter().map(|p| (p.0, p.1)).collect();
            out.extend(along(c, &thin(&upper)));
            out.extend(along(c, &thin(&lower)));
        }
        for p in &dots {
            let (x, y) = c.backend_coord(p);
            out.push((x - 6, y - 6, x + 6, y + 6));
        }
        out
    };
    let draw = |c: &mut Plot<'_, '_>| -> Result<()> {
        if let Some(b) = &band {
            let outline: Vec<(f64, f64)> = b
                .iter()
                .map(|p| (p.0, p.2))
                .chain(b.iter().rev().map(|p| (p.0, p.1)))
                .collect();
            c.draw_series([Polygon::new(outline, BLUE.mix(0.18).filled())])
                .map_err(plot_error)?;
        }
        c.draw_series(LineSeries::new(curve.iter().copied(), BLUE.stroke_width(3)))
            .map_err(plot_error)?;
        // Dashed over the fitted curve, so the curve shows through where
        // the two nearly coincide.
        if !endpoint_path.is_empty() {
            c.draw_series(DashedLineSeries::new(
                endpoint_path.iter().copied(),
                10,
                7,
                GREEN.stroke_width(2),
            ))
            .map_err(plot_error)?;
        }
        c.draw_series(dots.iter().map(|&p| Circle::new(p, 5, VERMILION.filled())))
            .map_err(plot_error)?;
        Ok(())
    };
    render(&frame, &entries, obstacles, draw)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn grouped_numbers() {
        let table = [
            (1729.5, 1, "1,729.5"),
            (2955.9, 1, "2,955.9"),
            (500.0, 0, "500"),
            (1_234_567.0, 0, "1,234,567"),
            (-1226.36, 1, "-1,226.4"),
            (-0.01, 1, "0.0"),
            (0.25, 2, "0.25"),
        ];
        for (x, d, want) in table {
            assert_eq!(grouped(x, d), want, "{x}");
        }
    }

    #[test]
    fn significant_and_shortest() {
        let table = [
            (significant(2955.9, 4), "2,955.9"),
            (significant(4.557_85, 4), "4.558"),
            (significant(0.007_85, 3), "0.00785"),
            (significant(1226.4, 3), "1,226.4"),
            (significant(0.172_5, 2), "0.17"),
            (shortest(1729.5), "1,729.5"),
            (shortest(4.55), "4.55"),
            (shortest(600.0), "600"),
            // With an exponent from a thousand trillion up and under a
            // millionth, not as hundreds of digits.
            (significant(f64::MAX, 4), "1.798e308"),
            (significant(-1.7e308, 3), "-1.70e308"),
            (significant(1e-300, 3), "1.00e-300"),
            (significant(999e12, 3), "999,000,000,000,000.0"),
            (shortest(f64::MAX), "1.7976931348623157e308"),
            (shortest(1e15), "1e15"),
            (shortest(5e-324), "5e-324"),
        ];
        for (got, want) in table {
            assert_eq!(got, want);
        }
    }

    #[test]
    fn ticks_and_the_top_of_the_axis() {
        let table = [
            (tick(0.0, 1e3, 125.0), "0"),
            (tick(0.0, 2.0, 0.25), "0.0"),
            (tick(0.0, f64::MAX, f64::MAX / 8.0), "0"),
            (tick(250.0, 1e3, 125.0), "250"),
            (tick(0.5, 2.0, 0.25), "0.5"),
            (tick(5e307, f64::MAX, f64::MAX / 8.0), "5e307"),
            (tick(1.5e308, f64::MAX, f64::MAX / 8.0), "1.5e308"),
            (tick(2e-300, 1e-299, 1.25e-300), "2e-300"),
        ];
        for (got, want) in table {
            assert_eq!(got, want);
        }
        assert_eq!(axis_top(100.0).ok(), Some(100.0 * 1.12));
        // Values near f64::MAX: the axis ends there instead of at infinity.
        assert_eq!(axis_top(f64::MAX).ok(), Some(f64::MAX));
        assert_eq!(axis_top(0.0).ok(), Some(1.0));
        for top in [f64::INFINITY, f64::NAN, -1.0] {
            assert!(matches!(axis_top(top), Err(Error::Plot { .. })), "{top}");
        }
    }

    #[test]
    fn units() {
        let table = [
            ("600 billion CNY", "billion CNY"),
            ("USD 3.64 billion", "billion USD"),
            ("5 million", "million"),
            ("12 EUR", "EUR"),
            ("12", "value"),
        ];
        for (text, want) in table {
            assert_eq!(unit_of(text.parse().unwrap()), want, "{text}");
        }
    }

    #[test]
    fn boxes_overlap_only_when_they_share_area() {
        assert!(overlaps((0, 0, 10, 10), (5, 5, 15, 15)));
        assert!(!overlaps((0, 0, 10, 10), (10, 0, 20, 10)));
        assert_eq!(
            text_box((100, 50), "abcd", HPos::Right).0,
            100 - (4.0 * CHAR).ceil() as i32
        );
    }
}
