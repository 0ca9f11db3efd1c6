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
//! labelled with the unit; years run along the bottom. Charts are laid out
//! in pixels for any size (`layout`): text scales with the canvas; the
//! title wraps, then shrinks, then is cut with "…"; the first and last
//! years are always labelled, with round years between where their labels
//! fit; labels on the curves sit right of the last year, in room kept for
//! them, so they stay on the canvas over any span. The legend goes in the
//! first plot corner (upper left, upper right, lower right, lower left)
//! where it covers no line, point, band or label, or else in a strip under
//! the plot, with short labels where the full ones do not fit.
//!
//! From 320×240 to 1920×1200 pixels and over spans of one year to two
//! centuries, no text box overlaps another and every one lies inside the
//! canvas, measured by rendering the charts with resvg in `tests/plot.rs`.
//! Boxes are laid out with DejaVu Sans' widths, wider than Helvetica,
//! Arial or Liberation Sans, so they hold in those faces too. Smaller
//! canvases are drawn as well as they fit.
//!
//! # Example
//!
//! ```
//! use cagr::{plot, Amount, Path, Rate, When};
//!
//! let start: Amount = "600 billion CNY".parse()?;
//! let (from, to) = (When::year(2024)?, When::year(2035)?);
//! let implied = Path::between(from, start, to, "1,729.5 billion CNY".parse()?)?;
//! let stated = Path::at_rate(from, start, Rate::from_percent(15.6)?, to)?;
//! let svg = plot::forecast_with(&implied, &stated, &"China's core AI industry".into())?;
//! assert!(svg.starts_with("<svg"));
//! assert!(svg.contains("billion CNY"));
//! // std::fs::write("caict.svg", svg)?;
//! # Ok::<(), cagr::Error>(())
//! ```

mod axis;
mod chart;
mod layout;
mod text;

use plotters::element::DashedPathElement;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, VPos};

pub use chart::Chart;

use axis::{axis_top, shortest, significant, HUGE};
use layout::{plot_error, style, Entry, Icon, Layout, Plot, Spec, INK};
use text::{text_box, Rect};

use crate::fit::GrowthFit;
#[cfg(doc)]
use crate::Error;
use crate::{Amount, Path, Result, When};

// Colours that stay apart for the common colour-vision deficiencies (Okabe
// and Ito's palette).
const BLUE: RGBColor = RGBColor(0, 114, 178);
const VERMILION: RGBColor = RGBColor(213, 94, 0);
const GREEN: RGBColor = RGBColor(0, 158, 115);

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

/// Where a point in time sits on the year axis: a whole year at its number,
/// the end of a month `m` of year `y` at `y + m/12 − 1/2` (positions, as
/// [`When::position`] gives them, less the half year a whole year sits at).
fn x_of(when: When) -> f64 {
    when.position() - 0.5
}

/// A marker's radius of `r` pixels at 960×600, at the chart's scale `k`.
fn radius(r: f64, k: f64) -> i32 {
    (r * k).round().max(2.0) as i32
}

/// A line's width of `w` pixels at 960×600, at the chart's scale `k`.
fn stroke(w: f64, k: f64) -> u32 {
    (w * k).round().max(1.0) as u32
}

/// A text label on the plot, in data coordinates.
struct Label {
    text: String,
    at: (f64, f64),
    color: RGBColor,
}

