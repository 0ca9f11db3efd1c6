//! The public API of `cagr`, read as a specification.
//!
//! Every constructor and solver is exercised on its happy path and on each of
//! its documented error cases, with the error message asserted word for word.
//! Expected numbers are derived independently of the crate: by hand, from
//! the worked examples in Microsoft's documentation of the spreadsheet
//! functions `RRI` and `PDURATION`, or with mpmath at 50 digits (the
//! computation is shown next to each value).

use cagr::{solve, Amount, Currency, Error, Rate, Scale, Span, When};

// ---------------------------------------------------------------------------
// Helpers
// ---------------------------------------------------------------------------

/// A rate from a fraction that the test knows is valid.
#[track_caller]
fn rate(fraction: f64) -> Rate {
    Rate::from_fraction(fraction).expect("a valid rate")
}

/// A rate in percent that the test knows is valid.
#[track_caller]
fn pct(percent: f64) -> Rate {
    Rate::from_percent(percent).expect("a valid rate")
}

/// An amount in base units that the test knows is valid.
#[track_caller]
fn base(value: f64) -> Amount {
    Amount::from_base(value).expect("a valid amount")
}

/// An amount parsed from text that the test knows is valid.
#[track_caller]
fn amount(text: &str) -> Amount {
    text.parse()
        .unwrap_or_else(|e| panic!("{text:?} should parse: {e}"))
}

/// A span in years that the test knows is valid.
#[track_caller]
fn years(n: f64) -> Span {
    Span::from_years(n).expect("a valid span")
}

/// A whole calendar year that the test knows is valid.
#[track_caller]
fn year(y: i32) -> When {
    When::year(y).expect("a valid year")
}

/// The end of a month that the test knows is valid.
#[track_caller]
fn month(y: i32, m: i64) -> When {
    When::end_of_month(y, m).expect("a valid month")
}

/// Asserts that `result` is an error whose message is exactly `message`.
#[track_caller]
fn fails<T: core::fmt::Debug>(result: Result<T, Error>, message: &str) {
    match result {
        Ok(value) => panic!("expected the error {message:?}, got Ok({value:?})"),
        Err(e) => assert_eq!(e.to_string(), message),
    }
}

/// Asserts `|got − want| ≤ tol · |want|`.
#[track_caller]
fn close(got: f64, want: f64, tol: f64) {
    let rel = ((got - want) / want).abs();
    assert!(
        rel <= tol,
        "got {got:e}, want {want:e} (relative error {rel:e})"
    );
}

const RATE_RULE: &str = "a rate must be finite and above -100%";
const AMOUNT_RULE: &str = "an amount must be positive and finite";
const SPAN_RULE: &str = "a span must be positive and finite";

// ---------------------------------------------------------------------------
// Rate
// ---------------------------------------------------------------------------

#[test]
fn rate_units_are_in_the_constructor_name() {
    // Percent and fraction differ by a decimal shift of two places, done on
    // the decimal digits, so the two spellings give the same bits.
    let table = [
        (15.6, 0.156),
        (-3.0, -0.03),
        (0.1, 0.001),
        (7.24, 0.0724),
        (100.0, 1.0),
        (-99.0, -0.99),
        (0.0, 0.0),
    ];
    for (percent, fraction) in table {
        assert_eq!(pct(percent), rate(fraction), "{percent}%");
        assert_eq!(pct(percent).as_fraction(), fraction, "{percent}%");
        assert_eq!(rate(fraction).as_percent(), percent, "{fraction}");
    }
    assert_eq!(Rate::ZERO, rate(0.0));
    assert_eq!(pct(15.6).factor(), 1.156);
    assert_eq!(Rate::try_from(0.156), Ok(pct(15.6)));
    assert_eq!(f64::from(pct(15.6)), 0.156);
}

#[test]
fn rate_constructors_reject_invalid_values() {
    // The message always states the rejected rate in percent.
    let table = [
        (
            Rate::from_percent(-100.0),
            format!("invalid rate -100%: {RATE_RULE}"),
        ),
        (
            Rate::from_percent(-250.0),
            format!("invalid rate -250%: {RATE_RULE}"),
        ),
        (
            Rate::from_percent(f64::NAN),
            format!("invalid rate NaN%: {RATE_RULE}"),
        ),
        (
            Rate::from_percent(f64::INFINITY),
            format!("invalid rate inf%: {RATE_RULE}"),
        ),
        (
            Rate::from_percent(f64::NEG_INFINITY),
            format!("invalid rate -inf%: {RATE_RULE}"),
        ),
        (
            Rate::from_fraction(-1.0),
            format!("invalid rate -100%: {RATE_RULE}"),
        ),
        (
            Rate::from_fraction(-2.0),
            format!("invalid rate -200%: {RATE_RULE}"),
        ),
        (
            Rate::from_fraction(f64::NAN),
            format!("invalid rate NaN%: {RATE_RULE}"),
        ),
        (
            Rate::from_fraction(f64::INFINITY),
            format!("invalid rate inf%: {RATE_RULE}"),
        ),
        (
            Rate::try_from(-1.5),
            format!("invalid rate -150%: {RATE_RULE}"),
        ),
        (
            Rate::from_continuous(f64::NAN),
            format!("invalid rate NaN%: {RATE_RULE}"),
        ),
        (
            Rate::from_continuous(f64::INFINITY),
            format!("invalid rate inf%: {RATE_RULE}"),
        ),
        // exp(1000) ≈ 1.97e434 overflows f64.
        (
            Rate::from_continuous(1000.0),
            "the computed rate is out of range: inf".to_owned(),
        ),
        // exp(-1000) − 1 = −1 + 5.1e-435, which rounds to −1 (−100%).
        (
            Rate::from_continuous(-1000.0),
            "the computed rate is out of range: -1".to_owned(),
        ),
    ];
    for (result, message) in table {
        fails(result, &message);
    }
    assert!(matches!(
        Rate::from_percent(-100.0),
        Err(Error::Rate { percent, fraction, .. }) if percent == -100.0 && fraction == -1.0
    ));
    assert!(Rate::from_fraction(-0.999_999).is_ok(), "just above -100%");
}

/// The upper limit of a rate, as every message states it.
const RATE_LIMIT: &str = "a rate must be below f64::MAX / 100 as a fraction (about 1.8e308%)";

#[test]
fn rates_beyond_the_upper_limit_are_named_as_given() {
    // A rate's fraction stays below f64::MAX / 100, so that its percentage
    // is finite. Past it, the message names the rate in percent as given
    // (written out exactly where the percentage itself overflows `f64`),
    // never an infinity. `{}00` of a fraction is its percentage: Display
    // of these values prints every integer digit.
    let table = [
        (
            Rate::from_fraction(1e307),
            format!("invalid rate {}00%: {RATE_LIMIT}", 1e307),
        ),
        (
            Rate::from_fraction(f64::MAX),
            format!("invalid rate {}00%: {RATE_LIMIT}", f64::MAX),
        ),
        (
            Rate::from_fraction(f64::MAX / 100.0),
            format!(
                "invalid rate {}%: {RATE_LIMIT}",
                1.797_693_134_862_315_6e308
            ),
        ),
        (
            Rate::from_percent(f64::MAX),
            format!("invalid rate {}%: {RATE_LIMIT}", f64::MAX),
        ),
        (
            Rate::try_from(1e307),
            format!("invalid rate {}00%: {RATE_LIMIT}", 1e307),
        ),
        // Below −100% the rule is the lower one, whatever the size.
        (
            Rate::from_fraction(f64::MIN),
            format!("invalid rate {}00%: {RATE_RULE}", f64::MIN),
        ),
    ];
    for (result, message) in table {
        fails(result, &message);
    }
    // The largest valid rate, and its percentage, are finite.
    let top = Rate::from_fraction(f64::from_bits((f64::MAX / 100.0).to_bits() - 1)).unwrap();
    assert!(top.as_percent().is_finite());
    assert!(matches!(
        Rate::from_fraction(1e307),
        Err(Error::Rate { percent, fraction, .. }) if percent == f64::INFINITY && fraction == 1e307
    ));
}

