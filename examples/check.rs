//! Read growth claims from text (or forecasts from JSON) and check each one.
//!
//! ```text
//! cargo run --example check -- FILE            # an article: every claim in it
//! cargo run --example check -- --text "..."    # the same, from the command line
//! cargo run --example check < FILE             # the same, from standard input
//! cargo run --example check -- --json FILE     # one JSON object per claim
//! cargo run --example check -- forecasts.json  # JSON forecasts (array or JSON lines)
//! cargo run --example check -- --forecasts FILE # the same, whatever the file's name
//! cargo run --example check -- --help
//! ```
//!
//! With `--forecasts`, or a file named `*.json` or `*.jsonl`, the input is
//! read as `Forecast` JSON (see the
//! crate docs for the schema; `examples/forecasts.json` is a sample);
//! anything else as prose, from which every claim is extracted. For each
//! claim the program prints the quoted passage, the figures as read, and the
//! verdict paragraph; with `--json`, one object per line in the schema
//! documented on `cagr::Report`.

use std::io::{IsTerminal, Read, Write};
use std::process::ExitCode;

use cagr::{check, extract_with, Context, Figure, Forecast, SetAside, When};

const USAGE: &str = "\
usage: check [--json] [--published YYYY-MM-DD] [FILE | --text TEXT | -]
       check [--json] --forecasts FILE

Reads every growth claim in a text (English, Chinese, Japanese or Korean) and
checks it; with --forecasts, or a FILE named *.json or *.jsonl, checks the
forecasts in it (a JSON array, or one forecast per line).

  --json               one JSON object per claim
  --published DATE     the text's publication date (YYYY-MM-DD, YYYY-MM or
                       YYYY): dates \"this year\", \"last year\", \"now\", 今年
  --text TEXT          read TEXT instead of a file
  --forecasts FILE     read FILE as forecast JSON
  -h, --help           this help

With no FILE (or -), reads standard input.";

fn main() -> ExitCode {
    match run() {
        Ok(code) => code,
        // A closed pipe ("check FILE | head -1") ends the program quietly,
        // as the programs of a pipeline expect.
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => ExitCode::SUCCESS,
        Err(e) => fail(&format!("cannot write: {e}")),
    }
}

fn run() -> std::io::Result<ExitCode> {
    let mut json = false;
    let mut forecasts_flag = false;
    let mut path = None;
    let mut text = None;
    let mut context = Context::default();
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--json" => json = true,
            "--forecasts" => forecasts_flag = true,
            "--text" => match args.next() {
                Some(t) => text = Some(t),
                None => return Ok(usage_error("--text needs a text")),
            },
            "--published" => match args.next().as_deref().map(published) {
                Some(Ok(when)) => context = context.with_published(when),
                Some(Err(e)) => return Ok(fail(&e)),
                None => {
                    return Ok(usage_error(
                        "--published needs a date (YYYY-MM-DD, YYYY-MM or YYYY)",
                    ))
                }
            },
            "-h" | "--help" => {
                writeln!(std::io::stdout(), "{USAGE}")?;
                return Ok(ExitCode::SUCCESS);
            }
            flag if flag.starts_with('-') && flag != "-" => {
                return Ok(usage_error(&format!("unknown flag {flag}")))
            }
            _ if path.is_none() => path = Some(arg),
            _ => return Ok(usage_error("more than one FILE given")),
        }
    }
    let input = match text {
        Some(t) => t,
        None => match read(path.as_deref()) {
            Ok(input) => input,
            Err(e) => return Ok(fail(&e)),
        },
    };
    let json_file = forecasts_flag
        || path
            .as_deref()
            .is_some_and(|p| p.ends_with(".json") || p.ends_with(".jsonl"));
    let forecasts = if json_file {
        match parse(&input) {
            Ok(f) => f.into_iter().map(|f| (f, None)).collect(),
            Err(e) => return Ok(fail(&e)),
        }
    } else {
        claims(&input, &context)
    };
    if forecasts.is_empty() && !json_file {
        eprintln!(
            "check: no growth claim found in {} characters",
            input.chars().count()
        );
    }
    let mut out = std::io::stdout().lock();
    for (i, (forecast, set_aside)) in forecasts.iter().enumerate() {
        let report = check(forecast);
        if json {
            // The report, and why figures beside the rate were set aside.
            let line = serde_json::to_value(report).map(|mut v| {
                if let (Some(why), Some(o)) = (set_aside, v.as_object_mut()) {
                    o.insert("set_aside".into(), why.as_str().into());
                }
                v.to_string()
            });
            match line {
                Ok(line) => writeln!(out, "{line}")?,
                Err(e) => return Ok(fail(&e.to_string())),
            }
        } else {
            if i > 0 {
                writeln!(out)?;
            }
            if let Some(quote) = forecast.source.as_ref().and_then(|s| s.quote.as_deref()) {
                writeln!(out, "> {}", quote.replace('\n', "\n> "))?;
            }
            print_figures(&mut out, forecast)?;
            writeln!(out, "{report}")?;
            if let Some(why) = set_aside {
                writeln!(
                    out,
                    "The figures beside the rate were not read with it: {why}."
                )?;
            }
        }
    }
    Ok(ExitCode::SUCCESS)
}

