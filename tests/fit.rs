//! Growth fitted from a series (`cagr::fit`), read as a specification.
//!
//! The expected numbers come from outside the crate: statsmodels' OLS (with
//! numpy.polyfit as a cross-check) and mpmath at 50 digits, run on the series
//! in `tests/data/fit_series.csv` by `tools/fit_reference.py`, which wrote
//! `tests/data/fit_reference.json`. Student t quantiles are checked against
//! mpmath at 40 digits and against scipy. Error messages are asserted word
//! for word; the printed forms are pinned.

use cagr::fit::{self, Shape};
use cagr::fit::{FitComparison, GrowthFit, TrendFit};
use cagr::{Error, Rate, Year};
use proptest::prelude::*;
use serde_json::Value;

// ---------------------------------------------------------------------------
// Tolerances, and why each is what it is
// ---------------------------------------------------------------------------

/// Against statsmodels: relative 1e-10. statsmodels solves the uncentred
/// design `[1, year]` by a pseudo-inverse, whose conditioning (years near
/// 2000 against a spread of a few years) costs it about three digits: it
/// sits 2e-14 to 1e-13 from the 50-digit values. 1e-10 leaves room for
/// that and is still far below anything a reader of a fit would notice.
const STATSMODELS: f64 = 1e-10;

/// Against mpmath's exact closed form: relative 1e-13 for slopes, rates,
/// standard errors and fitted values. The crate rounds each `ln(value)`
/// once and centres the years; what is left is a few ulp per point.
const MPMATH: f64 = 1e-13;

/// Confidence bands against statsmodels: relative 1e-9. A band far from
/// the data's centre, exponentiated, magnifies the reference's own error:
/// statsmodels' band for the three-point series (one degree of freedom,
/// t = 12.7) is 1e-10 from the 50-digit value. The crate's bands are
/// checked against mpmath at [`MPMATH`].
const STATSMODELS_BAND: f64 = 1e-9;

/// Student t quantiles against mpmath: relative 1e-14, times `1/df` below
/// one degree of freedom, where the quantile's condition number grows like
/// `1/df` (the tail falls like `t^(−df)`).
const QUANTILE: f64 = 1e-14;

// ---------------------------------------------------------------------------
// Helpers
// ---------------------------------------------------------------------------

fn reference() -> Value {
    let text = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/data/fit_reference.json"
    ))
    .expect("tests/data/fit_reference.json (run tools/fit_reference.py)");
    serde_json::from_str(&text).expect("valid JSON")
}

/// The series of `tests/data/fit_series.csv`, by name, in file order.
fn series() -> Vec<(String, Vec<(i32, f64)>)> {
    let text = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/data/fit_series.csv"
    ))
    .expect("tests/data/fit_series.csv");
    let mut out: Vec<(String, Vec<(i32, f64)>)> = Vec::new();
    for line in text.lines().skip(1) {
        let cells: Vec<&str> = line.split(',').collect();
        let point = (cells[1].parse().unwrap(), cells[2].parse().unwrap());
        match out.last_mut() {
            Some((name, points)) if name == cells[0] => points.push(point),
            _ => out.push((cells[0].to_owned(), vec![point])),
        }
    }
    out
}

#[track_caller]
fn f(v: &Value) -> f64 {
    v.as_f64()
        .unwrap_or_else(|| panic!("expected a number, got {v}"))
}

#[track_caller]
fn floats(v: &Value) -> Vec<f64> {
    v.as_array().expect("an array").iter().map(f).collect()
}

/// Asserts `|got − want| ≤ rel·|want|`.
#[track_caller]
fn close(got: f64, want: f64, rel: f64, what: &str) {
    let err = (got - want).abs();
    assert!(
        err <= rel * want.abs(),
        "{what}: got {got:e}, want {want:e} (relative error {:e}, allowed {rel:e})",
        err / want.abs()
    );
}

/// Asserts `|got − want| ≤ tol` (for numbers near zero, where a relative
/// error means nothing: residuals, R² close to 1).
#[track_caller]
fn near(got: f64, want: f64, tol: f64, what: &str) {
    assert!(
        (got - want).abs() <= tol,
        "{what}: got {got:e}, want {want:e} (difference {:e}, allowed {tol:e})",
        (got - want).abs()
    );
}

#[track_caller]
fn message<T: std::fmt::Debug>(result: Result<T, Error>, text: &str) {
    match result {
        Ok(v) => panic!("expected the error {text:?}, got Ok({v:?})"),
        Err(e) => assert_eq!(e.to_string(), text),
    }
}

/// One series of the reference file with the crate's fits of it.
struct Case {
    want: Value,
    points: Vec<(i32, f64)>,
    growth: GrowthFit,
    trend: TrendFit,
    both: FitComparison,
}

/// The years the reference file predicts at.
fn want_years() -> Vec<i32> {
    reference()["extra_years"]
        .as_array()
        .unwrap()
        .iter()
        .map(|y| y.as_i64().unwrap() as i32)
        .collect()
}

