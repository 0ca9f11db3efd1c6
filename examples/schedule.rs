//! A forecast in phases: China's core AI industry at 398.5 billion yuan in
//! 2025, 486.2 billion in 2026, 1,000 billion in 2030 (quoted as growing
//! 19.8% a year over 2026–2030) and 1,729.5 billion in 2035.
//!
//! The program prints the schedule with each phase's rate, the overall CAGR
//! in three conventions, the rate the last phase needs, the checker's
//! verdict on the quoted 19.8%, the yearly path with the phase boundaries
//! marked, and two scenario grids.
//!
//! Run it with `cargo run --example schedule`.

use std::error::Error;
use std::io::Write;
use std::process::ExitCode;

use cagr::{
    CompoundedRate, Compounding, Period, RateGrid, Scale, Schedule, Sensitivity, Stated, Year,
};

const USAGE: &str = "\
usage: schedule

Checks a forecast in phases (China's core AI industry, 398.5 billion yuan in
2025 to 1,729.5 billion in 2035): prints each phase's rate, the overall CAGR
in three conventions, the verdict on the quoted 19.8%, the yearly path and
two scenario grids.

  -h, --help     this help";

fn main() -> ExitCode {
    match run() {
        Ok(code) => code,
        Err(e) => match e.downcast_ref::<std::io::Error>() {
            // A closed pipe ("schedule | head -1") ends the program quietly,
            // as the programs of a pipeline expect.
            Some(io) if io.kind() == std::io::ErrorKind::BrokenPipe => ExitCode::SUCCESS,
            _ => {
                eprintln!("schedule: {e}");
                ExitCode::FAILURE
            }
        },
    }
}

/// Reads the command line (only `--help`) and prints the schedule.
fn run() -> Result<ExitCode, Box<dyn Error>> {
    if let Some(arg) = std::env::args().nth(1) {
        return Ok(match arg.as_str() {
            "-h" | "--help" => {
                writeln!(std::io::stdout(), "{USAGE}")?;
                ExitCode::SUCCESS
            }
            flag if flag.starts_with('-') => usage_error(&format!("unknown flag {flag}")),
            _ => usage_error(&format!("unexpected argument {arg}")),
        });
    }

    let y = Year::new;
    let schedule = Schedule::new(
        [
            (y(2025)?, "398.5 billion yuan".parse()?),
            (y(2026)?, "486.2 billion yuan".parse()?),
            (y(2030)?, "1,000 billion yuan".parse()?),
            (y(2035)?, "1,729.5 billion yuan".parse()?),
        ],
        [(Period::new(2026, 2030)?, "19.8%".parse()?)],
    )?;

    let mut out = std::io::stdout().lock();
    writeln!(out, "The schedule, with the rate of each phase")?;
    writeln!(out, "{schedule}")?;
    writeln!(out)?;

    let overall = CompoundedRate::from(schedule.rate());
    writeln!(
        out,
        "Overall, {} to {}: {overall:.2}, that is {:.2} or {:.2}",
        schedule.start_year(),
        schedule.end_year(),
        overall.to(Compounding::MONTHLY)?,
        overall.to(Compounding::CONTINUOUS)?
    )?;
    let last = CompoundedRate::from(schedule.rate_between(y(2030)?, y(2035)?)?);
    writeln!(
        out,
        "The 2030-2035 phase needs {last:.2} to reach {:.1}.",
        schedule.end()
    )?;
    writeln!(out)?;

    for (quote, report) in schedule.checks() {
        let p = quote.period();
        writeln!(
            out,
            "The quoted {} over {}-{}:",
            quote.rate(),
            p.from(),
            p.to()
        )?;
        writeln!(out, "{report}")?;
    }
    writeln!(out)?;

    writeln!(out, "Yearly path (* marks a phase boundary)")?;
    writeln!(out, "year                 value   change  phase")?;
    for point in schedule.years() {
        let change = point
            .change
            .map_or_else(String::new, |c| format!("{:+.2}%", c.as_percent()));
        // Each value as the crate prints an amount: grouped, with its
        // scale and currency.
        writeln!(
            out,
            "{}{} {:>20} {:>8}  {}",
            point.year,
            if point.boundary { "*" } else { " " },
            format!("{:.1}", point.value.in_scale(Scale::Billion)),
            change,
            point.phase + 1
        )?;
    }
    writeln!(out)?;

    // What the quoted 19.8% gives by 2030 if it is off by a point or two,
    // or if the horizon is a year shorter or longer.
    let quoted: Stated<cagr::Rate> = "19.8%".parse()?;
    let start = schedule.milestones()[1].value;
    let sensitivity = Sensitivity::around(y(2026)?, start, quoted.value(), y(2030)?)?;
    writeln!(out, "{sensitivity}")?;
    writeln!(out)?;

    // The rate the last phase needs if 2030 or 2035 comes in 5% or 10%
    // away from the forecast.
    let grid = RateGrid::around(
        y(2030)?,
        schedule.milestones()[2].value,
        y(2035)?,
        schedule.end(),
    )?;
    writeln!(out, "{grid}")?;
    writeln!(out)?;
    writeln!(out, "The same grid as Markdown:")?;
    write!(out, "{}", grid.table(Scale::Billion))?;
    Ok(ExitCode::SUCCESS)
}

/// A wrong command line: the message, then the usage; exit status 2.
fn usage_error(message: &str) -> ExitCode {
    eprintln!("schedule: {message}\n\n{USAGE}");
    ExitCode::from(2)
}
