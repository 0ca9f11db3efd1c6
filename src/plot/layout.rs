//! Where everything on a chart goes, in pixels, and the drawing of what
//! every chart shares: the title, the axes with their labels, the legend.
//!
//! The canvas is cut from the outside in. Text is sized from the canvas
//! (a scale of 1 at 960×600, within 0.7 and 1.4); the title is wrapped to
//! the width, and shrunk or cut with "…" beyond two lines (three from 400
//! pixels high); the value axis takes as many labels as its height holds
//! two lines apart (two to ten) and as much width as its widest label;
//! the years take the room their labels need, the first and last always
//! labelled and the years between on a round step whose labels keep a gap
//! from their neighbours. Right of the last year the chart keeps the width
//! of the texts set there (a forecast's end values), so they stay on the
//! canvas over any span. The legend tries, in order: a corner of the plot
//! that covers nothing drawn there, then a strip below the plot, each with
//! the full labels and then the short ones, then all again in smaller text.
//! Every box is measured with [`super::text`]'s widths.

use core::ops::Range;

use plotters::coord::ranged1d::Ranged;
use plotters::coord::types::RangedCoordf64;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};

use super::axis::tick;
use super::chart::Chart;
use super::text::{line_height, overlaps, top_inset, truncate, width, wrap, Rect};
use crate::{Error, Result};

/// The colours of chart furniture.
pub(super) const GREY: RGBColor = RGBColor(110, 110, 110);
pub(super) const INK: RGBColor = RGBColor(30, 30, 30);
const FONT: &str = "sans-serif";

/// The coordinates of the plot: years along, values up.
pub(super) type Map = Cartesian2d<RangedCoordf64, RangedCoordf64>;
/// The canvas in those coordinates.
pub(super) type Plot<'b> = DrawingArea<SVGBackend<'b>, Map>;

pub(super) fn plot_error(e: impl core::fmt::Display) -> Error {
    Error::Plot {
        reason: e.to_string(),
    }
}

/// A text style `px` pixels high (plotters' sizes are 1.24 times the SVG
/// font size it writes).
pub(super) fn style(px: f64, color: RGBColor, h: HPos, v: VPos) -> TextStyle<'static> {
    (FONT, px * 1.24)
        .into_font()
        .color(&color)
        .pos(Pos::new(h, v))
}

/// Text sizes in pixels, from the size of the canvas.
#[derive(Debug, Clone, Copy)]
pub(super) struct Sizes {
    /// The scale: 1 at 960×600.
    pub(super) s: f64,
    pub(super) title: f64,
    /// Axis labels.
    pub(super) label: f64,
    /// Legend and labels on the plot.
    pub(super) text: f64,
    /// Axis names.
    pub(super) name: f64,
}

impl Sizes {
    fn of(width: f64, height: f64) -> Sizes {
        let s = (width / 960.0).min(height / 600.0).clamp(0.7, 1.4);
        Sizes {
            s,
            title: 22.6 * s,
            label: 12.9 * s,
            text: 13.7 * s,
            name: 16.1 * s,
        }
    }
}

/// A legend entry's symbol.
#[derive(Clone, Copy)]
pub(super) enum Icon {
    Line(RGBColor),
    Dashed(RGBColor),
    Dot(RGBColor),
    Ring,
    Bracket,
    Band(RGBColor),
}

/// A legend entry: its symbol, its full label, and the short one used
/// where the full one does not fit.
pub(super) struct Entry {
    pub(super) icon: Icon,
    pub(super) label: String,
    pub(super) short: String,
}

/// What a chart asks of the layout.
pub(super) struct Spec<'c> {
    pub(super) chart: &'c Chart,
    /// The name of the value axis.
    pub(super) unit: String,
    /// The first and last year of the data.
    pub(super) years: (i32, i32),
    /// The top of the value axis.
    pub(super) top: f64,
    pub(super) entries: Vec<Entry>,
    /// Texts set right of the last year, in [`Sizes::text`].
    pub(super) right: Vec<String>,
}

/// The legend as placed.
#[derive(Debug, Clone)]
pub(super) struct Legend {
    labels: Vec<String>,
    px: f64,
    at: (f64, f64),
    size: (f64, f64),
}