/// Every series of the reference file with its fits.
fn cases() -> Vec<Case> {
    let r = reference();
    let all = series();
    let refs = r["series"].as_array().unwrap().clone();
    assert_eq!(refs.len(), all.len(), "one reference per series");
    refs.into_iter()
        .zip(all)
        .map(|(want, (name, points))| {
            assert_eq!(want["name"], name.as_str());
            let g = fit::growth(&crate::series(&points)).unwrap();
            let t = fit::trend(&crate::series(&points)).unwrap();
            let c = fit::compare(&crate::series(&points)).unwrap();
            Case {
                want,
                points,
                growth: g,
                trend: t,
                both: c,
            }
        })
        .collect()
}

const MARKET: [(i32, f64); 9] = [
    (2015, 41.2),
    (2016, 47.9),
    (2017, 52.3),
    (2018, 61.0),
    (2020, 77.4),
    (2021, 90.8),
    (2022, 98.1),
    (2023, 116.5),
    (2024, 128.9),
];

// ---------------------------------------------------------------------------
// Agreement with statsmodels and mpmath
// ---------------------------------------------------------------------------

#[test]
fn the_reference_file_covers_the_committed_series() {
    let r = reference();
    let names: Vec<&str> = r["series"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["name"].as_str().unwrap())
        .collect();
    assert_eq!(
        names,
        [
            "market",
            "irregular",
            "noisy",
            "linear",
            "declining",
            "three",
            "two",
            "repeated",
            "base_units"
        ]
    );
    assert_eq!(r["generator"], "tools/fit_reference.py");
}

#[test]
fn growth_fits_agree_with_statsmodels() {
    for Case {
        want,
        points,
        growth: g,
        ..
    } in cases()
    {
        let name = want["name"].as_str().unwrap();
        let w = &want["growth"];
        let what = |x: &str| format!("{name}: growth {x}");
        close(g.log_slope(), f(&w["slope"]), STATSMODELS, &what("slope"));
        close(
            g.rate().as_fraction(),
            f(&w["rate"]),
            STATSMODELS,
            &what("rate"),
        );
        near(g.r_squared(), f(&w["r_squared"]), STATSMODELS, &what("R²"));
        // Residuals are on the log scale: differences of numbers the size
        // of ln(value), so their error scales with that, not with themselves.
        let scale = points.iter().map(|p| p.1.ln().abs()).fold(1.0, f64::max);
        let residuals = floats(&w["residuals"]);
        let fitted = floats(&w["fitted"]);
        assert_eq!(g.points().len(), points.len());
        for ((p, r), v) in g.points().zip(&residuals).zip(&fitted) {
            near(p.residual, *r, STATSMODELS * scale, &what("residual"));
            close(p.fitted, *v, STATSMODELS, &what("fitted value"));
            assert_eq!(p.fitted, g.fitted(p.year));
        }
        for pred in w["predict"].as_array().unwrap() {
            let year = pred["year"].as_i64().unwrap() as i32;
            close(
                g.fitted(crate::year(year)),
                f(&pred["value"]),
                STATSMODELS,
                &what("prediction"),
            );
            match pred["band"].as_array() {
                Some(band) => {
                    let (lo, hi) = g.band(crate::year(year)).unwrap();
                    close(lo, f(&band[0]), STATSMODELS_BAND, &what("band low"));
                    close(hi, f(&band[1]), STATSMODELS_BAND, &what("band high"));
                }
                None => message(
                    g.band(crate::year(year)),
                    "too few points for an interval: 2 given, at least 3 needed",
                ),
            }
        }
        if w["slope_se"].is_null() {
            message(
                g.log_slope_se(),
                "too few points for a standard error: 2 given, at least 3 needed",
            );
            message(
                g.interval(),
                "too few points for an interval: 2 given, at least 3 needed",
            );
            continue;
        }
        close(
            g.log_slope_se().unwrap(),
            f(&w["slope_se"]),
            STATSMODELS,
            &what("se"),
        );
        close(
            g.rate_se().unwrap(),
            f(&w["rate_se"]),
            STATSMODELS,
            &what("rate se"),
        );
        let (lo, hi) = g.interval().unwrap();
        let ci = floats(&w["rate_ci"]);
        close(lo.as_fraction(), ci[0], STATSMODELS, &what("interval low"));
        close(hi.as_fraction(), ci[1], STATSMODELS, &what("interval high"));
        let t = fit::student_t_quantile(0.975, (points.len() - 2) as f64).unwrap();
        close(t, f(&w["t975"]), QUANTILE, &what("t quantile"));
    }
}

