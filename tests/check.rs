//! `check` and `check_with`, read as a specification.
//!
//! * A table of hand-written forecasts (none taken from a published corpus)
//!   with the verdict and the key numbers of each: the implied rate to two
//!   decimals, the ends of the implied and stated intervals, what would
//!   reconcile an inconsistent forecast, the near-miss flag and the readings
//!   that fit. Every expected number was computed independently of the crate
//!   with mpmath at 50 digits; the formula is in the comment next to it, in
//!   percent for rates and in the printed scale for amounts. `n` follows the
//!   documented span rules: whole calendar years unless both dates have a
//!   month, and a year-only date anywhere in its year for the interval.
//! * The forecast the crate was written for, pinned number by number and
//!   word for word.
//! * Properties: printed figures that round true values are never flagged;
//!   a stated rate outside every reachable rate always is; the published
//!   forecast is inconsistent for every baseline and span its words allow.
//! * The sample file `examples/forecasts.json`, verdict by verdict.

use cagr::{
    check, check_with, Amount, CheckSettings, Currency, Figure, Forecast, Period, Qualifier, Rate,
    Reason, Scale, Stated, Verdict, When,
};
use proptest::prelude::*;

// ---------------------------------------------------------------------------
// Helpers
// ---------------------------------------------------------------------------

/// A dated or undated figure from its printed text.
#[track_caller]
fn figure(text: &str, when: Option<&str>) -> Figure {
    Figure {
        amount: text
            .parse()
            .unwrap_or_else(|e| panic!("{text:?} should parse: {e}")),
        when: when.map(|w| w.parse().unwrap_or_else(|e| panic!("{w:?}: {e}"))),
    }
}

/// A stated rate from its printed text.
#[track_caller]
fn rate(text: &str) -> Stated<Rate> {
    text.parse()
        .unwrap_or_else(|e| panic!("{text:?} should parse: {e}"))
}

/// A forecast from printed figures.
#[track_caller]
fn forecast(
    baseline: Option<(&str, Option<&str>)>,
    target: Option<(&str, Option<&str>)>,
    stated: Option<&str>,
    period: Option<(i32, i32)>,
) -> Forecast {
    Forecast {
        baseline: baseline.map(|(t, w)| figure(t, w)),
        target: target.map(|(t, w)| figure(t, w)),
        rate: stated.map(rate),
        period: period.map(|(a, b)| Period::new(a, b).expect("a valid period")),
        source: None,
        alternatives: Vec::new(),
    }
}

/// `got` within a relative 1e-10 of `want` (the expected values carry 13
/// significant digits), or equal when infinite.
#[track_caller]
fn close(got: f64, want: f64, what: &str) {
    let ok = if want.is_infinite() {
        got == want
    } else {
        (got - want).abs() <= 1e-10 * want.abs().max(1.0)
    };
    assert!(ok, "{what}: got {got}, want {want}");
}

/// A fraction in percent (the table's unit for rates).
fn pct(fraction: f64) -> f64 {
    fraction * 100.0
}

// ---------------------------------------------------------------------------
// The table
// ---------------------------------------------------------------------------

struct Case {
    name: &'static str,
    /// Printed amount and date (`None`: the text gives no date).
    baseline: Option<(&'static str, Option<&'static str>)>,
    target: Option<(&'static str, Option<&'static str>)>,
    rate: Option<&'static str>,
    period: Option<(i32, i32)>,
    options: CheckSettings,
    want: Want,
}

enum Want {
    Unverifiable(Reason),
    Checked(Numbers),
}

/// Rates in percent; amounts in the scale they were printed in.
struct Numbers {
    verdict: Verdict,
    /// The implied rate as `{:.2}` prints it.
    implied: &'static str,
    /// The ends of the implied interval.
    lo: f64,
    hi: f64,
    /// The ends of the stated rate's interval.
    stated: (f64, f64),
    /// Asserted for inconsistent forecasts.
    reconcile: Option<Reconcile>,
    near_miss: bool,
    /// The readings that reproduce the stated rate, as they print.
    fitting: &'static [&'static str],
}

/// The target in the baseline's scale, the baseline in the target's scale,
/// the span in years and the value at the start of a stated period.
struct Reconcile {
    target: f64,
    baseline: f64,
    span: f64,
    period_start: Option<f64>,
}

