//! Growth fitted to a made-up market series, against its endpoint CAGR and
//! a straight line.
//!
//! The series runs 2015–2024 in billions of US dollars with noise and no
//! figure for 2019 (it is the `market` series of `tests/data/fit_series.csv`,
//! whose fits `tests/fit.rs` checks against statsmodels). The program
//! prints the exponential fit (the spreadsheet `LOGEST`/`GROWTH` model)
//! with its interval and R², the endpoint CAGR beside it, the straight line
//! (`TREND`), which of the two shapes is closer to the data, and the fitted
//! curve's projection to 2030 with its 95% band.
//!
//! Run it with `cargo run --release --example fit`. With `--svg PATH` (and
//! `--features plot`) it also writes a chart of the points, the fitted
//! curve, its band and the endpoint-CAGR path to PATH (`fit.svg` if no path
//! is given).

use std::error::Error;
use std::io::Write;
use std::process::ExitCode;

use cagr::{fit, Year};

const USAGE: &str = "\
usage: fit [--svg [PATH]] [--size WxH]

Fits growth to a made-up market series (billion USD, 2015-2024, no figure for
2019): prints the exponential fit with its interval and R², the endpoint CAGR
beside it, the straight line, which shape is closer, and the projection to
2030 with its 95% band.

  --svg [PATH]   also write the chart to PATH (fit.svg if none is given);
                 needs --features plot
  --size WxH     the chart's size in pixels (960x600 if not given)
  -h, --help     this help";

const MARKET: [(i32, f64); 9] = [
    (2015, 41.2),
    (2016, 47.9),
    (2017, 52.3),
    (2018, 61.0),
    // no figure for 2019
    (2020, 77.4),
    (2021, 90.8),
    (2022, 98.1),
    (2023, 116.5),
    (2024, 128.9),
];

fn main() -> ExitCode {
    match run() {
        Ok(code) => code,
        Err(e) => match e.downcast_ref::<std::io::Error>() {
            // A closed pipe ("fit | head -1") ends the program quietly, as
            // the programs of a pipeline expect.
            Some(io) if io.kind() == std::io::ErrorKind::BrokenPipe => ExitCode::SUCCESS,
            _ => {
                eprintln!("fit: {e}");
                ExitCode::FAILURE
            }
        },
    }
}

/// Reads the command line, prints the fits and writes the chart if asked.
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
                svg = Some(path.unwrap_or_else(|| "fit.svg".to_owned()));
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

    // The years are checked once, where they come in.
    let market = MARKET
        .into_iter()
        .map(|(year, value)| Ok((Year::new(year)?, value)))
        .collect::<Result<Vec<_>, cagr::Error>>()?;
    let both = fit::compare(&market)?;
    let growth = both.growth();
    let line = both.trend();

    let mut out = std::io::stdout().lock();
    writeln!(out, "A market, billion USD, 2015-2024 (2019 missing)")?;
    writeln!(out)?;
    writeln!(out, "{growth:#}")?;
    writeln!(out)?;
    let endpoint = growth.endpoint_rate()?;
    let (lo, hi) = growth.interval()?;
    writeln!(
        out,
        "Fitted {:.2} a year against an endpoint CAGR of {endpoint:.2}: the endpoints alone \
         (41.2 in 2015, 128.9 in 2024) {} the 95% interval {lo:.2} to {hi:.2}.",
        growth.rate(),
        if (lo..=hi).contains(&endpoint) {
            "land inside"
        } else {
            "fall outside"
        }
    )?;
    writeln!(out)?;
    writeln!(out, "{line:#}")?;
    writeln!(out)?;
    writeln!(out, "Which shape: {both}.")?;
    writeln!(out)?;
    writeln!(
        out,
        "Projected on the fitted curve (95% band of the curve, not of a single year):"
    )?;
    for year in [2025, 2027, 2030] {
        let year = Year::new(year)?;
        let (lo, hi) = growth.band(year)?;
        writeln!(
            out,
            "  {year}  {:>6.1}  ({lo:.1} to {hi:.1});  straight line {:>6.1}",
            growth.fitted(year),
            line.fitted(year)
        )?;
    }

    match svg {
        Some(path) => write_svg(&path, size, growth),
        None => Ok(ExitCode::SUCCESS),
    }
}

/// Writes the chart of the points, the fitted curve with its band and the
/// endpoint-CAGR path.
#[cfg(feature = "plot")]
fn write_svg(
    path: &str,
    (width, height): (u32, u32),
    growth: &cagr::fit::GrowthFit,
) -> Result<ExitCode, Box<dyn Error>> {
    use cagr::plot::{self, Chart};

    let chart = Chart {
        unit: Some("billion USD".to_owned()),
        width,
        height,
        ..Chart::from("A market, 2015-2024: fitted growth and endpoint CAGR")
    };
    let svg = plot::fit_with(growth, &chart)?;
    std::fs::write(path, svg).map_err(|e| format!("cannot write {path}: {e}"))?;
    eprintln!("wrote {path}");
    Ok(ExitCode::SUCCESS)
}

/// Without the `plot` feature there is no chart to write: say how to get
/// one.
#[cfg(not(feature = "plot"))]
fn write_svg(
    path: &str,
    _: (u32, u32),
    _: &cagr::fit::GrowthFit,
) -> Result<ExitCode, Box<dyn Error>> {
    eprintln!(
        "fit: --svg needs the plot feature: cargo run --release --example fit --features plot -- --svg {path}"
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
    eprintln!("fit: {message}\n\n{USAGE}");
    ExitCode::from(2)
}