#[test]
fn trend_fits_agree_with_statsmodels() {
    for Case {
        want,
        points,
        trend: t,
        ..
    } in cases()
    {
        let name = want["name"].as_str().unwrap();
        let w = &want["trend"];
        let what = |x: &str| format!("{name}: trend {x}");
        close(t.slope(), f(&w["slope"]), STATSMODELS, &what("slope"));
        near(t.r_squared(), f(&w["r_squared"]), STATSMODELS, &what("R²"));
        let scale = points.iter().map(|p| p.1.abs()).fold(0.0, f64::max);
        for ((p, r), v) in t
            .points()
            .zip(floats(&w["residuals"]))
            .zip(floats(&w["fitted"]))
        {
            near(p.residual, r, STATSMODELS * scale, &what("residual"));
            close(p.fitted, v, STATSMODELS, &what("fitted value"));
        }
        for pred in w["predict"].as_array().unwrap() {
            let year = pred["year"].as_i64().unwrap() as i32;
            close(
                t.fitted(crate::year(year)),
                f(&pred["value"]),
                STATSMODELS,
                &what("prediction"),
            );
            if let Some(band) = pred["band"].as_array() {
                let (lo, hi) = t.band(crate::year(year)).unwrap();
                close(lo, f(&band[0]), STATSMODELS_BAND, &what("band low"));
                close(hi, f(&band[1]), STATSMODELS_BAND, &what("band high"));
            }
        }
        if w["slope_se"].is_null() {
            message(
                t.slope_se(),
                "too few points for a standard error: 2 given, at least 3 needed",
            );
            continue;
        }
        close(
            t.slope_se().unwrap(),
            f(&w["slope_se"]),
            STATSMODELS,
            &what("se"),
        );
        let (lo, hi) = t.interval().unwrap();
        let ci = floats(&w["slope_ci"]);
        close(lo, ci[0], STATSMODELS, &what("interval low"));
        close(hi, ci[1], STATSMODELS, &what("interval high"));
    }
}

#[test]
fn fits_agree_with_mpmath_to_a_few_ulp() {
    for Case {
        want,
        growth: g,
        trend: t,
        ..
    } in cases()
    {
        let name = want["name"].as_str().unwrap();
        let m = &want["mp"];
        let what = |x: &str| format!("{name}: mpmath {x}");
        close(
            g.log_slope(),
            f(&m["growth_slope"]),
            MPMATH,
            &what("growth slope"),
        );
        close(
            g.rate().as_fraction(),
            f(&m["growth_rate"]),
            MPMATH,
            &what("rate"),
        );
        near(
            g.r_squared(),
            f(&m["growth_r_squared"]),
            MPMATH,
            &what("growth R²"),
        );
        close(
            g.fitted(crate::year(2030)),
            f(&m["growth_fitted_2030"]),
            MPMATH,
            &what("growth 2030"),
        );
        close(
            t.slope(),
            f(&m["trend_slope"]),
            MPMATH,
            &what("trend slope"),
        );
        near(
            t.r_squared(),
            f(&m["trend_r_squared"]),
            MPMATH,
            &what("trend R²"),
        );
        close(
            t.fitted(crate::year(2030)),
            f(&m["trend_fitted_2030"]),
            MPMATH,
            &what("trend 2030"),
        );
        let years = want_years();
        for (kind, band) in [("growth", &m["growth_band"]), ("trend", &m["trend_band"])] {
            let Some(band) = band.as_array() else {
                continue;
            };
            for (year, want) in years.iter().zip(band) {
                let (lo, hi) = match kind {
                    "growth" => g.band(crate::year(*year)).unwrap(),
                    _ => t.band(crate::year(*year)).unwrap(),
                };
                close(
                    lo,
                    f(&want[0]),
                    MPMATH,
                    &what(&format!("{kind} band low {year}")),
                );
                close(
                    hi,
                    f(&want[1]),
                    MPMATH,
                    &what(&format!("{kind} band high {year}")),
                );
            }
        }
        if !m["growth_slope_se"].is_null() {
            let se = g.log_slope_se().unwrap();
            close(se, f(&m["growth_slope_se"]), MPMATH, &what("growth se"));
            let se = t.slope_se().unwrap();
            close(se, f(&m["trend_slope_se"]), MPMATH, &what("trend se"));
        }
    }
}

#[test]
fn endpoint_rates_agree_with_mpmath() {
    for Case {
        want, growth: g, ..
    } in cases()
    {
        let name = want["name"].as_str().unwrap();
        // A single closed form: a few ulp.
        close(
            g.endpoint_rate().unwrap().as_fraction(),
            f(&want["endpoint_rate"]),
            1e-15,
            &format!("{name}: endpoint rate"),
        );
    }
}