#[test]
fn numbers_too_large_for_f64_are_quoted_not_infinite() {
    // Text whose number overflows `f64` is a parse error quoting the text
    // (cut to 64 characters), with the rule the number breaks.
    let nines = "9".repeat(400);
    let quoted = format!("{}...", &nines[..64]);
    let table: [(Result<(), Error>, String); 6] = [
        (
            format!("{nines}%").parse::<Rate>().map(drop),
            format!("cannot parse {quoted:?} as a rate: {RATE_LIMIT}"),
        ),
        (
            format!("{nines} bp").parse::<Rate>().map(drop),
            format!("cannot parse {quoted:?} as a rate: {RATE_LIMIT}"),
        ),
        (
            format!("-{nines}%").parse::<Rate>().map(drop),
            format!(
                "cannot parse \"-{}...\" as a rate: {RATE_RULE}",
                &nines[..63]
            ),
        ),
        (
            nines.parse::<Amount>().map(drop),
            format!(
                "cannot parse {quoted:?} as an amount: an amount must be at most f64::MAX \
                 (about 1.8e308) in base units"
            ),
        ),
        (
            format!("1{} trillion", "0".repeat(300))
                .parse::<Amount>()
                .map(drop),
            format!(
                "cannot parse \"1{}...\" as an amount: an amount must be at most f64::MAX \
                 (about 1.8e308) in base units",
                "0".repeat(63)
            ),
        ),
        (
            format!("{nines} years").parse::<Span>().map(drop),
            format!("cannot parse {quoted:?} as a span: expected a number of years like 11 years"),
        ),
    ];
    for (result, message) in table {
        fails(result, &message);
    }
}

#[test]
fn continuous_compounding() {
    // ln 2 is the log rate of doubling every year: 100%.
    close(
        Rate::from_continuous(2f64.ln()).unwrap().as_fraction(),
        1.0,
        1e-15,
    );
    assert_eq!(pct(100.0).continuous(), 2f64.ln());
    // mpmath: log(mpf('1.156')) = 0.14496577025018572...
    assert_eq!(format!("{:.4}", pct(15.6).continuous()), "0.1450");
    close(pct(15.6).continuous(), 0.144_965_770_250_185_73, 1e-15);
    assert_eq!(Rate::ZERO.continuous(), 0.0);
}

#[test]
fn doubling_time() {
    // mpmath: log(2)/log(mpf('1.1')) = 7.27254089734171908...
    //         log(2)/log(mpf('1.156')) = 4.78145412785165581...
    let t = pct(10.0).doubling_time().unwrap();
    assert_eq!(format!("{t:.2}"), "7.27 years");
    close(t.as_years(), 7.272_540_897_341_719, 1e-14);
    assert_eq!(
        format!("{:.2}", pct(15.6).doubling_time().unwrap()),
        "4.78 years"
    );
    // 100% a year doubles in exactly one year.
    assert_eq!(pct(100.0).doubling_time().unwrap().as_years(), 1.0);

    fails(
        Rate::ZERO.doubling_time(),
        "a rate of 0% never takes 1 to 2",
    );
    fails(
        pct(-5.0).doubling_time(),
        "a rate of -5% never takes 1 to 2",
    );
    // ln 2 / 2^-1074 ≈ 1.40e323 > f64::MAX.
    fails(
        rate(5e-324).doubling_time(),
        "the computed span is out of range: inf",
    );
}

#[test]
fn rate_display() {
    // Without a precision: the shortest decimal, moved two places.
    let table = [
        (0.156, "15.6%", "15.60%"),
        (-0.03, "-3%", "-3.00%"),
        (0.000_001, "0.0001%", "0.00%"),
        (10_000.0, "1000000%", "1000000.00%"),
        (1.0, "100%", "100.00%"),
        (-0.99, "-99%", "-99.00%"),
        (0.101_025_076_863_270_22, "10.102507686327022%", "10.10%"),
        (1e-20, "0.000000000000000001%", "0.00%"),
    ];
    for (fraction, plain, two_places) in table {
        let r = rate(fraction);
        assert_eq!(r.to_string(), plain, "{fraction}");
        assert_eq!(format!("{r:.2}"), two_places, "{fraction}");
        assert_eq!(format!("{r:?}"), format!("Rate({plain})"), "{fraction}");
    }
    // Width, fill and alignment apply to the whole text, `%` included.
    let r = pct(15.6);
    assert_eq!(format!("{r:>8.1}"), "   15.6%");
    assert_eq!(format!("{r:<8}"), "15.6%   ");
    assert_eq!(format!("{r:*^9}"), "**15.6%**");
    assert_eq!(format!("{r:3}"), "15.6%");
}

#[test]
fn zero_rate_prints_as_zero_percent() {
    assert_eq!(Rate::ZERO.to_string(), "0%");
    assert_eq!(format!("{:?}", Rate::ZERO), "Rate(0%)");
}

#[test]
fn rate_from_str() {
    let table = [
        ("15.6%", 0.156),
        ("15.6 %", 0.156),
        ("  15.6%  ", 0.156),
        ("15.6 per cent", 0.156),
        ("15.6 percent", 0.156),
        ("15.6 pc", 0.156),
        ("1560 bp", 0.156),
        ("-3%", -0.03),
        ("+3%", 0.03),
        (".5%", 0.005),
        ("100%", 1.0),
        ("0%", 0.0),
        ("10.102507686327022%", 0.101_025_076_863_270_22),
        ("1000000%", 10_000.0),
    ];
    for (text, fraction) in table {
        let r: Rate = text
            .parse()
            .unwrap_or_else(|e| panic!("{text:?} should parse: {e}"));
        assert_eq!(r.as_fraction(), fraction, "{text:?}");
    }
}

#[test]
fn rate_parse_errors() {
    let expected = "expected a number like 15.6%, 15.6 per cent or 150 bp";
    let needs_unit = "a rate needs a unit: 15.6%, 15.6 per cent or 150 bp";
    let long = "x".repeat(100);
    let table = [
        ("", format!("cannot parse \"\" as a rate: {expected}")),
        ("%", format!("cannot parse \"%\" as a rate: {expected}")),
        ("abc", format!("cannot parse \"abc\" as a rate: {expected}")),
        // A comma is ambiguous in a rate (decimal comma or thousands?).
        (
            "1,5%",
            format!("cannot parse \"1,5%\" as a rate: {expected}"),
        ),
        ("1e5", format!("cannot parse \"1e5\" as a rate: {expected}")),
        (
            "15.6%%",
            format!("cannot parse \"15.6%%\" as a rate: {expected}"),
        ),
        ("-100%", format!("invalid rate -100%: {RATE_RULE}")),
        ("-150%", format!("invalid rate -150%: {RATE_RULE}")),
        ("-100 per cent", format!("invalid rate -100%: {RATE_RULE}")),
        // A bare number has no unit.
        ("-1", format!("cannot parse \"-1\" as a rate: {needs_unit}")),
        (
            "15.6",
            format!("cannot parse \"15.6\" as a rate: {needs_unit}"),
        ),
        // The quoted input is cut to 64 characters.
        (
            long.as_str(),
            format!(
                "cannot parse \"{}...\" as a rate: {expected}",
                "x".repeat(64)
            ),
        ),
    ];
    for (text, message) in table {
        fails(text.parse::<Rate>(), &message);
    }
}

