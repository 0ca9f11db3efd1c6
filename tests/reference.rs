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
    let mut by_solver: std::collections::BTreeMap<String, u64> = Default::default();
    for (solver, inputs, got, want) in rows() {
        let d = ulps(got, want);
        let w = by_solver.entry(solver.clone()).or_default();
        *w = (*w).max(d);
        if d > 4 {
            worst.push((d, format!("{solver}{inputs:?}: got {got:e}, want {want:e}")));
        }
    }
    worst.sort();
    eprintln!("worst ulp by solver: {by_solver:?}");
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

/// What the edge table expects of a row: a value, or the error where no
/// valid answer exists.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Want {
    Value(f64),
    /// The result rounds to infinity.
    Overflow,
    /// The result rounds to zero (below half the smallest subnormal).
    Underflow,
    /// The rate rounds to −100% or below.
    Minus100,
    /// The rate is at or above the `Rate` limit.
    RateLimit,
}

/// One row of `tests/data/edges.csv`.
struct Edge {
    region: String,
    line: String,
    want: Want,
    got: cagr::Result<f64>,
}

fn edges() -> Vec<Edge> {
    let text = include_str!("data/edges.csv");
    text.lines()
        .skip(1)
        .map(|line| {
            let f: Vec<&str> = line.split(',').collect();
            let num = |i: usize| -> f64 { f[i].parse().expect("a float") };
            let (a, b, c) = (num(2), num(3), num(4));
            let want = match f[6] {
                "overflow" => Want::Overflow,
                "underflow" => Want::Underflow,
                "minus_100" => Want::Minus100,
                "rate_limit" => Want::RateLimit,
                v => Want::Value(v.parse().expect("a float")),
            };
            let got = match f[1] {
                "rate" => solve::rate(amount(a), amount(b), span(c)).map(Rate::as_fraction),
                "end" => solve::end(amount(a), rate(b), span(c)).map(Amount::value),
                "start" => solve::start(amount(a), rate(b), span(c)).map(Amount::value),
                "span" => solve::span(amount(a), amount(b), rate(c)).map(Span::as_years),
                "path" => {
                    // Whole years from 2000; the value in year 2000 + t.
                    let n = c as i32;
                    let t = num(5) as i32;
                    crate::between(2000, amount(a), 2000 + n, amount(b)).map(|p| {
                        let year = cagr::When::year(2000 + t).expect("a valid year");
                        p.value_at(year).expect("a year of the path").value()
                    })
                }
                other => panic!("unknown solver {other}"),
            };
            Edge {
                region: f[0].to_owned(),
                line: line.to_owned(),
                want,
                got,
            }
        })
        .collect()
}

/// Whether `got` is the error `want` names.
fn is_error(want: Want, got: &cagr::Result<f64>) -> bool {
    let Err(cagr::Error::OutOfRange { value, .. }) = got else {
        return false;
    };
    match want {
        Want::Overflow => *value == f64::INFINITY,
        Want::Underflow => *value == 0.0,
        Want::Minus100 => *value <= -1.0,
        Want::RateLimit => *value >= f64::MAX / 100.0,
        Want::Value(_) => false,
    }
}

#[test]
fn edge_table_covers_every_region() {
    let edges = edges();
    assert!(edges.len() >= 2000, "{} rows", edges.len());
    for region in [
        "rate_steep",
        "rate_subnormal",
        "rate_ratio_out_of_range",
        "rate_limit_edge",
        "minus_100_edge",
        "end_wide",
        "start_wide",
        "end_subnormal",
        "start_subnormal",
        "overflow_edge",
        "underflow_edge",
        "span_wide",
        "path_minus_100",
        "path_wide",
    ] {
        let rows: Vec<&Edge> = edges.iter().filter(|e| e.region == region).collect();
        assert!(rows.len() >= 70, "{region}: {} rows", rows.len());
    }
    // Both sides of each limit are represented.
    for region in [
        "overflow_edge",
        "underflow_edge",
        "rate_limit_edge",
        "minus_100_edge",
    ] {
        let rows = edges.iter().filter(|e| e.region == region);
        let errors = rows.clone().filter(|e| !matches!(e.want, Want::Value(_)));
        assert!(errors.count() >= 10, "{region}");
        let values = rows.filter(|e| matches!(e.want, Want::Value(_)));
        assert!(values.count() >= 10, "{region}");
    }
}