/// Every growth claim in `text`, as forecasts, each with why figures
/// beside its rate were set aside, if they were.
fn claims(text: &str, context: &Context) -> Vec<(Forecast, Option<SetAside>)> {
    extract_with(text, context)
        .into_iter()
        .map(|claim| (claim.forecast, claim.set_aside))
        .collect()
}

/// The figures as read, one per line.
fn print_figures(out: &mut impl Write, forecast: &Forecast) -> std::io::Result<()> {
    let mut figure = |label: &str, f: &Option<Figure>| match f {
        Some(Figure {
            amount,
            when: Some(w),
        }) => writeln!(out, "  {label:<9} {amount} ({w})"),
        Some(Figure { amount, when: None }) => writeln!(out, "  {label:<9} {amount} (no date)"),
        None => writeln!(out, "  {label:<9} not found"),
    };
    figure("baseline", &forecast.baseline)?;
    figure("target", &forecast.target)?;
    match forecast.rate {
        Some(r) => writeln!(out, "  {:<9} {r}", "rate")?,
        None => writeln!(out, "  {:<9} not found", "rate")?,
    }
    if let Some(p) = forecast.period {
        writeln!(out, "  {:<9} {}-{}", "period", p.from(), p.to())?;
    }
    Ok(())
}

/// A publication date, `YYYY-MM-DD`, `YYYY-MM` or `YYYY`: relative dates in
/// the text ("last year", "now", 今年) are read from its year.
fn published(date: &str) -> Result<When, String> {
    let bad = || format!("invalid --published date {date:?}: expected YYYY-MM-DD, YYYY-MM or YYYY");
    let mut parts = date.split('-');
    let year: i32 = parts.next().and_then(|y| y.parse().ok()).ok_or_else(bad)?;
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

/// A wrong command line: the message, then the usage; exit status 2.
fn usage_error(message: &str) -> ExitCode {
    eprintln!("check: {message}\n\n{USAGE}");
    ExitCode::from(2)
}

/// The text of a file or of standard input. Bytes that are not UTF-8 are
/// read as U+FFFD, with a warning naming the first one's offset, so one bad
/// byte does not reject a whole article.
fn read(path: Option<&str>) -> Result<String, String> {
    let mut bytes = Vec::new();
    let name = match path {
        None | Some("-") => {
            let stdin = std::io::stdin();
            if stdin.is_terminal() {
                eprintln!("check: reading the text from standard input (end it with Ctrl-D; --help for usage)");
            }
            stdin
                .lock()
                .read_to_end(&mut bytes)
                .map_err(|e| format!("cannot read standard input: {e}"))?;
            "standard input".to_owned()
        }
        Some(p) => {
            bytes = std::fs::read(p).map_err(|e| format!("cannot read {p}: {e}"))?;
            p.to_owned()
        }
    };
    match String::from_utf8(bytes) {
        Ok(s) => Ok(s),
        Err(e) => {
            let at = e.utf8_error().valid_up_to();
            eprintln!("check: {name} is not valid UTF-8 at byte {at}; reading it with replacement characters");
            Ok(String::from_utf8_lossy(e.as_bytes()).into_owned())
        }
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
