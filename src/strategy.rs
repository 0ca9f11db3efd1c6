//! [proptest](mod@proptest) strategies for valid values (feature `proptest`), so you can
//! property-test code that uses this crate.
//!
//! ```
//! use cagr::{solve, strategy};
//! use proptest::prelude::*;
//!
//! proptest!(|(start in strategy::amount(), rate in strategy::rate(), span in strategy::span())| {
//!     if let Ok(end) = solve::end(start, rate, span) {
//!         prop_assert!((end > start) == (rate.as_fraction() > 0.0) || end == start);
//!     }
//! });
//! ```

use proptest::prelude::*;

use crate::{Amount, Currency, Rate, Scale, Span};

/// Rates of −99% to +200% a year, the range of real market forecasts,
/// with zero and tiny rates included.
pub fn rate() -> impl Strategy<Value = Rate> {
    prop_oneof![
        8 => -0.99f64..2.0,
        1 => -1e-6f64..1e-6,
        1 => Just(0.0),
    ]
    .prop_map(|f| Rate::from_fraction(f).unwrap_or(Rate::ZERO))
}

/// Amounts from 1e-3 to 1e15 base units, log-uniform, in a random scale
/// and currency (or none).
pub fn amount() -> impl Strategy<Value = Amount> {
    (
        -3.0f64..15.0,
        prop::sample::select(vec![
            Scale::One,
            Scale::Thousand,
            Scale::Million,
            Scale::Billion,
        ]),
        prop::option::of(prop::sample::select(vec![
            Currency::USD,
            Currency::CNY,
            Currency::EUR,
        ])),
    )
        .prop_map(|(exp, scale, currency)| {
            let a = Amount::from_base(10f64.powf(exp))
                .unwrap_or_else(|_| unreachable!("10^x is positive and finite"))
                .in_scale(scale);
            match currency {
                Some(c) => a.with_currency(c),
                None => a,
            }
        })
}

/// Spans of 0.1 to 100 years.
pub fn span() -> impl Strategy<Value = Span> {
    (0.1f64..100.0).prop_map(|y| Span::from_years(y).unwrap_or_else(|_| unreachable!("positive")))
}