#[test]
fn table() {
    let table = [
        Case {
            name: "plain: 6.10 to 9.29 billion over six years at 7.24%",
            baseline: Some(("6.10 billion USD", Some("2024"))),
            target: Some(("9.29 billion USD", Some("2030"))),
            rate: Some("7.24%"),
            period: None,
            options: CheckSettings::default(),
            want: Want::Checked(Numbers {
                verdict: Verdict::Consistent,
                implied: "7.26%",       // 100*(9.29/6.10)^(1/6)-100 = 7.2624337
                lo: 7.238164834812,     // 100*((9.29-0.005)/(6.10+0.005))^(1/6)-100
                hi: 7.286714871208,     // 100*((9.29+0.005)/(6.10-0.005))^(1/6)-100
                stated: (7.235, 7.245), // 7.24-0.005, 7.24+0.005
                reconcile: None,
                near_miss: false, // 0 points between the ranges
                fitting: &[],
            }),
        },
        Case {
            name: "plain: 5.9% admits the point 5.93%",
            baseline: Some(("100.00 million USD", Some("2020"))),
            target: Some(("177.83 million USD", Some("2030"))),
            rate: Some("5.9%"),
            period: None,
            options: CheckSettings::default(),
            want: Want::Checked(Numbers {
                verdict: Verdict::Consistent,
                implied: "5.93%",     // 100*(177.83/100.00)^(1/10)-100 = 5.9254952
                lo: 5.924667720534,   // 100*((177.83-0.005)/(100.00+0.005))^(1/10)-100
                hi: 5.926322631424,   // 100*((177.83+0.005)/(100.00-0.005))^(1/10)-100
                stated: (5.85, 5.95), // 5.9-0.05, 5.9+0.05
                reconcile: None,
                near_miss: false, // 0 points between the ranges
                fitting: &[],
            }),
        },
        Case {
            name: "trailing zero: 5.90% is 5.895% to 5.905% and misses 5.93%",
            baseline: Some(("100.00 million USD", Some("2020"))),
            target: Some(("177.83 million USD", Some("2030"))),
            rate: Some("5.90%"),
            period: None,
            options: CheckSettings::default(),
            want: Want::Checked(Numbers {
                verdict: Verdict::Inconsistent,
                implied: "5.93%",       // 100*(177.83/100.00)^(1/10)-100 = 5.9254952
                lo: 5.924667720534,     // 100*((177.83-0.005)/(100.00+0.005))^(1/10)-100
                hi: 5.926322631424,     // 100*((177.83+0.005)/(100.00-0.005))^(1/10)-100
                stated: (5.895, 5.905), // 5.90-0.005, 5.90+0.005
                reconcile: Some(Reconcile {
                    target: 177.4024449978,   // 100.00*(1+5.90/100)^10
                    baseline: 100.2410085172, // 177.83/(1+5.90/100)^10
                    span: 10.04199184958,     // ln(177.83/100.00)/ln(1+5.90/100)
                    period_start: None,
                }),
                near_miss: true, // 0.0196677 points between the ranges
                fitting: &[],
            }),
        },
        Case {
            name: "mixed scales: 840 million to 1.2 billion euros",
            baseline: Some(("€840 million", Some("2022"))),
            target: Some(("€1.2 billion", Some("2029"))),
            rate: Some("5.2%"),
            period: None,
            options: CheckSettings::default(),
            want: Want::Checked(Numbers {
                verdict: Verdict::Consistent,
                implied: "5.23%",     // 100*((1.2*1000)/840)^(1/7)-100 = 5.2274028
                lo: 4.580676322621,   // 100*(((1.2-0.05)*1000)/(840+0.5))^(1/7)-100
                hi: 5.851855001655,   // 100*(((1.2+0.05)*1000)/(840-0.5))^(1/7)-100
                stated: (5.15, 5.25), // 5.2-0.05, 5.2+0.05
                reconcile: None,
                near_miss: false, // 0 points between the ranges
                fitting: &["continuously compounded"],
            }),
        },
        Case {
            name: "Indian numbering: Rs 4,500 crore to Rs 9,800 crore",
            baseline: Some(("Rs 4,500 crore", Some("2023"))),
            target: Some(("Rs 9,800 crore", Some("2030"))),
            rate: Some("11.8%"),
            period: None,
            options: CheckSettings::default(),
            want: Want::Checked(Numbers {
                verdict: Verdict::Consistent,
                implied: "11.76%",      // 100*(9800/4500)^(1/7)-100 = 11.760324
                lo: 11.75773543848,     // 100*((9800-0.5)/(4500+0.5))^(1/7)-100
                hi: 11.76291254454,     // 100*((9800+0.5)/(4500-0.5))^(1/7)-100
                stated: (11.75, 11.85), // 11.8-0.05, 11.8+0.05
                reconcile: None,
                near_miss: false, // 0 points between the ranges
                fitting: &[],
            }),
        },
        Case {
            name: "inconsistent, and no slip explains it: 48 to 65 billion at 9%",
            baseline: Some(("48 billion USD", Some("2022"))),
            target: Some(("65 billion USD", Some("2027"))),
            rate: Some("9%"),
            period: None,
            options: CheckSettings::default(),
            want: Want::Checked(Numbers {
                verdict: Verdict::Inconsistent,
                implied: "6.25%",   // 100*(65/48)^(1/5)-100 = 6.2513419
                lo: 5.867728562815, // 100*((65-0.5)/(48+0.5))^(1/5)-100
                hi: 6.637397635876, // 100*((65+0.5)/(48-0.5))^(1/5)-100
                stated: (8.5, 9.5), // 9-0.5, 9+0.5
                reconcile: Some(Reconcile {
                    target: 73.8539498352,    // 48*(1+9/100)^5
                    baseline: 42.24554010939, // 65/(1+9/100)^5
                    span: 3.518152285479,     // ln(65/48)/ln(1+9/100)
                    period_start: None,
                }),
                near_miss: false, // 1.8626 points between the ranges
                fitting: &[],
            }),
        },
        Case {
            name: "decline: 250 to 180 million at -5.3%",
            baseline: Some(("250 million EUR", Some("2022"))),
            target: Some(("180 million EUR", Some("2028"))),
            rate: Some("-5.3%"),
            period: None,
            options: CheckSettings::default(),
            want: Want::Checked(Numbers {
                verdict: Verdict::Consistent,
                implied: "-5.33%",      // 100*(180/250)^(1/6)-100 = -5.3278843
                lo: -5.403270785992,    // 100*((180-0.5)/(250+0.5))^(1/6)-100
                hi: -5.252496396927,    // 100*((180+0.5)/(250-0.5))^(1/6)-100
                stated: (-5.35, -5.25), // -5.3-0.05, -5.3+0.05
                reconcile: None,
                near_miss: false, // 0 points between the ranges
                fitting: &[],
            }),
        },
        Case {
            name: "decline: 250 to 180 million is not -3%",
            baseline: Some(("250 million EUR", Some("2022"))),
            target: Some(("180 million EUR", Some("2028"))),
            rate: Some("-3%"),
            period: None,
            options: CheckSettings::default(),
            want: Want::Checked(Numbers {
                verdict: Verdict::Inconsistent,
                implied: "-5.33%",    // 100*(180/250)^(1/6)-100 = -5.3278843
                lo: -5.403270785992,  // 100*((180-0.5)/(250+0.5))^(1/6)-100
                hi: -5.252496396927,  // 100*((180+0.5)/(250-0.5))^(1/6)-100
                stated: (-3.5, -2.5), // -3-0.5, -3+0.5
                reconcile: Some(Reconcile {
                    target: 208.2430012322,   // 250*(1+-3/100)^6
                    baseline: 216.0936969488, // 180/(1+-3/100)^6
                    span: 10.78504971401,     // ln(180/250)/ln(1+-3/100)
                    period_start: None,
                }),
                near_miss: false, // 1.7525 points between the ranges
                fitting: &[],
            }),
        },
        Case {
            name: "nearly on the baseline widens it down to 47.5",
            baseline: Some(("nearly 50 billion USD", Some("2020"))),
            target: Some(("100 billion USD", Some("2030"))),
            rate: Some("7.5%"),
            period: None,
            options: CheckSettings::default(),
            want: Want::Checked(Numbers {
                verdict: Verdict::Consistent,
                implied: "7.18%",     // 100*(100/50)^(1/10)-100 = 7.1773463
                lo: 7.123636622779,   // 100*((100-0.5)/50)^(1/10)-100
                hi: 7.782249944844,   // 100*((100+0.5)/(50*(1-0.05)))^(1/10)-100
                stated: (7.45, 7.55), // 7.5-0.05, 7.5+0.05
                reconcile: None,
                near_miss: false, // 0 points between the ranges
                fitting: &["continuously compounded"],
            }),
        },
        Case {
            name: "over on the baseline: 100 to 105 misses 6%, a near miss",
            baseline: Some(("over 100", Some("2020"))),
            target: Some(("200", Some("2030"))),
            rate: Some("6%"),
            period: None,
            options: CheckSettings::default(),
            want: Want::Checked(Numbers {
                verdict: Verdict::Inconsistent,
                implied: "7.18%",   // 100*(200/100)^(1/10)-100 = 7.1773463
                lo: 6.629005847853, // 100*((200-0.5)/(100*(1+0.05)))^(1/10)-100
                hi: 7.204110494205, // 100*((200+0.5)/100)^(1/10)-100
                stated: (5.5, 6.5), // 6-0.5, 6+0.5
                reconcile: Some(Reconcile {
                    target: 179.0847696543,  // 100*(1+6/100)^10
                    baseline: 111.678955383, // 200/(1+6/100)^10
                    span: 11.89566104594,    // ln(200/100)/ln(1+6/100)
                    period_start: None,
                }),
                near_miss: true, // 0.129006 points between the ranges
                fitting: &["over one year more", "continuously compounded"],
            }),
        },
        Case {
            name: "over on the baseline, strict: any baseline above 100 fits 6%",
            baseline: Some(("over 100", Some("2020"))),
            target: Some(("200", Some("2030"))),
            rate: Some("6%"),
            period: None,
            options: CheckSettings::default().with_strict(true),
            want: Want::Checked(Numbers {
                verdict: Verdict::Consistent,
                implied: "7.18%",   // 100*(200/100)^(1/10)-100 = 7.1773463
                lo: -100.0,         // 100*((200-0.5)/(inf))^(1/10)-100
                hi: 7.204110494205, // 100*((200+0.5)/100)^(1/10)-100
                stated: (5.5, 6.5), // 6-0.5, 6+0.5
                reconcile: None,
                near_miss: false, // 0 points between the ranges
                fitting: &[
                    "over one year fewer",
                    "over one year more",
                    "as a simple average",
                    "continuously compounded",
                ],
            }),
        },
        Case {
            name: "about on the baseline: 19 to 21 reaches 10.8%",
            baseline: Some(("about 20 billion USD", Some("2021"))),
            target: Some(("35 billion USD", Some("2027"))),
            rate: Some("10.8%"),
            period: None,
            options: CheckSettings::default(),
            want: Want::Checked(Numbers {
                verdict: Verdict::Consistent,
                implied: "9.78%",       // 100*(35/20)^(1/6)-100 = 9.7757319
                lo: 8.625878068832,     // 100*((35-0.5)/(20*(1+0.05)))^(1/6)-100
                hi: 10.98027382235,     // 100*((35+0.5)/(20*(1-0.05)))^(1/6)-100
                stated: (10.75, 10.85), // 10.8-0.05, 10.8+0.05
                reconcile: None,
                near_miss: false, // 0 points between the ranges
                fitting: &["over one year fewer", "as a simple average"],
            }),
        },
        Case {
            name: "about on the baseline, strict: 19.5 to 20.5 misses 10.8%",
            baseline: Some(("about 20 billion USD", Some("2021"))),
            target: Some(("35 billion USD", Some("2027"))),
            rate: Some("10.8%"),
            period: None,
            options: CheckSettings::default().with_strict(true),
            want: Want::Checked(Numbers {
                verdict: Verdict::Inconsistent,
                implied: "9.78%",       // 100*(35/20)^(1/6)-100 = 9.7757319
                lo: 9.063024945269,     // 100*((35-0.5)/(20+0.5))^(1/6)-100
                hi: 10.50085124175,     // 100*((35+0.5)/(20-0.5))^(1/6)-100
                stated: (10.75, 10.85), // 10.8-0.05, 10.8+0.05
                reconcile: Some(Reconcile {
                    target: 37.00569439998,   // 20*(1+10.8/100)^6
                    baseline: 18.91600769422, // 35/(1+10.8/100)^6
                    span: 5.456653707722,     // ln(35/20)/ln(1+10.8/100)
                    period_start: None,
                }),
                near_miss: true, // 0.249149 points between the ranges
                fitting: &[],
            }),
        },
        Case {
            name: "nearly on the target: 4.75 to 5 billion",
            baseline: Some(("3.2 billion USD", Some("2022"))),
            target: Some(("nearly 5 billion USD", Some("2029"))),
            rate: Some("6.8%"),
            period: None,
            options: CheckSettings::default(),
            want: Want::Checked(Numbers {
                verdict: Verdict::Consistent,
                implied: "6.58%",     // 100*(5/3.2)^(1/7)-100 = 6.5831558
                lo: 5.570923645175,   // 100*((5*(1-0.05))/(3.2+0.05))^(1/7)-100
                hi: 6.823212844947,   // 100*(5/(3.2-0.05))^(1/7)-100
                stated: (6.75, 6.85), // 6.8-0.05, 6.8+0.05
                reconcile: None,
                near_miss: false, // 0 points between the ranges
                fitting: &["over one year fewer", "as a simple average"],
            }),
        },
        Case {
            name: "over on the target: 3 to 3.15 trillion",
            baseline: Some(("1.8 trillion yuan", Some("2023"))),
            target: Some(("over 3 trillion yuan", Some("2030"))),
            rate: Some("8%"),
            period: None,
            options: CheckSettings::default(),
            want: Want::Checked(Numbers {
                verdict: Verdict::Consistent,
                implied: "7.57%",   // 100*(3/1.8)^(1/7)-100 = 7.570374
                lo: 7.150151511086, // 100*(3/(1.8+0.05))^(1/7)-100
                hi: 8.759574725442, // 100*((3*(1+0.05))/(1.8-0.05))^(1/7)-100
                stated: (7.5, 8.5), // 8-0.5, 8+0.5
                reconcile: None,
                near_miss: false, // 0 points between the ranges
                fitting: &[
                    "over one year fewer",
                    "over one year more",
                    "continuously compounded",
                ],
            }),
        },
        Case {
            name: "over on the target misses 12%",
            baseline: Some(("1.8 trillion yuan", Some("2023"))),
            target: Some(("over 3 trillion yuan", Some("2030"))),
            rate: Some("12%"),
            period: None,
            options: CheckSettings::default(),
            want: Want::Checked(Numbers {
                verdict: Verdict::Inconsistent,
                implied: "7.57%",     // 100*(3/1.8)^(1/7)-100 = 7.570374
                lo: 7.150151511086,   // 100*(3/(1.8+0.05))^(1/7)-100
                hi: 8.759574725442,   // 100*((3*(1+0.05))/(1.8-0.05))^(1/7)-100
                stated: (11.5, 12.5), // 12-0.5, 12+0.5
                reconcile: Some(Reconcile {
                    target: 3.979226533331,   // 1.8*(1+12/100)^7
                    baseline: 1.357047646011, // 3/(1+12/100)^7
                    span: 4.507469775919,     // ln(3/1.8)/ln(1+12/100)
                    period_start: None,
                }),
                near_miss: false, // 2.74043 points between the ranges
                fitting: &[],
            }),
        },
        Case {
            name: "over on the target, strict: no upper limit reaches 12%",
            baseline: Some(("1.8 trillion yuan", Some("2023"))),
            target: Some(("over 3 trillion yuan", Some("2030"))),
            rate: Some("12%"),
            period: None,
            options: CheckSettings::default().with_strict(true),
            want: Want::Checked(Numbers {
                verdict: Verdict::Consistent,
                implied: "7.57%",     // 100*(3/1.8)^(1/7)-100 = 7.570374
                lo: 7.150151511086,   // 100*(3/(1.8+0.05))^(1/7)-100
                hi: f64::INFINITY,    // 100*((inf)/(1.8-0.05))^(1/7)-100
                stated: (11.5, 12.5), // 12-0.5, 12+0.5
                reconcile: None,
                near_miss: false, // 0 points between the ranges
                fitting: &[
                    "over one year fewer",
                    "over one year more",
                    "as a simple average",
                    "continuously compounded",
                ],
            }),
        },
        Case {
            name: "about on the target: 71.25 to 78.75 million",
            baseline: Some(("12 million", Some("2020"))),
            target: Some(("around 75 million", Some("2035"))),
            rate: Some("13%"),
            period: None,
            options: CheckSettings::default(),
            want: Want::Checked(Numbers {
                verdict: Verdict::Consistent,
                implied: "12.99%",    // 100*(75/12)^(1/15)-100 = 12.994855
                lo: 12.30307735037,   // 100*((75*(1-0.05))/(12+0.5))^(1/15)-100
                hi: 13.68509127527,   // 100*((75*(1+0.05))/(12-0.5))^(1/15)-100
                stated: (12.5, 13.5), // 13-0.5, 13+0.5
                reconcile: None,
                near_miss: false, // 0 points between the ranges
                fitting: &[
                    "over one year fewer",
                    "over one year more",
                    "continuously compounded",
                ],
            }),
        },
        Case {
            name: "nearly on the rate: 19% to 20%",
            baseline: Some(("2.5 billion USD", Some("2021"))),
            target: Some(("7.2 billion USD", Some("2027"))),
            rate: Some("nearly 20%"),
            period: None,
            options: CheckSettings::default(),
            want: Want::Checked(Numbers {
                verdict: Verdict::Consistent,
                implied: "19.28%",    // 100*(7.2/2.5)^(1/6)-100 = 19.279391
                lo: 18.74836632742,   // 100*((7.2-0.05)/(2.5+0.05))^(1/6)-100
                hi: 19.81981748041,   // 100*((7.2+0.05)/(2.5-0.05))^(1/6)-100
                stated: (19.0, 20.0), // 20*(1-0.05), 20
                reconcile: None,
                near_miss: false, // 0 points between the ranges
                fitting: &[],
            }),
        },
        Case {
            name: "over on the rate: 12% to 12.6% reaches 12.55%",
            baseline: Some(("40.0 million", Some("2020"))),
            target: Some(("130.6 million", Some("2030"))),
            rate: Some("over 12%"),
            period: None,
            options: CheckSettings::default(),
            want: Want::Checked(Numbers {
                verdict: Verdict::Consistent,
                implied: "12.56%",    // 100*(130.6/40.0)^(1/10)-100 = 12.561097
                lo: 12.54272734384,   // 100*((130.6-0.05)/(40.0+0.05))^(1/10)-100
                hi: 12.57948640307,   // 100*((130.6+0.05)/(40.0-0.05))^(1/10)-100
                stated: (12.0, 12.6), // 12, 12*(1+0.05)
                reconcile: None,
                near_miss: false, // 0 points between the ranges
                fitting: &[],
            }),
        },
        Case {
            name: "plain 12% (11.5% to 12.5%) misses the same figures",
            baseline: Some(("40.0 million", Some("2020"))),
            target: Some(("130.6 million", Some("2030"))),
            rate: Some("12%"),
            period: None,
            options: CheckSettings::default(),
            want: Want::Checked(Numbers {
                verdict: Verdict::Inconsistent,
                implied: "12.56%",    // 100*(130.6/40.0)^(1/10)-100 = 12.561097
                lo: 12.54272734384,   // 100*((130.6-0.05)/(40.0+0.05))^(1/10)-100
                hi: 12.57948640307,   // 100*((130.6+0.05)/(40.0-0.05))^(1/10)-100
                stated: (11.5, 12.5), // 12-0.5, 12+0.5
                reconcile: Some(Reconcile {
                    target: 124.2339283338,   // 40.0*(1+12/100)^10
                    baseline: 42.04970469874, // 130.6/(1+12/100)^10
                    span: 10.44095552263,     // ln(130.6/40.0)/ln(1+12/100)
                    period_start: None,
                }),
                near_miss: true, // 0.0427273 points between the ranges
                fitting: &["continuously compounded"],
            }),
        },
        Case {
            name: "over on the rate, strict: 12% and up",
            baseline: Some(("40.0 million", Some("2020"))),
            target: Some(("150.0 million", Some("2030"))),
            rate: Some("over 12%"),
            period: None,
            options: CheckSettings::default().with_strict(true),
            want: Want::Checked(Numbers {
                verdict: Verdict::Consistent,
                implied: "14.13%",  // 100*(150.0/40.0)^(1/10)-100 = 14.13087
                lo: 14.11280870496, // 100*((150.0-0.05)/(40.0+0.05))^(1/10)-100
                hi: 14.14895016496, // 100*((150.0+0.05)/(40.0-0.05))^(1/10)-100
                stated: (12.0, f64::INFINITY), // 12, inf
                reconcile: None,
                near_miss: false, // 0 points between the ranges
                fitting: &[
                    "over one year fewer",
                    "over one year more",
                    "as a simple average",
                    "continuously compounded",
                ],
            }),
        },
        Case {
            name: "about on the rate: 7.6% to 8.4%",
            baseline: Some(("500 million USD", Some("2020"))),
            target: Some(("802 million USD", Some("2026"))),
            rate: Some("about 8.0%"),
            period: None,
            options: CheckSettings::default(),
            want: Want::Checked(Numbers {
                verdict: Verdict::Consistent,
                implied: "8.19%",   // 100*(802/500)^(1/6)-100 = 8.1933897
                lo: 8.164124858587, // 100*((802-0.5)/(500+0.5))^(1/6)-100
                hi: 8.222673419756, // 100*((802+0.5)/(500-0.5))^(1/6)-100
                stated: (7.6, 8.4), // 8.0*(1-0.05), 8.0*(1+0.05)
                reconcile: None,
                near_miss: false, // 0 points between the ranges
                fitting: &["continuously compounded"],
            }),
        },
        Case {
            name: "about on the rate, strict: 7.95% to 8.05%",
            baseline: Some(("500 million USD", Some("2020"))),
            target: Some(("802 million USD", Some("2026"))),
            rate: Some("about 8.0%"),
            period: None,
            options: CheckSettings::default().with_strict(true),
            want: Want::Checked(Numbers {
                verdict: Verdict::Inconsistent,
                implied: "8.19%",     // 100*(802/500)^(1/6)-100 = 8.1933897
                lo: 8.164124858587,   // 100*((802-0.5)/(500+0.5))^(1/6)-100
                hi: 8.222673419756,   // 100*((802+0.5)/(500-0.5))^(1/6)-100
                stated: (7.95, 8.05), // 8.0-0.05, 8.0+0.05
                reconcile: Some(Reconcile {
                    target: 793.437161472,    // 500*(1+8.0/100)^6
                    baseline: 505.3960407603, // 802/(1+8.0/100)^6
                    span: 6.139476577618,     // ln(802/500)/ln(1+8.0/100)
                    period_start: None,
                }),
                near_miss: true, // 0.114125 points between the ranges
                fitting: &[],
            }),
        },
        Case {
            name: "rate range 20-25% misses about 30%",
            baseline: Some(("1.1 billion USD", Some("2024"))),
            target: Some(("5.4 billion USD", Some("2030"))),
            rate: Some("20–25%"),
            period: None,
            options: CheckSettings::default(),
            want: Want::Checked(Numbers {
                verdict: Verdict::Inconsistent,
                implied: "30.37%",    // 100*(5.4/1.1)^(1/6)-100 = 30.366752
                lo: 29.20400927538,   // 100*((5.4-0.05)/(1.1+0.05))^(1/6)-100
                hi: 31.58342924947,   // 100*((5.4+0.05)/(1.1-0.05))^(1/6)-100
                stated: (20.0, 25.0), // 20, 25
                reconcile: Some(Reconcile {
                    target: 3.717142558862,  // 1.1*(1+((20+25)/2)/100)^6
                    baseline: 1.59800166551, // 5.4/(1+((20+25)/2)/100)^6
                    span: 7.840160425231,    // ln(5.4/1.1)/ln(1+((20+25)/2)/100)
                    period_start: None,
                }),
                near_miss: false, // 4.20401 points between the ranges
                fitting: &["over one year more"],
            }),
        },
        Case {
            name: "rate range 11-12% reaches 11.6%",
            baseline: Some(("1.1 billion USD", Some("2024"))),
            target: Some(("2.4 billion USD", Some("2031"))),
            rate: Some("11-12%"),
            period: None,
            options: CheckSettings::default(),
            want: Want::Checked(Numbers {
                verdict: Verdict::Consistent,
                implied: "11.79%",    // 100*(2.4/1.1)^(1/7)-100 = 11.789921
                lo: 10.74868406399,   // 100*((2.4-0.05)/(1.1+0.05))^(1/7)-100
                hi: 12.86729380539,   // 100*((2.4+0.05)/(1.1-0.05))^(1/7)-100
                stated: (11.0, 12.0), // 11, 12
                reconcile: None,
                near_miss: false, // 0 points between the ranges
                fitting: &["over one year more", "continuously compounded"],
            }),
        },
        Case {
            name: "baseline range 7-8 billion",
            baseline: Some(("7-8 billion USD", Some("2024"))),
            target: Some(("15 billion USD", Some("2030"))),
            rate: Some("12%"),
            period: None,
            options: CheckSettings::default(),
            want: Want::Checked(Numbers {
                verdict: Verdict::Consistent,
                implied: "12.25%",    // 100*(15/((7+8)/2))^(1/6)-100 = 12.246205
                lo: 10.41964228652,   // 100*((15-0.5)/8)^(1/6)-100
                hi: 14.16656727689,   // 100*((15+0.5)/7)^(1/6)-100
                stated: (11.5, 12.5), // 12-0.5, 12+0.5
                reconcile: None,
                near_miss: false, // 0 points between the ranges
                fitting: &["over one year more", "continuously compounded"],
            }),
        },
        Case {
            name: "target range 2-2.5 trillion misses 3%",
            baseline: Some(("1.50 trillion USD", Some("2025"))),
            target: Some(("2 to 2.5 trillion USD", Some("2030"))),
            rate: Some("3%"),
            period: None,
            options: CheckSettings::default(),
            want: Want::Checked(Numbers {
                verdict: Verdict::Inconsistent,
                implied: "8.45%",   // 100*(((2+2.5)/2)/1.50)^(1/5)-100 = 8.4471771
                lo: 5.85191006768,  // 100*(2/(1.50+0.005))^(1/5)-100
                hi: 10.83062011851, // 100*(2.5/(1.50-0.005))^(1/5)-100
                stated: (2.5, 3.5), // 3-0.5, 3+0.5
                reconcile: Some(Reconcile {
                    target: 1.73891111145,    // 1.50*(1+3/100)^5
                    baseline: 1.940869764864, // ((2+2.5)/2)/(1+3/100)^5
                    span: 13.71723741696,     // ln(((2+2.5)/2)/1.50)/ln(1+3/100)
                    period_start: None,
                }),
                near_miss: false, // 2.35191 points between the ranges
                fitting: &[],
            }),
        },
        Case {
            name: "the published forecast: nearly 600 at the end of September 2024",
            baseline: Some(("nearly 600 billion yuan", Some("end of September 2024"))),
            target: Some(("1,729.5 billion yuan", Some("2035"))),
            rate: Some("15.6%"),
            period: None,
            options: CheckSettings::default(),
            want: Want::Checked(Numbers {
                verdict: Verdict::Inconsistent,
                implied: "10.10%",      // 100*(1729.5/600)^(1/11)-100 = 10.102508
                lo: 9.867000414162,     // 100*((1729.5-0.05)/600)^(1/11.25)-100
                hi: 11.43717007437,     // 100*((1729.5+0.05)/(600*(1-0.05)))^(1/10.25)-100
                stated: (15.55, 15.65), // 15.6-0.05, 15.6+0.05
                reconcile: Some(Reconcile {
                    target: 2955.884262746,   // 600*(1+15.6/100)^11
                    baseline: 351.0624597446, // 1729.5/(1+15.6/100)^11
                    span: 7.302813425087,     // ln(1729.5/600)/ln(1+15.6/100)
                    period_start: None,
                }),
                near_miss: false, // 4.11283 points between the ranges
                fitting: &[],
            }),
        },
        Case {
            name: "a month on the target only: 2022 to the end of June 2027",
            baseline: Some(("30 billion USD", Some("2022"))),
            target: Some(("45 billion USD", Some("end of June 2027"))),
            rate: Some("7.5%"),
            period: None,
            options: CheckSettings::default(),
            want: Want::Checked(Numbers {
                verdict: Verdict::Consistent,
                implied: "8.45%",     // 100*(45/30)^(1/5)-100 = 8.4471771
                lo: 7.109778725036,   // 100*((45-0.5)/(30+0.5))^(1/5.5)-100
                hi: 10.1082505371,    // 100*((45+0.5)/(30-0.5))^(1/4.5)-100
                stated: (7.45, 7.55), // 7.5-0.05, 7.5+0.05
                reconcile: None,
                near_miss: false, // 0 points between the ranges
                fitting: &["over one year more", "continuously compounded"],
            }),
        },
        Case {
            name: "both months: end of March 2023 to end of September 2030 is 7.5 years",
            baseline: Some(("120.0 million USD", Some("end of March 2023"))),
            target: Some(("265.0 million USD", Some("end of September 2030"))),
            rate: Some("11.1%"),
            period: None,
            options: CheckSettings::default(),
            want: Want::Checked(Numbers {
                verdict: Verdict::Consistent,
                implied: "11.14%",      // 100*(265.0/120.0)^(1/7.5)-100 = 11.141252
                lo: 11.13228259216,     // 100*((265.0-0.05)/(120.0+0.05))^(1/7.5)-100
                hi: 11.15022363376,     // 100*((265.0+0.05)/(120.0-0.05))^(1/7.5)-100
                stated: (11.05, 11.15), // 11.1-0.05, 11.1+0.05
                reconcile: None,
                near_miss: false, // 0 points between the ranges
                fitting: &[],
            }),
        },
        Case {
            name: "both months: the rate needs whole years",
            baseline: Some(("120.0 million USD", Some("end of March 2023"))),
            target: Some(("265.0 million USD", Some("end of September 2030"))),
            rate: Some("12.0%"),
            period: None,
            options: CheckSettings::default(),
            want: Want::Checked(Numbers {
                verdict: Verdict::Inconsistent,
                implied: "11.14%",      // 100*(265.0/120.0)^(1/7.5)-100 = 11.141252
                lo: 11.13228259216,     // 100*((265.0-0.05)/(120.0+0.05))^(1/7.5)-100
                hi: 11.15022363376,     // 100*((265.0+0.05)/(120.0-0.05))^(1/7.5)-100
                stated: (11.95, 12.05), // 12.0-0.05, 12.0+0.05
                reconcile: Some(Reconcile {
                    target: 280.7478351356,  // 120.0*(1+12.0/100)^7.5
                    baseline: 113.268905474, // 265.0/(1+12.0/100)^7.5
                    span: 6.990622727671,    // ln(265.0/120.0)/ln(1+12.0/100)
                    period_start: None,
                }),
                near_miss: false, // 0.799776 points between the ranges
                fitting: &[],
            }),
        },
        Case {
            name: "the published forecast with its period 2025-2035",
            baseline: Some(("nearly 600 billion yuan", Some("end of September 2024"))),
            target: Some(("1,729.5 billion yuan", Some("2035"))),
            rate: Some("15.6%"),
            period: Some((2025, 2035)),
            options: CheckSettings::default(),
            want: Want::Checked(Numbers {
                verdict: Verdict::Inconsistent,
                implied: "10.10%",      // 100*(1729.5/600)^(1/11)-100 = 10.102508
                lo: 9.867000414162,     // 100*((1729.5-0.05)/600)^(1/11.25)-100
                hi: 11.43717007437,     // 100*((1729.5+0.05)/(600*(1-0.05)))^(1/10.25)-100
                stated: (15.55, 15.65), // 15.6-0.05, 15.6+0.05
                reconcile: Some(Reconcile {
                    target: 2955.884262746,             // 600*(1+15.6/100)^11
                    baseline: 351.0624597446,           // 1729.5/(1+15.6/100)^11
                    span: 7.302813425087,               // ln(1729.5/600)/ln(1+15.6/100)
                    period_start: Some(405.8282034647), // 1729.5/(1+15.6/100)^10
                }),
                near_miss: false, // 4.11283 points between the ranges
                fitting: &[],
            }),
        },
        Case {
            name: "the stated period 2024-2030 explains a 2023 baseline",
            baseline: Some(("64 billion USD", Some("2023"))),
            target: Some(("118 billion USD", Some("2030"))),
            rate: Some("10.7%"),
            period: Some((2024, 2030)),
            options: CheckSettings::default(),
            want: Want::Checked(Numbers {
                verdict: Verdict::Inconsistent,
                implied: "9.13%",       // 100*(118/64)^(1/7)-100 = 9.1333366
                lo: 8.94596864388,      // 100*((118-0.5)/(64+0.5))^(1/7)-100
                hi: 9.321699613971,     // 100*((118+0.5)/(64-0.5))^(1/7)-100
                stated: (10.65, 10.75), // 10.7-0.05, 10.7+0.05
                reconcile: Some(Reconcile {
                    target: 130.3807035257,             // 64*(1+10.7/100)^7
                    baseline: 57.92268177562,           // 118/(1+10.7/100)^7
                    span: 6.018490419951,               // ln(118/64)/ln(1+10.7/100)
                    period_start: Some(64.12040872561), // 118/(1+10.7/100)^6
                }),
                near_miss: false, // 1.3283 points between the ranges
                fitting: &["over the stated period 2024-2030"],
            }),
        },
        Case {
            name: "a period dates figures that have no year",
            baseline: Some(("2.40 billion USD", None)),
            target: Some(("4.10 billion USD", None)),
            rate: Some("9.3%"),
            period: Some((2025, 2031)),
            options: CheckSettings::default(),
            want: Want::Checked(Numbers {
                verdict: Verdict::Consistent,
                implied: "9.34%",     // 100*(4.10/2.40)^(1/6)-100 = 9.3357284
                lo: 9.275584352896,   // 100*((4.10-0.005)/(2.40+0.005))^(1/6)-100
                hi: 9.395957526669,   // 100*((4.10+0.005)/(2.40-0.005))^(1/6)-100
                stated: (9.25, 9.35), // 9.3-0.05, 9.3+0.05
                reconcile: None,
                near_miss: false, // 0 points between the ranges
                fitting: &[],
            }),
        },
        Case {
            name: "398.5 billion in 2025 to 1,729.5 billion in 2035 is a near miss for 15.6%",
            baseline: Some(("398.5 billion yuan", Some("2025"))),
            target: Some(("1,729.5 billion yuan", Some("2035"))),
            rate: Some("15.6%"),
            period: None,
            options: CheckSettings::default(),
            want: Want::Checked(Numbers {
                verdict: Verdict::Inconsistent,
                implied: "15.81%",      // 100*(1729.5/398.5)^(1/10)-100 = 15.810843
                lo: 15.8090555144,      // 100*((1729.5-0.05)/(398.5+0.05))^(1/10)-100
                hi: 15.81263130401,     // 100*((1729.5+0.05)/(398.5-0.05))^(1/10)-100
                stated: (15.55, 15.65), // 15.6-0.05, 15.6+0.05
                reconcile: Some(Reconcile {
                    target: 1698.269721316,   // 398.5*(1+15.6/100)^10
                    baseline: 405.8282034647, // 1729.5/(1+15.6/100)^10
                    span: 10.12570158882,     // ln(1729.5/398.5)/ln(1+15.6/100)
                    period_start: None,
                }),
                near_miss: true, // 0.159056 points between the ranges
                fitting: &[],
            }),
        },
        Case {
            name: "one year fewer: 100 to 200 over 2020-2030 at 8.0%",
            baseline: Some(("100", Some("2020"))),
            target: Some(("200", Some("2030"))),
            rate: Some("8.0%"),
            period: None,
            options: CheckSettings::default(),
            want: Want::Checked(Numbers {
                verdict: Verdict::Inconsistent,
                implied: "7.18%",     // 100*(200/100)^(1/10)-100 = 7.1773463
                lo: 7.097093283056,   // 100*((200-0.5)/(100+0.5))^(1/10)-100
                hi: 7.257860473031,   // 100*((200+0.5)/(100-0.5))^(1/10)-100
                stated: (7.95, 8.05), // 8.0-0.05, 8.0+0.05
                reconcile: Some(Reconcile {
                    target: 215.8924997273,   // 100*(1+8.0/100)^10
                    baseline: 92.63869761694, // 200/(1+8.0/100)^10
                    span: 9.006468342001,     // ln(200/100)/ln(1+8.0/100)
                    period_start: None,
                }),
                near_miss: false, // 0.69214 points between the ranges
                fitting: &["over one year fewer"],
            }),
        },
        Case {
            name: "one year more: 6.5%",
            baseline: Some(("100", Some("2020"))),
            target: Some(("200", Some("2030"))),
            rate: Some("6.5%"),
            period: None,
            options: CheckSettings::default(),
            want: Want::Checked(Numbers {
                verdict: Verdict::Inconsistent,
                implied: "7.18%",     // 100*(200/100)^(1/10)-100 = 7.1773463
                lo: 7.097093283056,   // 100*((200-0.5)/(100+0.5))^(1/10)-100
                hi: 7.257860473031,   // 100*((200+0.5)/(100-0.5))^(1/10)-100
                stated: (6.45, 6.55), // 6.5-0.05, 6.5+0.05
                reconcile: Some(Reconcile {
                    target: 187.7137465269,   // 100*(1+6.5/100)^10
                    baseline: 106.5452071041, // 200/(1+6.5/100)^10
                    span: 11.00673904149,     // ln(200/100)/ln(1+6.5/100)
                    period_start: None,
                }),
                near_miss: false, // 0.547093 points between the ranges
                fitting: &["over one year more"],
            }),
        },
        Case {
            name: "simple average: 10%",
            baseline: Some(("100", Some("2020"))),
            target: Some(("200", Some("2030"))),
            rate: Some("10%"),
            period: None,
            options: CheckSettings::default(),
            want: Want::Checked(Numbers {
                verdict: Verdict::Inconsistent,
                implied: "7.18%",    // 100*(200/100)^(1/10)-100 = 7.1773463
                lo: 7.097093283056,  // 100*((200-0.5)/(100+0.5))^(1/10)-100
                hi: 7.257860473031,  // 100*((200+0.5)/(100-0.5))^(1/10)-100
                stated: (9.5, 10.5), // 10-0.5, 10+0.5
                reconcile: Some(Reconcile {
                    target: 259.37424601,     // 100*(1+10/100)^10
                    baseline: 77.10865788591, // 200/(1+10/100)^10
                    span: 7.272540897342,     // ln(200/100)/ln(1+10/100)
                    period_start: None,
                }),
                near_miss: false, // 2.24214 points between the ranges
                fitting: &["as a simple average"],
            }),
        },
        Case {
            name: "continuously compounded: 6.9%",
            baseline: Some(("100", Some("2020"))),
            target: Some(("200", Some("2030"))),
            rate: Some("6.9%"),
            period: None,
            options: CheckSettings::default(),
            want: Want::Checked(Numbers {
                verdict: Verdict::Inconsistent,
                implied: "7.18%",     // 100*(200/100)^(1/10)-100 = 7.1773463
                lo: 7.097093283056,   // 100*((200-0.5)/(100+0.5))^(1/10)-100
                hi: 7.257860473031,   // 100*((200+0.5)/(100-0.5))^(1/10)-100
                stated: (6.85, 6.95), // 6.9-0.05, 6.9+0.05
                reconcile: Some(Reconcile {
                    target: 194.8843891164,   // 100*(1+6.9/100)^10
                    baseline: 102.6249464653, // 200/(1+6.9/100)^10
                    span: 10.38833108057,     // ln(200/100)/ln(1+6.9/100)
                    period_start: None,
                }),
                near_miss: true, // 0.147093 points between the ranges
                fitting: &["continuously compounded"],
            }),
        },
        Case {
            name: "month-precise span: end of December 2024 to 2028 is 3.5 years from mid-2028",
            baseline: Some(("900 million USD", Some("end of December 2024"))),
            target: Some(("1,300 million USD", Some("2028"))),
            rate: Some("11.1%"),
            period: None,
            options: CheckSettings::default(),
            want: Want::Checked(Numbers {
                verdict: Verdict::Consistent,
                implied: "9.63%",       // 100*(1300/900)^(1/4)-100 = 9.6289389
                lo: 9.603176674961,     // 100*((1300-0.5)/(900+0.5))^(1/4)-100
                hi: 13.07581577766,     // 100*((1300+0.5)/(900-0.5))^(1/3)-100
                stated: (11.05, 11.15), // 11.1-0.05, 11.1+0.05
                reconcile: None,
                near_miss: false, // 0 points between the ranges
                fitting: &[
                    "as a simple average",
                    "continuously compounded",
                    "over the month-precise span",
                ],
            }),
        },
        Case {
            name: "default band: nearly 80 misses 10.5%",
            baseline: Some(("nearly 80 million USD", Some("2021"))),
            target: Some(("120 million USD", Some("2026"))),
            rate: Some("10.5%"),
            period: None,
            options: CheckSettings::default(),
            want: Want::Checked(Numbers {
                verdict: Verdict::Inconsistent,
                implied: "8.45%",       // 100*(120/80)^(1/5)-100 = 8.4471771
                lo: 8.356653473436,     // 100*((120-0.5)/80)^(1/5)-100
                hi: 9.656578501391,     // 100*((120+0.5)/(80*(1-0.05)))^(1/5)-100
                stated: (10.45, 10.55), // 10.5-0.05, 10.5+0.05
                reconcile: Some(Reconcile {
                    target: 131.7957412752,   // 80*(1+10.5/100)^5
                    baseline: 72.83998638432, // 120/(1+10.5/100)^5
                    span: 4.06093192267,      // ln(120/80)/ln(1+10.5/100)
                    period_start: None,
                }),
                near_miss: false, // 0.793421 points between the ranges
                fitting: &["as a simple average"],
            }),
        },
        Case {
            name: "a 10% band: nearly 80 is 72 to 80 and reaches 10.5%",
            baseline: Some(("nearly 80 million USD", Some("2021"))),
            target: Some(("120 million USD", Some("2026"))),
            rate: Some("10.5%"),
            period: None,
            options: CheckSettings::default().with_band(0.10).unwrap(),
            want: Want::Checked(Numbers {
                verdict: Verdict::Consistent,
                implied: "8.45%",       // 100*(120/80)^(1/5)-100 = 8.4471771
                lo: 8.356653473436,     // 100*((120-0.5)/80)^(1/5)-100
                hi: 10.84877807489,     // 100*((120+0.5)/(80*(1-0.10)))^(1/5)-100
                stated: (10.45, 10.55), // 10.5-0.05, 10.5+0.05
                reconcile: None,
                near_miss: false, // 0 points between the ranges
                fitting: &["as a simple average"],
            }),
        },
        Case {
            name: "a tighter near-miss threshold: 5.90% is no longer a near miss",
            baseline: Some(("100.00 million USD", Some("2020"))),
            target: Some(("177.83 million USD", Some("2030"))),
            rate: Some("5.90%"),
            period: None,
            options: CheckSettings::default()
                .with_near_miss_points(0.01)
                .unwrap(),
            want: Want::Checked(Numbers {
                verdict: Verdict::Inconsistent,
                implied: "5.93%",       // 100*(177.83/100.00)^(1/10)-100 = 5.9254952
                lo: 5.924667720534,     // 100*((177.83-0.005)/(100.00+0.005))^(1/10)-100
                hi: 5.926322631424,     // 100*((177.83+0.005)/(100.00-0.005))^(1/10)-100
                stated: (5.895, 5.905), // 5.90-0.005, 5.90+0.005
                reconcile: Some(Reconcile {
                    target: 177.4024449978,   // 100.00*(1+5.90/100)^10
                    baseline: 100.2410085172, // 177.83/(1+5.90/100)^10
                    span: 10.04199184958,     // ln(177.83/100.00)/ln(1+5.90/100)
                    period_start: None,
                }),
                near_miss: false, // 0.0196677 points between the ranges
                fitting: &[],
            }),
        },
        Case {
            name: "no baseline",
            baseline: None,
            target: Some(("9.29 billion USD", Some("2030"))),
            rate: Some("7.24%"),
            period: None,
            options: CheckSettings::default(),
            want: Want::Unverifiable(Reason::NoBaseline),
        },
        Case {
            name: "no target",
            baseline: Some(("6.10 billion USD", Some("2024"))),
            target: None,
            rate: Some("7.24%"),
            period: None,
            options: CheckSettings::default(),
            want: Want::Unverifiable(Reason::NoTarget),
        },
        Case {
            name: "no rate",
            baseline: Some(("6.10 billion USD", Some("2024"))),
            target: Some(("9.29 billion USD", Some("2030"))),
            rate: None,
            period: None,
            options: CheckSettings::default(),
            want: Want::Unverifiable(Reason::NoRate),
        },
        Case {
            name: "no baseline year",
            baseline: Some(("6.10 billion USD", None)),
            target: Some(("9.29 billion USD", Some("2030"))),
            rate: Some("7.24%"),
            period: None,
            options: CheckSettings::default(),
            want: Want::Unverifiable(Reason::NoBaselineYear),
        },
        Case {
            name: "no target year",
            baseline: Some(("6.10 billion USD", Some("2024"))),
            target: Some(("9.29 billion USD", None)),
            rate: Some("7.24%"),
            period: None,
            options: CheckSettings::default(),
            want: Want::Unverifiable(Reason::NoTargetYear),
        },
        Case {
            name: "target in the same year",
            baseline: Some(("6.10 billion USD", Some("2030"))),
            target: Some(("9.29 billion USD", Some("2030"))),
            rate: Some("7.24%"),
            period: None,
            options: CheckSettings::default(),
            want: Want::Unverifiable(Reason::TargetNotAfterBaseline),
        },
        Case {
            name: "target before the baseline",
            baseline: Some(("6.10 billion USD", Some("2030"))),
            target: Some(("9.29 billion USD", Some("2024"))),
            rate: Some("7.24%"),
            period: None,
            options: CheckSettings::default(),
            want: Want::Unverifiable(Reason::TargetNotAfterBaseline),
        },
        Case {
            name: "target a month before the baseline",
            baseline: Some(("6.10 billion USD", Some("end of June 2025"))),
            target: Some(("9.29 billion USD", Some("end of March 2025"))),
            rate: Some("7.24%"),
            period: None,
            options: CheckSettings::default(),
            want: Want::Unverifiable(Reason::TargetNotAfterBaseline),
        },
        Case {
            name: "mixed currencies",
            baseline: Some(("6.10 billion USD", Some("2024"))),
            target: Some(("9.29 billion EUR", Some("2030"))),
            rate: Some("7.24%"),
            period: None,
            options: CheckSettings::default(),
            want: Want::Unverifiable(Reason::MixedCurrencies(Currency::USD, Currency::EUR)),
        },
    ];
    assert!(table.len() >= 30);
    for case in &table {
        let name = case.name;
        let f = forecast(case.baseline, case.target, case.rate, case.period);
        let report = check_with(&f, &case.options);
        let n = match &case.want {
            Want::Unverifiable(reason) => {
                assert_eq!(report.verdict, Verdict::Unverifiable(*reason), "{name}");
                assert!(report.analysis.is_none(), "{name}");
                assert!(!report.is_near_miss(), "{name}");
                continue;
            }
            Want::Checked(n) => n,
        };
        assert_eq!(report.verdict, n.verdict, "{name}");
        let a = report
            .analysis
            .unwrap_or_else(|| panic!("{name}: no analysis"));
        assert_eq!(format!("{:.2}", a.implied), n.implied, "{name}: implied");
        close(
            pct(a.implied_interval.lo),
            n.lo,
            &format!("{name}: implied lo"),
        );
        close(
            pct(a.implied_interval.hi),
            n.hi,
            &format!("{name}: implied hi"),
        );
        close(
            pct(a.stated_interval.lo),
            n.stated.0,
            &format!("{name}: stated lo"),
        );
        close(
            pct(a.stated_interval.hi),
            n.stated.1,
            &format!("{name}: stated hi"),
        );
        assert_eq!(report.is_near_miss(), n.near_miss, "{name}: near miss");
        let fitting: Vec<String> = a
            .readings
            .fitting()
            .map(|r| r.convention.to_string())
            .collect();
        assert_eq!(fitting, n.fitting, "{name}: fitting readings");
        if let Some(want) = &n.reconcile {
            let r = a.reconcile;
            let scaled = |x: Option<Amount>, what: &str| {
                let x = x.unwrap_or_else(|| panic!("{name}: no reconciled {what}"));
                x.value_in(x.scale())
            };
            close(
                scaled(r.target, "target"),
                want.target,
                &format!("{name}: target"),
            );
            close(
                scaled(r.baseline, "baseline"),
                want.baseline,
                &format!("{name}: baseline"),
            );
            let span = r
                .span
                .unwrap_or_else(|| panic!("{name}: no span"))
                .as_years();
            close(span, want.span, &format!("{name}: span"));
            match want.period_start {
                Some(v) => close(
                    scaled(r.period_start, "period start"),
                    v,
                    &format!("{name}: period start"),
                ),
                None => assert!(r.period_start.is_none(), "{name}: period start"),
            }
        }
    }
}

