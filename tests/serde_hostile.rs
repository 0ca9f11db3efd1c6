//! Serde at the edges (feature `serde`), through `serde_json`.
//!
//! Every type that deserializes (`Rate`, `Amount`, `Currency`, `Scale`,
//! `When`, `Span`, `Stated<Amount>`, `Stated<Rate>`, `Qualifier`,
//! `Compounding`, `CompoundedRate`, `Figure`, `Period`, `Source`,
//! `Forecast`) is checked two ways:
//!
//! * **lossless round trips**, as properties over the whole range of valid
//!   values: every `f64` comes back bit for bit (subnormals, `-0.0`,
//!   `f64::MAX`), and every scale, currency, qualifier, printed number of
//!   decimals and range end is kept, both through JSON text and through
//!   `serde_json::Value`;
//! * **hostile JSON is rejected**: missing fields, wrong types, `"NaN"`,
//!   `1e999`, negative amounts, rates of −100% and below, unknown
//!   currencies, unknown fields, month 13, year 0, ranges the wrong way
//!   round, mixed currencies. Each message is asserted word for word. A
//!   message names the offending field (missing and unknown fields), or the
//!   offending value (wrong types and every value a constructor rejects);
//!   where `serde_json` names neither ("number out of range"), the position
//!   it gives is asserted instead, and it points at the value;
//! * **the field is named**: read through `serde_path_to_error` (as
//!   `examples/check.rs` reads its input), every hostile case of every type
//!   comes with the path of the field it is about, `baseline.amount.value`,
//!   `period[1]`, `rate.value`, even where the message alone names neither;
//! * **a struct is a JSON object**: serde's positional form of a struct (a
//!   JSON array) is rejected.
//!
//! The two types that only serialize (`Report`, `Interval`) are checked to
//! write no NaN or infinity (which `serde_json` would quietly write as
//! `null`).

#![cfg(feature = "serde")]

use core::fmt::Debug;

use cagr::{
    check, Amount, CompoundedRate, Compounding, Currency, Figure, Forecast, Period, Qualifier,
    Rate, Scale, Source, Span, Stated, When,
};
use proptest::prelude::*;
use serde::de::DeserializeOwned;
use serde::Serialize;

// ---------------------------------------------------------------------------
// Exact identity
// ---------------------------------------------------------------------------

/// Everything a value holds, floats as bit patterns: two values with the
/// same fingerprint are the same to the last bit, scale, currency,
/// qualifier and printed decimal. (`PartialEq` is not enough: `Amount`'s
/// ignores the display scale, and `0.0 == -0.0`.)
trait Exact {
    fn fingerprint(&self) -> String;
}

fn bits(x: f64) -> String {
    format!("{:016x}", x.to_bits())
}

impl<T: Exact> Exact for Option<T> {
    fn fingerprint(&self) -> String {
        match self {
            Some(v) => format!("Some({})", v.fingerprint()),
            None => "None".to_owned(),
        }
    }
}

impl Exact for Rate {
    fn fingerprint(&self) -> String {
        bits(self.as_fraction())
    }
}

impl Exact for Span {
    fn fingerprint(&self) -> String {
        bits(self.as_years())
    }
}

impl Exact for Amount {
    fn fingerprint(&self) -> String {
        format!(
            "{} {:?} {:?}",
            bits(self.value()),
            self.scale(),
            self.currency()
        )
    }
}

impl Exact for When {
    fn fingerprint(&self) -> String {
        format!("{} {:?}", self.calendar_year(), self.month())
    }
}

impl Exact for Currency {
    fn fingerprint(&self) -> String {
        format!("{self:?}")
    }
}

impl Exact for Scale {
    fn fingerprint(&self) -> String {
        format!("{self:?}")
    }
}

impl Exact for Qualifier {
    fn fingerprint(&self) -> String {
        format!("{self:?}")
    }
}

impl Exact for Compounding {
    fn fingerprint(&self) -> String {
        format!("{:?}", self.periods())
    }
}

impl Exact for CompoundedRate {
    fn fingerprint(&self) -> String {
        format!(
            "{} {}",
            bits(self.as_fraction()),
            self.compounding().fingerprint()
        )
    }
}

impl<T: Exact + Copy> Exact for Stated<T> {
    fn fingerprint(&self) -> String {
        format!(
            "{} {:?} {:?} {}",
            self.value().fingerprint(),
            self.decimals(),
            self.qualifier(),
            self.upper().fingerprint()
        )
    }
}

impl Exact for Figure {
    fn fingerprint(&self) -> String {
        format!("{} {}", self.amount.fingerprint(), self.when.fingerprint())
    }
}

impl Exact for Period {
    fn fingerprint(&self) -> String {
        format!("{}-{}", self.from(), self.to())
    }
}

impl Exact for Source {
    fn fingerprint(&self) -> String {
        format!("{self:?}")
    }
}

impl Exact for Forecast {
    fn fingerprint(&self) -> String {
        format!(
            "{} | {} | {} | {} | {}",
            self.baseline.fingerprint(),
            self.target.fingerprint(),
            self.rate.fingerprint(),
            self.period.fingerprint(),
            self.source.fingerprint()
        )
    }
}

/// Writes `value` as JSON text and as a `serde_json::Value`, reads both
/// back, and requires the same value to the last bit, and the same JSON
/// when written again.
fn round_trip<T>(value: &T) -> Result<(), TestCaseError>
where
    T: Serialize + DeserializeOwned + Exact + Debug,
{
    let text = serde_json::to_string(value).map_err(|e| TestCaseError::fail(e.to_string()))?;
    let back: T = serde_json::from_str(&text)
        .map_err(|e| TestCaseError::fail(format!("{text} does not read back: {e}")))?;
    prop_assert_eq!(
        back.fingerprint(),
        value.fingerprint(),
        "through the text {}",
        text
    );
    prop_assert_eq!(
        serde_json::to_string(&back).map_err(|e| TestCaseError::fail(e.to_string()))?,
        text.clone()
    );
    let tree = serde_json::to_value(value).map_err(|e| TestCaseError::fail(e.to_string()))?;
    let back: T = serde_json::from_value(tree.clone())
        .map_err(|e| TestCaseError::fail(format!("{tree} does not read back: {e}")))?;
    prop_assert_eq!(
        back.fingerprint(),
        value.fingerprint(),
        "through the value {}",
        tree
    );
    Ok(())
}

// ---------------------------------------------------------------------------
// Strategies: the whole range of valid values
// ---------------------------------------------------------------------------