#[test]
fn comparisons_agree_with_numpy() {
    for Case { want, both: c, .. } in cases() {
        let name = want["name"].as_str().unwrap();
        let what = |x: &str| format!("{name}: {x}");
        if name == "two" {
            // Both curves pass through both points: each RSS is rounding
            // noise (statsmodels' is 1e-19, the crate's 1e-26), so only its
            // size is checked.
            assert!(c.growth_rss() < 1e-12 && c.trend_rss() < 1e-12, "{name}");
            assert_eq!(c.better(), None);
            continue;
        }
        // RSS is a sum of squared residuals, each a difference of numbers
        // the size of the data: 1e-9 relative covers statsmodels' digits.
        close(
            c.growth_rss(),
            f(&want["growth"]["rss"]),
            1e-9,
            &what("growth RSS"),
        );
        let (g_r2, t_r2) = (
            f(&want["growth"]["r_squared_original"]),
            f(&want["trend"]["r_squared_original"]),
        );
        near(c.growth_r_squared(), g_r2, STATSMODELS, &what("growth R²"));
        near(c.trend_r_squared(), t_r2, STATSMODELS, &what("trend R²"));
        near(
            c.trend_r_squared(),
            c.trend().r_squared(),
            1e-12,
            &what("R²s"),
        );
        let better = match want["better"].as_str() {
            Some("growth") => Some(Shape::Exponential),
            Some("trend") => Some(Shape::Linear),
            _ => None,
        };
        assert_eq!(c.better(), better, "{name}");
        // Neither RSS is within rounding of the other, so the verdict is
        // not a coin toss (two points excepted).
        if better.is_some() {
            let (a, b) = (c.growth_rss(), c.trend_rss());
            assert!((a - b).abs() > 1e-6 * a.max(b), "{name}: {a} vs {b}");
        }
        close(
            c.trend_rss(),
            f(&want["trend"]["rss"]),
            1e-9,
            &what("trend RSS"),
        );
    }
}

#[test]
fn t_quantiles_agree_with_mpmath_and_scipy() {
    let r = reference();
    let rows = r["t_quantiles"].as_array().unwrap();
    assert!(rows.len() >= 40);
    for q in rows {
        let (p, df) = (f(&q["p"]), f(&q["df"]));
        let got = fit::student_t_quantile(p, df).unwrap();
        let (exact, scipy) = (f(&q["mpmath"]), f(&q["scipy"]));
        let what = format!("t quantile p = {p}, df = {df}");
        if exact == 0.0 {
            assert_eq!(got, 0.0, "{what}");
            continue;
        }
        close(got, exact, QUANTILE * (1.0 / df).max(1.0), &what);
        // scipy itself is within 4e-15 of mpmath on this table.
        close(got, scipy, 2.0 * QUANTILE * (1.0 / df).max(1.0), &what);
    }
}

#[test]
fn t_quantiles_are_odd_and_tend_to_the_normal() {
    for df in [1.0, 2.0, 3.0, 7.5, 40.0, 1e4] {
        for p in [0.6, 0.9, 0.975, 0.999] {
            let up = fit::student_t_quantile(p, df).unwrap();
            let down = fit::student_t_quantile(1.0 - p, df).unwrap();
            close(-down, up, 1e-14, &format!("symmetry at p = {p}, df = {df}"));
        }
    }
    // The standard normal's 0.975 quantile, 1.959963984540054 (mpmath).
    let z = 1.959_963_984_540_054;
    let t = fit::student_t_quantile(0.975, 1e12).unwrap();
    close(t, z, 1e-11, "t with 1e12 degrees of freedom");
    // Monotone in the degrees of freedom.
    let mut last = f64::INFINITY;
    for df in 1..200 {
        let t = fit::student_t_quantile(0.975, f64::from(df)).unwrap();
        assert!(t < last, "df = {df}");
        last = t;
    }
}

// ---------------------------------------------------------------------------
// The motivating series: numbers and printed forms
// ---------------------------------------------------------------------------

#[test]
fn the_market_series_prints_its_fit() {
    let g = fit::growth(&crate::series(&MARKET)).unwrap();
    assert_eq!(
        g.to_string(),
        "13.53% a year fitted to 9 points over 2015-2024 (95% interval 12.97% to 14.10%, \
         R² 0.9981 on the log scale); endpoint CAGR 13.51%"
    );
    assert_eq!(
        format!("{g:.1}"),
        "13.5% a year fitted to 9 points over 2015-2024 (95% interval 13.0% to 14.1%, \
         R² 0.9981 on the log scale); endpoint CAGR 13.5%"
    );
    let detailed = format!("{g:#}");
    assert!(
        detailed.starts_with(
            "Exponential fit (LOGEST): 9 points, 2015-2024\n\
             \x20 fitted rate       13.53% a year\n\
             \x20 95% interval      12.97% to 14.10%\n\
             \x20 standard error    0.24 points (log slope 0.002107)\n\
             \x20 R² (log scale)    0.9981\n\
             \x20 endpoint CAGR     13.51% (2015-2024)\n\
             \n\
             | year | value | fitted | log_residual |\n\
             |---:|---:|---:|---:|\n\
             | 2015 | 41.2 | 41.4114 | -0.00511769 |\n"
        ),
        "{detailed}"
    );
    assert_eq!(detailed.lines().count(), 9 + 9);

    let t = fit::trend(&crate::series(&MARKET)).unwrap();
    assert_eq!(
        t.to_string(),
        "+9.644 a year fitted to 9 points over 2015-2024 (95% interval 8.296 to 10.99, R² 0.9761)"
    );
    assert_eq!(
        format!("{t:.2}"),
        "+9.64 a year fitted to 9 points over 2015-2024 (95% interval 8.30 to 10.99, R² 0.9761)"
    );

    let c = fit::compare(&crate::series(&MARKET)).unwrap();
    assert_eq!(
        c.to_string(),
        "exponential growth fits better than a straight line: residual sum of squares 19.39 \
         against 187.0 (R² 0.9975 against 0.9761, both on the original scale)"
    );
    let detailed = format!("{c:#}");
    assert!(detailed.contains("\n\nExponential fit (LOGEST): 9 points"));
    assert!(detailed.contains("\nStraight-line fit (TREND): 9 points"));
    assert!(
        detailed.ends_with("| 2024 | 128.9 | 129.787 | 122.208 |"),
        "{detailed}"
    );
}