// ---------------------------------------------------------------------------
// The published forecast
// ---------------------------------------------------------------------------

/// "Nearly 600 billion yuan" at the end of September 2024, 1,729.5 billion
/// yuan in 2035, "a compound annual growth rate of 15.6%".
fn published() -> Forecast {
    forecast(
        Some(("nearly 600 billion yuan", Some("end of September 2024"))),
        Some(("1,729.5 billion yuan", Some("2035"))),
        Some("15.6%"),
        None,
    )
}

#[test]
fn the_published_forecast_is_inconsistent() {
    let f = published();
    let report = check(&f);
    assert_eq!(report.verdict, Verdict::Inconsistent);
    assert!(!report.is_near_miss());
    let a = report.analysis.expect("a checkable forecast");
    assert_eq!(a.years, 11.0); // 2035 − 2024, whole calendar years
    assert_eq!((a.span.lo, a.span.hi), (10.25, 11.25)); // 2035 − 2024.75, 2036 − 2024.75
    assert_eq!(format!("{:.2}", a.implied), "10.10%"); // (1729.5/600)^(1/11) − 1 = 10.1025%
    let r = a.reconcile;
    // 1729.5/1.156^11 = 351.0625
    assert_eq!(format!("{:.1}", r.baseline.unwrap()), "351.1 billion CNY");
    // 600·1.156^11 = 2955.8843
    assert_eq!(format!("{:.1}", r.target.unwrap()), "2,955.9 billion CNY");
    // ln(1729.5/600)/ln(1.156) = 7.3028
    assert_eq!(format!("{:.1}", r.span.unwrap()), "7.3 years");
    assert_eq!(r.period_start, None);
    // 2024 + 7.302813425087 and 2035 − 7.302813425087
    close(a.year_reached().unwrap(), 2031.302813425087, "year reached");
    close(a.year_needed().unwrap(), 2027.697186574913, "year needed");
    // The stated rate is beyond every reading: 15.55% against at most 11.74%
    // ((1729.55/570)^(1/10) − 1, one year fewer with the lowest baseline).
    assert_eq!(a.readings.fitting().count(), 0);
    let tried: Vec<String> = a
        .readings
        .iter()
        .map(|r| r.convention.to_string())
        .collect();
    assert_eq!(
        tried,
        [
            "over one year fewer",
            "over one year more",
            "as a simple average",
            "continuously compounded",
            "over the month-precise span",
        ]
    );
}

