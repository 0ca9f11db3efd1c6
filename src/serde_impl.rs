//! Serde representations that route deserialization through the validating
//! constructors.

#![cfg(feature = "serde")]

use serde::de::Error as _;
use serde::{Deserialize, Deserializer};

use crate::{Amount, Currency, Error, Qualifier, Rate, Scale, Stated, When};

/// `{"value": 6.0e11, "currency": "CNY", "scale": "billion"}`: the value in
/// base units, so every bit survives a round trip.
#[derive(serde::Serialize, serde::Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct AmountRepr {
    value: f64,
    #[serde(default)]
    currency: Option<Currency>,
    #[serde(default)]
    scale: Scale,
}

impl TryFrom<AmountRepr> for Amount {
    type Error = Error;

    fn try_from(r: AmountRepr) -> Result<Amount, Error> {
        let a = Amount::from_base(r.value)?.in_scale(r.scale);
        Ok(match r.currency {
            Some(c) => a.with_currency(c),
            None => a,
        })
    }
}

impl From<Amount> for AmountRepr {
    fn from(a: Amount) -> AmountRepr {
        AmountRepr {
            value: a.value(),
            currency: a.currency(),
            scale: a.scale(),
        }
    }
}

/// `{"year": 2024, "month": 9}`, with `month` optional.
#[derive(serde::Serialize, serde::Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct WhenRepr {
    year: i64,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    month: Option<i64>,
}

impl TryFrom<WhenRepr> for When {
    type Error = Error;

    fn try_from(r: WhenRepr) -> Result<When, Error> {
        match r.month {
            Some(m) => When::end_of_month(r.year, m),
            None => When::year(r.year),
        }
    }
}

impl From<When> for WhenRepr {
    fn from(w: When) -> WhenRepr {
        WhenRepr {
            year: i64::from(w.calendar_year()),
            month: w.month().map(i64::from),
        }
    }
}

/// The fields of a [`Stated`] figure, checked by its constructors.
#[derive(serde::Deserialize)]
#[serde(deny_unknown_fields, bound = "T: Deserialize<'de>")]
struct StatedRepr<T> {
    value: T,
    #[serde(default)]
    decimals: Option<u8>,
    #[serde(default)]
    qualifier: Option<Qualifier>,
    #[serde(default)]
    upper: Option<T>,
}

impl<T: Copy> StatedRepr<T> {
    fn build(self, range: fn(T, T) -> Result<Stated<T>, Error>) -> Result<Stated<T>, Error> {
        let stated = match (self.upper, self.decimals) {
            (Some(high), _) => range(self.value, high)?,
            (None, Some(d)) => Stated::printed(self.value, d),
            (None, None) => Stated::exact(self.value),
        };
        Ok(match self.qualifier {
            Some(q) => stated.qualified(q),
            None => stated,
        })
    }
}

impl<'de> Deserialize<'de> for Stated<Amount> {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        StatedRepr::<Amount>::deserialize(d)?
            .build(Stated::<Amount>::range)
            .map_err(D::Error::custom)
    }
}

impl<'de> Deserialize<'de> for Stated<Rate> {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        StatedRepr::<Rate>::deserialize(d)?
            .build(Stated::<Rate>::range)
            .map_err(D::Error::custom)
    }
}

/// One dated figure of a report, as in the JSON schema of [`Report`].
#[derive(serde::Serialize)]
struct FigureOut {
    value: f64,
    #[serde(skip_serializing_if = "Option::is_none")]
    value_high: Option<f64>,
    currency: Option<Currency>,
    year: Option<i32>,
    month: Option<u8>,
    qualifier: Option<Qualifier>,
}

impl FigureOut {
    fn of(figure: &crate::Figure) -> FigureOut {
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
    cagr_period: Option<[i32; 2]>,
    implied_cagr_pct: Option<f64>,
    implied_cagr_range_pct: Option<[f64; 2]>,
    verdict: &'static str,
    explanation: String,
}

impl serde::Serialize for crate::Report<'_> {
    /// The flat JSON object documented on [`Report`](crate::Report).
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let f = self.forecast;
        let pct = |x: f64| crate::decimal::shift(x, 2);
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
            verdict: self.verdict.as_str(),
            explanation: self.to_string(),
        }
        .serialize(s)
    }
}
