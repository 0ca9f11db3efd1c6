//! The forecast that started this crate.
//!
//! China's core AI industry was "nearly 600 billion yuan" at the end of
//! September 2024; a forecast puts it at 1,729.5 billion yuan in 2035 and
//! calls that "a compound annual growth rate of 15.6%". This program shows
//! what those endpoints imply, the year-by-year paths side by side, the
//! checker's verdict, and what would make the stated rate fit.
//!
//! Run it with `cargo run --release --example caict`. With `--svg PATH`
//! (and `--features plot`) it also writes the two paths and the target as
//! an SVG chart to PATH (`caict.svg` if no path is given).

use std::error::Error;
use std::io::Write;
use std::process::ExitCode;

use cagr::{check, Amount, Figure, Forecast, Path, Period, Scale, Stated, When};

const USAGE: &str = "\
usage: caict [--svg [PATH]] [--size WxH]

Checks the forecast for China's core AI industry (nearly 600 billion yuan at
the end of September 2024, 1,729.5 billion in 2035, \"a CAGR of 15.6%\"):
prints the rate the endpoints imply, both yearly paths, the verdict and what
would make 15.6% fit.

  --svg [PATH]   also write the chart to PATH (caict.svg if none is given);
                 needs --features plot
  --size WxH     the chart's size in pixels (960x600 if not given)
  -h, --help     this help";

/// One decimal, with thousands separators: `1,068.9`.
fn grouped(x: f64) -> String {
    let plain = format!("{:.1}", x.abs());
    let (int, frac) = plain.split_once('.').unwrap_or((&plain, "0"));
    let mut out = String::from(if x < 0.0 { "-" } else { "" });
    for (i, c) in int.chars().enumerate() {
        if i > 0 && (int.len() - i) % 3 == 0 {
            out.push(',');
        }
        out.push(c);
    }
    format!("{out}.{frac}")
}

fn main() -> ExitCode {
    match run() {
        Ok(code) => code,
        Err(e) => match e.downcast_ref::<std::io::Error>() {
            // A closed pipe ("caict | head -1") ends the program quietly, as
            // the programs of a pipeline expect.
            Some(io) if io.kind() == std::io::ErrorKind::BrokenPipe => ExitCode::SUCCESS,
            _ => {
                eprintln!("caict: {e}");
                ExitCode::FAILURE
            }
        },
    }
}

