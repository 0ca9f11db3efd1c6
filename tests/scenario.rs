//! Scenario grids, read as a specification: values against mpmath at 30
//! digits (the expression is next to each value), printed forms and error
//! messages word for word, and monotonicity properties.

use crate::year;
use cagr::{Amount, Currency, Error, Rate, RateGrid, Scale, Sensitivity, Year};
use proptest::prelude::*;

fn ulps(a: f64, b: f64) -> u64 {
    (a.to_bits() as i64).abs_diff(b.to_bits() as i64)
}

#[track_caller]
fn close(got: f64, want: f64) {
    assert!(ulps(got, want) <= 4, "{got} vs {want}");
}

#[track_caller]
fn amount(text: &str) -> Amount {
    text.parse()
        .unwrap_or_else(|e| panic!("{text:?} should parse: {e}"))
}

#[track_caller]
fn pct(percent: f64) -> Rate {
    Rate::from_percent(percent).expect("a valid rate")
}

#[track_caller]
fn assert_err<T: std::fmt::Debug>(result: Result<T, Error>, message: &str) {
    match result {
        Ok(v) => panic!("expected the error {message:?}, got {v:?}"),
        Err(e) => assert_eq!(e.to_string(), message),
    }
}

/// The quoted 19.8% a year from 486.2 billion yuan in 2026 to 2030.
fn quoted() -> Sensitivity {
    Sensitivity::around(
        year(2026),
        amount("486.2 billion yuan"),
        pct(19.8),
        year(2030),
    )
    .unwrap()
}

#[test]
fn sensitivity_around_a_stated_rate() {
    let s = quoted();
    assert_eq!(s.from(), year(2026));
    assert_eq!(s.baseline(), amount("486.2 billion yuan"));
    // Points are added to the printed percent: exactly 17.8% … 21.8%.
    assert_eq!(
        s.rates(),
        [pct(17.8), pct(18.8), pct(19.8), pct(20.8), pct(21.8)]
    );
    assert_eq!(s.years(), [2029, 2030, 2031].map(crate::year));
    let table = [
        // 486.2e9 · 1.178^3
        (0, 0, 794787129822.4),
        // 486.2e9 · 1.198^4
        (2, 1, 1001479875609.6992),
        // 486.2e9 · 1.218^5
        (4, 2, 1303321009083.6553),
    ];
    for (row, column, want) in table {
        close(s.value(row, column).unwrap().value(), want);
    }
    assert_eq!(s.row(2).unwrap().len(), 3);
    assert_eq!(s.row(2).unwrap()[1], s.value(2, 1).unwrap());
    assert_eq!(s.value(5, 0), None);
    assert_eq!(s.value(0, 3), None);
    assert_eq!(s.value(2, 1).unwrap().currency(), Some(Currency::CNY));
}

#[test]
fn sensitivity_display_and_table() {
    assert_eq!(
        quoted().to_string(),
        "Value from 486.2 billion CNY in 2026, in billion CNY, by CAGR and target year\n\
         \x20 CAGR   2029     2030     2031\n\
         17.80%  794.8    936.3  1,102.9\n\
         18.80%  815.2    968.5  1,150.5\n\
         19.80%  836.0  1,001.5  1,199.8\n\
         20.80%  857.1  1,035.3  1,250.7\n\
         21.80%  878.5  1,070.1  1,303.3"
    );
    // A precision sets the decimals of the values.
    assert!(format!("{:.0}", quoted()).ends_with("\n21.80%   879  1,070  1,303"));
    let t = quoted().table(Scale::Billion);
    assert_eq!(t.headers, ["cagr_pct", "2029", "2030", "2031"]);
    // 486.2 · 1.198^k for k = 3, 4, 5 (mpmath: 835.9598, 1001.4799, 1199.7729)
    assert_eq!(t.rows[2], ["19.8", "835.96", "1001.48", "1199.77"]);
    assert_eq!(
        // 486.2 · 1.178^k for k = 3, 4, 5 (mpmath: 794.7871, 936.2592, 1102.9134)
        t.to_csv().lines().nth(1),
        Some("17.8,794.79,936.26,1102.91")
    );
    let plain = Sensitivity::new(year(2025), amount("100"), [pct(10.0)], [year(2027)]).unwrap();
    assert_eq!(
        plain.to_string(),
        "Value from 100 in 2025, in units, by CAGR and target year\n\
         \x20 CAGR   2027\n\
         10.00%  121.0"
    );
}

