//! Accuracy against the mpmath reference table (`tools/reference.py`).
//!
//! Every row's expected value is the correctly rounded result for the exact
//! binary inputs. The solvers must be within 4 ulp on every row, and within
//! 1 ulp on the motivating case.

use cagr::{solve, Amount, Rate, Span};

/// Distance in units in the last place between two finite floats.
fn ulps(a: f64, b: f64) -> u64 {
    // Map the sign-magnitude bit patterns onto a monotone integer line.
    let key = |x: f64| {
        let bits = x.to_bits() as i64;
        if bits < 0 {
            i64::MIN - bits
        } else {
            bits
        }
    };
    key(a).abs_diff(key(b))
}

fn amount(x: f64) -> Amount {
    Amount::from_base(x).expect("reference inputs are valid amounts")
}

fn rate(x: f64) -> Rate {
    Rate::from_fraction(x).expect("reference inputs are valid rates")
}

fn span(x: f64) -> Span {
    Span::from_years(x).expect("reference inputs are valid spans")
}

/// Each row as (solver, inputs, computed, expected).
fn rows() -> Vec<(String, [f64; 3], f64, f64)> {
    let text = include_str!("data/reference.csv");
    text.lines()
        .skip(1)
        .map(|line| {
            let fields: Vec<&str> = line.split(',').collect();
            let num = |i: usize| -> f64 { fields[i].parse().expect("a float") };
            let (a, b, c, want) = (num(1), num(2), num(3), num(4));
            let got = match fields[0] {
                "rate" => solve::rate(amount(a), amount(b), span(c)).map(Rate::as_fraction),
                "end" => solve::end(amount(a), rate(b), span(c)).map(Amount::value),
                "start" => solve::start(amount(a), rate(b), span(c)).map(Amount::value),
                "span" => solve::span(amount(a), amount(b), rate(c)).map(Span::as_years),
                other => panic!("unknown solver {other}"),
            }
            .unwrap_or_else(|e| panic!("{line}: {e}"));
            (fields[0].to_owned(), [a, b, c], got, want)
        })
        .collect()
}

#[test]
fn table_has_the_promised_coverage() {
    let rows = rows();
    assert!(rows.len() >= 200, "{} rows", rows.len());
    for solver in ["rate", "end", "start", "span"] {
        assert!(
            rows.iter().filter(|r| r.0 == solver).count() >= 50,
            "{solver}"
        );
    }
}

#[test]
fn every_solver_is_within_4_ulp_of_the_reference() {
    let mut worst: Vec<(u64, String)> = Vec::new();
    for (solver, inputs, got, want) in rows() {
        let d = ulps(got, want);
        if d > 4 {
            worst.push((d, format!("{solver}{inputs:?}: got {got:e}, want {want:e}")));
        }
    }
    worst.sort();
    assert!(
        worst.is_empty(),
        "{} rows off by more than 4 ulp: {worst:#?}",
        worst.len()
    );
}

#[test]
fn motivating_case_is_within_1_ulp() {
    let r = solve::rate(amount(600.0), amount(1729.5), span(11.0)).unwrap();
    assert!(
        ulps(r.as_fraction(), 0.101_025_076_863_270_22) <= 1,
        "{r:?}"
    );
    let r = solve::rate(amount(6e11), amount(1.7295e12), span(11.0)).unwrap();
    assert!(
        ulps(r.as_fraction(), 0.101_025_076_863_270_22) <= 1,
        "{r:?}"
    );
}