#[test]
fn two_points_give_the_endpoint_cagr_and_no_interval() {
    let g = fit::growth(&crate::series(&[(2019, 600.0), (2024, 1000.0)])).unwrap();
    close(
        g.rate().as_fraction(),
        g.endpoint_rate().unwrap().as_fraction(),
        1e-15,
        "rate",
    );
    assert_eq!(g.r_squared(), 1.0);
    assert_eq!(
        g.to_string(),
        "10.76% a year fitted to 2 points over 2019-2024 (no interval from two points, \
         R² 1.0000 on the log scale); endpoint CAGR 10.76%"
    );
    assert!(format!("{g:#}").contains("\n  95% interval      none from two points\n"));
    let t = fit::trend(&crate::series(&[(2019, 600.0), (2024, 1000.0)])).unwrap();
    assert_eq!(
        t.to_string(),
        "+80.00 a year fitted to 2 points over 2019-2024 (no interval from two points, R² 1.0000)"
    );
    let c = fit::compare(&crate::series(&[(2019, 600.0), (2024, 1000.0)])).unwrap();
    assert_eq!(c.better(), None);
    assert_eq!(
        c.to_string(),
        "with two points both shapes pass through both, so neither fits better"
    );
}

#[test]
fn a_declining_series_prints_a_negative_increment() {
    let t = fit::trend(&crate::series(&[
        (2016, 9.1),
        (2017, 8.2),
        (2018, 7.6),
        (2019, 6.7),
    ]))
    .unwrap();
    assert_eq!(
        t.to_string(),
        "-0.7800 a year fitted to 4 points over 2016-2019 (95% interval -0.9625 to -0.5975, R² 0.9941)"
    );
    let g = fit::growth(&crate::series(&[
        (2016, 9.1),
        (2017, 8.2),
        (2018, 7.6),
        (2019, 6.7),
    ]))
    .unwrap();
    assert_eq!(format!("{:.2}", g.rate()), "-9.47%");
}

#[test]
fn a_straight_series_prefers_the_line() {
    let c = fit::compare(&crate::series(&series()[3].1)).unwrap();
    assert_eq!(c.better(), Some(Shape::Linear));
    assert_eq!(
        c.to_string(),
        "a straight line fits better than exponential growth: residual sum of squares 0.3173 \
         against 64.39 (R² 0.9998 against 0.9689, both on the original scale)"
    );
}

#[test]
fn tables_have_a_header_and_a_row_per_point() {
    let g = fit::growth(&crate::series(&MARKET)).unwrap();
    let t = fit::trend(&crate::series(&MARKET)).unwrap();
    let c = fit::compare(&crate::series(&MARKET)).unwrap();
    let table = [
        (g.table(), "year,value,fitted,log_residual"),
        (t.table(), "year,value,fitted,residual"),
        (c.table(), "year,value,growth_fitted,trend_fitted"),
    ];
    for (table, header) in table {
        let csv = table.to_csv();
        assert_eq!(csv.lines().next(), Some(header));
        assert_eq!(csv.lines().count(), 1 + MARKET.len());
        // The value column is the input, as given.
        assert_eq!(table.rows[4][0], "2020");
        assert_eq!(table.rows[4][1], "77.4");
    }
    // Base units keep their digits, with no exponent a spreadsheet might
    // misread.
    let big = fit::growth(&crate::series(&series()[8].1)).unwrap();
    assert_eq!(
        big.table().rows[0],
        ["2021", "210000000000", "216102356067", "-0.0286446"]
    );
}

#[test]
fn fitted_values_and_bands_for_any_year() {
    let g = fit::growth(&crate::series(&MARKET)).unwrap();
    // The band is narrowest near the centre of the data and widens outside.
    let width = |y: i32| {
        let (lo, hi) = g.band(crate::year(y)).unwrap();
        assert!(
            lo < g.fitted(crate::year(y)) && g.fitted(crate::year(y)) < hi,
            "{y}"
        );
        (hi / lo).ln()
    };
    assert!(width(2020) < width(2015));
    assert!(width(2024) < width(2030));
    // A wider level gives a wider band; a narrower one a narrower band.
    let (lo95, hi95) = g.band(crate::year(2030)).unwrap();
    let (lo50, hi50) = g.band_with(crate::year(2030), 0.5).unwrap();
    let (lo99, hi99) = g.band_with(crate::year(2030), 0.99).unwrap();
    assert!(lo99 < lo95 && lo95 < lo50 && hi50 < hi95 && hi95 < hi99);
    // The interval of the rate is not symmetric: e^b − 1 is convex.
    let (lo, hi) = g.interval().unwrap();
    let r = g.rate().as_fraction();
    assert!(hi.as_fraction() - r > r - lo.as_fraction());
    assert_eq!(g.len(), 9);
    assert!(!g.is_empty());
    assert_eq!(g.years(), (crate::year(2015), crate::year(2024)));
}