#[test]
fn rate_equality_is_exact_and_approx_is_explicit() {
    let a = rate(0.1 + 0.2);
    let b = rate(0.3);
    assert_ne!(a, b);
    approx::assert_relative_eq!(a, b);
    approx::assert_ulps_eq!(a, b);
    approx::assert_abs_diff_ne!(a, rate(0.3001));
    assert!(pct(10.0) < pct(15.6));
}

// ---------------------------------------------------------------------------
// Amount, Scale, Currency
// ---------------------------------------------------------------------------

#[test]
fn amount_constructors() {
    // The scale moves the decimal point of the printed number exactly.
    let table = [
        (1729.5, Scale::Billion, 1.7295e12),
        (600.0, Scale::Billion, 6e11),
        (1.7295, Scale::Trillion, 1.7295e12),
        (2.0, Scale::Lakh, 2e5),
        (500.0, Scale::Crore, 5e9),
        (3.0, Scale::Million, 3e6),
        (1.5, Scale::Thousand, 1500.0),
        (0.25, Scale::One, 0.25),
    ];
    for (value, scale, base_value) in table {
        let a = Amount::new(value, scale).unwrap();
        assert_eq!(a.value(), base_value, "{value} {scale:?}");
        assert_eq!(a.scale(), scale);
        assert_eq!(a.currency(), None);
        assert_eq!(a.value_in(scale), value, "{value} {scale:?}");
    }
    let a = base(6e11);
    assert_eq!(
        (a.value(), a.scale(), a.currency()),
        (6e11, Scale::One, None)
    );
    assert_eq!(
        a.with_currency(Currency::CNY).currency(),
        Some(Currency::CNY)
    );
    assert_eq!(a.value_in(Scale::Billion), 600.0);
    assert_eq!(base(1.7295e12).value_in(Scale::Trillion), 1.7295);
    // Equality ignores the display scale and respects the currency.
    assert_eq!(a.in_scale(Scale::Billion), a);
    assert_ne!(a.with_currency(Currency::CNY), a);
    assert!(base(1.0) < base(2.0));
    assert_eq!(
        base(1.0)
            .with_currency(Currency::CNY)
            .partial_cmp(&base(2.0).with_currency(Currency::USD)),
        None
    );
}

#[test]
fn amount_constructors_reject_invalid_values() {
    // The message states the rejected value in base units.
    let table = [
        (
            Amount::new(-5.0, Scale::One),
            format!("invalid amount -5: {AMOUNT_RULE}"),
        ),
        (
            Amount::new(-5.0, Scale::Billion),
            format!("invalid amount -5000000000: {AMOUNT_RULE}"),
        ),
        (
            Amount::new(0.0, Scale::Billion),
            format!("invalid amount 0: {AMOUNT_RULE}"),
        ),
        (
            Amount::new(f64::NAN, Scale::Million),
            format!("invalid amount NaN: {AMOUNT_RULE}"),
        ),
        (
            Amount::new(f64::INFINITY, Scale::One),
            format!("invalid amount inf: {AMOUNT_RULE}"),
        ),
        // 1e300 trillion = 1e312 overflows: the message names the value
        // and the scale given, not an infinity.
        (
            Amount::new(1e300, Scale::Trillion),
            format!(
                "invalid amount {} trillion: an amount must be at most f64::MAX (about 1.8e308) \
                 in base units",
                1e300
            ),
        ),
        (
            Amount::from_base(0.0),
            format!("invalid amount 0: {AMOUNT_RULE}"),
        ),
        (
            Amount::from_base(-0.0),
            format!("invalid amount -0: {AMOUNT_RULE}"),
        ),
        (
            Amount::from_base(-1.5),
            format!("invalid amount -1.5: {AMOUNT_RULE}"),
        ),
        (
            Amount::from_base(f64::NEG_INFINITY),
            format!("invalid amount -inf: {AMOUNT_RULE}"),
        ),
        (
            Amount::from_base(f64::NAN),
            format!("invalid amount NaN: {AMOUNT_RULE}"),
        ),
    ];
    for (result, message) in table {
        fails(result, &message);
    }
    // The smallest subnormal is positive and finite, so it is an amount.
    assert_eq!(base(5e-324).value(), 5e-324);
}

#[test]
fn amount_arithmetic() {
    let a = amount("1.5 billion USD");
    let b = amount("500 million USD");
    assert_eq!(a.checked_add(b).unwrap().to_string(), "2 billion USD");
    assert_eq!(a.checked_sub(b).unwrap().to_string(), "1 billion USD");
    assert_eq!(a.ratio_to(b).unwrap(), 3.0);
    assert_eq!(a.times(2.0).unwrap().to_string(), "3 billion USD");
    // 1729.5 / 600 = 2.8825 exactly in decimal; both sides round once.
    assert_eq!(
        amount("1,729.5 billion yuan")
            .ratio_to(amount("600 billion yuan"))
            .unwrap(),
        2.8825
    );
    // No currency combines with any currency.
    assert_eq!(
        base(2.0).checked_add(amount("1 EUR")).unwrap().currency(),
        Some(Currency::EUR)
    );

    let mismatch = "cannot combine an amount in USD with one in EUR";
    fails(a.checked_add(amount("1 EUR")), mismatch);
    fails(a.checked_sub(amount("1 EUR")), mismatch);
    fails(a.ratio_to(amount("1 EUR")), mismatch);
    fails(
        b.checked_sub(a),
        "the computed difference is out of range: -1000000000",
    );
    fails(
        a.checked_sub(a),
        "the computed difference is out of range: 0",
    );
    fails(
        base(1e308).checked_add(base(1e308)),
        "the computed sum is out of range: inf",
    );
    fails(
        base(1e300).ratio_to(base(1e-300)),
        "the computed ratio is out of range: inf",
    );
    fails(
        base(1e-300).ratio_to(base(1e300)),
        "the computed ratio is out of range: 0",
    );
    fails(
        a.times(-1.0),
        "the computed product is out of range: -1500000000",
    );
}

#[test]
fn scale_words() {
    let table = [
        (Scale::One, 0, ""),
        (Scale::Thousand, 3, "thousand"),
        (Scale::Lakh, 5, "lakh"),
        (Scale::Million, 6, "million"),
        (Scale::Crore, 7, "crore"),
        (Scale::Billion, 9, "billion"),
        (Scale::Trillion, 12, "trillion"),
    ];
    for (scale, exponent, word) in table {
        assert_eq!(scale.exponent(), exponent, "{scale:?}");
        assert_eq!(scale.word(), word, "{scale:?}");
        if !word.is_empty() {
            assert_eq!(Scale::from_word(word), Some(scale));
            assert_eq!(Scale::from_word(&word.to_uppercase()), Some(scale));
        }
    }
    for (abbrev, scale) in [
        ("k", Scale::Thousand),
        ("lac", Scale::Lakh),
        ("mn", Scale::Million),
        ("cr", Scale::Crore),
        ("bn", Scale::Billion),
        ("B", Scale::Billion),
        ("tn", Scale::Trillion),
    ] {
        assert_eq!(Scale::from_word(abbrev), Some(scale), "{abbrev}");
    }
    assert_eq!(Scale::from_word(""), None);
    assert_eq!(Scale::from_word("gazillion"), None);
    assert_eq!(Scale::default(), Scale::One);
}