#[test]
fn sensitivity_edges() {
    // Negative rates shrink the value: 100 · 0.95^3.
    let s = Sensitivity::new(year(2025), amount("100"), [pct(-5.0)], [year(2028)]).unwrap();
    close(s.value(0, 0).unwrap().value(), 85.7375);
    // Around a one-year forecast the year before is the baseline's own
    // year, so it is left out; rates at or below −100% are left out too.
    let s = Sensitivity::around(year(2025), amount("100"), pct(-99.5), year(2026)).unwrap();
    assert_eq!(s.years(), [2026, 2027].map(crate::year));
    assert_eq!(s.rates(), [pct(-99.5), pct(-98.5), pct(-97.5)]);
    // An empty grid is a valid, empty table.
    let empty = Sensitivity::new(year(2025), amount("1"), [], []).unwrap();
    assert_eq!(empty.table(Scale::One).to_csv(), "cagr_pct\r\n");
}

#[test]
fn sensitivity_errors() {
    assert_err(
        Sensitivity::new(
            year(2025),
            amount("1"),
            [pct(5.0)],
            [year(2030), year(2024)],
        ),
        "no span from 2025 to 2024: the end must come after the start",
    );
    assert_err(
        Sensitivity::around(year(2025), amount("1"), pct(5.0), year(2025)),
        "no span from 2025 to 2025: the end must come after the start",
    );
    assert_err(
        Sensitivity::new(
            year(1),
            Amount::from_base(1e300).unwrap(),
            [pct(1000.0)],
            [year(9999)],
        ),
        "the computed end value is out of range: inf",
    );
}

#[test]
fn rate_grid_around_a_forecast() {
    let g = RateGrid::around(
        year(2030),
        amount("1,000 billion yuan"),
        year(2035),
        amount("1,729.5 billion yuan"),
    )
    .unwrap();
    assert_eq!((g.from(), g.to()), (year(2030), year(2035)));
    assert_eq!(g.baselines().len(), 5);
    assert_eq!(g.targets().len(), 5);
    let table = [
        // (1902.45 / 900)^(1/5) − 1
        (0, 4, 0.1614864520446483),
        // (1556.55 / 1100)^(1/5) − 1
        (4, 0, 0.0718995241528788),
        // (1729.5 / 1000)^(1/5) − 1
        (2, 2, 0.1157942351780968),
    ];
    for (row, column, want) in table {
        close(g.rate(row, column).unwrap().as_fraction(), want);
    }
    // Scaling both ends alike leaves the rate: the diagonal is 11.58%.
    for i in 0..5 {
        assert_eq!(format!("{:.4}", g.rate(i, i).unwrap()), "11.5794%");
    }
    assert_eq!(g.row(4).unwrap().len(), 5);
    assert_eq!(g.rate(5, 0), None);
    assert_eq!(g.rate(0, 5), None);
}

#[test]
fn rate_grid_display_and_table() {
    let g = RateGrid::new(
        year(2030),
        [amount("900 billion yuan"), amount("1,000 billion yuan")],
        year(2035),
        [
            amount("1,729.5 billion yuan"),
            amount("1,902.45 billion yuan"),
        ],
    )
    .unwrap();
    assert_eq!(
        g.to_string(),
        "CAGR from a 2030 baseline (rows) to a 2035 target (columns), in billion CNY\n\
         baseline  1,729.5  1,902.5\n\
         \x20  900.0   13.96%   16.15%\n\
         \x201,000.0   11.58%   13.73%"
    );
    assert_eq!(
        g.table(Scale::Billion).to_csv(),
        "cagr_pct: baseline \\ target in billion CNY,1729.50,1902.45\r\n900.00,13.9556,16.1486\r\n1000.00,11.5794,13.7268\r\n"
    );
    // The Markdown grid names its units in the corner.
    assert!(g.table(Scale::Billion).to_markdown().starts_with(
        "| cagr_pct: baseline \\ target in billion CNY | 1729.50 | 1902.45 |\n|---:|---:|---:|\n"
    ));
}