// ---------------------------------------------------------------------------
// Errors, word for word
// ---------------------------------------------------------------------------

#[test]
fn every_error_message() {
    let table: [(&[(i32, f64)], &str); 8] = [
        (&[], "too few points for a fit: 0 given, at least 2 needed"),
        (
            &[(2020, 1.0)],
            "too few points for a fit: 1 given, at least 2 needed",
        ),
        (
            &[(2020, 1.0), (2020, 2.0), (2020, 3.0)],
            "every point is in 2020: a fit needs at least two different years",
        ),
        (
            &[(2020, 1.0), (2021, f64::NAN)],
            "invalid value NaN in 2021: a value must be finite",
        ),
        (
            &[(2020, f64::INFINITY), (2021, 1.0)],
            "invalid value inf in 2020: a value must be finite",
        ),
        (
            &[(2020, 1.0), (2021, f64::NEG_INFINITY)],
            "invalid value -inf in 2021: a value must be finite",
        ),
        (
            &[(2020, 1.0), (2021, -3.5)],
            "invalid value -3.5 in 2021: a growth fit needs positive values",
        ),
        (
            &[(2020, 0.0), (2021, 1.0)],
            "invalid value 0 in 2020: a growth fit needs positive values",
        ),
    ];
    for (points, text) in table {
        let points = &crate::series(points);
        message(fit::growth(points), text);
        message(fit::compare(points), text);
        // The straight line takes zero and negative values.
        if !text.contains("positive") {
            message(fit::trend(points), text);
        }
    }
    assert!(fit::trend(&crate::series(&[(2020, 0.0), (2021, -3.5)])).is_ok());
    // Values are checked before the count and the years.
    message(
        fit::growth(&crate::series(&[(2020, -1.0)])),
        "invalid value -1 in 2020: a growth fit needs positive values",
    );
    // A rate that is not a rate.
    message(
        fit::growth(&crate::series(&[(2020, 1e-300), (2021, 1e300)])),
        "the computed rate is out of range: inf",
    );

    let g = fit::growth(&crate::series(&MARKET)).unwrap();
    for level in [0.0, 1.0, -0.5, 95.0, f64::NAN] {
        let text =
            format!("invalid probability {level}: a probability must be strictly between 0 and 1");
        message(g.interval_with(level), &text);
        message(g.band_with(crate::year(2020), level), &text);
        message(fit::student_t_quantile(level, 3.0), &text);
    }
    for df in [0.0, -1.0, f64::INFINITY, f64::NAN] {
        message(
            fit::student_t_quantile(0.975, df),
            &format!(
                "invalid degrees of freedom {df}: degrees of freedom must be positive and finite"
            ),
        );
    }
    message(
        fit::student_t_quantile(1e-300, 0.5),
        "the computed quantile is out of range: -inf",
    );
}

#[test]
fn errors_are_typed() {
    assert!(matches!(
        fit::growth(&crate::series(&[(2020, 1.0)])).unwrap_err(),
        Error::TooFewPoints {
            what: "a fit",
            points: 1,
            needed: 2,
            ..
        }
    ));
    assert!(matches!(
        fit::growth(&crate::series(&[(2020, 1.0), (2020, 2.0)])).unwrap_err(),
        Error::OneYear { year: 2020, .. }
    ));
    assert!(matches!(
        fit::growth(&crate::series(&[(2020, 1.0), (2021, -1.0)])).unwrap_err(),
        Error::NotPositive { year: 2021, value, .. } if value == -1.0
    ));
    assert!(matches!(
        fit::trend(&crate::series(&[(2020, 1.0), (2021, f64::NAN)])).unwrap_err(),
        Error::Value { year: 2021, value, .. } if value.is_nan()
    ));
}

// ---------------------------------------------------------------------------
// Values at the edges of f64 (the hostile catalogue's `bug_trend_fit_overflows`
// and `bug_growth_band_overflows`)
// ---------------------------------------------------------------------------

/// 1, 2 and 4 in 2000 to 2002: slope 1.5, fitted 5/6, 7/3 and 23/6,
/// R² = 1 − (1/6)/(14/3) = 27/28.
const DOUBLING: [(i32, f64); 3] = [(2000, 1.0), (2001, 2.0), (2002, 4.0)];

/// `2^e`, exactly, subnormals included (`powi` of a negative exponent
/// divides by an infinity below `2^-1023`).
fn pow2(e: i32) -> f64 {
    let step = if e < 0 { 0.5 } else { 2.0 };
    (0..e.unsigned_abs()).fold(1.0, |x, _| x * step)
}