#[test]
fn currency_codes_names_and_symbols() {
    for c in Currency::all() {
        assert_eq!(c.to_string(), c.code());
        assert_eq!(c.code().parse::<Currency>(), Ok(c));
        assert_eq!(c.code().to_lowercase().parse::<Currency>(), Ok(c));
    }
    assert_eq!(Currency::all().count(), 13);
    let table = [
        ("yuan", Currency::CNY),
        ("RMB", Currency::CNY),
        ("¥", Currency::CNY),
        ("JP¥", Currency::JPY),
        ("yen", Currency::JPY),
        ("US$", Currency::USD),
        ("dollars", Currency::USD),
        ("€", Currency::EUR),
        ("£", Currency::GBP),
        ("₹", Currency::INR),
        ("Rs", Currency::INR),
    ];
    for (text, want) in table {
        assert_eq!(text.parse::<Currency>(), Ok(want), "{text}");
    }
    assert_eq!(format!("{:>5}", Currency::CNY), "  CNY");
    fails("XYZ".parse::<Currency>(), "unknown currency \"XYZ\"");
    fails(" XYZ ".parse::<Currency>(), "unknown currency \"XYZ\"");
}

#[test]
fn amount_display() {
    let cny = |value: f64, scale: Scale| {
        Amount::new(value, scale)
            .unwrap()
            .with_currency(Currency::CNY)
    };
    let table = [
        (cny(1729.5, Scale::Billion), "1,729.5 billion CNY"),
        (cny(600.0, Scale::Billion), "600 billion CNY"),
        (cny(1.7295, Scale::Trillion), "1.7295 trillion CNY"),
        (
            cny(1729.5, Scale::Billion).in_scale(Scale::One),
            "1,729,500,000,000 CNY",
        ),
        (base(6e11), "600,000,000,000"),
        (base(0.25), "0.25"),
        (base(0.001), "0.001"),
        (base(999.0), "999"),
        (base(1000.0), "1,000"),
        (Amount::new(2.0, Scale::Lakh).unwrap(), "2 lakh"),
        (
            Amount::new(500.0, Scale::Crore)
                .unwrap()
                .with_currency(Currency::INR),
            "500 crore INR",
        ),
        (Amount::new(1.5, Scale::Thousand).unwrap(), "1.5 thousand"),
    ];
    for (a, text) in table {
        assert_eq!(a.to_string(), text);
        assert_eq!(format!("{a:?}"), format!("Amount({text})"));
    }
    // With a precision the number is rounded in the amount's scale.
    let a = cny(1729.5, Scale::Billion);
    assert_eq!(format!("{a:.1}"), "1,729.5 billion CNY");
    assert_eq!(
        format!("{:.2}", a.in_scale(Scale::Trillion)),
        "1.73 trillion CNY"
    );
    assert_eq!(
        format!("{:.0}", a.in_scale(Scale::One)),
        "1,729,500,000,000 CNY"
    );
    assert_eq!(
        format!("{:>22.0}", cny(600.0, Scale::Billion)),
        "       600 billion CNY"
    );
}

#[test]
fn amount_from_str() {
    let table: &[(&str, f64, Scale, Option<Currency>)] = &[
        (
            "1,729.5 billion CNY",
            1.7295e12,
            Scale::Billion,
            Some(Currency::CNY),
        ),
        (
            "1.7295 trillion CNY",
            1.7295e12,
            Scale::Trillion,
            Some(Currency::CNY),
        ),
        (
            "600 billion yuan",
            6e11,
            Scale::Billion,
            Some(Currency::CNY),
        ),
        ("RMB 600 billion", 6e11, Scale::Billion, Some(Currency::CNY)),
        ("¥600bn", 6e11, Scale::Billion, Some(Currency::CNY)),
        ("$5.17B", 5.17e9, Scale::Billion, Some(Currency::USD)),
        ("US$1.2bn", 1.2e9, Scale::Billion, Some(Currency::USD)),
        ("€3m", 3e6, Scale::Million, Some(Currency::EUR)),
        ("£1.5bn", 1.5e9, Scale::Billion, Some(Currency::GBP)),
        ("Rs 500 crore", 5e9, Scale::Crore, Some(Currency::INR)),
        (
            "₹4,22,000 crore",
            4.22e12,
            Scale::Crore,
            Some(Currency::INR),
        ),
        ("2 lakh", 2e5, Scale::Lakh, None),
        ("100k", 1e5, Scale::Thousand, None),
        ("600", 600.0, Scale::One, None),
        ("  600  ", 600.0, Scale::One, None),
        ("0.25", 0.25, Scale::One, None),
        ("JP¥ 3 trillion", 3e12, Scale::Trillion, Some(Currency::JPY)),
        (
            "1.9 tn dollars",
            1.9e12,
            Scale::Trillion,
            Some(Currency::USD),
        ),
    ];
    for &(text, value, scale, currency) in table {
        let a = amount(text);
        assert_eq!(a.value(), value, "{text}");
        assert_eq!(a.scale(), scale, "{text}");
        assert_eq!(a.currency(), currency, "{text}");
    }
}

#[test]
fn amount_parse_errors() {
    let table = [
        (
            "",
            "cannot parse \"\" as an amount: expected a number".to_owned(),
        ),
        (
            "billion",
            "cannot parse \"billion\" as an amount: expected a number".to_owned(),
        ),
        (
            "CNY",
            "cannot parse \"CNY\" as an amount: expected a number".to_owned(),
        ),
        (
            "1.2.3",
            "cannot parse \"1.2.3\" as an amount: expected a number like 1,729.5".to_owned(),
        ),
        (
            "$5 USD",
            "cannot parse \"$5 USD\" as an amount: the currency is given twice".to_owned(),
        ),
        ("5 parsecs", "unknown currency \"parsecs\"".to_owned()),
        ("-5", format!("invalid amount -5: {AMOUNT_RULE}")),
        ("0 USD", format!("invalid amount 0: {AMOUNT_RULE}")),
        (
            "-1 billion",
            format!("invalid amount -1000000000: {AMOUNT_RULE}"),
        ),
    ];
    for (text, message) in table {
        fails(text.parse::<Amount>(), &message);
    }
}

// ---------------------------------------------------------------------------
// When and Span
// ---------------------------------------------------------------------------

#[test]
fn when_constructors() {
    let w = year(2035);
    assert_eq!((w.calendar_year().get(), w.month()), (2035, None));
    assert_eq!(w.position(), 2035.5);
    assert_eq!(w.bounds(), (2035.0, 2036.0));
    let m = month(2024, 9);
    assert_eq!((m.calendar_year().get(), m.month()), (2024, Some(9)));
    // End of September = 9/12 of the year.
    assert_eq!(m.position(), 2024.75);
    assert_eq!(m.bounds(), (2024.75, 2024.75));
    assert_eq!(month(2035, 12).position(), 2036.0);
    assert_eq!(year(1).calendar_year(), cagr::Year::MIN);
    assert_eq!(year(9999).calendar_year(), cagr::Year::MAX);
    assert!(month(2024, 1) < month(2024, 2));
}

#[test]
fn whens_are_ordered_in_time() {
    let mut all = Vec::new();
    for y in [1, 2023, 2024, 9999] {
        all.push(year(y));
        for m in 1..=12 {
            all.push(month(y, m));
        }
    }
    for a in &all {
        for b in &all {
            // Equal only when the same; otherwise by position, a year-only
            // figure before the end of June that shares its position.
            let want = a
                .position()
                .total_cmp(&b.position())
                .then(a.month().is_some().cmp(&b.month().is_some()));
            assert_eq!(a.cmp(b), want, "{a} against {b}");
            assert_eq!(a == b, a.cmp(b).is_eq(), "{a} against {b}");
            assert_eq!(a.partial_cmp(b), Some(a.cmp(b)));
        }
    }
    assert!(month(2024, 3) < year(2024) && year(2024) < month(2024, 7));
    assert!(year(2024) < month(2024, 6) && month(2024, 5) < year(2024));
}

