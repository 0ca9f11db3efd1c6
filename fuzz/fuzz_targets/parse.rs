//! Every `FromStr` of the crate on arbitrary text: none may panic, and for
//! `Rate`, `Amount`, `When`, `Year` and `Span` a parsed value must print (`Display`)
//! as text that parses back to an equal value.
//!
//! `Currency`, `Qualifier`, `Stated<Amount>` and `Stated<Rate>` are parsed
//! and printed (plain and with a precision) but their round trip is not
//! asserted.

#![no_main]

use core::fmt::{Debug, Display};
use core::str::FromStr;

use cagr::{Amount, Currency, Qualifier, Rate, Span, Stated, When, Year};
use libfuzzer_sys::fuzz_target;

/// Parses `s` as `T`; on success prints it and returns it.
fn parse<T>(s: &str) -> Option<T>
where
    T: FromStr + Display + Debug,
{
    let value = s.parse::<T>().ok()?;
    let _ = format!("{value}");
    let _ = format!("{value:?}");
    Some(value)
}

/// `parse ∘ display` is the identity on what `parse` returns.
fn round_trip<T>(s: &str)
where
    T: FromStr + Display + Debug + PartialEq,
    T::Err: Debug,
{
    let Some(value) = parse::<T>(s) else { return };
    let shown = value.to_string();
    let back = shown.parse::<T>().unwrap_or_else(|e| {
        panic!(
            "{}: {s:?} parsed as {value:?}, printed as {shown:?}, which does not parse: {e:?}",
            core::any::type_name::<T>()
        )
    });
    assert_eq!(
        back,
        value,
        "{}: {s:?} parsed as {value:?}, printed as {shown:?}, parsed back as {back:?}",
        core::any::type_name::<T>()
    );
    // Precisions go through another formatting path; they need not round-trip.
    let _ = format!("{value:.0} {value:.3} {value:>20.1}");
}

fuzz_target!(|s: &str| {
    round_trip::<Rate>(s);
    round_trip::<Amount>(s);
    round_trip::<When>(s);
    round_trip::<Year>(s);
    round_trip::<Span>(s);
    let _ = parse::<Currency>(s);
    let _ = parse::<Qualifier>(s);
    if let Some(a) = parse::<Stated<Amount>>(s) {
        let _ = format!("{a:.2}");
        let _ = a.interval();
    }
    if let Some(r) = parse::<Stated<Rate>>(s) {
        let _ = format!("{r:.2}");
        let _ = r.interval();
    }
});
