//! Arbitrary bytes as a JSON `Forecast`: deserializing must not panic (it
//! validates through the constructors), and a forecast it accepts must
//! check, and its report format (`{}` and `{:#}`), without panicking, with
//! the default options and with strict hedges.
//!
//! It also asserts the documented serde round trip: an accepted forecast
//! serializes, and reads back equal (bit-exact with `float_roundtrip`).

#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(forecast) = serde_json::from_slice::<cagr::Forecast>(data) else {
        return;
    };
    let report = cagr::check(&forecast);
    let _ = format!("{report}");
    let _ = format!("{report:#}");
    let strict = cagr::CheckSettings::default().with_strict(true);
    let report = cagr::check_with(&forecast, &strict);
    let _ = format!("{report}");
    let _ = format!("{report:#}");

    let json = serde_json::to_string(&forecast).expect("an accepted forecast serializes");
    let back: cagr::Forecast = serde_json::from_str(&json)
        .unwrap_or_else(|e| panic!("{forecast:?} serialized as {json} does not read back: {e}"));
    assert_eq!(back, forecast, "serialized as {json}");
});
