//! `Serialize` for [`Report`]: the flat JSON object documented on it
//! (written by `examples/check.rs --json`).

#![cfg(feature = "serde")]

use serde::Serialize;

use crate::{Amount, Currency, Figure, Qualifier, Report, When, Year};

/// One dated figure of a report, as in the JSON schema of [`Report`].
#[derive(serde::Serialize)]
struct FigureOut {
    value: f64,
    #[serde(skip_serializing_if = "Option::is_none")]
    value_high: Option<f64>,
    currency: Option<Currency>,
    year: Option<Year>,
    month: Option<u8>,
    qualifier: Option<Qualifier>,
}

impl FigureOut {
    fn of(figure: &Figure) -> FigureOut {
        FigureOut {
            value: figure.amount.value().value(),
            value_high: figure.amount.upper().map(Amount::value),
            currency: figure.amount.value().currency(),
            year: figure.when.map(When::calendar_year),
            month: figure.when.and_then(When::month),
            qualifier: figure.amount.qualifier(),
        }
    }
}

/// A stated rate in percent: a number, or `[lo, hi]` for a printed range.
#[derive(serde::Serialize)]
#[serde(untagged)]
enum PercentOut {
    Point(f64),
    Range([f64; 2]),
}

#[derive(serde::Serialize)]
struct ReportOut<'a> {
    text: Option<&'a str>,
    baseline: Option<FigureOut>,
    target: Option<FigureOut>,
    stated_cagr_pct: Option<PercentOut>,
    cagr_period: Option<[Year; 2]>,
    implied_cagr_pct: Option<f64>,
    implied_cagr_range_pct: Option<[f64; 2]>,
    resolution_points: Option<f64>,
    too_coarse: Option<bool>,
    verdict: &'static str,
    explanation: String,
}

impl Serialize for Report<'_> {
    /// The flat JSON object documented on [`Report`].
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let f = self.forecast;
        let pct = |x: f64| crate::num::decimal::shift(x, 2);
        ReportOut {
            text: f.source.as_ref().and_then(|s| s.quote.as_deref()),
            baseline: f.baseline.as_ref().map(FigureOut::of),
            target: f.target.as_ref().map(FigureOut::of),
            stated_cagr_pct: f.rate.map(|r| match r.upper() {
                Some(high) => PercentOut::Range([r.value().as_percent(), high.as_percent()]),
                None => PercentOut::Point(r.value().as_percent()),
            }),
            cagr_period: f.period.map(|p| [p.from(), p.to()]),
            implied_cagr_pct: self.analysis.map(|a| pct(a.implied.as_fraction())),
            implied_cagr_range_pct: self
                .analysis
                .map(|a| [pct(a.implied_interval.lo), pct(a.implied_interval.hi)]),
            resolution_points: self.analysis.map(|a| a.resolution_points),
            too_coarse: self.analysis.map(|a| a.too_coarse),
            verdict: self.verdict.as_str(),
            explanation: self.to_string(),
        }
        .serialize(s)
    }
}