#[test]
fn the_published_forecast_with_its_stated_period() {
    let mut f = published();
    f.period = Some(Period::new(2025, 2035).expect("a valid period"));
    let report = check(&f);
    assert_eq!(report.verdict, Verdict::Inconsistent);
    let a = report.analysis.expect("a checkable forecast");
    // The headline still counts 2024 → 2035; the period is a reading.
    assert_eq!(format!("{:.2}", a.implied), "10.10%");
    let start = a.reconcile.period_start.expect("a period start");
    // 1729.5/1.156^10 = 405.8282035
    assert_eq!(format!("{start:.1}"), "405.8 billion CNY");
    close(
        start.value_in(Scale::Billion),
        405.828_203_5,
        "period start",
    );
    // The period's ten years replace the off-by-one reading of ten years.
    let tried: Vec<String> = a
        .readings
        .iter()
        .map(|r| r.convention.to_string())
        .collect();
    assert_eq!(tried[0], "over the stated period 2025-2035");
    assert!(!tried.iter().any(|t| t == "over one year fewer"));
}

#[test]
fn a_2025_baseline_is_a_near_miss() {
    let f = forecast(
        Some(("398.5 billion yuan", Some("2025"))),
        Some(("1,729.5 billion yuan", Some("2035"))),
        Some("15.6%"),
        None,
    );
    let report = check(&f);
    assert_eq!(report.verdict, Verdict::Inconsistent);
    assert!(report.is_near_miss());
    let a = report.analysis.expect("a checkable forecast");
    // (1729.5/398.5)^(1/10) − 1 = 15.8108%
    assert_eq!(format!("{:.2}", a.implied), "15.81%");
    // (1729.45/398.55)^(1/10) − 1 − 15.65% = 0.15906 points
    close(a.distance_points, 0.159_055_514_4, "distance");
    // 15.6 − 15.810843309 = −0.210843309 points
    close(a.gap_points, -0.210_843_309_1, "gap");
    let loose = CheckSettings::default().with_near_miss_points(0.1).unwrap();
    assert!(!check_with(&f, &loose).is_near_miss());
}