/// Everything placed: the chart's geometry in pixels.
pub(super) struct Layout {
    pub(super) sizes: Sizes,
    pub(super) width: f64,
    margin: f64,
    title: Vec<String>,
    title_px: f64,
    /// The plot: left, top, right, bottom.
    pub(super) plot: Rect,
    pub(super) x: Range<f64>,
    top: f64,
    ticks: Vec<f64>,
    years: Vec<i32>,
    unit: String,
    legend: Option<Legend>,
}

impl Layout {
    /// The pixel at data point `p`.
    pub(super) fn at(&self, p: (f64, f64)) -> (f64, f64) {
        let (l, t, r, b) = self.plot;
        (
            l + (p.0 - self.x.start) / (self.x.end - self.x.start) * (r - l),
            b - p.1 / self.top * (b - t),
        )
    }

    /// Pixels a year.
    pub(super) fn per_year(&self) -> f64 {
        (self.plot.2 - self.plot.0) / (self.x.end - self.x.start)
    }

    /// Value units a pixel.
    pub(super) fn per_pixel(&self) -> f64 {
        self.top / (self.plot.3 - self.plot.1).max(1.0)
    }

    fn map(&self) -> Map {
        let px = |v: f64| v.round() as i32;
        Cartesian2d::new(
            self.x.clone(),
            0.0..self.top,
            (
                px(self.plot.0)..px(self.plot.2),
                px(self.plot.3)..px(self.plot.1),
            ),
        )
    }

    /// Where each label of the x axis goes (anchored at its top centre).
    fn year_labels(&self) -> Vec<(String, (f64, f64))> {
        let y = self.plot.3 + 0.5 * self.sizes.label + 2.0 + top_inset(self.sizes.label);
        self.years
            .iter()
            .map(|&year| (year.to_string(), (self.at((f64::from(year), 0.0)).0, y)))
            .collect()
    }

    /// The top of the x axis' name, and of the legend strip below it.
    fn below_labels(&self) -> f64 {
        self.plot.3 + 0.5 * self.sizes.label + 2.0 + line_height(self.sizes.label)
    }

    /// The labels of the value axis, anchored at their right centre.
    fn tick_labels(&self) -> Vec<(String, (f64, f64))> {
        let step = match self.ticks.as_slice() {
            [a, b, ..] => b - a,
            _ => self.top,
        };
        self.ticks
            .iter()
            .map(|&y| {
                (
                    tick(y, self.top, step),
                    (self.plot.0 - 0.5 * self.sizes.label, self.at((0.0, y)).1),
                )
            })
            .collect()
    }
}

/// The legend's size with these labels at `px`.
fn legend_size(labels: &[String], px: f64) -> (f64, f64) {
    let text = labels.iter().map(|l| width(l, px)).fold(0.0, f64::max);
    (
        0.6 * px + 2.2 * px + 0.6 * px + text + 0.6 * px,
        2.0 * 0.6 * px + 1.5 * px * labels.len() as f64,
    )
}

/// Round steps for the years between the first and the last.
const YEAR_STEPS: [i32; 12] = [1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000];

