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

use cagr::fit;

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

fn main() -> Result<(), cagr::Error> {
    let both = fit::compare(&MARKET)?;
    let growth = both.growth();
    let line = both.trend();

    println!("A market, billion USD, 2015-2024 (2019 missing)");
    println!();
    println!("{growth:#}");
    println!();
    let endpoint = growth.endpoint_rate()?;
    let (lo, hi) = growth.interval()?;
    println!(
        "Fitted {:.2} a year against an endpoint CAGR of {endpoint:.2}: the endpoints alone \
         (41.2 in 2015, 128.9 in 2024) {} the 95% interval {lo:.2} to {hi:.2}.",
        growth.rate(),
        if (lo..=hi).contains(&endpoint) {
            "land inside"
        } else {
            "fall outside"
        }
    );
    println!();
    println!("{line:#}");
    println!();
    println!("Which shape: {both}.");
    println!();
    println!("Projected on the fitted curve (95% band of the curve, not of a single year):");
    for year in [2025, 2027, 2030] {
        let (lo, hi) = growth.band(year)?;
        println!(
            "  {year}  {:>6.1}  ({lo:.1} to {hi:.1});  straight line {:>6.1}",
            growth.fitted(year),
            line.fitted(year)
        );
    }

    if let Some(path) = svg_path() {
        write_svg(&path, growth)?;
    }
    Ok(())
}

/// The path after `--svg` (`fit.svg` when none follows), if the flag is
/// given.
fn svg_path() -> Option<String> {
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        if arg == "--svg" {
            return Some(args.next().unwrap_or_else(|| "fit.svg".to_owned()));
        }
        if let Some(path) = arg.strip_prefix("--svg=") {
            return Some(path.to_owned());
        }
    }
    None
}

#[cfg(feature = "plot")]
fn write_svg(path: &str, growth: &cagr::GrowthFit) -> Result<(), cagr::Error> {
    use cagr::plot::{self, Chart};

    let chart = Chart {
        unit: Some("billion USD".to_owned()),
        ..Chart::from("A market, 2015-2024: fitted growth and endpoint CAGR")
    };
    let svg = plot::fit(growth, chart)?;
    if let Err(e) = std::fs::write(path, svg) {
        eprintln!("cannot write {path}: {e}");
        std::process::exit(1);
    }
    eprintln!("wrote {path}");
    Ok(())
}

#[cfg(not(feature = "plot"))]
fn write_svg(path: &str, _: &cagr::GrowthFit) -> Result<(), cagr::Error> {
    eprintln!(
        "--svg needs the plot feature: cargo run --release --example fit --features plot -- --svg {path}"
    );
    std::process::exit(2);
}