#[test]
fn when_constructors_reject_invalid_values() {
    let year_rule = "a year must be between 1 and 9999";
    let month_rule = "a month must be between 1 and 12";
    let table = [
        (When::year(0), format!("invalid year 0: {year_rule}")),
        (When::year(-1), format!("invalid year -1: {year_rule}")),
        (
            When::year(10_000),
            format!("invalid year 10000: {year_rule}"),
        ),
        (
            When::year(i32::MAX),
            format!("invalid year {}: {year_rule}", i32::MAX),
        ),
        (
            When::end_of_month(2024, 0),
            format!("invalid month 0: {month_rule}"),
        ),
        (
            When::end_of_month(2024, 13),
            format!("invalid month 13: {month_rule}"),
        ),
        (
            When::end_of_month(2024, -1),
            format!("invalid month -1: {month_rule}"),
        ),
        // The year is checked first.
        (
            When::end_of_month(0, 13),
            format!("invalid year 0: {year_rule}"),
        ),
    ];
    for (result, message) in table {
        fails(result, &message);
    }
}

#[test]
fn when_display_and_from_str() {
    let table = [
        (year(2035), "2035"),
        (year(1000), "1000"),
        (month(2024, 9), "end of September 2024"),
        (month(2035, 12), "end of December 2035"),
        (month(2030, 1), "end of January 2030"),
    ];
    for (w, text) in table {
        assert_eq!(w.to_string(), text);
        assert_eq!(text.parse::<When>(), Ok(w), "{text}");
    }
    let more = [
        ("September 2024", month(2024, 9)),
        ("sep 2024", month(2024, 9)),
        ("Sep. 2024", month(2024, 9)),
        ("2024-09", month(2024, 9)),
        ("End of Dec. 2030", month(2030, 12)),
        ("  2024 ", year(2024)),
    ];
    for (text, want) in more {
        assert_eq!(text.parse::<When>(), Ok(want), "{text}");
    }
}

#[test]
fn when_parse_errors() {
    let bad = |text: &str| {
        format!(
            "cannot parse \"{text}\" as a year or month: expected 2024 or end of September 2024"
        )
    };
    let table = [
        ("", bad("")),
        ("24", bad("24")),
        ("10000", bad("10000")),
        ("2024-9", bad("2024-9")),
        ("Smarch 2024", bad("Smarch 2024")),
        (
            "0000",
            "invalid year 0: a year must be between 1 and 9999".to_owned(),
        ),
        (
            "2024-13",
            "invalid month 13: a month must be between 1 and 12".to_owned(),
        ),
        (
            "2024-00",
            "invalid month 0: a month must be between 1 and 12".to_owned(),
        ),
    ];
    for (text, message) in table {
        fails(text.parse::<When>(), &message);
    }
}

#[test]
fn year_is_checked_once() {
    use cagr::Year;
    let rule = "a year must be between 1 and 9999";
    for n in [i32::MIN, -1, 0, 10_000, i32::MAX] {
        fails(Year::new(n), &format!("invalid year {n}: {rule}"));
        fails(Year::try_from(n), &format!("invalid year {n}: {rule}"));
    }
    for n in [i64::MIN, i64::from(i32::MAX) + 1, i64::MAX] {
        fails(Year::try_from(n), &format!("invalid year {n}: {rule}"));
    }
    assert_eq!(Year::new(1), Ok(Year::MIN));
    assert_eq!(Year::new(9999), Ok(Year::MAX));
    let y2035 = Year::new(2035).unwrap();
    assert_eq!((y2035.get(), i32::from(y2035)), (2035, 2035));
    // A `When` of a year and the year agree.
    assert_eq!(When::from(y2035), year(2035));
    assert_eq!(year(2035).calendar_year(), y2035);
    assert_eq!(month(2035, 4).calendar_year(), y2035);
    // Arithmetic stays in range or says which year it would be.
    assert_eq!(y2035.checked_add(-11), Year::new(2024));
    assert_eq!(Year::new(2024).unwrap().until(y2035), 11);
    assert_eq!(y2035.until(Year::new(2024).unwrap()), -11);
    assert_eq!(Year::MIN.until(Year::MAX), 9998);
    fails(
        Year::MAX.checked_add(1),
        &format!("invalid year 10000: {rule}"),
    );
    fails(
        Year::MIN.checked_add(-1),
        &format!("invalid year 0: {rule}"),
    );
    fails(
        Year::MAX.checked_add(i32::MAX),
        &format!("invalid year {}: {rule}", 9999 + i64::from(i32::MAX)),
    );
    fails(
        Year::MIN.checked_add(i32::MIN),
        &format!("invalid year {}: {rule}", 1 + i64::from(i32::MIN)),
    );
    assert!(Year::MIN < y2035 && y2035 < Year::MAX);
}

#[test]
fn year_display_and_from_str() {
    use cagr::Year;
    // Four digits, so that every year reads back; padding is honoured.
    for n in 1..=9999 {
        let y = Year::new(n).unwrap();
        assert_eq!(y.to_string().parse::<Year>(), Ok(y), "{n}");
        assert_eq!(y.to_string().len(), 4, "{n}");
    }
    let y = Year::new(999).unwrap();
    assert_eq!(y.to_string(), "0999");
    assert_eq!(format!("[{y:>6}]"), "[  0999]");
    assert_eq!(format!("[{y:<6}]"), "[0999  ]");
    assert_eq!(format!("[{y:06}] [{y:.1}]"), "[000999] [0999]");
    assert_eq!(" 2035 ".parse::<Year>(), Year::new(2035));
    assert_eq!("999".parse::<Year>(), Ok(y));
    let rule = "a year must be between 1 and 9999";
    fails("0".parse::<Year>(), &format!("invalid year 0: {rule}"));
    fails(
        "10000".parse::<Year>(),
        &format!("invalid year 10000: {rule}"),
    );
    for bad in [
        "",
        " ",
        "-1",
        "+2035",
        "2035.0",
        "2,035",
        "二〇三五",
        "99999999999999999999",
    ] {
        fails(
            bad.parse::<Year>(),
            &format!("cannot parse {bad:?} as a year: expected a year from 1 to 9999 in digits"),
        );
    }
}

#[test]
fn when_display_pads_to_a_width() {
    assert_eq!(format!("[{:>6}]", year(2035)), "[  2035]");
    assert_eq!(format!("[{:<6}]", year(999)), "[0999  ]");
    assert_eq!(
        format!("[{:>24}]", month(2024, 9)),
        "[   end of September 2024]"
    );
    assert_eq!(format!("[{:^8}]", month(2024, 5)), "[end of May 2024]");
}

#[test]
fn years_before_1000_round_trip() {
    for w in [year(1), year(5), year(999), month(999, 1)] {
        assert_eq!(w.to_string().parse::<When>(), Ok(w), "{w}");
    }
}

#[test]
fn span_constructors() {
    assert_eq!(years(10.25).as_years(), 10.25);
    assert_eq!(Span::try_from(11.0).map(Span::as_years), Ok(11.0));
    assert_eq!(f64::from(years(7.3)), 7.3);
    // The fencepost rule: 2024 → 2035 is 11 compounding years.
    let table = [
        (year(2024), year(2035), 11.0),
        (year(2024), year(2025), 1.0),
        // End of September 2024 (2024.75) to end of December 2035 (2036).
        (month(2024, 9), month(2035, 12), 11.25),
        // … and to a year-only figure, placed mid-year (2035.5).
        (month(2024, 9), year(2035), 10.75),
        (year(2024), month(2035, 12), 11.5),
        (month(2024, 3), month(2024, 9), 0.5),
    ];
    for (from, to, n) in table {
        assert_eq!(
            Span::between(from, to).unwrap().as_years(),
            n,
            "{from} → {to}"
        );
    }
}