fn times(k: f64) -> Vec<(Year, f64)> {
    DOUBLING
        .iter()
        .map(|&(y, v)| (crate::year(y), v * k))
        .collect()
}

#[test]
fn a_trend_scaled_by_a_power_of_two_is_the_same_trend_bit_for_bit() {
    let unit = fit::trend(&crate::series(&DOUBLING)).unwrap();
    near(unit.r_squared(), 27.0 / 28.0, 2e-16, "R² of 1, 2, 4");
    // Far above and far below the values whose squares f64 can hold.
    for k in [pow2(1000), pow2(-1000), pow2(-1072)] {
        let t = fit::trend(&times(k)).unwrap();
        assert_eq!(t.slope(), unit.slope() * k, "{k:e}");
        assert_eq!(t.r_squared(), unit.r_squared(), "{k:e}");
        for y in 2000..=2002 {
            assert_eq!(
                t.fitted(crate::year(y)),
                unit.fitted(crate::year(y)) * k,
                "{k:e}"
            );
        }
        if k > 1.0 {
            // Below 1 the standard error and band underflow into
            // subnormals and lose digits; above, they are exact too.
            assert_eq!(t.slope_se().unwrap(), unit.slope_se().unwrap() * k);
            let (lo, hi) = t.band(crate::year(2001)).unwrap();
            let (unit_lo, unit_hi) = unit.band(crate::year(2001)).unwrap();
            assert_eq!((lo, hi), (unit_lo * k, unit_hi * k));
        }
    }
}

#[test]
fn a_trend_of_values_near_f64_max_is_finite_and_correct() {
    // Was a NaN R²: the sums of squares overflowed.
    let t = fit::trend(&times(1e300)).unwrap();
    close(t.slope(), 1.5e300, 1e-15, "slope");
    close(t.r_squared(), 27.0 / 28.0, 1e-15, "R²");
    close(
        t.fitted(crate::year(2002)),
        23.0 / 6.0 * 1e300,
        1e-15,
        "fitted",
    );
    let (lo, hi) = t.band(crate::year(2000)).unwrap();
    assert!(lo.is_finite() && hi.is_finite() && lo < t.fitted(crate::year(2000)));
    // Was a NaN slope: two values of f64::MAX.
    let flat = fit::trend(&crate::series(&[(2000, f64::MAX), (2001, f64::MAX)])).unwrap();
    assert_eq!(flat.slope(), 0.0);
    assert_eq!(flat.fitted(crate::year(2000)), f64::MAX);
    assert_eq!(flat.r_squared(), 1.0);
    assert_eq!(
        flat.to_string(),
        "+0 a year fitted to 2 points over 2000-2001 (no interval from two points, R² 1.0000)"
    );
}

#[test]
fn a_trend_beyond_the_range_of_f64_is_out_of_range() {
    // A slope of −2·f64::MAX a year.
    let points = [(2000, f64::MAX), (2001, -f64::MAX)];
    message(
        fit::trend(&crate::series(&points)),
        "the computed slope is out of range: -inf",
    );
    assert!(matches!(
        fit::trend(&crate::series(&points)).unwrap_err(),
        Error::OutOfRange { quantity: "slope", value, .. } if value == f64::NEG_INFINITY
    ));
    // A line through 0 and f64::MAX twice overshoots f64::MAX in 2002.
    message(
        fit::trend(&crate::series(&[
            (2000, 0.0),
            (2001, f64::MAX),
            (2002, f64::MAX),
        ])),
        "the computed fitted value is out of range: inf",
    );
    // A fit that exists, with an interval and a band that do not.
    let t = fit::trend(&crate::series(&[
        (2000, f64::MAX),
        (2001, 0.0),
        (2002, f64::MAX),
    ]))
    .unwrap();
    assert_eq!(t.slope(), 0.0);
    assert_eq!(t.r_squared(), 0.0);
    message(
        t.interval(),
        "the computed lower end of the interval is out of range: -inf",
    );
    message(
        t.band(crate::year(2000)),
        "the computed lower end of the band is out of range: -inf",
    );
    assert_eq!(
        t.to_string(),
        "+0 a year fitted to 3 points over 2000-2002 (an interval beyond the range of f64, \
         R² 0.0000)"
    );
    assert!(format!("{t:#}").contains("95% interval      beyond the range of f64"));
}

#[test]
fn comparisons_at_the_edges_of_f64() {
    // Residual sums of squares of values near 1e300 are near 1e600.
    let huge = times(1e300);
    message(
        fit::compare(&huge),
        "the computed residual sum of squares is out of range: inf",
    );
    assert!(matches!(
        fit::compare(&huge).unwrap_err(),
        Error::OutOfRange {
            quantity: "residual sum of squares",
            ..
        }
    ));
    // Values whose squares underflow keep their R² on the original scale
    // (it was 1 when every square was 0).
    let unit = fit::compare(&crate::series(&DOUBLING)).unwrap();
    let tiny = fit::compare(&times(pow2(-1000))).unwrap();
    assert_eq!(tiny.trend_r_squared(), unit.trend_r_squared());
    near(
        tiny.growth_r_squared(),
        unit.growth_r_squared(),
        1e-12,
        "R²",
    );
    assert_eq!(tiny.better(), unit.better());
    assert_eq!(tiny.trend_rss(), 0.0); // 1e-602 is below every f64
}

