//! The example JSON documents in `examples/json/`, one per public serde
//! type, read as the types they show (feature `serde`).
//!
//! Each document is what a user would write by hand; the test reads it,
//! checks a few key fields, and checks that writing the value back gives
//! the same JSON (so the documents stay in the canonical form). The report
//! (which only serializes) is compared with the checker's report on the
//! example forecast.

#![cfg(feature = "serde")]

use std::path::PathBuf;

use cagr::{
    check, Amount, CompoundedRate, Compounding, Currency, Figure, Forecast, Period, Qualifier,
    Rate, Scale, Source, Span, Stated, Verdict, When,
};
use serde::de::DeserializeOwned;
use serde::Serialize;
use serde_json::Value;

/// The text of `examples/json/<name>.json`.
#[track_caller]
fn document(name: &str) -> String {
    let path: PathBuf = [env!("CARGO_MANIFEST_DIR"), "examples", "json", name]
        .iter()
        .collect();
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// Reads `examples/json/<name>.json` as a `T`, and checks that it writes
/// back as the same JSON (compared as trees, so layout does not matter).
#[track_caller]
fn read<T: DeserializeOwned + Serialize>(name: &str) -> T {
    let text = document(name);
    let value: T = serde_json::from_str(&text).unwrap_or_else(|e| panic!("{name}: {e}"));
    let written = serde_json::to_value(&value).unwrap();
    let given: Value = serde_json::from_str(&text).unwrap();
    assert_eq!(written, given, "{name} does not write back as given");
    value
}

#[test]
fn every_public_serde_type_has_an_example() {
    let mut names: Vec<String> = std::fs::read_dir(
        [env!("CARGO_MANIFEST_DIR"), "examples", "json"]
            .iter()
            .collect::<PathBuf>(),
    )
    .unwrap()
    .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
    .collect();
    names.sort();
    assert_eq!(
        names,
        [
            "amount.json",
            "compounded_rate.json",
            "compounding.json",
            "currency.json",
            "figure.json",
            "forecast.json",
            "period.json",
            "qualifier.json",
            "rate.json",
            "report.json",
            "scale.json",
            "set_aside.json",
            "source.json",
            "span.json",
            "stated_amount.json",
            "stated_rate.json",
            "when.json",
        ]
    );
}

#[test]
fn rate() {
    let r: Rate = read("rate.json");
    assert_eq!(r.as_fraction(), 0.156);
    assert_eq!(r.to_string(), "15.6%");
}

#[test]
fn span() {
    let s: Span = read("span.json");
    assert_eq!(s.as_years(), 7.3);
    assert_eq!(s.to_string(), "7.3 years");
}

#[test]
fn currency_scale_and_qualifier() {
    let c: Currency = read("currency.json");
    assert_eq!(c, Currency::CNY);
    let s: Scale = read("scale.json");
    assert_eq!(s, Scale::Billion);
    assert_eq!(s.exponent(), 9);
    let q: Qualifier = read("qualifier.json");
    assert_eq!(q, Qualifier::Nearly);
}

#[test]
fn when() {
    let w: When = read("when.json");
    assert_eq!(w, When::end_of_month(2024, 9).unwrap());
    assert_eq!(w.to_string(), "end of September 2024");
}

#[test]
fn amount() {
    let a: Amount = read("amount.json");
    assert_eq!(a.value(), 1.7295e12);
    assert_eq!(a.currency(), Some(Currency::CNY));
    assert_eq!(a.scale(), Scale::Billion);
    assert_eq!(a.to_string(), "1,729.5 billion CNY");
}

#[test]
fn compounding_and_compounded_rate() {
    let c: Compounding = read("compounding.json");
    assert_eq!(c, Compounding::MONTHLY);
    let r: CompoundedRate = read("compounded_rate.json");
    assert_eq!(r.as_fraction(), 0.012);
    assert_eq!(r.compounding(), Compounding::MONTHLY);
    assert_eq!(r.to_string(), "1.2% a month (CMGR)");
    assert_eq!(format!("{:.2}", r.effective().unwrap()), "15.39%");
}

#[test]
fn stated_figures() {
    let a: Stated<Amount> = read("stated_amount.json");
    assert_eq!(a.to_string(), "nearly 600 billion CNY");
    assert_eq!(a.decimals(), Some(0));
    assert_eq!(a.qualifier(), Some(Qualifier::Nearly));
    assert_eq!(a.value().value(), 6e11);

    let r: Stated<Rate> = read("stated_rate.json");
    assert_eq!(r.to_string(), "about 11% to 12%");
    assert_eq!(r.value().as_fraction(), 0.11);
    assert_eq!(r.upper().map(Rate::as_fraction), Some(0.12));
    assert_eq!(r.decimals(), None);
}

#[test]
fn figure_period_and_source() {
    let f: Figure = read("figure.json");
    assert_eq!(f.amount.to_string(), "1,729.5 billion CNY");
    assert_eq!(f.when, Some(When::year(2035).unwrap()));

    let p: Period = read("period.json");
    assert_eq!((p.from().get(), p.to().get(), p.years()), (2025, 2035, 10));

    let s: Source = read("source.json");
    assert!(s.publisher.as_deref().unwrap().contains("CAICT"));
    assert!(s
        .quote
        .as_deref()
        .unwrap()
        .ends_with("growth rate of 15.6%."));
    assert_eq!(
        s.title.as_deref(),
        Some("China's core AI industry: scale and outlook")
    );
}

#[test]
fn forecast() {
    let f: Forecast = read("forecast.json");
    let base = f.baseline.unwrap();
    assert_eq!(base.amount.to_string(), "nearly 600 billion CNY");
    assert_eq!(base.when.unwrap().to_string(), "end of September 2024");
    assert_eq!(f.target.unwrap().amount.value().value(), 1.7295e12);
    assert_eq!(f.rate.unwrap().to_string(), "15.6%");
    assert_eq!(f.period, Some(Period::new(2025, 2035).unwrap()));
    assert_eq!(
        f.source.as_ref().and_then(|s| s.quote.as_deref()),
        read::<Source>("source.json").quote.as_deref()
    );
    let report = check(&f);
    assert_eq!(report.verdict, Verdict::Inconsistent);
    assert_eq!(format!("{:.2}", report.analysis.unwrap().implied), "10.10%");
}

/// `report.json` is the checker's report on `forecast.json`, as
/// `examples/check.rs --json` writes it: every field but the explanation
/// is compared (numbers to 1e-12, so that a last-digit change in the
/// checker does not break the example), and the explanation's opening.
#[test]
fn report() {
    let given: Value = serde_json::from_str(&document("report.json")).unwrap();
    let forecast: Forecast = read("forecast.json");
    let written = serde_json::to_value(check(&forecast)).unwrap();
    assert_eq!(given["verdict"], "inconsistent");
    assert_eq!(given["stated_cagr_pct"], 15.6);
    assert_eq!(given["cagr_period"], serde_json::json!([2025, 2035]));
    assert_eq!(given["baseline"]["qualifier"], "nearly");
    assert_eq!(given["baseline"]["month"], 9);
    assert_eq!(given["target"]["value"], 1.7295e12);
    assert!(given["explanation"]
        .as_str()
        .unwrap()
        .starts_with("Inconsistent: nearly 600 billion CNY at the end of September 2024"));

    let (Value::Object(given), Value::Object(written)) = (given, written) else {
        panic!("a report is a JSON object");
    };
    assert_eq!(
        given.keys().collect::<Vec<_>>(),
        written.keys().collect::<Vec<_>>()
    );
    for (key, want) in &given {
        if key != "explanation" {
            assert!(
                close(want, &written[key]),
                "{key}: {want} against {}",
                written[key]
            );
        }
    }
}

/// JSON values equal, numbers to a relative 1e-12.
fn close(a: &Value, b: &Value) -> bool {
    match (a, b) {
        (Value::Number(x), Value::Number(y)) => {
            let (x, y) = (x.as_f64().unwrap(), y.as_f64().unwrap());
            (x - y).abs() <= 1e-12 * x.abs().max(y.abs())
        }
        (Value::Array(x), Value::Array(y)) => {
            x.len() == y.len() && x.iter().zip(y).all(|(x, y)| close(x, y))
        }
        (Value::Object(x), Value::Object(y)) => {
            x.len() == y.len() && x.iter().all(|(k, v)| y.get(k).is_some_and(|w| close(v, w)))
        }
        _ => a == b,
    }
}

#[test]
fn set_aside() {
    let why: cagr::SetAside = read("set_aside.json");
    assert_eq!(why, cagr::SetAside::OtherSource);
    assert_eq!(serde_json::to_value(why).unwrap(), why.as_str());
    // An unknown reason is an error, not a default.
    assert!(serde_json::from_str::<cagr::SetAside>("\"other\"").is_err());
}