/// Lays the chart out with the legend in a strip `below` pixels high under
/// the plot, or (with `None`) with no strip.
fn place(spec: &Spec<'_>, sizes: Sizes, below: Option<f64>) -> Layout {
    let (w, h) = (
        f64::from(spec.chart.width.max(1)),
        f64::from(spec.chart.height.max(1)),
    );
    let m = (12.0 * sizes.s).round();
    let (label, name) = (sizes.label, sizes.name);

    // The title: wrapped; shrunk towards the label size, then cut, beyond
    // the lines the height allows.
    let max_lines = if h < 400.0 { 2 } else { 3 };
    let mut title_px = sizes.title;
    let mut title = wrap(&spec.chart.title, title_px, w - 2.0 * m);
    while title.len() > max_lines && title_px > label {
        title_px = (title_px * 0.9).max(label);
        title = wrap(&spec.chart.title, title_px, w - 2.0 * m);
    }
    if title.len() > max_lines {
        let rest = title[max_lines - 1..].join(" ");
        title.truncate(max_lines - 1);
        title.push(rest);
    }
    for line in &mut title {
        *line = truncate(line, title_px, w - 2.0 * m);
    }
    let title_h = if title.is_empty() {
        0.0
    } else {
        title.len() as f64 * 1.3 * title_px + 0.3 * title_px
    };

    // Top and bottom of the plot: half a label above it for the top value
    // label; below it the year labels, the axis name and the legend strip.
    let plot_top = m + title_h + 0.7 * label;
    let strip = below.map_or(0.0, |lh| 0.6 * sizes.text + lh);
    let under = 0.5 * label + 2.0 + line_height(label) + 0.3 * name + line_height(name) + strip;
    let plot_bottom = (h - m - under).max(plot_top + 1.0);
    let plot_h = plot_bottom - plot_top;

    // The value axis: labels two lines apart, at most eight.
    let top = spec.top;
    let count = ((plot_h / (2.0 * label)).floor() as usize).clamp(2, 10);
    let range: RangedCoordf64 = (0.0..top).into();
    let ticks = range.key_points(count);
    let step = match ticks.as_slice() {
        [a, b, ..] => b - a,
        _ => top,
    };
    let widest = ticks
        .iter()
        .map(|&y| width(&tick(y, top, step), label))
        .fold(0.0, f64::max);
    let plot_left = m + line_height(name) + 0.5 * label + widest + 0.5 * label;
    let plot_right = (w - m).max(plot_left + 1.0);
    let plot_w = plot_right - plot_left;

    // The years: half a year of room on the left (within bounds); on the
    // right, the texts set there, or the same half year.
    let (first, last) = spec.years;
    let span = f64::from(last.saturating_sub(first).max(1));
    let year_w = width(&first.to_string(), label).max(width(&last.to_string(), label));
    let right_texts = spec
        .right
        .iter()
        .map(|t| width(t, sizes.text))
        .fold(0.0, f64::max);
    let half_year = plot_w / (span + 1.0) / 2.0;
    let pad = half_year.clamp(8.0 * sizes.s, 40.0 * sizes.s);
    let room = if spec.right.is_empty() {
        pad.max(year_w / 2.0 + 1.0)
    } else {
        (14.0 * sizes.s + right_texts + 4.0 * sizes.s).max(year_w / 2.0 + 1.0)
    };
    let per_year = ((plot_w - pad - room) / span).max(1e-6);
    let x = f64::from(first) - pad / per_year..f64::from(last) + room / per_year;

    // Year labels: first, last, and the round years between that keep a
    // label's gap from their neighbours.
    let gap = year_w + 0.8 * label;
    let step = YEAR_STEPS
        .iter()
        .copied()
        .find(|&s| f64::from(s) * per_year >= gap)
        .unwrap_or(i32::MAX);
    let mut years = vec![first];
    if step < i32::MAX {
        let mut y = first.div_euclid(step) * step + step;
        while y < last {
            let from_first = f64::from(y - first) * per_year;
            let to_last = f64::from(last - y) * per_year;
            if from_first >= gap && to_last >= gap {
                years.push(y);
            }
            y = y.saturating_add(step);
        }
    }
    if last != first {
        years.push(last);
    }

    let unit = truncate(&spec.unit, name, plot_h);
    Layout {
        sizes,
        width: w,
        margin: m,
        title,
        title_px,
        plot: (plot_left, plot_top, plot_right, plot_bottom),
        x,
        top,
        ticks,
        years,
        unit,
        legend: None,
    }
}

