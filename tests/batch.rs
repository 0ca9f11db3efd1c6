//! The batch functions agree with the scalar solvers row by row, and report
//! every row without an answer.

use cagr::{batch, solve, Amount, Error, Rate, Span};

/// Distance in units in the last place between two finite floats.
fn ulps(a: f64, b: f64) -> u64 {
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

fn scalar_rate(s: f64, e: f64, y: f64) -> Option<f64> {
    solve::rate(
        Amount::from_base(s).ok()?,
        Amount::from_base(e).ok()?,
        Span::from_years(y).ok()?,
    )
    .ok()
    .map(Rate::as_fraction)
}

/// A deterministic xorshift generator, so failures reproduce.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> f64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        (self.0 >> 11) as f64 / (1u64 << 53) as f64
    }

    /// Log-uniform in [lo, hi].
    fn log_uniform(&mut self, lo: f64, hi: f64) -> f64 {
        (lo.ln() + self.next() * (hi.ln() - lo.ln())).exp()
    }
}

#[track_caller]
fn assert_rates_agree(s: &[f64], e: &[f64], y: &[f64]) -> u64 {
    let mut out = vec![0.0; s.len()];
    let errors = batch::rate(s, e, y, &mut out).unwrap();
    let mut worst = 0;
    let mut failed = vec![false; s.len()];
    for (i, _) in errors.iter() {
        failed[i] = true;
    }
    for i in 0..s.len() {
        match scalar_rate(s[i], e[i], y[i]) {
            Some(want) => {
                let d = ulps(out[i], want);
                assert!(
                    d <= 4,
                    "row {i}: ({}, {}, {}) gave {:e}, scalar {:e} ({d} ulp)",
                    s[i],
                    e[i],
                    y[i],
                    out[i],
                    want
                );
                worst = worst.max(d);
                assert!(!failed[i], "row {i} reported as failed");
            }
            None => assert!(out[i].is_nan() && failed[i], "row {i} should have failed"),
        }
    }
    worst
}

#[test]
fn rate_agrees_on_the_reference_table() {
    let (mut s, mut e, mut y) = (vec![], vec![], vec![]);
    for line in include_str!("data/reference.csv").lines().skip(1) {
        let f: Vec<&str> = line.split(',').collect();
        if f[0] == "rate" {
            s.push(f[1].parse().unwrap());
            e.push(f[2].parse().unwrap());
            y.push(f[3].parse().unwrap());
        }
    }
    assert!(s.len() >= 150);
    assert_rates_agree(&s, &e, &y);
}

#[test]
fn rate_agrees_on_a_million_random_rows() {
    // The documented domain of the benchmark and more: amounts from 1e-6 to
    // 1e12, spans from 0.1 to 200 years, and near-equal pairs.
    let mut rng = Rng(0x9E37_79B9_7F4A_7C15);
    let n = 1_000_000;
    let (mut s, mut e, mut y) = (
        Vec::with_capacity(n),
        Vec::with_capacity(n),
        Vec::with_capacity(n),
    );
    for i in 0..n {
        let start = rng.log_uniform(1e-6, 1e12);
        let end = match i % 4 {
            0 => start * (1.0 + (rng.next() - 0.5) * 1e-6),
            _ => rng.log_uniform(1e-6, 1e12),
        };
        s.push(start);
        e.push(end);
        y.push(rng.log_uniform(0.1, 200.0));
    }
    assert_rates_agree(&s, &e, &y);
}