/// Every number in these paragraphs was checked by hand with mpmath:
/// 10.10 = (1729.5/600)^(1/11) − 1; 9.87 and 11.44 = (1729.45/600)^(1/11.25)
/// and (1729.55/570)^(1/10.25), less one; 5.50 = 15.6 − 10.1025; 2,955.9 =
/// 600·1.156^11; 351.1 = 1729.5/1.156^11; 7.3 = ln(1729.5/600)/ln 1.156 and
/// 2031.3 = 2024 + 7.30; 4.11 = 15.55 − 11.437; 11.17/11.74 over 10 years,
/// 9.22/9.69 over 12, 17.11 = 1.8825/11, 16.73 = (1729.45/600 − 1)/11.25,
/// 19.85 = (1729.55/570 − 1)/10.25, 9.62 = ln(2.8825)/11, 9.41 and 10.83 the
/// same over 11.25 and 10.25 years from the ends, 10.35/10.88 over 10.75
/// years; 405.8 = 1729.5/1.156^10.
#[test]
fn the_published_forecast_in_words() {
    let f = published();
    assert_eq!(
        check(&f).to_string(),
        "Inconsistent: nearly 600 billion CNY at the end of September 2024 growing to \
         1,729.5 billion CNY by 2035 implies 10.10% a year over 11 years (9.87% to 11.44% \
         allowing for how the figures and dates were printed), not the stated 15.6% \
         (15.55% to 15.65%), which is 5.50 points higher. At 15.6% a year, 600 billion CNY would \
         reach 2,955.9 billion CNY by 2035; reaching 1,729.5 billion CNY by 2035 would \
         need a baseline of 351.1 billion CNY in 2024; and 600 billion CNY would reach \
         1,729.5 billion CNY in 7.3 years, around 2031.3 rather than 2035. None of the \
         usual slips (over one year fewer, over one year more, as a simple average, \
         continuously compounded, over the month-precise span) reproduces 15.6%."
    );
    assert_eq!(
        format!("{:#}", check(&f)),
        "\
verdict         inconsistent
baseline        nearly 600 billion CNY (end of September 2024)
target          1,729.5 billion CNY (2035)
stated CAGR     15.6%, read as 15.55% to 15.65%
span            11 years (10.25 to 11.25 years with the months)
implied CAGR    10.10%, range 9.87% to 11.44%
gap             5.50 points (stated minus implied); 4.11 points between the ranges
at 15.6%:
  target        2,955.9 billion CNY by 2035
  baseline      351.1 billion CNY in 2024
  span          7.30 years from the baseline to the target
conventions:
  over one year fewer (10 years)                 11.17%  11.17% to 11.74%       no
  over one year more (12 years)                   9.22%  9.22% to 9.69%         no
  as a simple average                            17.11%  16.73% to 19.85%       no
  continuously compounded                         9.62%  9.41% to 10.83%        no
  over the month-precise span (10.75 years)      10.35%  10.35% to 10.88%       no
"
    );
}