/// Small boxes along a polyline (every few pixels), for the legend to
/// avoid.
fn along(l: &Layout, points: &[(f64, f64)]) -> Vec<Rect> {
    let mut out = Vec::new();
    for w in points.windows(2) {
        for k in 0..=8 {
            let t = f64::from(k) / 8.0;
            let (x, y) = l.at((
                w[0].0 + t * (w[1].0 - w[0].0),
                w[0].1 + t * (w[1].1 - w[0].1),
            ));
            out.push((x - 3.0, y - 3.0, x + 3.0, y + 3.0));
        }
    }
    if let [p] = points {
        let (x, y) = l.at(*p);
        out.push((x - 6.0, y - 6.0, x + 6.0, y + 6.0));
    }
    out
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
/// in full: "gap in 2035: +1,226.4 billion CNY (+71% of the target)" (or,
/// where that does not fit, briefly: "gap +1,226.4 (+71%)").
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
/// use cagr::{plot, Path, Rate, When};
///
/// let (from, to) = (When::year(2020)?, When::year(2026)?);
/// let implied = Path::between(from, "4.0 billion USD".parse()?, to, "8.6 billion USD".parse()?)?;
/// let stated = Path::at_rate(from, "4.0 billion USD".parse()?, Rate::from_percent(16.2)?, to)?;
/// let svg = plot::forecast_with(&implied, &stated, &"A market".into())?;
/// assert!(svg.contains("billion USD"));
/// // 4.0 · 1.162^6 = 9.847 billion at the stated rate, 1.247 above 8.6.
/// assert!(svg.contains("gap in 2026: +1.25 billion USD (+14% of the target)"));
/// # Ok::<(), cagr::Error>(())
/// ```
pub fn forecast_with(implied: &Path, stated: &Path, chart: &Chart) -> Result<String> {
    implied.start().common_currency(stated.start())?;
    let scale = implied.start().scale();
    let unit = chart
        .unit
        .clone()
        .unwrap_or_else(|| unit_of(implied.start()));
    let v = |a: Amount| a.value_in(scale);
    let first = implied
        .from()
        .calendar_year()
        .min(stated.from().calendar_year())
        .get();
    let last = implied
        .to()
        .calendar_year()
        .max(stated.to().calendar_year())
        .get();
    let line =
        |p: &Path| -> Vec<(f64, f64)> { p.years().map(|q| (x_of(q.when), v(q.value))).collect() };
    let (stated_line, implied_line) = (line(stated), line(implied));
    let top = stated_line
        .iter()
        .chain(&implied_line)
        .map(|p| p.1)
        .fold(0.0, f64::max);

    let target_year = implied.to();
    let target = v(implied.end());
    let gap = stated
        .value_at(target_year)
        .map(|there| (v(there), v(there) - target));
    let sign = |g: f64| if g >= 0.0 { "+" } else { "-" };

    let stated_rate = stated.rate().to_string();
    let implied_rate = format!("{:.2}", implied.rate());
    let mut entries = vec![
        Entry {
            icon: Icon::Line(VERMILION),
            label: format!("at the stated {stated_rate} a year"),
            short: format!("stated {stated_rate} a year"),
        },
        Entry {
            icon: Icon::Line(BLUE),
            label: format!("implied by the endpoints, {implied_rate} a year"),
            short: format!("implied {implied_rate} a year"),
        },
        Entry {
            icon: Icon::Ring,
            label: format!("target {} {unit} in {target_year}", shortest(target)),
            short: format!("target {} in {target_year}", shortest(target)),
        },
    ];
    let gap_text = gap.map(|(_, g)| format!("{}{}", sign(g), significant(g.abs(), 3)));
    if let (Some((_, g)), Some(text)) = (gap, &gap_text) {
        // The share is left out where it is beyond the range of f64 (a
        // target that is, in the chart's scale, next to nothing).
        let share = (g / target * 100.0).abs();
        let share = if !share.is_finite() {
            None
        } else if (10.0..HUGE).contains(&share) {
            Some(format!("{}{share:.0}%", sign(g)))
        } else {
            Some(format!("{}{}%", sign(g), significant(share, 2)))
        };
        entries.push(Entry {
            icon: Icon::Bracket,
            label: format!(
                "gap in {target_year}: {text} {unit}{}",
                share
                    .as_ref()
                    .map_or(String::new(), |s| format!(" ({s} of the target)"))
            ),
            short: format!(
                "gap {text}{}",
                share.map_or(String::new(), |s| format!(" ({s})"))
            ),
        });
    }

    let end_texts = [
        significant(v(stated.end()), 4),
        significant(v(implied.end()), 4),
    ];
    let mut right: Vec<String> = end_texts.to_vec();
    right.extend(gap_text.clone());

    // Right of the last year: the end values, at least a line and a half
    // apart, and a short label of the gap between them when there is room
    // for it. Offsets are in pixels, turned into data units.
    let labels = |l: &Layout| -> Vec<Label> {
        let em = l.sizes.text;
        let per_pixel = l.per_pixel();
        let label_x = f64::from(last) + 14.0 * l.sizes.s / l.per_year();
        let axis_top = l.per_pixel() * (l.plot.3 - l.plot.1);
        let mut ends = vec![
            (v(stated.end()), end_texts[0].clone(), VERMILION),
            (v(implied.end()), end_texts[1].clone(), BLUE),
        ];
        ends.sort_by(|a, b| b.0.total_cmp(&a.0));
        let mut out: Vec<Label> = Vec::new();
        let min_gap = 1.5 * em * per_pixel;
        for (value, text, color) in ends {
            let y = match out.last() {
                Some(above) if above.at.1 - value < min_gap => above.at.1 - min_gap,
                _ => value.min(axis_top - 0.7 * em * per_pixel),
            };
            out.push(Label {
                text,
                at: (label_x, y),
                color,
            });
        }
        if let (Some((there, _)), Some(text)) = (gap, &gap_text) {
            let (lo, hi) = (target.min(there), target.max(there));
            if (hi - lo) / per_pixel >= 5.2 * em && target_year.calendar_year().get() == last {
                // Halved apart, so that two values near f64::MAX do not
                // overflow.
                let mid = lo + (hi - lo) / 2.0;
                out.push(Label {
                    text: "gap".to_owned(),
                    at: (label_x, mid + 0.75 * em * per_pixel),
                    color: INK,
                });
                out.push(Label {
                    text: text.clone(),
                    at: (label_x, mid - 0.75 * em * per_pixel),
                    color: INK,
                });
            }
        }
        out
    };
    let bracket = |l: &Layout| {
        gap.map(|(there, _)| {
            let x = x_of(target_year);
            let (near, far) = (
                5.0 * l.sizes.s / l.per_year(),
                10.0 * l.sizes.s / l.per_year(),
            );
            let (lo, hi) = (target.min(there), target.max(there));
            [(x + near, lo), (x + far, lo), (x + far, hi), (x + near, hi)]
        })
    };
    let target_point = (x_of(target_year), target);

    let spec = Spec {
        chart,
        unit,
        years: (first, last),
        top: axis_top(top)?,
        entries,
        right,
    };
    let obstacles = |l: &Layout| {
        let mut out = along(l, &stated_line);
        out.extend(along(l, &implied_line));
        if let Some(b) = bracket(l) {
            out.extend(along(l, &b));
        }
        let (x, y) = l.at(target_point);
        let r = 10.0 * l.sizes.s;
        out.push((x - r, y - r, x + r, y + r));
        for label in labels(l) {
            out.push(text_box(
                l.at(label.at),
                &label.text,
                l.sizes.text,
                HPos::Left,
                VPos::Center,
            ));
        }
        out
    };
    let draw = |p: &Plot<'_>, l: &Layout| -> Result<()> {
        let k = l.sizes.s;
        for (points, color) in [(&stated_line, VERMILION), (&implied_line, BLUE)] {
            p.draw(&PathElement::new(
                points.clone(),
                color.stroke_width(stroke(3.0, k)),
            ))
            .map_err(plot_error)?;
            // A dot a year, where the years are far enough apart to tell
            // the dots from the line.
            if l.per_year() >= 12.0 * k {
                for &q in points.iter() {
                    p.draw(&Circle::new(q, radius(3.0, k), color.filled()))
                        .map_err(plot_error)?;
                }
            }
        }
        p.draw(&Circle::new(
            target_point,
            radius(9.0, k),
            INK.stroke_width(stroke(2.0, k)),
        ))
        .map_err(plot_error)?;
        if let Some(b) = bracket(l) {
            p.draw(&PathElement::new(b, INK.stroke_width(stroke(2.0, k))))
                .map_err(plot_error)?;
        }
        for label in labels(l) {
            p.draw(&Text::new(
                label.text,
                label.at,
                style(l.sizes.text, label.color, HPos::Left, VPos::Center),
            ))
            .map_err(plot_error)?;
        }
        Ok(())
    };
    layout::render(&spec, obstacles, draw)
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
/// use cagr::{fit, plot, Year};
/// use cagr::plot::Chart;
///
/// let y = Year::new;
/// let g = fit::growth(&[(y(2019)?, 100.0), (y(2020)?, 112.0), (y(2022)?, 139.0), (y(2023)?, 160.0)])?;
/// let chart = Chart { unit: Some("million USD".into()), ..Chart::from("Sales") };
/// let svg = plot::fit_with(&g, &chart)?;
/// assert!(svg.contains("million USD"));
/// assert!(svg.contains("95% band of the fitted curve"));
/// # Ok::<(), cagr::Error>(())
/// ```
pub fn fit_with(fit: &GrowthFit, chart: &Chart) -> Result<String> {
    let unit = chart.unit.clone().unwrap_or_else(|| "value".to_owned());
    let (first, last) = fit.years();
    let (x0, x1) = (f64::from(first.get()), f64::from(last.get()));
    // Eight samples a year (at least 40): an exponential is smooth at that
    // spacing, and the SVG backend rounds every vertex to a whole pixel, so
    // denser samples only make the rounding show as a staircase.
    let samples = (usize::try_from(first.until(last)).unwrap_or(1).max(1) * 8).max(40);
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
    let dots: Vec<(f64, f64)> = fit
        .points()
        .map(|p| (f64::from(p.year.get()), p.value))
        .collect();
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
        short: "data".to_owned(),
    }];
    let fitted = format!("{:.2}", fit.rate());
    entries.push(Entry {
        icon: Icon::Line(BLUE),
        label: if two {
            format!("fitted growth = endpoint CAGR, {fitted} a year")
        } else {
            format!("fitted growth, {fitted} a year")
        },
        short: if two {
            format!("fitted = endpoint, {fitted} a year")
        } else {
            format!("fitted {fitted} a year")
        },
    });
    if band.is_some() {
        entries.push(Entry {
            icon: Icon::Band(BLUE),
            label: "95% band of the fitted curve".to_owned(),
            short: "95% band".to_owned(),
        });
    }
    if let Some(r) = endpoint {
        entries.push(Entry {
            icon: Icon::Dashed(GREEN),
            label: format!("endpoint CAGR, {r:.2} a year"),
            short: format!("endpoint {r:.2} a year"),
        });
    }

    let spec = Spec {
        chart,
        unit,
        years: (first.get(), last.get()),
        top: axis_top(top)?,
        entries,
        right: Vec::new(),
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
    let obstacles = |l: &Layout| {
        let mut out = along(l, &thin(&curve));
        out.extend(along(l, &thin(&endpoint_path)));
        if let Some(b) = &band {
            let upper: Vec<(f64, f64)> = b.iter().map(|p| (p.0, p.2)).collect();
            let lower: Vec<(f64, f64)> = b.iter().map(|p| (p.0, p.1)).collect();
            out.extend(along(l, &thin(&upper)));
            out.extend(along(l, &thin(&lower)));
        }
        for p in &dots {
            let (x, y) = l.at(*p);
            out.push((x - 6.0, y - 6.0, x + 6.0, y + 6.0));
        }
        out
    };
    let draw = |p: &Plot<'_>, l: &Layout| -> Result<()> {
        let k = l.sizes.s;
        if let Some(b) = &band {
            let outline: Vec<(f64, f64)> = b
                .iter()
                .map(|q| (q.0, q.2))
                .chain(b.iter().rev().map(|q| (q.0, q.1)))
                .collect();
            p.draw(&Polygon::new(outline, BLUE.mix(0.18).filled()))
                .map_err(plot_error)?;
        }
        p.draw(&PathElement::new(
            curve.clone(),
            BLUE.stroke_width(stroke(3.0, k)),
        ))
        .map_err(plot_error)?;
        // Dashed over the fitted curve, so the curve shows through where
        // the two nearly coincide.
        if !endpoint_path.is_empty() {
            p.draw(&DashedPathElement::new(
                endpoint_path.iter().copied(),
                10,
                7,
                GREEN.stroke_width(stroke(2.0, k)),
            ))
            .map_err(plot_error)?;
        }
        for &q in &dots {
            p.draw(&Circle::new(q, radius(5.0, k), VERMILION.filled()))
                .map_err(plot_error)?;
        }
        Ok(())
    };
    layout::render(&spec, obstacles, draw)
}

