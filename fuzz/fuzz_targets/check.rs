//! The checker on forecasts built from raw numbers through the public
//! constructors (values a constructor rejects are skipped, not patched):
//! `check_with` must not panic, its report must format (`{}` and `{:#}`)
//! without printing NaN or an infinity,
//! and no `Analysis` number may be NaN or infinite, except interval ends,
//! which the docs allow to be infinite for a strict reading of an "over"
//! hedge ("hi may be infinite for an unbounded strict reading such as
//! 'over 6%'"); those are allowed only when the options are strict and a
//! figure carries an upward hedge.

#![no_main]

use arbitrary::Arbitrary;
use cagr::{
    check_with, Amount, Analysis, Currency, Figure, Forecast, Hedge, Interval, CheckSettings, Period,
    Qualifier, Rate, Scale, Stated, When,
};
use libfuzzer_sys::fuzz_target;


#[derive(Debug, Arbitrary)]
struct Date {
    year: i32,
    /// A month-end when present.
    month: Option<i64>,
}

#[derive(Debug, Arbitrary)]
struct RawAmount {
    value: f64,
    scale: u8,
    /// No currency when `None`; else an index into `Currency::all()`.
    currency: Option<u8>,
    /// Printed with this many decimals; exact when `None`.
    decimals: Option<u8>,
    /// An index into `Qualifier::all()`.
    qualifier: Option<u8>,
    /// A printed range up to this value (same scale and currency).
    upper: Option<f64>,
}

#[derive(Debug, Arbitrary)]
struct RawFigure {
    amount: RawAmount,
    when: Option<Date>,
}

#[derive(Debug, Arbitrary)]
struct RawRate {
    /// Read as a percent, or as a fraction when `fraction` is set.
    value: f64,
    fraction: bool,
    decimals: Option<u8>,
    qualifier: Option<u8>,
    upper: Option<f64>,
}

#[derive(Debug, Arbitrary)]
struct Input {
    baseline: Option<RawFigure>,
    target: Option<RawFigure>,
    rate: Option<RawRate>,
    period: Option<(i32, i32)>,
    strict: bool,
    /// The hedge band in percent (0 to 50); the default 5% when `None`.
    band: Option<u8>,
}

fn pick<T>(mut all: impl Iterator<Item = T>, count: usize, index: u8) -> Option<T> {
    all.nth(usize::from(index) % count)
}

fn qualifier(index: u8) -> Option<Qualifier> {
    pick(Qualifier::all(), Qualifier::all().count(), index)
}

fn when(date: &Date) -> Option<When> {
    match date.month {
        Some(m) => When::end_of_month(date.year, m).ok(),
        None => When::year(date.year).ok(),
    }
}

fn amount(raw: &RawAmount) -> Option<Stated<Amount>> {
    let scale = Scale::ALL[usize::from(raw.scale) % Scale::ALL.len()];
    let currency = match raw.currency {
        Some(c) => Some(pick(Currency::all(), Currency::all().count(), c)?),
        None => None,
    };
    let make = |v: f64| {
        let a = Amount::new(v, scale).ok()?;
        Some(match currency {
            Some(c) => a.with_currency(c),
            None => a,
        })
    };
    let low = make(raw.value)?;
    let mut stated = match (raw.upper, raw.decimals) {
        (Some(hi), _) => Stated::<Amount>::range(low, make(hi)?).ok()?,
        (None, Some(d)) => Stated::printed(low, d),
        (None, None) => Stated::exact(low),
    };
    if let Some(q) = raw.qualifier {
        stated = stated.qualified(qualifier(q)?);
    }
    Some(stated)
}

fn rate(raw: &RawRate) -> Option<Stated<Rate>> {
    let make = |v: f64| {
        if raw.fraction {
            Rate::from_fraction(v).ok()
        } else {
            Rate::from_percent(v).ok()
        }
    };
    let low = make(raw.value)?;
    let mut stated = match (raw.upper, raw.decimals) {
        (Some(hi), _) => Stated::<Rate>::range(low, make(hi)?).ok()?,
        (None, Some(d)) => Stated::printed(low, d),
        (None, None) => Stated::exact(low),
    };
    if let Some(q) = raw.qualifier {
        stated = stated.qualified(qualifier(q)?);
    }
    Some(stated)
}