#[test]
fn the_published_forecast_with_its_period_in_words() {
    let mut f = published();
    f.period = Some(Period::new(2025, 2035).expect("a valid period"));
    let text = check(&f).to_string();
    assert!(
        text.contains(
            " Over the stated period 2025-2035, 15.6% would need 405.8 billion CNY in 2025, \
             so 600 billion CNY cannot be its base. None of the usual slips (over the stated \
             period 2025-2035, over one year more,"
        ),
        "{text}"
    );
    assert!(format!("{:#}", check(&f)).contains(
        "stated period   2025-2035 (10 years)\n\
         span            11 years (10.25 to 11.25 years with the months)\n"
    ));
    assert!(format!("{:#}", check(&f))
        .contains("  2025 value    405.8 billion CNY for the stated period\n"));
}

/// 15.809/15.813 = (1729.45/398.55)^(1/10) and (1729.55/398.45)^(1/10), less
/// one; 1,698.3 = 398.5·1.156^10; 405.8 = 1729.5/1.156^10; 10.1 =
/// ln(1729.5/398.5)/ln 1.156 = 10.126 and 2035.1 = 2025 + 10.126.
#[test]
fn the_near_miss_in_words() {
    let f = forecast(
        Some(("398.5 billion yuan", Some("2025"))),
        Some(("1,729.5 billion yuan", Some("2035"))),
        Some("15.6%"),
        None,
    );
    assert_eq!(
        check(&f).to_string(),
        "Inconsistent, a near miss: 398.5 billion CNY in 2025 growing to 1,729.5 billion CNY \
         by 2035 implies 15.81% a year over 10 years (15.809% to 15.813% allowing for how the \
         figures were printed), not the stated 15.6% (15.55% to 15.65%), which is 0.21 points \
         lower. At 15.6% a year, 398.5 billion CNY would reach 1,698.3 billion CNY by 2035; \
         reaching 1,729.5 billion CNY by 2035 would need a baseline of 405.8 billion CNY in \
         2025; and 398.5 billion CNY would reach 1,729.5 billion CNY in 10.1 years, around \
         2035.1 rather than 2035. None of the usual slips (over one year fewer, over one year \
         more, as a simple average, continuously compounded) reproduces 15.6%."
    );
    assert!(format!("{:#}", check(&f)).starts_with("verdict         inconsistent (near miss)\n"));
}

#[test]
fn a_fitting_reading_in_words() {
    // 100 → 200 over 2020–2030: the simple average (2 − 1)/10 is 10%.
    let f = forecast(
        Some(("100", Some("2020"))),
        Some(("200", Some("2030"))),
        Some("10%"),
        None,
    );
    let text = check(&f).to_string();
    // (199.5/100.5 − 1)/10 = 9.851% and (200.5/99.5 − 1)/10 = 10.151%
    assert!(
        text.ends_with(
            " The stated rate does match the rate computed as a simple average (9.85% to 10.15%)."
        ),
        "{text}"
    );
}

#[test]
fn unverifiable_in_words() {
    let table = [
        (
            Reason::NoBaseline,
            "Unverifiable: it gives no baseline value.",
        ),
        (Reason::NoTarget, "Unverifiable: it gives no target value."),
        (Reason::NoRate, "Unverifiable: it states no growth rate."),
        (
            Reason::NoBaselineYear,
            "Unverifiable: it gives no year for the baseline.",
        ),
        (
            Reason::NoTargetYear,
            "Unverifiable: it gives no year for the target.",
        ),
        (
            Reason::TargetNotAfterBaseline,
            "Unverifiable: the target is not dated after the baseline.",
        ),
        (
            Reason::MixedCurrencies(Currency::USD, Currency::EUR),
            "Unverifiable: the baseline is in USD and the target in EUR.",
        ),
    ];
    let usd = Some(("6.10 billion USD", Some("2024")));
    let later = Some(("9.29 billion USD", Some("2030")));
    let forecasts = [
        forecast(None, later, Some("7.24%"), None),
        forecast(usd, None, Some("7.24%"), None),
        forecast(usd, later, None, None),
        forecast(Some(("6.10 billion USD", None)), later, Some("7.24%"), None),
        forecast(usd, Some(("9.29 billion USD", None)), Some("7.24%"), None),
        forecast(
            usd,
            Some(("9.29 billion USD", Some("2024"))),
            Some("7.24%"),
            None,
        ),
        forecast(
            usd,
            Some(("9.29 billion EUR", Some("2030"))),
            Some("7.24%"),
            None,
        ),
    ];
    for ((reason, text), f) in table.into_iter().zip(&forecasts) {
        let report = check(f);
        assert_eq!(report.verdict, Verdict::Unverifiable(reason));
        assert_eq!(report.verdict.to_string(), "unverifiable");
        assert_eq!(report.to_string(), text);
        assert_eq!(format!("{report:#}"), format!("{text}\n"));
    }
}

// ---------------------------------------------------------------------------
// Resolution: how much a check could tell
// ---------------------------------------------------------------------------

/// "USD 1 billion in 2020 to USD 2 billion in 2025, a CAGR of 30%".
fn coarse(stated: &str) -> Forecast {
    forecast(
        Some(("1 billion USD", Some("2020"))),
        Some(("2 billion USD", Some("2025"))),
        Some(stated),
        None,
    )
}

/// Printed with no decimals, "1 billion" is 0.5 to 1.5 billion and "2
/// billion" 1.5 to 2.5, so over five years the figures allow
/// (1.5/1.5)^(1/5) − 1 = 0% to (2.5/0.5)^(1/5) − 1 = 37.972966146121%
/// (mpmath): a resolution of 37.97 points, over 5, so a stated 30% (29.5% to
/// 30.5%) is consistent only because nothing could fail.
#[test]
fn coarse_figures_are_consistent_and_flagged() {
    let f = coarse("30%");
    let report = check(&f);
    assert_eq!(report.verdict, Verdict::Consistent);
    let a = report.analysis.expect("a checkable forecast");
    assert!(a.too_coarse);
    close(a.resolution_points, 37.972_966_146_12, "resolution");
    close(pct(a.implied_interval.lo), 0.0, "implied lo");
    close(pct(a.implied_interval.hi), 37.972_966_146_12, "implied hi");
    // 2^(1/5) − 1 = 14.8698%
    assert_eq!(format!("{:.2}", a.implied), "14.87%");
}

#[test]
fn coarse_figures_in_words() {
    let f = coarse("30%");
    let text = check(&f).to_string();
    assert!(text.contains("too coarsely"), "{text}");
    assert_eq!(
        text,
        "Consistent, but only because the figures are printed too coarsely to test it: \
         1 billion USD in 2020 growing to 2 billion USD by 2025 implies 14.87% a year over \
         5 years, yet how the figures were printed allows anything from 0.00% to 37.97%, \
         which reaches the stated 30% (29.50% to 30.50%)."
    );
    let detailed = format!("{:#}", check(&f));
    assert!(
        detailed.starts_with("verdict         consistent (too coarse to test)\n"),
        "{detailed}"
    );
    assert!(
        detailed.contains("implied CAGR    14.87%, range 0.00% to 37.97%\n"),
        "{detailed}"
    );
}