/// Reads the command line, prints the report and writes the chart if asked.
fn run() -> Result<ExitCode, Box<dyn Error>> {
    let mut svg = None;
    let mut size = (960, 600);
    let mut args = std::env::args().skip(1).peekable();
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "-h" | "--help" => {
                writeln!(std::io::stdout(), "{USAGE}")?;
                return Ok(ExitCode::SUCCESS);
            }
            "--svg" => {
                let path = args.next_if(|a| !a.starts_with('-'));
                svg = Some(path.unwrap_or_else(|| "caict.svg".to_owned()));
            }
            _ if arg.starts_with("--svg=") => svg = Some(arg["--svg=".len()..].to_owned()),
            "--size" => match args.next().as_deref().and_then(parse_size) {
                Some(s) => size = s,
                None => return Ok(usage_error("--size takes WIDTHxHEIGHT, such as 640x400")),
            },
            flag if flag.starts_with('-') => {
                return Ok(usage_error(&format!("unknown flag {flag}")))
            }
            _ => return Ok(usage_error(&format!("unexpected argument {arg}"))),
        }
    }

    let baseline: Stated<Amount> = "nearly 600 billion yuan".parse()?;
    let target: Stated<Amount> = "1,729.5 billion yuan".parse()?;
    let forecast = Forecast {
        baseline: Some(Figure::new(baseline, When::end_of_month(2024, 9)?)),
        target: Some(Figure::new(target, When::year(2035)?)),
        rate: Some("15.6%".parse()?),
        ..Forecast::default()
    };
    let report = check(&forecast);
    let Some(a) = report.analysis else {
        unreachable!("every figure is given")
    };
    let (start, end) = (baseline.value(), target.value());

    let mut out = std::io::stdout().lock();
    writeln!(out, "China's core AI industry")?;
    writeln!(out, "  baseline  {baseline}  (end of September 2024)")?;
    writeln!(out, "  target    {target}  (2035)")?;
    writeln!(out, "  stated    a CAGR of {}", a.stated)?;
    writeln!(out)?;
    writeln!(
        out,
        "The endpoints imply {:.2} a year over 2024 -> 2035 ({} years); the stated {} is {:.2} points higher.",
        a.implied, a.years, a.stated, a.gap_points
    )?;
    writeln!(out)?;

    let (from, to) = (When::year(2024)?, When::year(2035)?);
    let implied = Path::between(from, start, to, end)?;
    let stated = Path::at_rate(from, start, a.stated, to)?;
    writeln!(
        out,
        "billion CNY   implied {:.2}   at stated {}         gap",
        a.implied, a.stated
    )?;
    for (x, y) in implied.years().zip(stated.years()) {
        let (xv, yv) = (
            x.value.value_in(Scale::Billion),
            y.value.value_in(Scale::Billion),
        );
        writeln!(
            out,
            "{:>11}   {:>14}   {:>15}   {:>9}",
            x.when.calendar_year(),
            grouped(xv),
            grouped(yv),
            grouped(yv - xv)
        )?;
    }
    writeln!(out)?;
    writeln!(out, "{report}")?;
    writeln!(out)?;

    // The reconciliation table: each printed figure next to what the stated
    // rate needs instead.
    let r = a.reconcile;
    let show = |x: Option<Amount>| {
        x.map_or_else(
            || "-".to_owned(),
            |v| format!("{:.1}", v.in_scale(Scale::Billion)),
        )
    };
    writeln!(
        out,
        "What would make {} fit       as printed                  at {}",
        a.stated, a.stated
    )?;
    writeln!(
        out,
        "  2024 baseline               {:<26}  {}",
        baseline.to_string(),
        show(r.baseline)
    )?;
    writeln!(
        out,
        "  2035 target                 {:<26}  {}",
        target.to_string(),
        show(r.target)
    )?;
    if let (Some(n), Some(year)) = (r.span, a.year_reached()) {
        writeln!(
            out,
            "  years from 600 billion      {:<26}  {n:.1} (2024 -> {year:.1})",
            format!("{} (2024 -> 2035)", a.years)
        )?;
    }
    writeln!(out)?;

    // A second version of the same report gives the rate's own period,
    // "from 2025 to 2035", next to the 600 billion figure.
    let second = Forecast {
        period: Some(Period::new(2025, 2035)?),
        ..forecast.clone()
    };
    if let Some(v) = check(&second)
        .analysis
        .and_then(|a| a.reconcile.period_start)
    {
        writeln!(
            out,
            "Over 2025-2035, 15.6% needs a 2025 value of {:.1}: the 600 billion figure cannot be that forecast's base.",
            v.in_scale(Scale::Billion)
        )?;
    }
    // The forecast behind these articles started from 398.5 billion in 2025.
    let original = Forecast {
        baseline: Some(Figure::new(
            "398.5 billion yuan".parse()?,
            When::year(2025)?,
        )),
        ..forecast
    };
    let report = check(&original);
    writeln!(out)?;
    writeln!(out, "The original forecast: {report}")?;

    match svg {
        Some(path) => write_svg(&path, size, &implied, &stated),
        None => Ok(ExitCode::SUCCESS),
    }
}

/// Writes the chart of the implied path, the stated-rate path and the
/// target.
#[cfg(feature = "plot")]
fn write_svg(
    path: &str,
    (width, height): (u32, u32),
    implied: &Path,
    stated: &Path,
) -> Result<ExitCode, Box<dyn Error>> {
    use cagr::plot::Chart;

    let chart = Chart {
        width,
        height,
        ..Chart::from("China's core AI industry: implied and stated growth")
    };
    let svg = cagr::plot::forecast_with(implied, stated, &chart)?;
    std::fs::write(path, svg).map_err(|e| format!("cannot write {path}: {e}"))?;
    eprintln!("wrote {path}");
    Ok(ExitCode::SUCCESS)
}

/// Without the `plot` feature there is no chart to write: say how to get
/// one.
#[cfg(not(feature = "plot"))]
fn write_svg(path: &str, _: (u32, u32), _: &Path, _: &Path) -> Result<ExitCode, Box<dyn Error>> {
    eprintln!(
        "caict: --svg needs the plot feature: cargo run --release --example caict --features plot -- --svg {path}"
    );
    Ok(ExitCode::from(2))
}

/// `640x400` as a width and height in pixels, each at least 1.
fn parse_size(text: &str) -> Option<(u32, u32)> {
    let (w, h) = text.split_once(['x', 'X'])?;
    let (w, h) = (w.parse().ok()?, h.parse().ok()?);
    (w > 0 && h > 0).then_some((w, h))
}

/// A wrong command line: the message, then the usage; exit status 2.
fn usage_error(message: &str) -> ExitCode {
    eprintln!("caict: {message}\n\n{USAGE}");
    ExitCode::from(2)
}
