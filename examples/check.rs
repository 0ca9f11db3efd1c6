//! Read growth claims from text (or forecasts from JSON) and check each one.
//!
//! ```text
//! cargo run --example check -- FILE            # an article: every claim in it
//! cargo run --example check -- --text "..."    # the same, from the command line
//! cargo run --example check < FILE             # the same, from standard input
//! cargo run --example check -- --json FILE     # one JSON object per claim
//! cargo run --example check -- forecasts.json  # JSON forecasts (array or JSON lines)
//! ```
//!
//! A file named `*.json` or `*.jsonl` is read as `Forecast` JSON (see the
//! crate docs for the schema; `examples/forecasts.json` is a sample);
//! anything else as prose, from which every claim is extracted. For each
//! claim the program prints the quoted passage, the figures as read, and the
//! verdict paragraph; with `--json`, one object per line in the schema
//! documented on `cagr::Report`.

use std::io::Read;
use std::process::ExitCode;

use cagr::{check, extract_with, Context, Figure, Forecast, When};

fn main() -> ExitCode {
    let mut json = false;
    let mut path = None;
    let mut text = None;
    let mut context = Context::default();
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--json" => json = true,
            "--text" => match args.next() {
                Some(t) => text = Some(t),
                None => return fail("--text needs a text"),
            },
            "--published" => match args.next().as_deref().map(published) {
                Some(Ok(when)) => context = context.with_published(when),
                Some(Err(e)) => return fail(&e),
                None => return fail("--published needs a date (YYYY-MM-DD, YYYY-MM or YYYY)"),
            },
            "-h" | "--help" => {
                println!("usage: check [--json] [--published YYYY-MM-DD] [FILE | --text TEXT]   (standard input when FILE is absent or -)");
                return ExitCode::SUCCESS;
            }
            _ if path.is_none() => path = Some(arg),
            _ => return fail("more than one FILE given"),
        }
    }
    let input = match text {
        Some(t) => t,
        None => match read(path.as_deref()) {
            Ok(input) => input,
            Err(e) => return fail(&e),
        },
    };
    let json_file = path
        .as_deref()
        .is_some_and(|p| p.ends_with(".json") || p.ends_with(".jsonl"));
    let forecasts = if json_file {
        match parse(&input) {
            Ok(f) => f,
            Err(e) => return fail(&e),
        }
    } else {
        extract_with(&input, &context)
            .into_iter()
            .map(|claim| claim.forecast)
            .collect()
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
                println!("> {}", quote.replace('\n', "\n> "));
            }
            print_figures(forecast);
            println!("{report}");
        }
    }
    ExitCode::SUCCESS
}

/// The figures as read, one per line.
fn print_figures(forecast: &Forecast) {
    let figure = |label: &str, f: &Option<Figure>| match f {
        Some(Figure {
            amount,
            when: Some(w),
        }) => println!("  {label:<9} {amount} ({w})"),
        Some(Figure { amount, when: None }) => println!("  {label:<9} {amount} (no date)"),
        None => println!("  {label:<9} not found"),
    };
    figure("baseline", &forecast.baseline);
    figure("target", &forecast.target);
    match forecast.rate {
        Some(r) => println!("  {:<9} {r}", "rate"),
        None => println!("  {:<9} not found", "rate"),
    }
    if let Some(p) = forecast.period {
        println!("  {:<9} {}-{}", "period", p.from(), p.to());
    }
}

/// A publication date, `YYYY-MM-DD`, `YYYY-MM` or `YYYY`: relative dates in
/// the text ("last year", "now", 今年) are read from its year.
fn published(date: &str) -> Result<When, String> {
    let bad = || format!("invalid --published date {date:?}: expected YYYY-MM-DD, YYYY-MM or YYYY");
    let mut parts = date.split('-');
    let year: i64 = parts.next().and_then(|y| y.parse().ok()).ok_or_else(bad)?;
    let month: Option<i64> = match parts.next() {
        Some(m) => Some(m.parse().map_err(|_| bad())?),
        None => None,
    };
    if let Some(day) = parts.next() {
        let _: u8 = day
            .parse()
            .ok()
            .filter(|d| (1..=31).contains(d))
            .ok_or_else(bad)?;
    }
    if parts.next().is_some() {
        return Err(bad());
    }
    match month {
        Some(m) => When::end_of_month(year, m),
        None => When::year(year),
    }
    .map_err(|e| format!("invalid --published date {date:?}: {e}"))
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
        return from_json(input).map_err(|e| format!("invalid forecast JSON: {e}"));
    }
    input
        .lines()
        .enumerate()
        .filter(|(_, line)| !line.trim().is_empty())
        .map(|(i, line)| {
            from_json(line).map_err(|e| format!("line {}: invalid forecast JSON: {e}", i + 1))
        })
        .collect()
}

/// One JSON value as a `T`. Read through `serde_path_to_error`, an error
/// starts with the path of the field it is about, then serde_json's message
/// and position: `[1].baseline.amount.value: invalid amount -5: an amount
/// must be positive and finite at line 1 column 53`.
fn from_json<T: serde::de::DeserializeOwned>(text: &str) -> Result<T, String> {
    let mut de = serde_json::Deserializer::from_str(text);
    let value = serde_path_to_error::deserialize(&mut de).map_err(|e| e.to_string())?;
    // Trailing characters after the value, as `serde_json::from_str` checks.
    de.end().map_err(|e| e.to_string())?;
    Ok(value)
}