/// Any `f64` bit pattern, with the edges drawn often.
fn any_f64() -> impl Strategy<Value = f64> {
    prop_oneof![
        4 => any::<u64>().prop_map(f64::from_bits),
        1 => prop::sample::select(vec![
            0.0,
            -0.0,
            5e-324,
            -5e-324,
            f64::MIN_POSITIVE,
            f64::MAX,
            f64::MAX / 100.0,
            f64::MIN,
            1e-300,
            1e300,
            -0.999_999_999,
            1e4,
            0.156,
            f64::NAN,
            f64::INFINITY,
        ]),
        2 => -1.0f64..2.0,
    ]
}

fn rate() -> impl Strategy<Value = Rate> {
    any_f64().prop_filter_map("not a valid rate", |x| Rate::from_fraction(x).ok())
}

fn scale() -> impl Strategy<Value = Scale> {
    prop::sample::select(Scale::ALL.to_vec())
}

fn currency() -> impl Strategy<Value = Currency> {
    prop::sample::select(Currency::all().collect::<Vec<_>>())
}

fn qualifier() -> impl Strategy<Value = Qualifier> {
    prop::sample::select(Qualifier::all().collect::<Vec<_>>())
}

/// Any positive finite value.
fn positive() -> impl Strategy<Value = f64> {
    any_f64()
        .prop_map(f64::abs)
        .prop_filter("not positive and finite", |x| x.is_finite() && *x > 0.0)
}

fn amount_in(currency: Option<Currency>) -> impl Strategy<Value = Amount> {
    (positive(), scale()).prop_map(move |(v, s)| {
        let a = Amount::from_base(v).unwrap().in_scale(s);
        currency.map_or(a, |c| a.with_currency(c))
    })
}

fn amount() -> impl Strategy<Value = Amount> {
    prop::option::of(currency()).prop_flat_map(amount_in)
}

fn span() -> impl Strategy<Value = Span> {
    positive().prop_map(|y| Span::from_years(y).unwrap())
}

fn when() -> impl Strategy<Value = When> {
    (1i32..=9999, prop::option::of(1i64..=12)).prop_map(|(y, m)| match m {
        Some(m) => When::end_of_month(y, m).unwrap(),
        None => When::year(y).unwrap(),
    })
}

fn compounding() -> impl Strategy<Value = Compounding> {
    prop_oneof![
        Just(None),
        prop::sample::select(vec![1u32, 2, 4, 12, 52, 365]).prop_map(Some),
        (1u32..=u32::MAX).prop_map(Some),
    ]
    .prop_map(|m| match m {
        Some(m) => Compounding::per_year(m).unwrap(),
        None => Compounding::CONTINUOUS,
    })
}

fn compounded() -> impl Strategy<Value = CompoundedRate> {
    (any_f64(), compounding()).prop_filter_map("not a valid rate", |(x, c)| {
        CompoundedRate::from_fraction(x, c).ok()
    })
}

/// How a figure was printed: exactly, with some decimals, or as a range;
/// with or without a hedge word.
#[derive(Debug, Clone, Copy)]
enum Printed {
    Exact,
    Decimals(u8),
    Range,
}

fn printed() -> impl Strategy<Value = Printed> {
    prop_oneof![
        Just(Printed::Exact),
        any::<u8>().prop_map(Printed::Decimals),
        Just(Printed::Range),
    ]
}

fn stated_amount() -> impl Strategy<Value = Stated<Amount>> {
    (
        prop::option::of(currency()),
        printed(),
        prop::option::of(qualifier()),
    )
        .prop_flat_map(|(c, p, q)| {
            (amount_in(c), amount_in(c)).prop_map(move |(a, b)| {
                let stated = match p {
                    Printed::Exact => Stated::exact(a),
                    Printed::Decimals(d) => Stated::printed(a, d),
                    Printed::Range if a.value() <= b.value() => {
                        Stated::<Amount>::range(a, b).unwrap()
                    }
                    Printed::Range => Stated::<Amount>::range(b, a).unwrap(),
                };
                q.map_or(stated, |q| stated.qualified(q))
            })
        })
}

fn stated_rate() -> impl Strategy<Value = Stated<Rate>> {
    (rate(), rate(), printed(), prop::option::of(qualifier())).prop_map(|(a, b, p, q)| {
        let stated = match p {
            Printed::Exact => Stated::exact(a),
            Printed::Decimals(d) => Stated::printed(a, d),
            Printed::Range if a <= b => Stated::<Rate>::range(a, b).unwrap(),
            Printed::Range => Stated::<Rate>::range(b, a).unwrap(),
        };
        q.map_or(stated, |q| stated.qualified(q))
    })
}

fn figure() -> impl Strategy<Value = Figure> {
    (stated_amount(), prop::option::of(when())).prop_map(|(amount, when)| Figure { amount, when })
}

fn period() -> impl Strategy<Value = Period> {
    (1i32..9999)
        .prop_flat_map(|from| (Just(from), from + 1..=9999))
        .prop_map(|(from, to)| Period::new(from, to).unwrap())
}

/// Any text, including quotes, backslashes, control characters and
/// characters outside the Basic Multilingual Plane.
fn text() -> impl Strategy<Value = Option<String>> {
    prop::option::of(prop_oneof![
        any::<String>(),
        Just("\"\\\u{0}\u{1f}\u{7f}\u{2028}\u{10ffff}".to_owned()),
    ])
}

fn source() -> impl Strategy<Value = Source> {
    (text(), text(), text(), text()).prop_map(|(publisher, title, url, quote)| Source {
        publisher,
        title,
        url,
        quote,
    })
}