/// The flag qualifies a consistent verdict only: 50% (49.5% to 50.5%) lies
/// beyond everything the coarse figures allow (at most 37.97%), which is a
/// finding however wide the range, so the paragraph is the usual one.
#[test]
fn coarse_figures_can_still_be_inconsistent() {
    let f = coarse("50%");
    let report = check(&f);
    assert_eq!(report.verdict, Verdict::Inconsistent);
    let a = report.analysis.expect("a checkable forecast");
    assert!(a.too_coarse);
    let text = report.to_string();
    assert!(
        text.starts_with(
            "Inconsistent: 1 billion USD in 2020 growing to 2 billion USD by 2025 implies \
             14.87% a year over 5 years (0.00% to 37.97% allowing for how the figures were \
             printed), not the stated 50% (49.50% to 50.50%)"
        ),
        "{text}"
    );
    assert!(!text.contains("too coarsely"), "{text}");
    assert!(format!("{report:#}").starts_with("verdict         inconsistent\n"));
}

/// 9.867% to 11.437% (see `the_published_forecast_in_words`) is 1.570170
/// points wide (mpmath): under 5 points and under 7.8, half of 15.6.
#[test]
fn the_published_forecast_is_not_too_coarse() {
    let a = check(&published()).analysis.expect("a checkable forecast");
    assert!(!a.too_coarse);
    close(a.resolution_points, 1.570_169_660_212, "resolution");
}

/// 6.10 → 9.29 billion over 2024–2030: (9.295/6.095)^(1/6) − 1 = 7.286715%
/// less (9.285/6.105)^(1/6) − 1 = 7.238165% is 0.048550 points (mpmath).
#[test]
fn finely_printed_figures_are_not_too_coarse() {
    let f = forecast(
        Some(("6.10 billion USD", Some("2024"))),
        Some(("9.29 billion USD", Some("2030"))),
        Some("7.24%"),
        None,
    );
    let report = check(&f);
    assert_eq!(report.verdict, Verdict::Consistent);
    let a = report.analysis.expect("a checkable forecast");
    assert!(!a.too_coarse);
    close(a.resolution_points, 0.048_550_036_395, "resolution");
    let text = report.to_string();
    assert!(
        text.starts_with("Consistent: 6.10 billion USD in 2024"),
        "{text}"
    );
    assert!(!text.contains("too coarsely"), "{text}");
}

/// A narrow range can still be too coarse for a small rate: 100 → 102 over
/// 2020–2022 allows (101.5/100.5)^(1/2) − 1 = 0.496281% to (102.5/99.5)^(1/2)
/// − 1 = 1.496342%, 1.000062 points (mpmath): under 5, but over 0.5, half of
/// the stated 1%.
#[test]
fn half_the_stated_rate_is_too_coarse() {
    let f = forecast(
        Some(("100", Some("2020"))),
        Some(("102", Some("2022"))),
        Some("1%"),
        None,
    );
    let report = check(&f);
    assert_eq!(report.verdict, Verdict::Consistent);
    let a = report.analysis.expect("a checkable forecast");
    assert!(a.too_coarse);
    close(a.resolution_points, 1.000_061_520_455, "resolution");
    let text = report.to_string();
    assert!(
        text.contains(
            "yet how the figures were printed allows anything from 0.50% to 1.50%, \
             which reaches the stated 1% (0.50% to 1.50%)."
        ),
        "{text}"
    );
}

/// The rule at its edges: strictly wider than 5 points, or than half the
/// stated rate's absolute value.
#[test]
fn the_coarseness_rule() {
    use cagr::tolerance::{too_coarse, COARSE_POINTS, COARSE_SHARE};
    assert_eq!((COARSE_POINTS, COARSE_SHARE), (5.0, 0.5));
    let table = [
        // (width in points, stated rate in percent, too coarse)
        (37.97, 30.0, true),
        (5.0, 30.0, false),
        (5.000_001, 30.0, true),
        (1.0, 2.0, false),
        (1.000_001, 2.0, true),
        (2.5, -4.0, true),
        (1.5, -4.0, false),
        (0.0, 0.0, false),
        (1e-9, 0.0, true),
        (f64::INFINITY, 30.0, true),
        (f64::NAN, 30.0, false),
    ];
    for (width, stated, want) in table {
        assert_eq!(
            too_coarse(width, stated),
            want,
            "{width} points at {stated}%"
        );
    }
}

// ---------------------------------------------------------------------------
// Properties
// ---------------------------------------------------------------------------

/// `x` rounded to `decimals` places, as a report prints it.
fn round_to(x: f64, decimals: u8) -> f64 {
    format!("{:.*}", usize::from(decimals), x)
        .parse()
        .expect("a printed number")
}

/// `base` base units printed in the largest scale not above it, rounded to
/// `decimals` places (`None` if that rounds to zero).
fn printed_amount(base: f64, decimals: u8) -> Option<Stated<Amount>> {
    const SCALES: [Scale; 5] = [
        Scale::One,
        Scale::Thousand,
        Scale::Million,
        Scale::Billion,
        Scale::Trillion,
    ];
    let scale = SCALES
        .into_iter()
        .rev()
        .find(|s| base >= 10f64.powi(s.exponent()))
        .unwrap_or(Scale::One);
    let shown = round_to(base / 10f64.powi(scale.exponent()), decimals);
    let amount = Amount::new(shown, scale).ok()?.with_currency(Currency::USD);
    Some(Stated::printed(amount, decimals))
}

/// A rate (fraction) printed in percent to `decimals` places.
fn printed_rate(fraction: f64, decimals: u8) -> Stated<Rate> {
    let shown = round_to(fraction * 100.0, decimals);
    Stated::printed(Rate::from_percent(shown).expect("a valid rate"), decimals)
}

/// The true figures behind a printed forecast: a start of 1 to 10^12 base
/// units (log-uniform), a rate of −50% to +100%, 1 to 30 whole years.
fn truth() -> impl Strategy<Value = (f64, f64, u32)> {
    (0.0f64..12.0, -0.5f64..1.0, 1u32..=30).prop_map(|(exp, r, n)| (10f64.powf(exp), r, n))
}

fn dated(amount: Stated<Amount>, year: i32) -> Option<Figure> {
    Some(Figure::new(amount, When::year(year).expect("a valid year")))
}

/// The forecast a report prints from true figures, each rounded to its own
/// number of decimals; `None` when a printed amount rounds to zero.
fn printed_forecast(start: f64, r: f64, n: u32, decimals: (u8, u8, u8)) -> Option<Forecast> {
    let end = start * (1.0 + r).powi(n as i32);
    Some(Forecast {
        baseline: dated(printed_amount(start, decimals.0)?, 2000),
        target: dated(printed_amount(end, decimals.1)?, 2000 + n as i32),
        rate: Some(printed_rate(r, decimals.2)),
        ..Forecast::default()
    })
}

/// The hedge word and printed value under which `truth` lies at `f` (0 to 1)
/// of the way across the word's band (default 5%).
fn hedged(truth: f64, word: u8, f: f64) -> (Qualifier, f64) {
    // A hedge speaks of the size of the figure: "nearly −1%" is a decline
    // of nearly 1%.
    let band = 0.05;
    match word {
        // nearly x: |x|·(1 − band) ≤ |truth| ≤ |x|
        0 => (Qualifier::Nearly, truth / (1.0 - f * band)),
        // over x: |x| ≤ |truth| ≤ |x|·(1 + band)
        1 => (Qualifier::Over, truth / (1.0 + f * band)),
        // about x: |x|·(1 − band) ≤ |truth| ≤ |x|·(1 + band)
        _ => (Qualifier::About, truth / (1.0 + (2.0 * f - 1.0) * band)),
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(4096))]

    /// No false alarms: figures that are the true ones rounded to the
    /// decimals they are printed with are always consistent.
    #[test]
    fn rounded_figures_are_consistent(
        (start, r, n) in truth(),
        decimals in (0u8..=4, 0u8..=4, 0u8..=4),
    ) {
        let f = printed_forecast(start, r, n, decimals);
        prop_assume!(f.is_some());
        let f = f.unwrap();
        let report = check(&f);
        prop_assert_eq!(report.verdict, Verdict::Consistent, "{:#}", report);
    }

    /// No false alarms with hedge words either: a true value within the band
    /// of "nearly", "over" or "about" before each figure.
    #[test]
    fn hedged_figures_are_consistent(
        (start, r, n) in truth(),
        words in (0u8..3, 0u8..3, 0u8..3),
        at in (0.0f64..=1.0, 0.0f64..=1.0, 0.0f64..=1.0),
    ) {
        let end = start * (1.0 + r).powi(n as i32);
        let amount = |truth: f64, word: u8, at: f64| {
            let (q, x) = hedged(truth, word, at);
            Stated::exact(Amount::from_base(x).expect("a valid amount")).qualified(q)
        };
        let (q, x) = hedged(r, words.2, at.2);
        prop_assume!(x > -1.0);
        let f = Forecast {
            baseline: dated(amount(start, words.0, at.0), 2000),
            target: dated(amount(end, words.1, at.1), 2000 + n as i32),
            rate: Some(Stated::exact(Rate::from_fraction(x).expect("a valid rate")).qualified(q)),
            ..Forecast::default()
        };
        let report = check(&f);
        prop_assert_eq!(report.verdict, Verdict::Consistent, "{:#}", report);
    }

    /// No misses: a stated rate whose interval lies beyond both the stated
    /// and the implied interval of a checked forecast, by any margin, is
    /// inconsistent, and the distance reported is at least that margin.
    #[test]
    fn a_rate_beyond_every_reading_is_inconsistent(
        (start, r, n) in truth(),
        decimals in (0u8..=4, 0u8..=4, 0u8..=4),
        up in any::<bool>(),
        // 1e-9 to 0.1 (0.0000001 to 10 points), log-uniform.
        margin in (-9.0f64..-1.0).prop_map(|e| 10f64.powf(e)),
        moved_decimals in 0u8..=4,
    ) {
        let f = printed_forecast(start, r, n, decimals);
        prop_assume!(f.is_some());
        let mut f = f.unwrap();
        let a = check(&f).analysis.expect("a checkable forecast");
        let lo = a.implied_interval.lo.min(a.stated_interval.lo);
        let hi = a.implied_interval.hi.max(a.stated_interval.hi);
        // Half a unit in the last printed digit of the moved rate.
        let half = 0.5 * 10f64.powi(-2 - i32::from(moved_decimals));
        let moved = if up { hi + half + margin } else { lo - half - margin };
        prop_assume!(moved - half > -1.0);
        f.rate = Some(Stated::printed(Rate::from_fraction(moved).expect("a valid rate"), moved_decimals));
        let report = check(&f);
        prop_assert_eq!(report.verdict, Verdict::Inconsistent, "{:#}", report);
        let a = report.analysis.expect("a checkable forecast");
        prop_assert!(a.distance_points >= pct(margin) * 0.999, "{} < {}", a.distance_points, pct(margin));
    }

    /// The published forecast is inconsistent whatever the baseline under
    /// "nearly 600 billion yuan" (570 to 600 billion, taken as exact) and
    /// whatever the span its dates allow (10.25 to 11.25 years): at most
    /// (1729.55/570)^(1/10.25) − 1 = 11.44% against at least 15.55%.
    #[test]
    fn the_published_forecast_is_inconsistent_for_every_reading(
        baseline in 570e9f64..=600e9,
        from_month in 1i64..=12,
        months_past in 0i64..=12,
        year_only_target in any::<bool>(),
    ) {
        let (from, to) = if year_only_target {
            // The end of September 2024 to anywhere in 2035: 10.25 to 11.25 years.
            (When::end_of_month(2024, 9), When::year(2035))
        } else {
            // 10.25 years plus `months_past` months after the end of `from_month`.
            let end = 2024 * 12 + from_month + 123 + months_past - 1;
            (When::end_of_month(2024, from_month), When::end_of_month((end / 12) as i32, end % 12 + 1))
        };
        let (from, to) = (from.expect("a valid date"), to.expect("a valid date"));
        let amount = Amount::new(baseline / 1e9, Scale::Billion).expect("a valid amount");
        let f = Forecast {
            baseline: Some(Figure::new(Stated::exact(amount.with_currency(Currency::CNY)), from)),
            target: Some(figure("1,729.5 billion yuan", None)).map(|t| Figure { when: Some(to), ..t }),
            rate: Some(rate("15.6%")),
            ..Forecast::default()
        };
        let report = check(&f);
        let a = report.analysis.expect("a checkable forecast");
        prop_assert!(a.span.lo >= 10.25 - 1e-12 && a.span.hi <= 11.25 + 1e-12, "{:?}", a.span);
        prop_assert_eq!(report.verdict, Verdict::Inconsistent, "{:#}", report);
        prop_assert!(a.implied_interval.hi < 0.1144, "{:#}", report);
    }
}