/// The forecast, or `None` if any present part is invalid.
fn forecast(input: &Input) -> Option<Forecast> {
    let figure = |raw: &Option<RawFigure>| -> Option<Option<Figure>> {
        let Some(raw) = raw else { return Some(None) };
        let when = match &raw.when {
            Some(d) => Some(when(d)?),
            None => None,
        };
        Some(Some(Figure {
            amount: amount(&raw.amount)?,
            when,
        }))
    };
    Some(Forecast {
        baseline: figure(&input.baseline)?,
        target: figure(&input.target)?,
        rate: match &input.rate {
            Some(r) => Some(rate(r)?),
            None => None,
        },
        period: match input.period {
            Some((from, to)) => Some(Period::new(from, to).ok()?),
            None => None,
        },
        source: None,
        alternatives: Vec::new(),
    })
}

/// Whether a figure's hedge reads upward ("over"), which strict options
/// leave unbounded.
fn upward(q: Option<Qualifier>) -> bool {
    q.is_some_and(|q| q.hedge() == Hedge::Above)
}

fn assert_finite(x: f64, what: &str, a: &Analysis) {
    assert!(x.is_finite(), "{what} is {x} in {a:#?}");
}

/// A report prints no NaN and no infinity (`inf%` from a finite fraction
/// whose percentage overflows, say).
fn assert_prints_finite(text: &str) {
    let bad = text
        .split(|c: char| !c.is_ascii_alphanumeric())
        .find(|w| matches!(*w, "NaN" | "inf" | "infinity"));
    assert!(bad.is_none(), "the report prints {bad:?}: {text}");
}

fn assert_interval(i: Interval, infinite_ok: bool, what: &str, a: &Analysis) {
    assert!(
        !i.lo.is_nan() && !i.hi.is_nan(),
        "{what} is {i:?} in {a:#?}"
    );
    if !infinite_ok {
        assert_finite(i.lo, &format!("{what}.lo"), a);
        assert_finite(i.hi, &format!("{what}.hi"), a);
    }
}

fuzz_target!(|input: Input| {
    let Some(forecast) = forecast(&input) else {
        return;
    };
    let mut options = CheckSettings::default().with_strict(input.strict);
    if let Some(b) = input.band {
        options = options
            .with_band(f64::from(b % 51) / 100.0)
            .expect("a band of 0% to 50% is valid");
    }
    let report = check_with(&forecast, &options);
    for text in [format!("{report}"), format!("{report:#}")] {
        assert_prints_finite(&text);
    }
    let _ = report.is_near_miss();

    let Some(a) = report.analysis else { return };
    let hedged_up = upward(forecast.baseline.and_then(|f| f.amount.qualifier()))
        || upward(forecast.target.and_then(|f| f.amount.qualifier()))
        || upward(forecast.rate.and_then(|r| r.qualifier()));
    let infinite_ok = options.strict() && hedged_up;

    assert_finite(a.years, "years", &a);
    assert_interval(a.span, false, "span", &a);
    assert_interval(a.baseline, infinite_ok, "baseline", &a);
    assert_interval(a.target, infinite_ok, "target", &a);
    assert_finite(a.implied.as_fraction(), "implied", &a);
    assert_interval(a.implied_interval, infinite_ok, "implied_interval", &a);
    assert_finite(a.stated.as_fraction(), "stated", &a);
    assert_interval(a.stated_interval, infinite_ok, "stated_interval", &a);
    assert_finite(a.gap_points, "gap_points", &a);
    assert_finite(a.distance_points, "distance_points", &a);
    for (what, x) in [
        ("reconcile.target", a.reconcile.target.map(Amount::value)),
        (
            "reconcile.baseline",
            a.reconcile.baseline.map(Amount::value),
        ),
        ("reconcile.span", a.reconcile.span.map(|s| s.as_years())),
        (
            "reconcile.period_start",
            a.reconcile.period_start.map(Amount::value),
        ),
        ("year_reached", a.year_reached()),
        ("year_needed", a.year_needed()),
    ] {
        if let Some(x) = x {
            assert_finite(x, what, &a);
        }
    }
    for r in a.readings.iter() {
        let what = format!("reading {}", r.convention);
        assert_finite(r.years, &format!("{what}: years"), &a);
        assert_finite(r.rate, &format!("{what}: rate"), &a);
        assert_interval(r.interval, infinite_ok, &format!("{what}: interval"), &a);
    }
});