fn forecast() -> impl Strategy<Value = Forecast> {
    (
        prop::option::of(figure()),
        prop::option::of(figure()),
        prop::option::of(stated_rate()),
        prop::option::of(period()),
        prop::option::of(source()),
    )
        .prop_map(|(baseline, target, rate, period, source)| Forecast {
            baseline,
            target,
            rate,
            period,
            source,
            alternatives: Vec::new(),
        })
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 512, ..ProptestConfig::default() })]

    #[test]
    fn rates_round_trip(r in rate()) {
        round_trip(&r)?;
    }

    #[test]
    fn amounts_round_trip(a in amount()) {
        round_trip(&a)?;
    }

    #[test]
    fn spans_round_trip(s in span()) {
        round_trip(&s)?;
    }

    #[test]
    fn points_in_time_round_trip(w in when()) {
        round_trip(&w)?;
    }

    #[test]
    fn currencies_scales_and_qualifiers_round_trip(
        c in currency(), s in scale(), q in qualifier()
    ) {
        round_trip(&c)?;
        round_trip(&s)?;
        round_trip(&q)?;
    }

    #[test]
    fn compoundings_round_trip(c in compounding(), r in compounded()) {
        round_trip(&c)?;
        round_trip(&r)?;
    }

    #[test]
    fn stated_figures_round_trip(a in stated_amount(), r in stated_rate()) {
        round_trip(&a)?;
        round_trip(&r)?;
        // The printed form survives too: decimals, hedge words, ranges.
        let back: Stated<Amount> = serde_json::from_str(&serde_json::to_string(&a).unwrap()).unwrap();
        prop_assert_eq!(back.to_string(), a.to_string());
        let back: Stated<Rate> = serde_json::from_str(&serde_json::to_string(&r).unwrap()).unwrap();
        prop_assert_eq!(back.to_string(), r.to_string());
    }

    #[test]
    fn figures_periods_and_sources_round_trip(f in figure(), p in period(), s in source()) {
        round_trip(&f)?;
        round_trip(&p)?;
        round_trip(&s)?;
    }

    #[test]
    fn forecasts_round_trip(f in forecast()) {
        round_trip(&f)?;
        // And the checker sees the same forecast.
        let back: Forecast = serde_json::from_str(&serde_json::to_string(&f).unwrap()).unwrap();
        prop_assert_eq!(format!("{:#}", check(&back)), format!("{:#}", check(&f)));
    }

    #[test]
    fn reports_write_only_finite_numbers(f in forecast()) {
        let json = serde_json::to_value(check(&f)).unwrap();
        let mut bad = Vec::new();
        nulls_where_numbers_belong(&json, &mut bad);
        prop_assert!(bad.is_empty(), "{:?} in {}", bad, json);
    }
}

/// The fields of a `Report`'s JSON that hold numbers whenever the report
/// has an analysis; `serde_json` writes NaN and infinities as `null`.
fn nulls_where_numbers_belong(report: &serde_json::Value, bad: &mut Vec<String>) {
    let verifiable = report["verdict"] != "unverifiable";
    for field in [
        "implied_cagr_pct",
        "implied_cagr_range_pct",
        "resolution_points",
    ] {
        let v = &report[field];
        let numbers: Vec<&serde_json::Value> = match v {
            serde_json::Value::Array(items) => items.iter().collect(),
            other => vec![other],
        };
        for n in numbers {
            if verifiable && !n.is_number() {
                bad.push(format!("{field} is {n}"));
            }
        }
    }
    for figure in ["baseline", "target"] {
        for field in ["value", "value_high"] {
            let v = &report[figure][field];
            if !report[figure].is_null() && v.is_null() && field == "value" {
                bad.push(format!("{figure}.{field} is null"));
            }
        }
    }
    match &report["stated_cagr_pct"] {
        serde_json::Value::Array(items) if items.iter().any(|n| !n.is_number()) => {
            bad.push("stated_cagr_pct has a null".to_owned());
        }
        _ => {}
    }
}

// ---------------------------------------------------------------------------
// Hostile JSON
// ---------------------------------------------------------------------------

/// The message of a serde_json error without the position it appends
/// (" at line 1 column 33").
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

/// Checks that every JSON text in `table` is rejected as a `T` with its
/// message. A message given with its position (`… at line 1 column 15`) is
/// compared whole; others without the position, which `serde_json` adds to
/// some errors and not others.
#[track_caller]
fn rejects<T: DeserializeOwned + Debug>(table: &[(&str, &str)]) {
    let mut problems = Vec::new();
    for &(json, want) in table {
        match serde_json::from_str::<T>(json) {
            Ok(v) => problems.push(format!("{json} was accepted as {v:?}")),
            Err(e) => {
                let got = e.to_string();
                let got = if want.contains(" at line ") {
                    got.as_str()
                } else {
                    without_position(&got)
                };
                if got != want {
                    problems.push(format!("{json}\n   gave {got:?}\n   want {want:?}"));
                }
            }
        }
    }
    assert!(
        problems.is_empty(),
        "{} of {} rejections wrong:\n{}",
        problems.len(),
        table.len(),
        problems.join("\n")
    );
}

/// Checks that the JSON in `table` reads as `T` and prints as given.
#[track_caller]
fn accepts<T: DeserializeOwned + Debug>(table: &[(&str, &str)], show: fn(&T) -> String) {
    for &(json, want) in table {
        let v: T = serde_json::from_str(json).unwrap_or_else(|e| panic!("{json}: {e}"));
        assert_eq!(show(&v), want, "{json}");
    }
}

const RATE: &str = "a rate must be finite and above -100%";
const AMOUNT: &str = "an amount must be positive and finite";
const SCALE_VARIANTS: &str =
    "expected one of `one`, `thousand`, `lakh`, `million`, `crore`, `billion`, `trillion`";