// ---------------------------------------------------------------------------
// The sample file
// ---------------------------------------------------------------------------

#[cfg(feature = "serde")]
#[test]
fn the_sample_file() {
    let text = include_str!("../examples/forecasts.json");
    let forecasts: Vec<Forecast> = serde_json::from_str(text).expect("the sample parses");
    let verdicts: Vec<Verdict> = forecasts.iter().map(|f| check(f).verdict).collect();
    assert_eq!(
        verdicts,
        [
            // Nearly 600 (end of September 2024) → 1,729.5 billion yuan (2035)
            // at 15.6%: at most (1729.55/570)^(1/10.25) − 1 = 11.44%.
            Verdict::Inconsistent,
            // 398.5 (2025) → 1,729.5 (2035): at least (1729.45/398.55)^(1/10)
            // − 1 = 15.809%, above 15.65%.
            Verdict::Inconsistent,
            // 6.10 → 9.29 billion over 2024–2030: (9.285/6.105)^(1/6) − 1 =
            // 7.238% ≤ 7.245%.
            Verdict::Consistent,
            // 250 → 180 million euros over 2022–2028: (180/250)^(1/6) − 1 =
            // −5.33%, within −5.35% to −5.25%.
            Verdict::Consistent,
            // 100 → 200 million over ten years is 7.18% compound (at most
            // (200.5/99.5)^(1/10) − 1 = 7.26%), not 10% (the simple average).
            Verdict::Inconsistent,
            // 1.8 → over 3 trillion yuan in seven years: at most
            // (3.15/1.75)^(1/7) − 1 = 8.76%, below 11–12%.
            Verdict::Inconsistent,
            // 2.40 → 4.10 billion over the stated 2025–2031: (4.1/2.4)^(1/6) − 1
            // = 9.34%, within 9.25% to 9.35%.
            Verdict::Consistent,
            // The target has no year and there is no stated period.
            Verdict::Unverifiable(Reason::NoTargetYear),
            // Dollars to euros.
            Verdict::Unverifiable(Reason::MixedCurrencies(Currency::USD, Currency::EUR)),
        ]
    );
}

// ---------------------------------------------------------------------------
// CheckSettings
// ---------------------------------------------------------------------------

#[test]
fn options_hold_only_valid_knobs() {
    let d = CheckSettings::default();
    assert_eq!(
        (d.band(), d.strict(), d.near_miss_points()),
        (
            cagr::tolerance::HEDGE_BAND,
            false,
            cagr::tolerance::NEAR_MISS_POINTS
        )
    );
    // A band is in [0, 1); every other float is rejected by name.
    for band in [0.0, -0.0, 5e-324, 0.05, 0.10, 0.5, 1.0 - f64::EPSILON] {
        assert_eq!(d.with_band(band).map(|o| o.band()), Ok(band), "{band}");
    }
    let band_rule = "a hedge band must be at least 0 and below 1";
    // The message names the value as Rust prints it (`-1`, `NaN`, `inf`,
    // and every digit of -5e-324).
    for band in [
        -1.0,
        -5e-324,
        1.0,
        1.5,
        f64::NAN,
        f64::INFINITY,
        f64::NEG_INFINITY,
    ] {
        assert_eq!(
            d.with_band(band).unwrap_err().to_string(),
            format!("invalid hedge band {band}: {band_rule}")
        );
    }
    assert_eq!(
        d.with_band(-1.0).unwrap_err().to_string(),
        format!("invalid hedge band -1: {band_rule}")
    );
    // A near-miss distance is finite and at least 0 points.
    for points in [0.0, 0.01, 0.5, 100.0, 1e300] {
        assert_eq!(
            d.with_near_miss_points(points)
                .map(|o| o.near_miss_points()),
            Ok(points)
        );
    }
    let points_rule = "a near-miss distance must be finite and at least 0 points";
    for (points, shown) in [(-0.1, "-0.1"), (f64::NAN, "NaN"), (f64::INFINITY, "inf")] {
        assert_eq!(
            d.with_near_miss_points(points).unwrap_err().to_string(),
            format!("invalid near-miss distance {shown}: {points_rule}")
        );
    }
    // The builders change one knob each.
    let o = d
        .with_band(0.10)
        .and_then(|o| o.with_near_miss_points(0.2))
        .unwrap()
        .with_strict(true);
    assert_eq!(
        (o.band(), o.strict(), o.near_miss_points()),
        (0.10, true, 0.2)
    );
    assert_eq!(o.with_strict(false).band(), 0.10);
}

#[test]
fn every_valid_band_gives_ordered_intervals() {
    let nearly: Stated<Amount> = "nearly 600".parse().unwrap();
    let about: Stated<Rate> = "about -15.6%".parse().unwrap();
    let over: Stated<Rate> = "over 6%".parse().unwrap();
    for band in [0.0, 1e-12, 0.05, 0.5, 0.999_999] {
        for strict in [false, true] {
            let o = CheckSettings::default()
                .with_band(band)
                .unwrap()
                .with_strict(strict);
            let cagr::Interval { lo, hi } = nearly.interval_with(o.hedging());
            assert!(0.0 < lo && lo <= hi && hi == 600.0, "{band}: {lo} {hi}");
            for r in [about, over] {
                let cagr::Interval { lo, hi } = r.interval_with(o.hedging());
                assert!(-1.0 <= lo && lo <= hi, "{r} with {band}: {lo} {hi}");
            }
        }
    }
}

#[test]
fn readings_whose_percentage_overflows_are_left_out() {
    // 1e-300 printed with no decimals stands for anything up to 0.5, so the
    // simple average from it to 1 over 11 years reaches (1/2.2e-308 − 1)/11
    // ≈ 4e306: a finite fraction whose percentage is beyond f64. Like any
    // overflowing reading it is left out, and the report prints no `inf`.
    let forecast = Forecast {
        baseline: Some(Figure::new(
            Stated::printed(Amount::from_base(1e-300).unwrap(), 0),
            When::year(2024).unwrap(),
        )),
        target: Some(Figure::new(
            Stated::exact(Amount::from_base(1.0).unwrap()),
            When::year(2035).unwrap(),
        )),
        rate: Some("15.6%".parse().unwrap()),
        ..Forecast::default()
    };
    for o in [
        CheckSettings::default(),
        CheckSettings::default().with_strict(true),
    ] {
        let report = check_with(&forecast, &o);
        if let Some(a) = report.analysis {
            for r in a.readings.iter() {
                for x in [r.rate, r.interval.lo, r.interval.hi] {
                    assert!((x * 100.0).is_finite(), "{r:?}");
                }
            }
        }
        for text in [format!("{report}"), format!("{report:#}")] {
            assert!(!text.contains("inf"), "{text}");
        }
    }
}

#[test]
fn exact_figures_print_no_collapsed_range() {
    // Figures given exactly (as from a program, not a report) allow one
    // rate: the English gives it once, with no "(16.9931% allowing for …)".
    let exact = |x: f64| Stated::exact(Amount::from_base(x).expect("a valid amount"));
    let f = Forecast {
        baseline: Some(Figure::new(exact(100.0), When::year(2020).unwrap())),
        target: Some(Figure::new(exact(218.5), When::year(2025).unwrap())),
        rate: Some(Stated::exact(Rate::from_fraction(0.169931).unwrap())),
        ..Forecast::default()
    };
    let text = check(&f).to_string();
    assert!(
        text.contains("implies 16.92% a year over 5 years, not the stated 16.9931%, which"),
        "{text}"
    );
    assert!(!text.contains("allowing for"), "{text}");
}

/// A forecast whose target has no year, with one alternative per year it
/// may have (as the extractor gives for "this year" with no publication
/// date): the years decide only where they all give one verdict.
fn undated_target(stated: &str, years: core::ops::RangeInclusive<i32>) -> Forecast {
    let base = Some(("4.0 billion GBP", Some("2019")));
    let mut f = forecast(base, Some(("9.0 billion GBP", None)), Some(stated), None);
    f.alternatives = years
        .map(|y| {
            let y = y.to_string();
            forecast(
                base,
                Some(("9.0 billion GBP", Some(&y))),
                Some(stated),
                None,
            )
        })
        .collect();
    f
}

#[test]
fn every_year_an_undated_end_may_have_decides_only_together() {
    // 4.0 -> 9.0 is 125% over one year and 50% over two (sqrt 2.25), less
    // over more: 60% fits no year from 2020 to 2069.
    let f = undated_target("60%", 2020..=2069);
    let report = check(&f);
    assert_eq!(report.verdict, Verdict::Inconsistent);
    assert!(report.analysis.is_none());
    assert_eq!(
        report.to_string(),
        "Inconsistent: the passage gives no year for the target, but every year from 2020 \
         to 2069 gives that verdict; the nearest, 4.0 billion GBP (2019) to 9.0 billion GBP \
         (2021), implies 50.00% a year, against a stated 60%."
    );
    // 50% fits 2021 and no other year: no verdict.
    let f = undated_target("50%", 2020..=2069);
    assert_eq!(
        check(&f).verdict,
        Verdict::Unverifiable(Reason::NoTargetYear)
    );
    // An alternative that changes more than the year is another reading,
    // not a year: no verdict.
    let mut f = undated_target("60%", 2020..=2069);
    f.alternatives[3].baseline = Some(figure("4.5 billion GBP", Some("2019")));
    assert_eq!(
        check(&f).verdict,
        Verdict::Unverifiable(Reason::NoTargetYear)
    );
    // With a period stated, the period dates the end: one reading, with
    // its numbers.
    let mut f = undated_target("60%", 2020..=2069);
    f.period = Some(Period::new(2019, 2021).expect("a valid period"));
    let report = check(&f);
    assert_eq!(report.verdict, Verdict::Inconsistent);
    let a = report.analysis.expect("the period's reading");
    assert_eq!(
        (a.from, a.to),
        (When::year(2019).unwrap(), When::year(2021).unwrap())
    );
}