#[test]
fn every_solver_is_within_4_ulp_at_the_edges_region_by_region() {
    let mut failures: Vec<String> = Vec::new();
    let mut worst: std::collections::BTreeMap<String, u64> = Default::default();
    for e in edges() {
        match (e.want, &e.got) {
            (Want::Value(want), Ok(got)) => {
                let d = ulps(*got, want);
                let w = worst.entry(e.region.clone()).or_default();
                *w = (*w).max(d);
                if d > 4 {
                    failures.push(format!("{}: got {got:e} ({d} ulp)", e.line));
                }
            }
            (Want::Value(_), Err(err)) => failures.push(format!("{}: error {err}", e.line)),
            (want, got) => {
                if !is_error(want, got) {
                    failures.push(format!("{}: want {want:?}, got {got:?}", e.line));
                }
            }
        }
    }
    eprintln!("worst ulp by region: {worst:?}");
    assert!(
        failures.is_empty(),
        "{} rows fail (worst ulp by region {worst:?}): {failures:#?}",
        failures.len()
    );
}

#[test]
fn batch_solvers_agree_with_the_edge_table() {
    // Each batch function on all of its solver's rows at once: a value
    // within 4 ulp where the table has one, the row's error where not.
    for solver in ["rate", "end", "start", "span"] {
        let rows: Vec<(Vec<f64>, Want)> = include_str!("data/edges.csv")
            .lines()
            .skip(1)
            .map(|l| l.split(',').collect::<Vec<_>>())
            .filter(|f| f[1] == solver)
            .map(|f| {
                let abc = (2..5).map(|i| f[i].parse().unwrap()).collect();
                let want = match f[6] {
                    "overflow" => Want::Overflow,
                    "underflow" => Want::Underflow,
                    "minus_100" => Want::Minus100,
                    "rate_limit" => Want::RateLimit,
                    v => Want::Value(v.parse().unwrap()),
                };
                (abc, want)
            })
            .collect();
        let column = |i: usize| rows.iter().map(|r| r.0[i]).collect::<Vec<f64>>();
        let (a, b, c) = (column(0), column(1), column(2));
        let mut out = vec![0.0; rows.len()];
        let errors = match solver {
            "rate" => cagr::batch::rate(&a, &b, &c, &mut out),
            "end" => cagr::batch::end(&a, &b, &c, &mut out),
            "start" => cagr::batch::start(&a, &b, &c, &mut out),
            _ => cagr::batch::years(&a, &b, &c, &mut out),
        }
        .expect("columns of one length");
        let failed: std::collections::HashMap<usize, &cagr::Error> = errors.iter().collect();
        assert!(!rows.is_empty(), "{solver}");
        for (i, (abc, want)) in rows.iter().enumerate() {
            match (*want, failed.get(&i)) {
                (Want::Value(w), None) => {
                    assert!(ulps(out[i], w) <= 4, "{solver}{abc:?}: {} vs {w}", out[i]);
                }
                (want, got) => {
                    let got = got.map(|e| Err((*e).clone())).unwrap_or(Ok(out[i]));
                    assert!(
                        is_error(want, &got),
                        "{solver}{abc:?}: want {want:?}, got {got:?}"
                    );
                }
            }
        }
    }
}

#[test]
fn paths_at_the_edges_are_exact_at_both_ends_and_monotone() {
    let mut paths = 0;
    for line in include_str!("data/edges.csv").lines().skip(1) {
        let f: Vec<&str> = line.split(',').collect();
        if f[1] != "path" {
            continue;
        }
        let num = |i: usize| -> f64 { f[i].parse().expect("a float") };
        let (start, end, n) = (num(2), num(3), num(4) as i32);
        let path = crate::between(2000, amount(start), 2000 + n, amount(end))
            .unwrap_or_else(|e| panic!("{line}: {e}"));
        let values: Vec<f64> = path.years().map(|p| p.value.value()).collect();
        assert_eq!(values.len(), n as usize + 1, "{line}");
        assert_eq!(values[0], start, "{line}");
        assert_eq!(values[n as usize], end, "{line}");
        let rising = end >= start;
        for w in values.windows(2) {
            assert!(
                if rising { w[0] <= w[1] } else { w[0] >= w[1] },
                "{line}: {w:?}"
            );
        }
        paths += 1;
    }
    assert!(paths >= 100, "{paths} paths");
}