#[test]
fn rate_grid_errors() {
    assert_err(
        RateGrid::new(year(2030), [amount("1")], year(2030), [amount("2")]),
        "no span from 2030 to 2030: the end must come after the start",
    );
    assert_err(
        RateGrid::new(year(2030), [amount("1 USD")], year(2035), [amount("2 EUR")]),
        "cannot combine an amount in USD with one in EUR",
    );
}

#[test]
fn scenario_types_are_send_sync() {
    fn require<T: Send + Sync + Unpin + std::panic::UnwindSafe>() {}
    require::<Sensitivity>();
    require::<RateGrid>();
}

// ---------------------------------------------------------------------------
// Properties
// ---------------------------------------------------------------------------

fn sorted(mut v: Vec<f64>) -> Vec<f64> {
    v.sort_by(f64::total_cmp);
    v
}

proptest! {
    /// With rates in increasing order, every column of values increases;
    /// with target years in increasing order, every row increases for a
    /// positive rate and decreases for a negative one.
    #[test]
    fn sensitivity_is_monotone(
        exp in -3.0f64..12.0,
        rates in prop::collection::vec(-0.9f64..2.0, 1..6),
        gaps in prop::collection::vec(1i32..30, 1..5),
    ) {
        let rates: Vec<Rate> = sorted(rates).into_iter().map(|f| Rate::from_fraction(f).unwrap()).collect();
        let mut years: Vec<Year> = gaps.iter().map(|g| year(2000 + g)).collect();
        years.sort_unstable();
        let s = Sensitivity::new(year(2000), Amount::from_base(10f64.powf(exp)).unwrap(), rates.clone(), years.clone()).unwrap();
        for j in 0..years.len() {
            for i in 1..rates.len() {
                prop_assert!(s.value(i, j).unwrap() >= s.value(i - 1, j).unwrap());
            }
        }
        for (i, r) in rates.iter().enumerate() {
            let row = s.row(i).unwrap();
            for w in row.windows(2) {
                let f = r.as_fraction();
                let ok = if f >= 0.0 { w[1] >= w[0] } else { w[1] <= w[0] };
                prop_assert!(ok, "{:?} at {}", w, r);
            }
        }
    }

    /// Each cell is the projection of the baseline, and the rate grid
    /// inverts it: the rate from the baseline to a cell is the row's rate.
    #[test]
    fn grids_invert_each_other(
        exp in 0.0f64..12.0,
        f in -0.5f64..1.0,
        gap in 1i32..30,
    ) {
        prop_assume!(f.abs() > 1e-3); // the rate of a near-constant value is ill-conditioned
        let base = Amount::from_base(10f64.powf(exp)).unwrap();
        let r = Rate::from_fraction(f).unwrap();
        let s = Sensitivity::new(year(2000), base, [r], [year(2000 + gap)]).unwrap();
        let g = RateGrid::new(year(2000), [base], year(2000 + gap), [s.value(0, 0).unwrap()]).unwrap();
        let back = g.rate(0, 0).unwrap().as_fraction();
        prop_assert!((back - f).abs() <= 1e-12 * f.abs().max(1.0), "{back} vs {f}");
    }

    /// The implied rate falls as the baseline rises and rises with the
    /// target.
    #[test]
    fn rate_grid_is_monotone(
        baselines in prop::collection::vec(-3.0f64..12.0, 1..6),
        targets in prop::collection::vec(-3.0f64..12.0, 1..6),
        gap in 1i32..30,
    ) {
        let amounts = |v: Vec<f64>| sorted(v).into_iter().map(|e| Amount::from_base(10f64.powf(e)).unwrap()).collect::<Vec<_>>();
        let (b, t) = (amounts(baselines), amounts(targets));
        let g = RateGrid::new(year(2000), b.clone(), year(2000 + gap), t.clone()).unwrap();
        for i in 0..b.len() {
            for j in 0..t.len() {
                if i > 0 {
                    prop_assert!(g.rate(i, j).unwrap() <= g.rate(i - 1, j).unwrap());
                }
                if j > 0 {
                    prop_assert!(g.rate(i, j).unwrap() >= g.rate(i, j - 1).unwrap());
                }
            }
        }
    }
}