/// [`forecast_with`] the default [`Chart`]: no title, 960×600, the unit
/// of the paths' amounts.
///
/// # Errors
///
/// As [`forecast_with`].
///
/// # Example
///
/// ```
/// use cagr::{plot, Path, Rate, When};
///
/// let (from, to) = (When::year(2020)?, When::year(2026)?);
/// let implied = Path::between(from, "4.0 billion USD".parse()?, to, "8.6 billion USD".parse()?)?;
/// let stated = Path::at_rate(from, "4.0 billion USD".parse()?, Rate::from_percent(16.2)?, to)?;
/// assert!(plot::forecast(&implied, &stated)?.starts_with("<svg"));
/// # Ok::<(), cagr::Error>(())
/// ```
pub fn forecast(implied: &Path, stated: &Path) -> Result<String> {
    forecast_with(implied, stated, &Chart::default())
}

/// [`fit_with`] the default [`Chart`]: no title, 960×600, "value" on the
/// value axis.
///
/// # Errors
///
/// As [`fit_with`].
///
/// # Example
///
/// ```
/// use cagr::{fit, plot, Year};
///
/// let y = Year::new;
/// let g = fit::growth(&[(y(2019)?, 100.0), (y(2020)?, 112.0), (y(2022)?, 139.0), (y(2023)?, 160.0)])?;
/// assert!(plot::fit(&g)?.starts_with("<svg"));
/// # Ok::<(), cagr::Error>(())
/// ```
pub fn fit(fit: &GrowthFit) -> Result<String> {
    fit_with(fit, &Chart::default())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::num::decimal::grouped;

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
}
