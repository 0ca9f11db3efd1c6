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

use cagr::{CompoundedRate, Compounding, Period, RateGrid, Scale, Schedule, Sensitivity, Stated};

fn main() -> Result<(), cagr::Error> {
    let schedule = Schedule::new(
        [
            (2025, "398.5 billion yuan".parse()?),
            (2026, "486.2 billion yuan".parse()?),
            (2030, "1,000 billion yuan".parse()?),
            (2035, "1,729.5 billion yuan".parse()?),
        ],
        [(Period::new(2026, 2030)?, "19.8%".parse()?)],
    )?;

    println!("The schedule, with the rate of each phase");
    println!("{schedule}");
    println!();

    let overall = CompoundedRate::from(schedule.rate());
    println!(
        "Overall, {} to {}: {overall:.2}, that is {:.2} or {:.2}",
        schedule.start_year(),
        schedule.end_year(),
        overall.to(Compounding::MONTHLY)?,
        overall.to(Compounding::CONTINUOUS)?
    );
    let last = CompoundedRate::from(schedule.rate_between(2030, 2035)?);
    println!("The 2030-2035 phase needs {last:.2} to reach 1,729.5 billion yuan.");
    println!();

    for (quote, report) in schedule.checks() {
        let p = quote.period();
        println!("The quoted {} over {}-{}:", quote.rate(), p.from(), p.to());
        println!("{report}");
    }
    println!();

    println!("Yearly path (* marks a phase boundary)");
    println!("year   billion CNY   change  phase");
    for point in schedule.years() {
        let change = point
            .change
            .map_or_else(String::new, |c| format!("{:+.2}%", c.as_percent()));
        println!(
            "{}{} {:>12.1} {:>8}  {}",
            point.year,
            if point.boundary { "*" } else { " " },
            point.value.value_in(Scale::Billion),
            change,
            point.phase + 1
        );
    }
    println!();

    // What the quoted 19.8% gives by 2030 if it is off by a point or two,
    // or if the horizon is a year shorter or longer.
    let quoted: Stated<cagr::Rate> = "19.8%".parse()?;
    let start = schedule.milestones()[1].value;
    let sensitivity = Sensitivity::around(2026, start, quoted.value(), 2030)?;
    println!("{sensitivity}");
    println!();

    // The rate the last phase needs if 2030 or 2035 comes in 5% or 10%
    // away from the forecast.
    let grid = RateGrid::around(2030, schedule.milestones()[2].value, 2035, schedule.end())?;
    println!("{grid}");
    println!();
    println!("The same grid as Markdown:");
    print!("{}", grid.table(Scale::Billion));
    Ok(())
}