/// Places the chart and its legend: in a corner of the plot that covers
/// none of `obstacles`, or in a strip below the plot (see the module docs
/// for the order of trials).
fn arrange(spec: &Spec<'_>, obstacles: &dyn Fn(&Layout) -> Vec<Rect>) -> Layout {
    let (w, h) = (
        f64::from(spec.chart.width.max(1)),
        f64::from(spec.chart.height.max(1)),
    );
    let sizes = Sizes::of(w, h);
    let long: Vec<String> = spec.entries.iter().map(|e| e.label.clone()).collect();
    let short: Vec<String> = spec.entries.iter().map(|e| e.short.clone()).collect();
    let open = place(spec, sizes, None);
    let blocked = obstacles(&open);
    let min_plot = (0.35 * h).max(4.0 * sizes.label);
    let mut px = sizes.text;
    let mut last = None;
    while px >= 0.7 * sizes.text {
        for labels in [&long, &short] {
            let size = legend_size(labels, px);
            let legend = |at| Legend {
                labels: labels.clone(),
                px,
                at,
                size,
            };
            // A corner of the plot.
            let (l, t, r, b) = open.plot;
            let inset = 0.9 * px;
            let corners = [
                (l + inset, t + inset),
                (r - inset - size.0, t + inset),
                (r - inset - size.0, b - inset - size.1),
                (l + inset, b - inset - size.1),
            ];
            let free = corners.into_iter().find(|&(x, y)| {
                let rect = (x - 4.0, y - 4.0, x + size.0 + 4.0, y + size.1 + 4.0);
                x >= l
                    && y >= t
                    && rect.2 <= r
                    && rect.3 <= b
                    && !blocked.iter().any(|&o| overlaps(rect, o))
            });
            if let Some(at) = free {
                return Layout {
                    legend: Some(legend(at)),
                    ..place(spec, sizes, None)
                };
            }
            // A strip below the plot.
            let mut under = place(spec, sizes, Some(size.1));
            let top = under.below_labels()
                + 0.3 * sizes.name
                + line_height(sizes.name)
                + 0.6 * sizes.text;
            let left = if under.plot.0 + size.0 <= w - under.margin {
                under.plot.0
            } else {
                under.margin
            };
            let fits = size.0 <= w - 2.0 * under.margin;
            under.legend = Some(legend((left, top)));
            if fits && under.plot.3 - under.plot.1 >= min_plot {
                return under;
            }
            last = Some(under);
        }
        px *= 0.88;
    }
    // Nothing fits (a canvas far smaller than 320×240): the last trial.
    last.unwrap_or(open)
}

