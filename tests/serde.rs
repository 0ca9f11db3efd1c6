//! The serde format (feature `serde`), through `serde_json`.
//!
//! The format is the one the crate documents: a `Rate` is a fraction, a
//! `Span` a number of years, a `When` `{"year": 2024, "month": 9}`, an
//! `Amount` `{"value": …, "currency": "CNY", "scale": "billion"}` with the
//! value in base units. Deserializing goes through the constructors, so
//! invalid input is rejected with the constructor's own message.

#![cfg(feature = "serde")]

use core::fmt::Debug;

use cagr::{check, Amount, Currency, Figure, Forecast, Rate, Scale, Span, When};
use proptest::prelude::*;
use serde::de::DeserializeOwned;
use serde::Serialize;
use serde_json::json;

/// Serializes `value`, checks the JSON is `expected`, and reads it back.
#[track_caller]
fn round_trip<T>(value: T, expected: serde_json::Value) -> T
where
    T: Serialize + DeserializeOwned + Debug,
{
    let text = serde_json::to_string(&value).expect("every value serializes");
    let parsed: serde_json::Value = serde_json::from_str(&text).expect("valid JSON");
    assert_eq!(parsed, expected, "the JSON form of {value:?}");
    serde_json::from_str(&text).unwrap_or_else(|e| panic!("{text} should read back: {e}"))
}

/// The message of a serde_json error without the position it appends to
/// errors raised while parsing (" at line 1 column 33").
fn without_position(message: &str) -> &str {
    match message.rsplit_once(" at line ") {
        Some((head, tail))
            if tail
                .split_once(" column ")
                .is_some_and(|(l, c)| l.parse::<u64>().is_ok() && c.parse::<u64>().is_ok()) =>
        {
            head
        }
        _ => message,
    }
}

/// Asserts that `json` does not deserialize as `T`, with `message`.
#[track_caller]
fn rejects<T: DeserializeOwned + Debug>(json: &str, message: &str) {
    match serde_json::from_str::<T>(json) {
        Ok(value) => panic!("{json} should be rejected, got {value:?}"),
        Err(e) => assert_eq!(without_position(&e.to_string()), message, "{json}"),
    }
}

#[test]
fn the_position_is_stripped_only_when_it_is_one() {
    assert_eq!(without_position("bad at line 1 column 33"), "bad");
    assert_eq!(
        without_position("bad at line one column 33"),
        "bad at line one column 33"
    );
    assert_eq!(without_position("bad"), "bad");
}

// ---------------------------------------------------------------------------
// Round trips
// ---------------------------------------------------------------------------

#[test]
fn rate_is_a_fraction() {
    // Short decimals, which every JSON float parser reads exactly.
    for fraction in [0.156, -0.03, 0.0, 1.0, -0.99, 2.5, 1e-6] {
        let r = Rate::from_fraction(fraction).expect("valid");
        let back = round_trip(r, json!(fraction));
        assert_eq!(
            back.as_fraction().to_bits(),
            fraction.to_bits(),
            "{fraction}"
        );
    }
    assert_eq!(
        serde_json::to_string(&Rate::from_percent(15.6).expect("valid")).expect("ok"),
        "0.156"
    );
}

#[test]
fn span_is_a_number_of_years() {
    for years in [11.0, 10.25, 7.3, 0.5, 100.0] {
        let n = Span::from_years(years).expect("valid");
        let back = round_trip(n, json!(years));
        assert_eq!(back.as_years().to_bits(), years.to_bits(), "{years}");
    }
}