#[test]
fn long_columns_give_the_rows_of_short_ones() {
    // Past a million rows the kernel writes with non-temporal stores from
    // the first 64-byte boundary of `out`: an output that starts off that
    // boundary and ends in a partial block, with a bad row among them,
    // must hold exactly what short columns give.
    let mut rng = Rng(7);
    let n = (1 << 20) + 77;
    let s: Vec<f64> = (0..n).map(|_| rng.log_uniform(1.0, 1000.0)).collect();
    let mut e: Vec<f64> = (0..n).map(|_| rng.log_uniform(1.0, 5000.0)).collect();
    let y: Vec<f64> = (0..n).map(|_| 1.0 + rng.next() * 29.0).collect();
    e[n - 40] = -1.0;
    let mut long = vec![0.0; n + 1];
    let errors = batch::rate(&s, &e, &y, &mut long[1..]).unwrap();
    assert_eq!(errors.iter().map(|(i, _)| i).collect::<Vec<_>>(), [n - 40]);
    let mut short = vec![0.0; n];
    for (i, out) in short.chunks_mut(1000).enumerate() {
        let rows = i * 1000..i * 1000 + out.len();
        batch::rate(&s[rows.clone()], &e[rows.clone()], &y[rows], out).unwrap();
    }
    for (i, (a, b)) in long[1..].iter().zip(&short).enumerate() {
        assert!(a.to_bits() == b.to_bits(), "row {i}: {a:e} and {b:e}");
    }
}

#[test]
fn bad_rows_do_not_poison_good_ones() {
    let s = [600.0, f64::NAN, 0.0, 1.0, 1.0, 1e-300, 600.0];
    let e = [1729.5, 1.0, 1.0, f64::INFINITY, 2.0, 1e300, 1729.5];
    let y = [11.0, 1.0, 1.0, 1.0, -1.0, 1e-3, 11.0];
    let mut out = [0.0; 7];
    let errors = batch::rate(&s, &e, &y, &mut out).unwrap();
    assert!(ulps(out[0], 0.101_025_076_863_270_22) <= 1, "{}", out[0]);
    assert_eq!(out[6], out[0]);
    let messages: Vec<(usize, String)> = errors.iter().map(|(i, e)| (i, e.to_string())).collect();
    assert_eq!(
        messages,
        [
            (
                1,
                "invalid amount NaN: an amount must be positive and finite".to_owned()
            ),
            (
                2,
                "invalid amount 0: an amount must be positive and finite".to_owned()
            ),
            (
                3,
                "invalid amount inf: an amount must be positive and finite".to_owned()
            ),
            (
                4,
                "invalid span of -1 years: a span must be positive and finite".to_owned()
            ),
            (5, "the computed rate is out of range: inf".to_owned()),
        ]
    );
    assert!(out[1..=5].iter().all(|r| r.is_nan()));
}

#[test]
fn mismatched_columns_are_an_error() {
    let mut out = [0.0; 2];
    assert!(matches!(
        batch::rate(&[1.0, 2.0], &[1.0], &[1.0, 1.0], &mut out),
        Err(Error::Lengths {
            column: "end",
            found: 1,
            expected: 2,
            ..
        })
    ));
    assert_eq!(
        batch::end(&[1.0], &[0.1], &[1.0], &mut out)
            .unwrap_err()
            .to_string(),
        "column out has 2 rows, expected 1"
    );
}

#[test]
fn other_solvers_equal_the_scalar_ones() {
    let mut rng = Rng(42);
    let n = 10_000;
    let s: Vec<f64> = (0..n).map(|_| rng.log_uniform(1.0, 1000.0)).collect();
    let r: Vec<f64> = (0..n).map(|_| rng.next() * 0.6 - 0.2).collect();
    let y: Vec<f64> = (0..n).map(|_| 1.0 + rng.next() * 29.0).collect();
    let mut end = vec![0.0; n];
    let mut start = vec![0.0; n];
    let mut years = vec![0.0; n];
    assert!(batch::end(&s, &r, &y, &mut end).unwrap().is_empty());
    assert!(batch::start(&end, &r, &y, &mut start).unwrap().is_empty());
    let errors = batch::years(&s, &end, &r, &mut years).unwrap();
    for i in 0..n {
        let a = Amount::from_base(s[i]).unwrap();
        let rate = Rate::from_fraction(r[i]).unwrap();
        let span = Span::from_years(y[i]).unwrap();
        let want_end = solve::end(a, rate, span).unwrap();
        assert_eq!(end[i], want_end.value());
        assert_eq!(
            start[i],
            solve::start(want_end, rate, span).unwrap().value()
        );
        match solve::span(a, want_end, rate) {
            Ok(n) => assert_eq!(years[i], n.as_years()),
            Err(e) => assert!(errors.iter().any(|(row, err)| row == i && *err == e)),
        }
    }
}