#[test]
fn span_constructors_reject_invalid_values() {
    let order = "the end must come after the start";
    let table = [
        (
            Span::from_years(0.0),
            format!("invalid span of 0 years: {SPAN_RULE}"),
        ),
        (
            Span::from_years(-0.0),
            format!("invalid span of -0 years: {SPAN_RULE}"),
        ),
        (
            Span::from_years(-1.0),
            format!("invalid span of -1 years: {SPAN_RULE}"),
        ),
        (
            Span::from_years(f64::NAN),
            format!("invalid span of NaN years: {SPAN_RULE}"),
        ),
        (
            Span::from_years(f64::INFINITY),
            format!("invalid span of inf years: {SPAN_RULE}"),
        ),
        (
            Span::try_from(-2.5),
            format!("invalid span of -2.5 years: {SPAN_RULE}"),
        ),
        (
            Span::between(year(2035), year(2024)),
            format!("no span from 2035 to 2024: {order}"),
        ),
        (
            Span::between(year(2024), year(2024)),
            format!("no span from 2024 to 2024: {order}"),
        ),
        (
            Span::between(month(2024, 9), year(2024)),
            format!("no span from end of September 2024 to 2024: {order}"),
        ),
        // A year-only figure sits mid-year, at the end of June.
        (
            Span::between(month(2024, 6), year(2024)),
            format!("no span from end of June 2024 to 2024: {order}"),
        ),
    ];
    for (result, message) in table {
        fails(result, &message);
    }
}

#[test]
fn twelve_months_are_one_year() {
    for (y, m) in [(2024, 1), (2047, 1), (2047, 2), (1023, 5)] {
        let n = Span::between(month(y, m), month(y + 1, m)).unwrap();
        assert_eq!(n.as_years(), 1.0, "end of month {m} of {y}");
    }
}

#[test]
fn span_display() {
    let table = [
        (11.0, "11 years", "11.00 years"),
        (1.0, "1 year", "1.00 years"),
        (7.3, "7.3 years", "7.30 years"),
        (0.5, "0.5 years", "0.50 years"),
        (10.25, "10.25 years", "10.25 years"),
    ];
    for (n, plain, two_places) in table {
        assert_eq!(years(n).to_string(), plain);
        assert_eq!(format!("{:.2}", years(n)), two_places);
        assert_eq!(format!("{:?}", years(n)), format!("Span({plain})"));
    }
    // "year" is singular exactly when the printed number is 1.
    assert_eq!(format!("{:.0}", years(1.4)), "1 year");
    assert_eq!(format!("{:.1}", years(1.0)), "1.0 years");
    assert_eq!(format!("{:>10}", years(11.0)), "  11 years");
}

#[test]
fn span_from_str() {
    let table = [
        ("11 years", 11.0),
        ("1 year", 1.0),
        ("7.3 yr", 7.3),
        ("7.3 yrs", 7.3),
        ("11", 11.0),
        ("  11 years  ", 11.0),
        ("10.25years", 10.25),
    ];
    for (text, n) in table {
        assert_eq!(text.parse::<Span>().map(Span::as_years), Ok(n), "{text}");
    }
    let expected = "expected a number of years like 11 years";
    let errors = [
        ("", format!("cannot parse \"\" as a span: {expected}")),
        (
            "years",
            format!("cannot parse \"years\" as a span: {expected}"),
        ),
        (
            "eleven years",
            format!("cannot parse \"eleven years\" as a span: {expected}"),
        ),
        (
            "1,000 years",
            format!("cannot parse \"1,000 years\" as a span: {expected}"),
        ),
        ("0 years", format!("invalid span of 0 years: {SPAN_RULE}")),
        ("-1 years", format!("invalid span of -1 years: {SPAN_RULE}")),
    ];
    for (text, message) in errors {
        fails(text.parse::<Span>(), &message);
    }
}

// ---------------------------------------------------------------------------
// Solving
// ---------------------------------------------------------------------------

/// The worked examples in Microsoft's documentation of the spreadsheet
/// functions, which every spreadsheet reproduces.
#[test]
fn spreadsheet_reference_values() {
    // RRI(96, 10000, 11000) = 0.0009933.
    // mpmath: (mpf(11000)/10000)**(mpf(1)/96) - 1 = 0.00099330737629139485...
    let r = solve::rate(base(10_000.0), base(11_000.0), years(96.0)).unwrap();
    assert_eq!(format!("{:.7}", r.as_fraction()), "0.0009933");
    close(r.as_fraction(), 0.000_993_307_376_291_394_9, 1e-14);

    // PDURATION(2.5%, 2000, 2200) = 3.86.
    // mpmath: log(mpf(2200)/2000)/log(1 + mpf(0.025)) = 3.85986616262264497...
    let n = solve::span(base(2000.0), base(2200.0), pct(2.5)).unwrap();
    assert_eq!(format!("{n:.2}"), "3.86 years");
    close(n.as_years(), 3.859_866_162_622_645, 1e-14);

    // PDURATION(0.025/12, 1000, 1200) = 87.6.
    // mpmath: log(mpf(1.2))/log(1 + mpf(0.025)/12) = 87.6054764193756232...
    let n = solve::span(base(1000.0), base(1200.0), rate(0.025 / 12.0)).unwrap();
    assert_eq!(format!("{n:.1}"), "87.6 years");
    close(n.as_years(), 87.605_476_419_375_62, 1e-14);
}

/// The case that motivated the crate: "nearly 600 billion yuan in 2024 will
/// reach 1,729.5 billion yuan by 2035, a CAGR of 15.6%".
#[test]
fn the_published_forecast_does_not_add_up() {
    let start = amount("600 billion CNY");
    let end = amount("1,729.5 billion CNY");
    let n = Span::between(year(2024), year(2035)).unwrap();
    assert_eq!(n.as_years(), 11.0);

    // mpmath: (mpf('1729.5')/600)**(mpf(1)/11) - 1 = 0.10102507686327022501...
    let implied = solve::rate(start, end, n).unwrap();
    assert_eq!(format!("{implied:.2}"), "10.10%");
    assert_eq!(format!("{implied:.1}"), "10.1%");
    close(implied.as_fraction(), 0.101_025_076_863_270_22, 1e-15);

    let stated = pct(15.6);
    // mpmath: 600*mpf('1.156')**11 = 2955.88426274649543964...
    let end_at_stated = solve::end(start, stated, n).unwrap();
    assert_eq!(format!("{end_at_stated:.1}"), "2,955.9 billion CNY");
    assert_eq!(format!("{end_at_stated:.2}"), "2,955.88 billion CNY");
    close(end_at_stated.value(), 2.955_884_262_746_495_4e12, 1e-15);
    // The result keeps the currency and scale of the given amount.
    assert_eq!(end_at_stated.currency(), Some(Currency::CNY));
    assert_eq!(end_at_stated.scale(), Scale::Billion);

    // mpmath: mpf('1729.5')/mpf('1.156')**11 = 351.062459744553244206...
    let start_at_stated = solve::start(end, stated, n).unwrap();
    assert_eq!(format!("{start_at_stated:.1}"), "351.1 billion CNY");
    assert_eq!(format!("{start_at_stated:.2}"), "351.06 billion CNY");
    close(start_at_stated.value(), 3.510_624_597_445_532e11, 1e-15);

    // mpmath: log(mpf('1729.5')/600)/log(mpf('1.156')) = 7.30281342508660734...
    let span_at_stated = solve::span(start, end, stated).unwrap();
    assert_eq!(format!("{span_at_stated:.1}"), "7.3 years");
    assert_eq!(format!("{span_at_stated:.2}"), "7.30 years");
    close(span_at_stated.as_years(), 7.302_813_425_086_607, 1e-15);
}