#[test]
fn when_is_a_year_and_an_optional_month() {
    let table = [
        (When::year(2035), json!({"year": 2035})),
        (When::year(1), json!({"year": 1})),
        (When::year(9999), json!({"year": 9999})),
        (
            When::end_of_month(2024, 9),
            json!({"year": 2024, "month": 9}),
        ),
        (
            When::end_of_month(2035, 12),
            json!({"year": 2035, "month": 12}),
        ),
    ];
    for (w, expected) in table {
        let w = w.expect("valid");
        assert_eq!(round_trip(w, expected), w);
    }
    // The month may also be given as null.
    assert_eq!(
        serde_json::from_str::<When>(r#"{"year": 2035, "month": null}"#).ok(),
        When::year(2035).ok()
    );
}

#[test]
fn year_is_a_number_checked_on_the_way_in() {
    use cagr::Year;
    for n in [1, 999, 2035, 9999] {
        let y = Year::new(n).expect("valid");
        assert_eq!(round_trip(y, json!(n)), y);
    }
    for (text, want) in [
        ("0", "invalid year 0: a year must be between 1 and 9999"),
        (
            "10000",
            "invalid year 10000: a year must be between 1 and 9999",
        ),
        ("-5", "invalid year -5: a year must be between 1 and 9999"),
    ] {
        let err = serde_json::from_str::<Year>(text).unwrap_err();
        assert!(err.to_string().contains(want), "{text}: {err}");
    }
    for text in ["2035.5", "\"2035\"", "null", "[2035]"] {
        assert!(serde_json::from_str::<Year>(text).is_err(), "{text}");
    }
}

#[test]
fn amount_is_a_base_value_a_currency_and_a_scale() {
    let a = Amount::new(1729.5, Scale::Billion)
        .expect("valid")
        .with_currency(Currency::CNY);
    let back = round_trip(
        a,
        json!({"value": 1.7295e12, "currency": "CNY", "scale": "billion"}),
    );
    assert_eq!(back, a);
    assert_eq!(back.value().to_bits(), a.value().to_bits());
    assert_eq!(back.scale(), Scale::Billion);
    assert_eq!(back.to_string(), "1,729.5 billion CNY");

    let bare = Amount::from_base(0.25).expect("valid");
    let back = round_trip(
        bare,
        json!({"value": 0.25, "currency": null, "scale": "one"}),
    );
    assert_eq!(
        (back.value(), back.currency(), back.scale()),
        (0.25, None, Scale::One)
    );

    // Currency and scale may be left out.
    let minimal: Amount = serde_json::from_str(r#"{"value": 600.0}"#).expect("valid");
    assert_eq!(
        (minimal.value(), minimal.currency(), minimal.scale()),
        (600.0, None, Scale::One)
    );
}

#[test]
fn every_currency_and_scale_round_trips() {
    for c in Currency::all() {
        assert_eq!(round_trip(c, json!(c.code())), c);
        let a = Amount::from_base(6e11).expect("valid").with_currency(c);
        assert_eq!(
            round_trip(
                a,
                json!({"value": 6e11, "currency": c.code(), "scale": "one"})
            ),
            a
        );
    }
    for s in Scale::ALL {
        // The documented spelling: the scale word in lower case, `one` for One.
        let word = if s == Scale::One { "one" } else { s.word() };
        assert_eq!(round_trip(s, json!(word)), s);
        let a = Amount::from_base(6e11).expect("valid").in_scale(s);
        assert_eq!(
            round_trip(a, json!({"value": 6e11, "currency": null, "scale": word})).scale(),
            s
        );
    }
    // Currencies read the same spellings as `FromStr`.
    assert_eq!(
        serde_json::from_str::<Currency>(r#""yuan""#).ok(),
        Some(Currency::CNY)
    );
    assert_eq!(
        serde_json::from_str::<Currency>(r#""cny""#).ok(),
        Some(Currency::CNY)
    );
}

#[test]
fn currency_deserializes_from_owned_strings() {
    // serde_json::Value, readers and escaped strings all hand over owned
    // strings; today each fails with "expected a borrowed string".
    assert_eq!(
        serde_json::from_value::<Currency>(json!("CNY")).ok(),
        Some(Currency::CNY)
    );
    assert_eq!(
        serde_json::from_reader::<_, Currency>(&b"\"CNY\""[..]).ok(),
        Some(Currency::CNY)
    );
    assert_eq!(
        serde_json::from_str::<Currency>(r#""\u0043NY""#).ok(),
        Some(Currency::CNY)
    );
    let a: Result<Amount, _> =
        serde_json::from_reader(&br#"{"value": 1.0, "currency": "CNY"}"#[..]);
    assert_eq!(a.ok().and_then(Amount::currency), Some(Currency::CNY));
}

// ---------------------------------------------------------------------------
// Rejections: the constructor's message comes through
// ---------------------------------------------------------------------------

#[test]
fn invalid_values_are_rejected_with_the_constructors_message() {
    let message = |e: cagr::Error| e.to_string();
    let rate = |x: f64| message(Rate::from_fraction(x).expect_err("invalid"));
    let amount = |x: f64| message(Amount::from_base(x).expect_err("invalid"));
    let span = |x: f64| message(Span::from_years(x).expect_err("invalid"));

    rejects::<Rate>(
        "-2.0",
        "invalid rate -200%: a rate must be finite and above -100%",
    );
    assert_eq!(
        rate(-2.0),
        "invalid rate -200%: a rate must be finite and above -100%"
    );
    rejects::<Rate>("-1", &rate(-1.0));

    rejects::<Amount>(
        r#"{"value": -5.0}"#,
        "invalid amount -5: an amount must be positive and finite",
    );
    assert_eq!(
        amount(-5.0),
        "invalid amount -5: an amount must be positive and finite"
    );
    rejects::<Amount>(r#"{"value": 0}"#, &amount(0.0));
    rejects::<Amount>(
        r#"{"value": 1.0, "currency": "XYZ"}"#,
        "unknown currency \"XYZ\"",
    );
    assert_eq!(
        message("XYZ".parse::<Currency>().expect_err("unknown")),
        "unknown currency \"XYZ\""
    );
    rejects::<Currency>(r#""XYZ""#, "unknown currency \"XYZ\"");

    rejects::<When>(
        r#"{"year": 0}"#,
        "invalid year 0: a year must be between 1 and 9999",
    );
    assert_eq!(
        message(When::year(0).expect_err("invalid")),
        "invalid year 0: a year must be between 1 and 9999"
    );
    rejects::<When>(
        r#"{"year": 2024, "month": 13}"#,
        "invalid month 13: a month must be between 1 and 12",
    );
    assert_eq!(
        message(When::end_of_month(2024, 13).expect_err("invalid")),
        "invalid month 13: a month must be between 1 and 12"
    );

    rejects::<Span>(
        "0",
        "invalid span of 0 years: a span must be positive and finite",
    );
    assert_eq!(
        span(0.0),
        "invalid span of 0 years: a span must be positive and finite"
    );
    rejects::<Span>("0.0", &span(0.0));
    rejects::<Span>("-1", &span(-1.0));
}

#[test]
fn malformed_input_is_rejected_by_serde() {
    // These never reach a constructor; the messages are serde's.
    rejects::<Amount>(
        r#"{"value": 1.0, "colour": "red"}"#,
        "unknown field `colour`, expected one of `value`, `currency`, `scale`",
    );
    rejects::<When>(
        r#"{"year": 2024, "day": 1}"#,
        "unknown field `day`, expected `year` or `month`",
    );
    rejects::<Amount>("{}", "missing field `value`");
    rejects::<When>(r#"{"month": 9}"#, "missing field `year`");
    rejects::<Scale>(
        r#""Billion""#,
        "unknown variant `Billion`, expected one of `one`, `thousand`, `lakh`, `million`, `crore`, `billion`, `trillion`",
    );
    rejects::<Span>(
        r#""11 years""#,
        "invalid type: string \"11 years\", expected f64",
    );
    rejects::<Rate>(r#""15.6%""#, "invalid type: string \"15.6%\", expected f64");
}

// ---------------------------------------------------------------------------
// Properties
// ---------------------------------------------------------------------------

/// Any positive finite `f64`, uniform over bit patterns.
fn positive_finite() -> impl Strategy<Value = f64> {
    (1u64..f64::INFINITY.to_bits()).prop_map(f64::from_bits)
}

/// Any valid rate fraction: positive finite values, (−1, −0] and zero.
fn any_fraction() -> impl Strategy<Value = f64> {
    prop_oneof![
        // A rate stays below f64::MAX / 100, so that its percent is finite.
        positive_finite().prop_filter("percent finite", |f| *f < f64::MAX / 100.0),
        (0u64..1f64.to_bits()).prop_map(|b| -f64::from_bits(b)),
        Just(0.0),
    ]
}

fn any_amount() -> impl Strategy<Value = Amount> {
    (
        positive_finite(),
        prop::sample::select(Scale::ALL.to_vec()),
        prop::option::of(prop::sample::select(Currency::all().collect::<Vec<_>>())),
    )
        .prop_map(|(value, scale, currency)| {
            let a = Amount::from_base(value)
                .expect("positive and finite")
                .in_scale(scale);
            match currency {
                Some(c) => a.with_currency(c),
                None => a,
            }
        })
}

fn any_when() -> impl Strategy<Value = When> {
    (1i32..=9999, prop::option::of(1i64..=12)).prop_map(|(y, m)| {
        match m {
            Some(m) => When::end_of_month(y, m),
            None => When::year(y),
        }
        .expect("in range")
    })
}

/// Reads back what was written.
fn json_round_trip<T: Serialize + DeserializeOwned>(value: &T) -> Result<T, TestCaseError> {
    let text = serde_json::to_string(value).map_err(|e| TestCaseError::fail(e.to_string()))?;
    serde_json::from_str(&text).map_err(|e| TestCaseError::fail(format!("{text}: {e}")))
}

/// Whether `a` and `b` are at most four units in the last place apart
/// (both finite and of one sign, as every valid value here is).
///
/// serde_json's default float parser is documented as "best effort"; over
/// 2,000,000 random finite `f64`s it was off by at most 2 ulp (1.4% of
/// values were, 29% by 1 ulp), so 4 ulp leaves a margin.
fn within_four_ulp(a: f64, b: f64) -> bool {
    a.to_bits().abs_diff(b.to_bits()) <= 4
}

proptest! {
    /// Bit-exact round trips of every valid value.
    ///
    /// `serde_json` parses floats correctly rounded only with its
    /// `float_roundtrip` feature; without it, 10-30% of values come back
    /// one or two ulp off (e.g. 0.10773066704803913 reads as
    /// 0.10773066704803912). The crate's dev-dependency enables it, and
    /// users who need lossless JSON should too.
    #[test]
    fn round_trips_are_bit_exact(fraction in any_fraction(), a in any_amount(), years in positive_finite(), w in any_when()) {
        let r = Rate::from_fraction(fraction).expect("valid");
        prop_assert_eq!(json_round_trip(&r)?.as_fraction().to_bits(), fraction.to_bits());
        let back = json_round_trip(&a)?;
        prop_assert_eq!(back.value().to_bits(), a.value().to_bits());
        prop_assert_eq!((back.currency(), back.scale()), (a.currency(), a.scale()));
        let n = Span::from_years(years).expect("valid");
        prop_assert_eq!(json_round_trip(&n)?.as_years().to_bits(), years.to_bits());
        prop_assert_eq!(json_round_trip(&w)?, w);
    }

    /// What holds with serde_json's default float parser: every valid
    /// value reads back as a valid value of the same kind, with currency,
    /// scale and date exact and each float within one ulp.
    #[test]
    fn round_trips_are_within_four_ulp(fraction in any_fraction(), a in any_amount(), years in positive_finite(), w in any_when()) {
        let r = Rate::from_fraction(fraction).expect("valid");
        let back = json_round_trip(&r)?.as_fraction();
        prop_assert!(within_four_ulp(back, fraction), "{fraction:e} read back as {back:e}");
        let back = json_round_trip(&a)?;
        prop_assert!(within_four_ulp(back.value(), a.value()), "{a:?} read back as {back:?}");
        prop_assert_eq!((back.currency(), back.scale()), (a.currency(), a.scale()));
        let n = Span::from_years(years).expect("valid");
        let back = json_round_trip(&n)?.as_years();
        prop_assert!(within_four_ulp(back, years), "{years:e} read back as {back:e}");
        prop_assert_eq!(json_round_trip(&w)?, w);
    }
}

/// A report's JSON gives the resolution of its check and whether it was too
/// coarse, written and read back as JSON; null for an unverifiable one.
#[test]
fn reports_give_their_resolution() {
    let dated =
        |text: &str, year: i32| Figure::new(text.parse().unwrap(), When::year(year).unwrap());
    let forecast = |start: &str, end: &str| Forecast {
        baseline: Some(dated(start, 2020)),
        target: Some(dated(end, 2025)),
        rate: Some("30%".parse().unwrap()),
        ..Forecast::default()
    };
    let back = |f: &Forecast| -> serde_json::Value {
        let text = serde_json::to_string(&check(f)).expect("a report serializes");
        serde_json::from_str(&text).expect("valid JSON")
    };
    // 0% to (2.5/0.5)^(1/5) − 1 = 37.972966146121% (mpmath), over 5 points.
    let coarse = back(&forecast("1 billion USD", "2 billion USD"));
    assert_eq!(coarse["verdict"], "consistent");
    assert_eq!(coarse["too_coarse"], true);
    let width = coarse["resolution_points"].as_f64().expect("a number");
    assert!((width - 37.972_966_146_12).abs() < 1e-9, "{width}");
    let range = &coarse["implied_cagr_range_pct"];
    assert_eq!(
        range[1].as_f64().unwrap() - range[0].as_f64().unwrap(),
        width
    );
    // (3.7135/1.0005)^(1/5) − 1 − (3.7125/1.0015)^(1/5) + 1 = 0.034 points.
    let fine = back(&forecast("1.001 billion USD", "3.713 billion USD"));
    assert_eq!(fine["verdict"], "consistent");
    assert_eq!(fine["too_coarse"], false);
    assert!(fine["resolution_points"].as_f64().expect("a number") < 0.05);
    let unverifiable = back(&Forecast {
        rate: None,
        ..forecast("1 billion USD", "2 billion USD")
    });
    assert_eq!(unverifiable["verdict"], "unverifiable");
    assert!(unverifiable["resolution_points"].is_null());
    assert!(unverifiable["too_coarse"].is_null());
}