#[test]
fn a_growth_band_beyond_the_range_of_f64_is_out_of_range() {
    // A subnormal between 1 and 3: the band on the log scale is hundreds
    // wide, and its upper end is e^(more than 709). It was Ok((0, inf)).
    let g = fit::growth(&crate::series(&[(2020, 1.0), (2021, 5e-324), (2022, 3.0)])).unwrap();
    for year in 2020..=2022 {
        message(
            g.band(crate::year(year)),
            "the computed upper end of the band is out of range: inf",
        );
        assert!(matches!(
            g.band(crate::year(year)).unwrap_err(),
            Error::OutOfRange {
                quantity: "upper end of the band",
                value,
                ..
            } if value == f64::INFINITY
        ));
    }
    // A narrower band of the same fit fits in f64.
    let (lo, hi) = g.band_with(crate::year(2021), 0.5).unwrap();
    assert!(
        0.0 <= lo
            && lo < g.fitted(crate::year(2021))
            && g.fitted(crate::year(2021)) < hi
            && hi.is_finite()
    );
    // Every point's fitted value is checked when fitting: this curve
    // through 1 and f64::MAX twice overshoots f64::MAX in 2002.
    message(
        fit::growth(&crate::series(&[
            (2000, 1.0),
            (2001, f64::MAX),
            (2002, f64::MAX),
        ])),
        "the computed fitted value is out of range: inf",
    );
    // What is left is finite.
    for p in g.points() {
        assert!(p.fitted.is_finite() && p.residual.is_finite(), "{p:?}");
    }
}

// ---------------------------------------------------------------------------
// Properties
// ---------------------------------------------------------------------------

proptest! {
    /// Values on an exact exponential are fitted with that rate and R² 1.
    #[test]
    fn exact_growth_is_recovered(
        percent in -50.0..200.0f64,
        start in 1e-3..1e12f64,
        first in 1900..2100i32,
        gaps in proptest::collection::vec(1..4i32, 2..12),
    ) {
        let rate = Rate::from_percent(percent).unwrap();
        let mut year = first;
        let mut points = vec![(year, start)];
        for gap in gaps {
            year += gap;
            points.push((year, start * rate.factor().powi(year - first)));
        }
        let g = fit::growth(&crate::series(&points)).unwrap();
        let err = (g.log_slope() - rate.continuous()).abs();
        prop_assert!(err <= 1e-13 * rate.continuous().abs().max(1.0), "{err:e}");
        prop_assert!(g.r_squared() > 1.0 - 1e-12 || rate.continuous().abs() < 1e-6);
    }

    /// The fitted rate does not depend on the unit of the values or on
    /// where the years start.
    #[test]
    fn rate_is_unit_and_origin_free(
        values in proptest::collection::vec(0.1..1000.0f64, 3..15),
        scale in 1e-6..1e6f64,
        shift in -500..500i32,
    ) {
        let points: Vec<(i32, f64)> =
            values.iter().enumerate().map(|(i, v)| (2000 + i as i32, *v)).collect();
        let moved: Vec<(i32, f64)> =
            points.iter().map(|(y, v)| (y + shift, v * scale)).collect();
        let (a, b) = (fit::growth(&crate::series(&points)).unwrap(), fit::growth(&crate::series(&moved)).unwrap());
        let tol = 1e-10 * a.log_slope().abs().max(1e-3);
        prop_assert!((a.log_slope() - b.log_slope()).abs() <= tol);
        prop_assert!((a.r_squared() - b.r_squared()).abs() <= 1e-9);
        let (c, d) = (fit::trend(&crate::series(&points)).unwrap(), fit::trend(&crate::series(&moved)).unwrap());
        prop_assert!((c.slope() * scale - d.slope()).abs() <= 1e-9 * d.slope().abs().max(scale));
    }

    /// The t quantile is increasing in p.
    #[test]
    fn t_quantile_is_monotone(p in 0.001..0.998f64, df in 0.5..1e4f64) {
        let a = fit::student_t_quantile(p, df).unwrap();
        let b = fit::student_t_quantile(p + 0.001, df).unwrap();
        prop_assert!(a < b, "{a} {b}");
    }
}

/// Every public type of the fit crosses threads and unwinds safely, as
/// `tests/autotrait.rs` checks for the rest of the crate.
#[test]
fn fit_types_are_send_sync_unpin_and_unwind_safe() {
    fn require<T: Send + Sync + Unpin + std::panic::UnwindSafe + std::panic::RefUnwindSafe>() {}
    require::<GrowthFit>();
    require::<TrendFit>();
    require::<FitComparison>();
    require::<cagr::fit::FitPoint>();
    require::<Shape>();
}