#[test]
fn solvers_on_exact_cases() {
    // 100 → 121 over 2 years is exactly 10% a year (1.1² = 1.21).
    close(
        solve::rate(base(100.0), base(121.0), years(2.0))
            .unwrap()
            .as_fraction(),
        0.1,
        1e-15,
    );
    close(
        solve::end(base(100.0), pct(10.0), years(2.0))
            .unwrap()
            .value(),
        121.0,
        1e-15,
    );
    close(
        solve::start(base(121.0), pct(10.0), years(2.0))
            .unwrap()
            .value(),
        100.0,
        1e-15,
    );
    close(
        solve::span(base(100.0), base(121.0), pct(10.0))
            .unwrap()
            .as_years(),
        2.0,
        1e-15,
    );
    // Doubling at 100% and halving at -50% are exact in binary.
    assert_eq!(
        solve::end(base(3.0), pct(100.0), years(10.0))
            .unwrap()
            .value(),
        3072.0
    );
    assert_eq!(
        solve::start(base(3072.0), pct(100.0), years(10.0))
            .unwrap()
            .value(),
        3.0
    );
    assert_eq!(
        solve::end(base(1024.0), pct(-50.0), years(10.0))
            .unwrap()
            .value(),
        1.0
    );
    assert_eq!(
        solve::span(base(1.0), base(1024.0), pct(100.0))
            .unwrap()
            .as_years(),
        10.0
    );
    assert_eq!(
        solve::rate(base(1.0), base(1024.0), years(10.0))
            .unwrap()
            .as_fraction(),
        1.0
    );
    // No change is a zero rate, and a zero rate changes nothing.
    assert_eq!(
        solve::rate(base(7.0), base(7.0), years(3.0)).unwrap(),
        Rate::ZERO
    );
    assert_eq!(
        solve::end(base(7.0), Rate::ZERO, years(3.0))
            .unwrap()
            .value(),
        7.0
    );
    // An amount without a currency combines with one that has it.
    assert!(solve::rate(base(1.0), amount("2 CNY"), years(1.0)).is_ok());
}

#[test]
fn solve_rate_errors() {
    fails(
        solve::rate(amount("1 CNY"), amount("2 USD"), years(1.0)),
        "cannot combine an amount in CNY with one in USD",
    );
    // ln(1e18) / 1e-10 ≈ 4.1e11 per year: exp overflows.
    fails(
        solve::rate(base(1e-3), base(1e15), years(1e-10)),
        "the computed rate is out of range: inf",
    );
    // ln(1e-18) / 1e-3 ≈ −41447 per year: expm1 rounds to −1.
    fails(
        solve::rate(base(1e15), base(1e-3), years(1e-3)),
        "the computed rate is out of range: -1",
    );
}

#[test]
fn solve_end_and_start_errors() {
    // 1e300 · 2^100 ≈ 1.27e330 overflows; 1e-300 · 0.01^100 = 1e-500 underflows.
    fails(
        solve::end(base(1e300), pct(100.0), years(100.0)),
        "the computed end value is out of range: inf",
    );
    fails(
        solve::end(base(1e-300), pct(-99.0), years(100.0)),
        "the computed end value is out of range: 0",
    );
    // 1e300 / 0.01^100 = 1e500 overflows; 1e-300 / 2^1000 ≈ 9.3e-602 underflows.
    fails(
        solve::start(base(1e300), pct(-99.0), years(100.0)),
        "the computed start value is out of range: inf",
    );
    fails(
        solve::start(base(1e-300), pct(100.0), years(1000.0)),
        "the computed start value is out of range: 0",
    );
}

#[test]
fn end_and_start_survive_an_overflowing_growth_factor() {
    // 2^1100 overflows f64 but the answers do not.
    // mpmath: mpf('1e-300')*mpf(2)**1100 = 1.35829852904938584927...e31
    let end = solve::end(base(1e-300), pct(100.0), years(1100.0)).unwrap();
    close(end.value(), 1.358_298_529_049_385_8e31, 1e-12);
    // mpmath: mpf('1e300')/mpf(2)**1100 = 7.36215182902286267543...e-32
    let start = solve::start(base(1e300), pct(100.0), years(1100.0)).unwrap();
    close(start.value(), 7.362_151_829_022_863e-32, 1e-12);
}

#[test]
fn overflow_is_reported_as_inf() {
    // 1.1^100000 overflows; the error should say so, not report NaN.
    fails(
        solve::end(base(1.0), pct(10.0), years(1e5)),
        "the computed end value is out of range: inf",
    );
}

#[test]
fn solve_span_errors() {
    let rule = SPAN_RULE;
    let table = [
        (
            solve::span(amount("1 CNY"), amount("2 USD"), pct(5.0)),
            "cannot combine an amount in CNY with one in USD".to_owned(),
        ),
        // The values in the message are the amounts as given.
        (
            solve::span(amount("600 billion"), amount("500 billion"), Rate::ZERO),
            "a rate of 0% never takes 600 billion to 500 billion".to_owned(),
        ),
        (
            solve::span(
                amount("600 billion CNY"),
                amount("500 billion CNY"),
                pct(5.0),
            ),
            "a rate of 5% never takes 600 billion CNY to 500 billion CNY".to_owned(),
        ),
        (
            solve::span(base(600.0), base(500.0), pct(5.0)),
            "a rate of 5% never takes 600 to 500".to_owned(),
        ),
        (
            solve::span(base(500.0), base(600.0), pct(-5.0)),
            "a rate of -5% never takes 500 to 600".to_owned(),
        ),
        // Equal values need no time at all, whatever the rate.
        (
            solve::span(base(600.0), base(600.0), pct(5.0)),
            format!("invalid span of 0 years: {rule}"),
        ),
        (
            solve::span(base(600.0), base(600.0), Rate::ZERO),
            format!("invalid span of 0 years: {rule}"),
        ),
        // ln(1e15) / 2^-1074 ≈ 7.0e324 overflows.
        (
            solve::span(base(1.0), base(1e15), rate(5e-324)),
            "the computed span is out of range: inf".to_owned(),
        ),
    ];
    for (result, message) in table {
        fails(result, &message);
    }
    assert!(matches!(
        solve::span(base(600.0), base(500.0), pct(5.0)),
        Err(Error::WrongDirection { percent, start, end, .. })
            if percent == 5.0 && start == base(600.0).to_string() && end == base(500.0).to_string()
    ));
}

// ---------------------------------------------------------------------------
// Path
// ---------------------------------------------------------------------------

#[test]
fn path_between_is_exact_at_both_ends() {
    let start = amount("600 billion CNY");
    let end = amount("1,729.5 billion CNY");
    let path = crate::between(2024, start, 2035, end).unwrap();
    assert_eq!((path.from(), path.to()), (year(2024), year(2035)));
    assert_eq!(path.rate(), solve::rate(start, end, years(11.0)).unwrap());
    assert_eq!(format!("{:.2}", path.rate()), "10.10%");

    let points: Vec<_> = path.years().collect();
    // 2024..=2035 is 12 calendar years (11 compounding steps).
    assert_eq!(points.len(), 12);
    assert_eq!(path.years().len(), 12);
    assert_eq!((&path).into_iter().count(), 12);
    let first = points[0];
    let last = points[11];
    assert_eq!((first.when, last.when), (year(2024), year(2035)));
    assert_eq!(first.value.value().to_bits(), start.value().to_bits());
    assert_eq!(last.value.value().to_bits(), end.value().to_bits());
    assert_eq!(path.start(), start);
    assert_eq!(path.end(), end);
    // The path prints in the start's scale.
    assert_eq!(last.value.to_string(), "1,729.5 billion CNY");
    for (i, p) in points.iter().enumerate() {
        assert_eq!(p.when, year(2024 + i as i32));
        assert_eq!(path.value_at(p.when), Some(p.value));
    }

    // mpmath: 600*(mpf('1729.5')/600)**(mpf(1)/11) = 660.615046117962135...
    assert_eq!(format!("{:.1}", points[1].value), "660.6 billion CNY");
    close(points[1].value.value(), 6.606_150_461_179_621e11, 1e-14);
    for pair in points.windows(2) {
        assert!(pair[0].value < pair[1].value, "{pair:?}");
    }
}