#[test]
fn hostile_rates() {
    rejects::<Rate>(&[
        ("-1", &format!("invalid rate -100%: {RATE}")),
        ("-1.5", &format!("invalid rate -150%: {RATE}")),
        ("-1e300", &format!("invalid rate {}%: {RATE}", -1e302f64)),
        (r#""0.1""#, "invalid type: string \"0.1\", expected f64"),
        (r#""NaN""#, "invalid type: string \"NaN\", expected f64"),
        (r#""15.6%""#, "invalid type: string \"15.6%\", expected f64"),
        ("null", "invalid type: null, expected f64"),
        ("true", "invalid type: boolean `true`, expected f64"),
        ("{}", "invalid type: map, expected f64"),
        ("[]", "invalid type: sequence, expected f64"),
        // serde_json names neither the field nor the value here: the
        // position points at the number.
        ("1e999", "number out of range at line 1 column 5"),
        ("-1e999", "number out of range at line 1 column 6"),
        ("NaN", "expected value at line 1 column 1"),
        ("Infinity", "expected value at line 1 column 1"),
        ("", "EOF while parsing a value at line 1 column 0"),
    ]);
    // Underflow is not an error: 1e-400 is the nearest f64, zero.
    accepts::<Rate>(
        &[("1e-400", "0e0"), ("-1e-400", "-0e0"), ("5e-324", "5e-324")],
        |r| format!("{:e}", r.as_fraction()),
    );
}

#[test]
fn hostile_spans() {
    let span = |x: &str| format!("invalid span of {x} years: a span must be positive and finite");
    rejects::<Span>(&[
        ("0", &span("0")),
        ("-0.0", &span("-0")),
        ("-1", &span("-1")),
        (
            r#""11 years""#,
            "invalid type: string \"11 years\", expected f64",
        ),
        ("null", "invalid type: null, expected f64"),
        ("1e999", "number out of range at line 1 column 5"),
    ]);
}

#[test]
fn hostile_points_in_time() {
    rejects::<When>(&[
        (
            r#"{"year": 0}"#,
            "invalid year 0: a year must be between 1 and 9999",
        ),
        (
            r#"{"year": -1}"#,
            "invalid year -1: a year must be between 1 and 9999",
        ),
        (
            r#"{"year": 10000}"#,
            "invalid year 10000: a year must be between 1 and 9999",
        ),
        (
            r#"{"year": 2024, "month": 13}"#,
            "invalid month 13: a month must be between 1 and 12",
        ),
        (
            r#"{"year": 2024, "month": 0}"#,
            "invalid month 0: a month must be between 1 and 12",
        ),
        (
            r#"{"year": 0, "month": 13}"#,
            "invalid year 0: a year must be between 1 and 9999",
        ),
        (r#"{"month": 9}"#, "missing field `year`"),
        (
            r#"{"year": 2024, "day": 1}"#,
            "unknown field `day`, expected `year` or `month`",
        ),
        (r#"{"year": 2024, "year": 2025}"#, "duplicate field `year`"),
        (
            r#"{"year": "2024"}"#,
            "invalid type: string \"2024\", expected i64",
        ),
        (
            r#"{"year": 2024.5}"#,
            "invalid type: floating point `2024.5`, expected i64",
        ),
        (
            r#"{"year": 99999999999999999999}"#,
            "invalid type: floating point `1e+20`, expected i64",
        ),
        ("2024", "invalid type: integer `2024`, expected struct When"),
        (
            r#""2024""#,
            "invalid type: string \"2024\", expected struct When",
        ),
    ]);
    accepts::<When>(
        &[
            (r#"{"year": 2024, "month": null}"#, "2024"),
            (r#"{"year": 1, "month": 1}"#, "end of January 0001"),
            (r#"{"year": 9999, "month": 12}"#, "end of December 9999"),
        ],
        |w| w.to_string(),
    );
}

#[test]
fn hostile_amounts() {
    rejects::<Amount>(&[
        (r#"{"value": -5}"#, &format!("invalid amount -5: {AMOUNT}")),
        (r#"{"value": 0}"#, &format!("invalid amount 0: {AMOUNT}")),
        (
            r#"{"value": -0.0}"#,
            &format!("invalid amount -0: {AMOUNT}"),
        ),
        (
            r#"{"value": -1e-400}"#,
            &format!("invalid amount -0: {AMOUNT}"),
        ),
        (
            r#"{"value": 1e999}"#,
            "number out of range at line 1 column 15",
        ),
        (
            r#"{"value": "NaN"}"#,
            "invalid type: string \"NaN\", expected f64",
        ),
        (r#"{"value": null}"#, "invalid type: null, expected f64"),
        (
            r#"{"value": 5, "currency": "XYZ"}"#,
            "unknown currency \"XYZ\"",
        ),
        (r#"{"value": 5, "currency": ""}"#, "unknown currency \"\""),
        (
            r#"{"value": 5, "currency": 5}"#,
            "invalid type: integer `5`, expected a string",
        ),
        (
            r#"{"value": 5, "scale": "Billion"}"#,
            &format!("unknown variant `Billion`, {SCALE_VARIANTS}"),
        ),
        (
            r#"{"value": 5, "scale": "bn"}"#,
            &format!("unknown variant `bn`, {SCALE_VARIANTS}"),
        ),
        (
            r#"{"value": 5, "extra": 1}"#,
            "unknown field `extra`, expected one of `value`, `currency`, `scale`",
        ),
        (r#"{"value": 1, "value": 2}"#, "duplicate field `value`"),
        ("{}", "missing field `value`"),
        ("5", "invalid type: integer `5`, expected struct Amount"),
        (
            r#""5 USD""#,
            "invalid type: string \"5 USD\", expected struct Amount",
        ),
    ]);
    accepts::<Amount>(
        &[
            (r#"{"value": 5, "currency": "usd"}"#, "5 USD"),
            (r#"{"value": 5, "currency": "yuan"}"#, "5 CNY"),
            (
                r#"{"value": 1.7295e12, "scale": "billion", "currency": null}"#,
                "1,729.5 billion",
            ),
        ],
        |a| a.to_string(),
    );
}

#[test]
fn hostile_names() {
    rejects::<Currency>(&[
        (r#""XYZ""#, "unknown currency \"XYZ\""),
        (r#""""#, "unknown currency \"\""),
        ("5", "invalid type: integer `5`, expected a string"),
        ("null", "invalid type: null, expected a string"),
    ]);
    rejects::<Scale>(&[
        (
            r#""Billion""#,
            &format!("unknown variant `Billion`, {SCALE_VARIANTS}"),
        ),
        (r#""""#, &format!("unknown variant ``, {SCALE_VARIANTS}")),
        ("5", "expected value"),
    ]);
    let qualifier = |w: &str| {
        format!("cannot parse \"{w}\" as a qualifier: expected a word like nearly, over or about")
    };
    rejects::<Qualifier>(&[
        (r#""kinda""#, &qualifier("kinda")),
        (r#""""#, &qualifier("")),
        ("5", "invalid type: integer `5`, expected a string"),
    ]);
    accepts::<Qualifier>(&[(r#""NEARLY""#, "nearly"), (r#""~""#, "about")], |q| {
        q.to_string()
    });
    let convention = |w: &str| {
        format!(
            "cannot parse \"{w}\" as a compounding convention: expected a unit like a year \
             (CAGR), a month (CMGR) or continuously compounded"
        )
    };
    rejects::<Compounding>(&[
        (r#""fortnightly""#, &convention("fortnightly")),
        (
            r#""4294967296 times a year""#,
            &convention("4294967296 times a year"),
        ),
        (r#""""#, &convention("")),
        (
            r#""0 times a year""#,
            "invalid compounding of 0 periods a year: there must be at least one",
        ),
        ("12", "invalid type: integer `12`, expected a string"),
        ("null", "invalid type: null, expected a string"),
    ]);
}

#[test]
fn hostile_compounded_rates() {
    rejects::<CompoundedRate>(&[
        (r#"{"value": 0.012}"#, "missing field `compounding`"),
        (r#"{"compounding": "monthly"}"#, "missing field `value`"),
        (
            r#"{"value": -1.5, "compounding": "monthly"}"#,
            "invalid rate -150% a month (CMGR): a rate must be finite and above -100% a period",
        ),
        (
            r#"{"value": -1, "compounding": "daily"}"#,
            "invalid rate -100% a day: a rate must be finite and above -100% a period",
        ),
        (
            r#"{"value": "NaN", "compounding": "monthly"}"#,
            "invalid type: string \"NaN\", expected f64",
        ),
        (
            r#"{"value": 1e999, "compounding": "monthly"}"#,
            "number out of range at line 1 column 15",
        ),
        (
            r#"{"value": 0.1, "compounding": "monthly", "extra": 1}"#,
            "unknown field `extra`, expected `value` or `compounding`",
        ),
    ]);
    // A log growth may be below −100%.
    accepts::<CompoundedRate>(
        &[(
            r#"{"value": -150, "compounding": "continuous"}"#,
            "-15000% continuously compounded",
        )],
        |r| r.to_string(),
    );
}

#[test]
fn hostile_stated_figures() {
    rejects::<Stated<Amount>>(&[
        (
            r#"{"value": {"value": -1}}"#,
            &format!("invalid amount -1: {AMOUNT}"),
        ),
        (
            r#"{"value": {"value": 1}, "upper": {"value": -2}}"#,
            &format!("invalid amount -2: {AMOUNT}"),
        ),
        (r#"{"decimals": 1}"#, "missing field `value`"),
        (
            r#"{"value": {"value": 1}, "decimals": 256}"#,
            "invalid value: integer `256`, expected u8",
        ),
        (
            r#"{"value": {"value": 1}, "decimals": -1}"#,
            "invalid value: integer `-1`, expected u8",
        ),
        (
            r#"{"value": {"value": 1}, "qualifier": "kinda"}"#,
            "cannot parse \"kinda\" as a qualifier: expected a word like nearly, over or about",
        ),
        (
            r#"{"value": {"value": 2}, "upper": {"value": 1}}"#,
            "cannot parse \"2 to 1\" as a range: the low end is above the high end",
        ),
        (
            r#"{"value": {"value": 1, "currency": "CNY"}, "upper": {"value": 2, "currency": "USD"}}"#,
            "cannot combine an amount in CNY with one in USD",
        ),
        (
            r#"{"value": {"value": 1}, "extra": 1}"#,
            "unknown field `extra`, expected one of `value`, `decimals`, `qualifier`, `upper`",
        ),
        (
            r#"{"value": 1}"#,
            "invalid type: integer `1`, expected struct Amount",
        ),
    ]);
    rejects::<Stated<Rate>>(&[
        (r#"{"value": -2}"#, &format!("invalid rate -200%: {RATE}")),
        (
            r#"{"value": 0.1, "upper": -2}"#,
            &format!("invalid rate -200%: {RATE}"),
        ),
        (
            r#"{"value": 0.2, "upper": 0.1}"#,
            "cannot parse \"20% to 10%\" as a range: the low end is above the high end",
        ),
        (
            r#"{"value": "15.6%"}"#,
            "invalid type: string \"15.6%\", expected f64",
        ),
        (
            r#"{"value": 0.1, "decimals": 1.5}"#,
            "invalid type: floating point `1.5`, expected u8",
        ),
    ]);
    accepts::<Stated<Rate>>(
        &[
            (r#"{"value": 0.156, "decimals": 2}"#, "15.60%"),
            (r#"{"value": 0.06, "qualifier": "over"}"#, "over 6%"),
            (
                r#"{"value": 0.1, "upper": 0.15, "qualifier": "about"}"#,
                "about 10% to 15%",
            ),
        ],
        |s| s.to_string(),
    );
}

#[test]
fn hostile_figures_periods_and_sources() {
    rejects::<Figure>(&[
        (r#"{"when": {"year": 2024}}"#, "missing field `amount`"),
        (
            r#"{"amount": {"value": {"value": 1}}, "when": {"year": 0}}"#,
            "invalid year 0: a year must be between 1 and 9999",
        ),
        (
            r#"{"amount": {"value": {"value": 1}}, "when": {"year": 2024, "month": 13}}"#,
            "invalid month 13: a month must be between 1 and 12",
        ),
        (
            r#"{"amount": {"value": {"value": 1}}, "extra": 1}"#,
            "unknown field `extra`, expected `amount` or `when`",
        ),
    ]);
    rejects::<Period>(&[
        (
            "[2035, 2025]",
            "no span from 2035 to 2025: the end must come after the start",
        ),
        (
            "[2025, 2025]",
            "no span from 2025 to 2025: the end must come after the start",
        ),
        (
            "[0, 2025]",
            "invalid year 0: a year must be between 1 and 9999",
        ),
        (
            "[2025, 10000]",
            "invalid year 10000: a year must be between 1 and 9999",
        ),
        ("[2025]", "invalid length 1, expected an array of length 2"),
        (
            "[2025, 2030, 2035]",
            "trailing characters at line 1 column 14",
        ),
        (
            r#"{"from": 2025, "to": 2035}"#,
            "invalid type: map, expected an array of length 2",
        ),
        (
            "[2025.5, 2030]",
            "invalid type: floating point `2025.5`, expected i64",
        ),
        (
            r#"["2025", "2030"]"#,
            "invalid type: string \"2025\", expected i64",
        ),
    ]);
    rejects::<Source>(&[
        (
            r#"{"publisher": 5}"#,
            "invalid type: integer `5`, expected a string",
        ),
        (
            r#"{"author": "x"}"#,
            "unknown field `author`, expected one of `publisher`, `title`, `url`, `quote`",
        ),
    ]);
}

#[test]
fn hostile_forecasts() {
    rejects::<Forecast>(&[
        (
            r#"{"foo": 1}"#,
            "unknown field `foo`, expected one of `baseline`, `target`, `rate`, `period`, `source`, `alternatives`",
        ),
        (
            r#"{"rate": {"value": -2}}"#,
            &format!("invalid rate -200%: {RATE}"),
        ),
        (
            r#"{"rate": {"value": -1}}"#,
            &format!("invalid rate -100%: {RATE}"),
        ),
        (
            r#"{"period": [2035, 2025]}"#,
            "no span from 2035 to 2025: the end must come after the start",
        ),
        (
            r#"{"baseline": {"amount": {"value": {"value": 6e11}}, "when": {"year": 2024, "month": 13}}}"#,
            "invalid month 13: a month must be between 1 and 12",
        ),
        (
            r#"{"baseline": {"amount": {"value": {"value": 6e11}}, "when": {"year": 0}}}"#,
            "invalid year 0: a year must be between 1 and 9999",
        ),
        (
            r#"{"baseline": {"amount": {"value": {"value": -6e11}}}}"#,
            &format!("invalid amount -600000000000: {AMOUNT}"),
        ),
        (
            r#"{"target": {"amount": {"value": {"value": 1, "currency": "XYZ"}}}}"#,
            "unknown currency \"XYZ\"",
        ),
        (
            r#"{"rate": {"value": "NaN"}}"#,
            "invalid type: string \"NaN\", expected f64",
        ),
        (
            r#"{"rate": {"value": NaN}}"#,
            "expected value at line 1 column 20",
        ),
        (
            r#"{"rate": {"value": 1e999}}"#,
            "number out of range at line 1 column 24",
        ),
        (
            r#"{"rate": 0.156}"#,
            "invalid type: floating point `0.156`, expected struct Stated",
        ),
        ("null", "invalid type: null, expected struct Forecast"),
        (
            r#""forecast""#,
            "invalid type: string \"forecast\", expected struct Forecast",
        ),
    ]);
    // A megabyte of nesting stops at the first wrong type, without
    // recursing.
    let deep = format!(
        "{{\"period\": {}{}}}",
        "[".repeat(1 << 20),
        "]".repeat(1 << 20)
    );
    rejects::<Forecast>(&[(
        &deep,
        "invalid type: sequence, expected i64 at line 1 column 12",
    )]);
    // A megabyte of quote reads back whole.
    let quote = "\"é\\u0000\"".repeat(1 << 17);
    let json = format!(
        "{{\"source\": {{\"quote\": \"{}\"}}}}",
        quote.replace('"', "\\\"")
    );
    let f: Forecast = serde_json::from_str(&json).unwrap();
    assert_eq!(
        f.source.unwrap().quote.unwrap().chars().count(),
        4 * (1 << 17)
    );
}

#[test]
fn bug_structs_deserialize_from_arrays() {
    rejects::<Forecast>(&[("[]", "invalid type: sequence, expected struct Forecast")]);
    rejects::<Source>(&[("[]", "invalid type: sequence, expected struct Source")]);
    rejects::<Figure>(&[(
        r#"[{"value": {"value": 1}}, null]"#,
        "invalid type: sequence, expected struct Figure",
    )]);
}

#[test]
fn structs_are_objects_not_arrays() {
    rejects::<Amount>(&[("[5]", "invalid type: sequence, expected struct Amount")]);
    rejects::<When>(&[("[2024, 9]", "invalid type: sequence, expected struct When")]);
    rejects::<Stated<Amount>>(&[(
        r#"[{"value": 1}]"#,
        "invalid type: sequence, expected struct Stated",
    )]);
    rejects::<Stated<Rate>>(&[("[0.1]", "invalid type: sequence, expected struct Stated")]);
    rejects::<Forecast>(&[
        (
            r#"{"rate": [0.1, 1]}"#,
            "invalid type: sequence, expected struct Stated",
        ),
        (
            r#"{"baseline": {"amount": {"value": [6e11]}}}"#,
            "invalid type: sequence, expected struct Amount",
        ),
        (
            r#"{"source": ["IDC"]}"#,
            "invalid type: sequence, expected struct Source",
        ),
    ]);
}

#[test]
fn bug_compounded_rate_deserializes_from_an_array() {
    rejects::<CompoundedRate>(&[(
        r#"[0.012, "monthly"]"#,
        "invalid type: sequence, expected struct CompoundedRate",
    )]);
}

#[test]
fn bug_stated_range_with_decimals_is_accepted() {
    rejects::<Stated<Rate>>(&[(
        r#"{"value": 0.1, "decimals": 1, "upper": 0.2}"#,
        "a printed range has no decimals",
    )]);
}

#[test]
fn bug_rate_over_the_limit_names_inf() {
    let e = serde_json::from_str::<Rate>("1e307")
        .unwrap_err()
        .to_string();
    assert!(!e.contains("inf"), "{e}");
}

// ---------------------------------------------------------------------------
// The field each error is about
// ---------------------------------------------------------------------------

/// Checks that every JSON text in `table` is rejected as a `T` when read
/// through `serde_path_to_error`, with the path of the field (`"."` for the
/// value itself) and the message (without its position) given.
#[track_caller]
fn rejects_at<T: DeserializeOwned + Debug>(table: &[(&str, &str, &str)]) {
    let mut problems = Vec::new();
    for &(json, path, message) in table {
        let mut de = serde_json::Deserializer::from_str(json);
        match serde_path_to_error::deserialize::<_, T>(&mut de) {
            Ok(v) => problems.push(format!("{json} was accepted as {v:?}")),
            Err(e) => {
                let inner = e.inner().to_string();
                let got = (e.path().to_string(), without_position(&inner));
                if (got.0.as_str(), got.1) != (path, message) {
                    problems.push(format!(
                        "{json}\n   gave {got:?}\n   want {:?}",
                        (path, message)
                    ));
                }
            }
        }
    }
    assert!(
        problems.is_empty(),
        "{} of {} rejections wrong:\n{}",
        problems.len(),
        table.len(),
        problems.join("\n")
    );
}

/// The message of each hostile case: a missing field, a wrong type, "NaN",
/// 1e999, a negative amount, a rate at or below −100%, an unknown currency,
/// an unknown field.
fn wrong_type(what: &str, expected: &str) -> String {
    format!("invalid type: {what}, expected {expected}")
}
const NAN: &str = "invalid type: string \"NaN\", expected f64";
const OUT_OF_RANGE: &str = "number out of range";
const XYZ: &str = "unknown currency \"XYZ\"";

#[test]
fn errors_name_the_field_in_amounts_and_dates() {
    rejects_at::<Amount>(&[
        (r#"{"scale": "billion"}"#, ".", "missing field `value`"),
        (
            r#"{"value": true}"#,
            "value",
            &wrong_type("boolean `true`", "f64"),
        ),
        (r#"{"value": "NaN"}"#, "value", NAN),
        (r#"{"value": 1e999}"#, "value", OUT_OF_RANGE),
        // The amount as a whole is invalid: its path is the amount's.
        (
            r#"{"value": -5}"#,
            ".",
            &format!("invalid amount -5: {AMOUNT}"),
        ),
        (r#"{"value": 5, "currency": "XYZ"}"#, "currency", XYZ),
        (
            r#"{"value": 5, "unit": "t"}"#,
            "unit",
            "unknown field `unit`, expected one of `value`, `currency`, `scale`",
        ),
        ("[5]", ".", &wrong_type("sequence", "struct Amount")),
    ]);
    rejects_at::<When>(&[
        (r#"{"month": 9}"#, ".", "missing field `year`"),
        (
            r#"{"year": "2024"}"#,
            "year",
            &wrong_type("string \"2024\"", "i64"),
        ),
        (
            r#"{"year": "NaN"}"#,
            "year",
            &wrong_type("string \"NaN\"", "i64"),
        ),
        (r#"{"year": 1e999}"#, "year", OUT_OF_RANGE),
        (
            r#"{"year": 2024, "day": 1}"#,
            "day",
            "unknown field `day`, expected `year` or `month`",
        ),
        (
            r#"{"year": 2024, "month": 13}"#,
            ".",
            "invalid month 13: a month must be between 1 and 12",
        ),
    ]);
}

#[test]
fn errors_name_the_field_in_stated_figures() {
    rejects_at::<Stated<Amount>>(&[
        (r#"{"decimals": 1}"#, ".", "missing field `value`"),
        (r#"{"value": {}}"#, "value", "missing field `value`"),
        (
            r#"{"value": {"value": 1}, "decimals": "1"}"#,
            "decimals",
            &wrong_type("string \"1\"", "u8"),
        ),
        (r#"{"value": {"value": "NaN"}}"#, "value.value", NAN),
        (
            r#"{"value": {"value": 1e999}}"#,
            "value.value",
            OUT_OF_RANGE,
        ),
        (
            r#"{"value": {"value": -5}}"#,
            "value",
            &format!("invalid amount -5: {AMOUNT}"),
        ),
        (
            r#"{"value": {"value": 1}, "upper": {"value": -2}}"#,
            "upper",
            &format!("invalid amount -2: {AMOUNT}"),
        ),
        (
            r#"{"value": {"value": 1, "currency": "XYZ"}}"#,
            "value.currency",
            XYZ,
        ),
        (
            r#"{"value": {"value": 1}, "extra": 1}"#,
            "extra",
            "unknown field `extra`, expected one of `value`, `decimals`, `qualifier`, `upper`",
        ),
        (
            r#"{"value": {"value": 1, "extra": 1}}"#,
            "value.extra",
            "unknown field `extra`, expected one of `value`, `currency`, `scale`",
        ),
        // Checked across fields: the figure as a whole is named.
        (
            r#"{"value": {"value": 1}, "decimals": 1, "upper": {"value": 2}}"#,
            ".",
            "a printed range has no decimals",
        ),
    ]);
    rejects_at::<Stated<Rate>>(&[
        (r#"{"qualifier": "over"}"#, ".", "missing field `value`"),
        (
            r#"{"value": "15.6%"}"#,
            "value",
            &wrong_type("string \"15.6%\"", "f64"),
        ),
        (r#"{"value": "NaN"}"#, "value", NAN),
        (r#"{"value": 1e999}"#, "value", OUT_OF_RANGE),
        (
            r#"{"value": -2}"#,
            "value",
            &format!("invalid rate -200%: {RATE}"),
        ),
        (
            r#"{"value": 0.1, "upper": -1}"#,
            "upper",
            &format!("invalid rate -100%: {RATE}"),
        ),
        (
            r#"{"value": 0.1, "qualifier": 5}"#,
            "qualifier",
            &wrong_type("integer `5`", "a string"),
        ),
        (
            r#"{"value": 0.1, "unit": "%"}"#,
            "unit",
            "unknown field `unit`, expected one of `value`, `decimals`, `qualifier`, `upper`",
        ),
    ]);
}

#[test]
fn errors_name_the_field_in_compounded_rates() {
    rejects_at::<CompoundedRate>(&[
        (r#"{"value": 0.012}"#, ".", "missing field `compounding`"),
        (
            r#"{"value": 0.012, "compounding": 12}"#,
            "compounding",
            &wrong_type("integer `12`", "a string"),
        ),
        (
            r#"{"value": "NaN", "compounding": "monthly"}"#,
            "value",
            NAN,
        ),
        (
            r#"{"value": 1e999, "compounding": "monthly"}"#,
            "value",
            OUT_OF_RANGE,
        ),
        (
            r#"{"value": -1.5, "compounding": "monthly"}"#,
            ".",
            "invalid rate -150% a month (CMGR): a rate must be finite and above -100% a period",
        ),
        (
            r#"{"value": 0.012, "compounding": "monthly", "extra": 1}"#,
            "extra",
            "unknown field `extra`, expected `value` or `compounding`",
        ),
    ]);
}

#[test]
fn errors_name_the_field_in_figures_sources_and_forecasts() {
    rejects_at::<Figure>(&[
        (r#"{"when": {"year": 2024}}"#, ".", "missing field `amount`"),
        (
            r#"{"amount": "600 billion"}"#,
            "amount",
            &wrong_type("string \"600 billion\"", "struct Stated"),
        ),
        (
            r#"{"amount": {"value": {"value": "NaN"}}}"#,
            "amount.value.value",
            NAN,
        ),
        (
            r#"{"amount": {"value": {"value": 1e999}}}"#,
            "amount.value.value",
            OUT_OF_RANGE,
        ),
        (
            r#"{"amount": {"value": {"value": -5}}}"#,
            "amount.value",
            &format!("invalid amount -5: {AMOUNT}"),
        ),
        (
            r#"{"amount": {"value": {"value": 1, "currency": "XYZ"}}}"#,
            "amount.value.currency",
            XYZ,
        ),
        (
            r#"{"amount": {"value": {"value": 1}}, "extra": 1}"#,
            "extra",
            "unknown field `extra`, expected `amount` or `when`",
        ),
        (
            r#"{"amount": {"value": {"value": 1}}, "when": {"year": 0}}"#,
            "when",
            "invalid year 0: a year must be between 1 and 9999",
        ),
    ]);
    rejects_at::<Source>(&[
        (
            r#"{"publisher": 5}"#,
            "publisher",
            &wrong_type("integer `5`", "a string"),
        ),
        (
            r#"{"author": "x"}"#,
            "author",
            "unknown field `author`, expected one of `publisher`, `title`, `url`, `quote`",
        ),
    ]);
    rejects_at::<Forecast>(&[
        (
            r#"{"baseline": {"when": {"year": 2024}}}"#,
            "baseline",
            "missing field `amount`",
        ),
        (
            r#"{"target": {"amount": {"value": {"scale": "billion"}}}}"#,
            "target.amount.value",
            "missing field `value`",
        ),
        (
            r#"{"baseline": {"amount": {"value": {"value": "x"}}}}"#,
            "baseline.amount.value.value",
            &wrong_type("string \"x\"", "f64"),
        ),
        (
            r#"{"rate": 0.156}"#,
            "rate",
            &wrong_type("floating point `0.156`", "struct Stated"),
        ),
        (
            r#"{"period": [2025, "2035"]}"#,
            "period[1]",
            &wrong_type("string \"2035\"", "i64"),
        ),
        (r#"{"rate": {"value": "NaN"}}"#, "rate.value", NAN),
        (r#"{"rate": {"value": 1e999}}"#, "rate.value", OUT_OF_RANGE),
        (
            r#"{"target": {"amount": {"value": {"value": 1e999}}}}"#,
            "target.amount.value.value",
            OUT_OF_RANGE,
        ),
        (
            r#"{"baseline": {"amount": {"value": {"value": -5}}}}"#,
            "baseline.amount.value",
            &format!("invalid amount -5: {AMOUNT}"),
        ),
        (
            r#"{"baseline": {"amount": {"value": {"value": 1}, "upper": {"value": -5}}}}"#,
            "baseline.amount.upper",
            &format!("invalid amount -5: {AMOUNT}"),
        ),
        (
            r#"{"rate": {"value": -2}}"#,
            "rate.value",
            &format!("invalid rate -200%: {RATE}"),
        ),
        (
            r#"{"rate": {"value": -1}}"#,
            "rate.value",
            &format!("invalid rate -100%: {RATE}"),
        ),
        (
            r#"{"target": {"amount": {"value": {"value": 1, "currency": "XYZ"}}}}"#,
            "target.amount.value.currency",
            XYZ,
        ),
        (
            r#"{"foo": 1}"#,
            "foo",
            "unknown field `foo`, expected one of `baseline`, `target`, `rate`, `period`, `source`, `alternatives`",
        ),
        (
            r#"{"source": {"author": "x"}}"#,
            "source.author",
            "unknown field `author`, expected one of `publisher`, `title`, `url`, `quote`",
        ),
        (
            r#"{"baseline": {"amount": {"value": {"value": 1}}, "when": {"year": 2024, "day": 1}}}"#,
            "baseline.when.day",
            "unknown field `day`, expected `year` or `month`",
        ),
        (
            r#"{"period": [2035, 2025]}"#,
            "period",
            "no span from 2035 to 2025: the end must come after the start",
        ),
        (
            r#"{"rate": {"value": 0.1, "decimals": 1, "upper": 0.2}}"#,
            "rate",
            "a printed range has no decimals",
        ),
        ("[]", ".", &wrong_type("sequence", "struct Forecast")),
    ]);
    // A list of forecasts, as `examples/check.rs` reads it: the index too.
    rejects_at::<Vec<Forecast>>(&[(
        r#"[{}, {"rate": {"value": -2}}]"#,
        "[1].rate.value",
        &format!("invalid rate -200%: {RATE}"),
    )]);
}

/// The types that are not structs, as fields of a user's own struct.
#[derive(Debug, serde::Deserialize)]
#[serde(deny_unknown_fields)]
#[allow(dead_code)] // read only through `Debug`
struct Fields {
    rate: Option<Rate>,
    span: Option<Span>,
    currency: Option<Currency>,
    scale: Option<Scale>,
    qualifier: Option<Qualifier>,
    compounding: Option<Compounding>,
    period: Option<Period>,
}

#[test]
fn errors_name_the_field_of_numbers_and_names() {
    let span = |x: &str| format!("invalid span of {x} years: a span must be positive and finite");
    rejects_at::<Fields>(&[
        (
            r#"{"rate": "15.6%"}"#,
            "rate",
            &wrong_type("string \"15.6%\"", "f64"),
        ),
        (r#"{"rate": "NaN"}"#, "rate", NAN),
        (r#"{"rate": 1e999}"#, "rate", OUT_OF_RANGE),
        (
            r#"{"rate": -1.5}"#,
            "rate",
            &format!("invalid rate -150%: {RATE}"),
        ),
        (r#"{"span": "NaN"}"#, "span", NAN),
        (r#"{"span": -1e999}"#, "span", OUT_OF_RANGE),
        (r#"{"span": -1}"#, "span", &span("-1")),
        (r#"{"currency": "XYZ"}"#, "currency", XYZ),
        (
            r#"{"currency": 5}"#,
            "currency",
            &wrong_type("integer `5`", "a string"),
        ),
        (
            r#"{"scale": "bn"}"#,
            "scale",
            &format!("unknown variant `bn`, {SCALE_VARIANTS}"),
        ),
        (
            r#"{"qualifier": "kinda"}"#,
            "qualifier",
            "cannot parse \"kinda\" as a qualifier: expected a word like nearly, over or about",
        ),
        (
            r#"{"compounding": 12}"#,
            "compounding",
            &wrong_type("integer `12`", "a string"),
        ),
        (r#"{"period": [2025, 1e999]}"#, "period[1]", OUT_OF_RANGE),
        (
            r#"{"period": [2025, "NaN"]}"#,
            "period[1]",
            &wrong_type("string \"NaN\"", "i64"),
        ),
        (
            r#"{"period": [2035, 2025]}"#,
            "period",
            "no span from 2035 to 2025: the end must come after the start",
        ),
    ]);
}

#[test]
fn the_path_leads_the_message() {
    let json = r#"{"baseline": {"amount": {"value": {"value": -5}}}}"#;
    let mut de = serde_json::Deserializer::from_str(json);
    let e = serde_path_to_error::deserialize::<_, Forecast>(&mut de).unwrap_err();
    assert_eq!(
        e.to_string(),
        format!("baseline.amount.value: invalid amount -5: {AMOUNT} at line 1 column 48")
    );
}

// ---------------------------------------------------------------------------
// What only serializes
// ---------------------------------------------------------------------------

#[test]
fn reports_of_edge_forecasts_write_finite_numbers() {
    let amounts = [5e-324, 1e-300, 1.0, 6e11, 1e300, f64::MAX];
    let mut bad = Vec::new();
    for s in amounts {
        for e in amounts {
            for r in [-0.999_999_999, 0.0, 0.156, 1e4] {
                let f = Forecast {
                    baseline: Some(Figure::new(
                        Stated::printed(Amount::from_base(s).unwrap(), 1),
                        When::year(2024).unwrap(),
                    )),
                    target: Some(Figure::new(
                        Stated::printed(Amount::from_base(e).unwrap(), 1)
                            .qualified(Qualifier::Over),
                        When::end_of_month(2035, 6).unwrap(),
                    )),
                    rate: Some(Stated::printed(Rate::from_fraction(r).unwrap(), 1)),
                    period: Some(Period::new(2025, 2035).unwrap()),
                    ..Forecast::default()
                };
                let json = serde_json::to_value(check(&f)).unwrap();
                let mut found = Vec::new();
                nulls_where_numbers_belong(&json, &mut found);
                if !found.is_empty() {
                    bad.push(format!("{s:e} -> {e:e} at {r:e}: {found:?}"));
                }
            }
        }
    }
    assert!(bad.is_empty(), "{}", bad.join("\n"));
}
