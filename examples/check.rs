//! Check published forecasts and print a verdict for each.
//!
//! ```text
//! cargo run --example check -- FILE          # JSON forecasts (array or JSON lines)
//! cargo run --example check -- --json FILE   # one JSON object per forecast
//! cargo run --example check < FILE           # the same, from standard input
//! ```
//!
//! A JSON file holds `Forecast` objects (see the crate docs for the schema),
//! either as one array or one object per line. `examples/forecasts.json` is
//! a sample.

use std::io::Read;
use std::process::ExitCode;

use cagr::{check, Forecast};

fn main() -> ExitCode {
    let mut json = false;
    let mut path = None;
    for arg in std::env::args().skip(1) {
        match arg.as_str() {
            "--json" => json = true,
            "-h" | "--help" => {
                println!(
                    "usage: check [--json] [FILE]   (standard input when FILE is absent or -)"
                );
                return ExitCode::SUCCESS;
            }
            _ if path.is_none() => path = Some(arg),
            _ => return fail("more than one FILE given"),
        }
    }
    let input = match read(path.as_deref()) {
        Ok(input) => input,
        Err(e) => return fail(&e),
    };
    let forecasts = match parse(&input) {
        Ok(f) => f,
        Err(e) => return fail(&e),
    };
    for (i, forecast) in forecasts.iter().enumerate() {
        let report = check(forecast);
        if json {
            match serde_json::to_string(&report) {
                Ok(line) => println!("{line}"),
                Err(e) => return fail(&e.to_string()),
            }
        } else {
            if i > 0 {
                println!();
            }
            if let Some(quote) = forecast.source.as_ref().and_then(|s| s.quote.as_deref()) {
                println!("> {quote}");
            }
            println!("{report}");
        }
    }
    ExitCode::SUCCESS
}

fn fail(message: &str) -> ExitCode {
    eprintln!("check: {message}");
    ExitCode::FAILURE
}

fn read(path: Option<&str>) -> Result<String, String> {
    match path {
        None | Some("-") => {
            let mut s = String::new();
            std::io::stdin()
                .read_to_string(&mut s)
                .map_err(|e| format!("cannot read standard input: {e}"))?;
            Ok(s)
        }
        Some(p) => std::fs::read_to_string(p).map_err(|e| format!("cannot read {p}: {e}")),
    }
}

/// A JSON array of forecasts, or one forecast per line.
fn parse(input: &str) -> Result<Vec<Forecast>, String> {
    if input.trim_start().starts_with('[') {
        return serde_json::from_str(input).map_err(|e| format!("invalid forecast JSON: {e}"));
    }
    input
        .lines()
        .enumerate()
        .filter(|(_, line)| !line.trim().is_empty())
        .map(|(i, line)| {
            serde_json::from_str(line)
                .map_err(|e| format!("line {}: invalid forecast JSON: {e}", i + 1))
        })
        .collect()
}