#[test]
fn path_change_is_the_yearly_growth() {
    let path = crate::between(
        2024,
        amount("600 billion CNY"),
        2035,
        amount("1,729.5 billion CNY"),
    )
    .unwrap();
    let points: Vec<_> = path.years().collect();
    assert_eq!(
        points[0].change, None,
        "the first year has no previous year"
    );
    for p in &points[1..] {
        let change = p.change.expect("a change after the first year");
        // Each value is rounded once (relative 1.1e-16), so the change from
        // printed value to printed value is within a few 1e-16 of the rate.
        close(change.as_fraction(), path.rate().as_fraction(), 1e-13);
        assert_eq!(format!("{change:.2}"), "10.10%", "{}", p.when);
    }
}

#[test]
fn path_value_at_outside_the_path_is_none() {
    let path = crate::between(2024, base(1.0), 2026, base(4.0)).unwrap();
    for y in [1, 2023, 2027, 9999] {
        assert_eq!(path.value_at(year(y)), None, "{y}");
    }
    // By position: a whole year sits at its middle, the end of June. The
    // end of May 2024 is before the path, the end of July 2026 after it.
    assert_eq!(path.value_at(month(2024, 5)), None);
    assert_eq!(path.value_at(month(2026, 7)), None);
    assert_eq!(path.value_at(month(2024, 6)), Some(base(1.0)));
    assert_eq!(path.value_at(month(2026, 6)), Some(base(4.0)));
    // 1 → 4 over 2 years is 100% a year: the middle year is 2, exactly.
    assert_eq!(path.value_at(year(2025)).map(Amount::value), Some(2.0));
    let mut it = path.years();
    assert_eq!(it.size_hint(), (3, Some(3)));
    assert_eq!(it.by_ref().count(), 3);
    assert_eq!(it.next(), None, "the iterator is fused");
    assert_eq!(it.size_hint(), (0, Some(0)));
}

#[test]
fn path_at_rate() {
    let start = amount("600 billion CNY");
    let stated = pct(15.6);
    let path = crate::at_rate(2024, start, stated, 2035).unwrap();
    assert_eq!(path.rate(), stated);
    assert_eq!(path.start(), start);
    // The last value is exactly what the solver gives.
    assert_eq!(path.end(), solve::end(start, stated, years(11.0)).unwrap());
    assert_eq!(format!("{:.1}", path.end()), "2,955.9 billion CNY");
    assert_eq!(path.years().len(), 12);
    // Declining paths decline.
    let down = crate::at_rate(2000, base(1024.0), pct(-50.0), 2010).unwrap();
    let values: Vec<f64> = down.years().map(|p| p.value.value()).collect();
    assert_eq!(values.first(), Some(&1024.0));
    assert_eq!(values.last(), Some(&1.0));
    assert!(values.windows(2).all(|w| w[0] > w[1]), "{values:?}");
}

#[test]
fn path_errors() {
    let year_rule = "a year must be between 1 and 9999";
    let order = "the end must come after the start";
    let between = [
        (
            crate::between(0, base(1.0), 2024, base(2.0)),
            format!("invalid year 0: {year_rule}"),
        ),
        (
            crate::between(2024, base(1.0), 10_000, base(2.0)),
            format!("invalid year 10000: {year_rule}"),
        ),
        (
            crate::between(2035, base(1.0), 2024, base(2.0)),
            format!("no span from 2035 to 2024: {order}"),
        ),
        (
            crate::between(2024, base(1.0), 2024, base(2.0)),
            format!("no span from 2024 to 2024: {order}"),
        ),
        (
            crate::between(2024, amount("1 CNY"), 2025, amount("2 USD")),
            "cannot combine an amount in CNY with one in USD".to_owned(),
        ),
        // 1e15 → 1e-3 in one year is a rate of 1e-18 − 1, which rounds to −1.
        (
            crate::between(2024, base(1e15), 2025, base(1e-3)),
            "the computed rate is out of range: -1".to_owned(),
        ),
        // f64::MAX / 2^-1074 overflows, and so does the rate.
        (
            crate::between(2024, base(5e-324), 2025, base(f64::MAX)),
            "the computed rate is out of range: inf".to_owned(),
        ),
    ];
    for (result, message) in between {
        fails(result, &message);
    }
    let at_rate = [
        (
            crate::at_rate(0, base(1.0), pct(5.0), 2024),
            format!("invalid year 0: {year_rule}"),
        ),
        (
            crate::at_rate(2024, base(1.0), pct(5.0), 2000),
            format!("no span from 2024 to 2000: {order}"),
        ),
        // 1e300 · 2^100 overflows: reported when the path is made, not while iterating.
        (
            crate::at_rate(2024, base(1e300), pct(100.0), 2124),
            "the computed end value is out of range: inf".to_owned(),
        ),
    ];
    for (result, message) in at_rate {
        fails(result, &message);
    }
}

#[test]
fn path_values_share_one_currency() {
    let path = crate::between(
        2024,
        amount("600 billion"),
        2035,
        amount("1,729.5 billion CNY"),
    )
    .unwrap();
    for p in path.years() {
        assert_eq!(p.value.currency(), Some(Currency::CNY), "{}", p.when);
    }
}

// ---------------------------------------------------------------------------
// Error
// ---------------------------------------------------------------------------

#[test]
fn errors_compose_with_question_mark() -> Result<(), Error> {
    // One error type for parsing, constructing and solving.
    let r = solve::rate(
        "600 billion CNY".parse()?,
        "1,729.5 billion CNY".parse()?,
        Span::between(year(2024), year(2035))?,
    )?;
    assert_eq!(format!("{r:.1}"), "10.1%");
    let e: Result<Rate, Error> = "nonsense".parse::<Rate>();
    assert!(matches!(
        e,
        Err(Error::Parse { what: "a rate", ref input, .. }) if input == "nonsense"
    ));
    Ok(())
}

/// A path can start (or end) at the end of a month: one point in each
/// calendar year, the first step the part of a year left, the ends exact.
#[test]
fn path_from_the_end_of_a_month() {
    let (start, end) = (amount("600 billion CNY"), amount("1,729.5 billion CNY"));
    let path = cagr::Path::between(month(2024, 9), start, year(2035), end).unwrap();
    // 2035's figure sits at mid-year: 10.75 years.
    assert_eq!(path.rate(), solve::rate(start, end, years(10.75)).unwrap());
    let points: Vec<_> = path.years().collect();
    let whens: Vec<String> = points.iter().map(|p| p.when.to_string()).collect();
    assert_eq!(whens.len(), 12);
    assert_eq!(whens[0], "end of September 2024");
    assert_eq!(
        whens[1..],
        (2025..=2035).map(|y| y.to_string()).collect::<Vec<_>>()[..]
    );
    assert_eq!(points[0].value.value().to_bits(), start.value().to_bits());
    assert_eq!(points[11].value.value().to_bits(), end.value().to_bits());
    // The first step is three quarters of a year at the path's rate.
    let first = points[1].change.unwrap().as_fraction();
    let want = (0.75 * path.rate().as_fraction().ln_1p()).exp_m1();
    close(first, want, 1e-13);
    for pair in points.windows(2) {
        assert!(pair[0].value < pair[1].value);
    }
    // At a rate, from a month to a month in the same year: two points.
    let short = cagr::Path::at_rate(month(2024, 3), start, pct(10.0), month(2024, 9)).unwrap();
    let whens: Vec<String> = short.years().map(|p| p.when.to_string()).collect();
    assert_eq!(whens, ["end of March 2024", "end of September 2024"]);
    close(short.end().value(), start.value() * 1.1f64.powf(0.5), 1e-14);
}
