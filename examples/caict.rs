//! The forecast that started this crate.
//!
//! China's core AI industry was "nearly 600 billion yuan" at the end of
//! September 2024; a forecast puts it at 1,729.5 billion yuan in 2035 and
//! calls that "a compound annual growth rate of 15.6%". This program shows
//! what those endpoints imply, the year-by-year paths side by side, and what
//! would make the stated rate fit.
//!
//! Run it with `cargo run --release --example caict`.

use cagr::{solve, Amount, Path, Rate, Scale, Span, When};

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

fn main() -> Result<(), cagr::Error> {
    let start: Amount = "600 billion CNY".parse()?;
    let end: Amount = "1,729.5 billion CNY".parse()?;
    let stated = Rate::from_percent(15.6)?;
    let (from, to) = (When::year(2024)?, When::year(2035)?);
    let n = Span::between(from, to)?;

    let implied = solve::rate(start, end, n)?;
    let implied_path = Path::between(2024, start, 2035, end)?;
    let stated_path = Path::at_rate(2024, start, stated, 2035)?;

    println!("China's core AI industry");
    println!("  baseline  nearly {start}  (end of September 2024, counted as 2024)");
    println!("  target    {end}  (2035)");
    println!("  stated    a CAGR of {stated}");
    println!();
    println!("The endpoints imply {implied:.2} a year over {from} -> {to} ({n}).");
    println!(
        "The stated {stated} is {:.2} points higher.",
        stated.as_percent() - implied.as_percent()
    );
    println!();
    println!("billion CNY   implied {implied:.2}   at stated {stated}         gap");
    for (a, b) in implied_path.years().zip(stated_path.years()) {
        let (x, y) = (
            a.value.value_in(Scale::Billion),
            b.value.value_in(Scale::Billion),
        );
        let (xs, ys, gap) = (grouped(x), grouped(y), grouped(y - x));
        println!("{:>11}   {xs:>14}   {ys:>15}   {gap:>9}", a.year);
    }
    println!();
    println!("What would make {stated} fit:");
    let base = solve::start(end, stated, n)?.in_scale(Scale::Billion);
    let target = solve::end(start, stated, n)?.in_scale(Scale::Billion);
    let years = solve::span(start, end, stated)?;
    println!("  a 2024 baseline of {base:.1}  (instead of {start})");
    println!("  a 2035 target of   {target:.1}  (instead of {end})");
    println!(
        "  {years:.1} from {start} to {end}  (2024 -> {:.1}, not 2035)",
        2024.0 + years.as_years()
    );
    Ok(())
}