/// Draws a chart: the layout's furniture, the series (`draw`, on the
/// canvas in data coordinates) and the legend. `obstacles` gives the pixel
/// boxes of what `draw` puts on the plot, which the legend avoids.
pub(super) fn render(
    spec: &Spec<'_>,
    obstacles: impl Fn(&Layout) -> Vec<Rect>,
    draw: impl Fn(&Plot<'_>, &Layout) -> Result<()>,
) -> Result<String> {
    let layout = arrange(spec, &obstacles);
    let size = (spec.chart.width.max(1), spec.chart.height.max(1));
    let mut svg = String::new();
    {
        let root = SVGBackend::with_string(&mut svg, size).into_drawing_area();
        root.fill(&WHITE).map_err(plot_error)?;
        furniture(&root, &layout)?;
        let plot = root.apply_coord_spec(layout.map());
        draw(&plot, &layout)?;
        if let Some(legend) = &layout.legend {
            draw_legend(&root, legend, &spec.entries)?;
        }
        root.present().map_err(plot_error)?;
    }
    Ok(svg)
}

fn pixel(p: (f64, f64)) -> (i32, i32) {
    (p.0.round() as i32, p.1.round() as i32)
}

/// The title, the grid, the axes and their labels and names.
fn furniture(root: &DrawingArea<SVGBackend<'_>, plotters::coord::Shift>, l: &Layout) -> Result<()> {
    let (left, top, right, bottom) = l.plot;
    let (label, name, s) = (l.sizes.label, l.sizes.name, l.sizes.s);
    for (i, line) in l.title.iter().enumerate() {
        let y = l.margin + i as f64 * 1.3 * l.title_px + top_inset(l.title_px);
        root.draw(&Text::new(
            line.clone(),
            pixel((l.width / 2.0, y)),
            style(l.title_px, INK, HPos::Center, VPos::Top),
        ))
        .map_err(plot_error)?;
    }
    // Grid lines and the value axis' labels.
    for (text, at) in l.tick_labels() {
        root.draw(&PathElement::new(
            [pixel((left, at.1)), pixel((right, at.1))],
            GREY.mix(0.15),
        ))
        .map_err(plot_error)?;
        root.draw(&PathElement::new(
            [pixel((left - 4.0 * s, at.1)), pixel((left, at.1))],
            GREY,
        ))
        .map_err(plot_error)?;
        root.draw(&Text::new(
            text,
            pixel(at),
            style(label, INK, HPos::Right, VPos::Center),
        ))
        .map_err(plot_error)?;
    }
    root.draw(&PathElement::new(
        [
            pixel((left, top)),
            pixel((left, bottom)),
            pixel((right, bottom)),
        ],
        GREY.stroke_width(1),
    ))
    .map_err(plot_error)?;
    // The years.
    for (text, at) in l.year_labels() {
        root.draw(&PathElement::new(
            [pixel((at.0, bottom)), pixel((at.0, bottom + 4.0 * s))],
            GREY,
        ))
        .map_err(plot_error)?;
        root.draw(&Text::new(
            text,
            pixel(at),
            style(label, INK, HPos::Center, VPos::Top),
        ))
        .map_err(plot_error)?;
    }
    // The axis names.
    let year_at = (
        (left + right) / 2.0,
        l.below_labels() + 0.3 * name + top_inset(name),
    );
    root.draw(&Text::new(
        "year",
        pixel(year_at),
        style(name, INK, HPos::Center, VPos::Top),
    ))
    .map_err(plot_error)?;
    let unit_at = (l.margin + top_inset(name), (top + bottom) / 2.0);
    root.draw(&Text::new(
        l.unit.clone(),
        pixel(unit_at),
        style(name, INK, HPos::Center, VPos::Top).transform(FontTransform::Rotate270),
    ))
    .map_err(plot_error)?;
    Ok(())
}

fn draw_legend(
    root: &DrawingArea<SVGBackend<'_>, plotters::coord::Shift>,
    legend: &Legend,
    entries: &[Entry],
) -> Result<()> {
    let px = legend.px;
    let (x, y) = legend.at;
    let corners = [pixel((x, y)), pixel((x + legend.size.0, y + legend.size.1))];
    root.draw(&Rectangle::new(corners, WHITE.mix(0.92).filled()))
        .map_err(plot_error)?;
    root.draw(&Rectangle::new(corners, GREY.mix(0.5)))
        .map_err(plot_error)?;
    let k = px / 13.7;
    let r = |v: f64| (v * k).round().max(1.0) as i32;
    for (i, (e, text)) in entries.iter().zip(&legend.labels).enumerate() {
        let cy = y + 0.6 * px + 1.5 * px * (i as f64 + 0.5);
        let ix = x + 0.6 * px;
        let (icon_w, mid) = (2.2 * px, ix + 1.1 * px);
        let at = |dx: f64, dy: f64| pixel((ix + dx, cy + dy));
        let drawn = match e.icon {
            Icon::Line(c) => root.draw(&PathElement::new(
                [at(0.0, 0.0), at(icon_w, 0.0)],
                c.stroke_width((3.0 * k).round().max(1.0) as u32),
            )),
            Icon::Dashed(c) => root
                .draw(&PathElement::new(
                    [at(0.0, 0.0), at(0.37 * icon_w, 0.0)],
                    c.stroke_width(2),
                ))
                .and_then(|()| {
                    root.draw(&PathElement::new(
                        [at(0.6 * icon_w, 0.0), at(icon_w, 0.0)],
                        c.stroke_width(2),
                    ))
                }),
            Icon::Dot(c) => root.draw(&Circle::new(pixel((mid, cy)), r(5.0), c.filled())),
            Icon::Ring => root.draw(&Circle::new(pixel((mid, cy)), r(7.0), INK.stroke_width(2))),
            Icon::Bracket => {
                let d = 4.0 * k;
                let v = 8.0 * k;
                root.draw(&PathElement::new(
                    [
                        pixel((mid - d, cy - v)),
                        pixel((mid + d, cy - v)),
                        pixel((mid + d, cy + v)),
                        pixel((mid - d, cy + v)),
                    ],
                    INK.stroke_width(2),
                ))
            }
            Icon::Band(c) => root.draw(&Rectangle::new(
                [at(0.0, -7.0 * k), at(icon_w, 7.0 * k)],
                c.mix(0.18).filled(),
            )),
        };
        drawn.map_err(plot_error)?;
        root.draw(&Text::new(
            text.clone(),
            pixel((ix + icon_w + 0.6 * px, cy)),
            style(px, INK, HPos::Left, VPos::Center),
        ))
        .map_err(plot_error)?;
    }
    Ok(())
}
