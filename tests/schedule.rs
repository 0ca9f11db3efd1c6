//! Multi-segment schedules, read as a specification. Expected numbers are
//! computed independently with mpmath at 40 digits (the expression is next
//! to each value); error messages and printed forms are asserted word for
//! word; properties state composition and exactness.

use crate::year;
use cagr::{
    solve, Amount, Currency, Error, Milestone, Period, Quote, QuoteRole, Rate, Scale, Schedule,
    SchedulePoint, ScheduleYears, Span, Stated, Verdict,
};
use proptest::prelude::*;

// ---------------------------------------------------------------------------
// Helpers
// ---------------------------------------------------------------------------

fn ulps(a: f64, b: f64) -> u64 {
    (a.to_bits() as i64).abs_diff(b.to_bits() as i64)
}

/// Results of one closed form are within this many ulp of mpmath.
const ULPS: u64 = 4;

#[track_caller]
fn close(got: f64, want: f64) {
    assert!(ulps(got, want) <= ULPS, "{got} vs {want}");
}

#[track_caller]
fn stated(text: &str) -> Stated<Amount> {
    text.parse()
        .unwrap_or_else(|e| panic!("{text:?} should parse: {e}"))
}

#[track_caller]
fn quoted(text: &str) -> Stated<Rate> {
    text.parse()
        .unwrap_or_else(|e| panic!("{text:?} should parse: {e}"))
}

#[track_caller]
fn period(from: i32, to: i32) -> Period {
    Period::new(from, to).expect("a valid period")
}

#[track_caller]
fn assert_err<T: std::fmt::Debug>(result: Result<T, Error>, message: &str) {
    match result {
        Ok(v) => panic!("expected the error {message:?}, got {v:?}"),
        Err(e) => assert_eq!(e.to_string(), message),
    }
}

/// The forecast behind the motivating article: four values and the quoted
/// 19.8% over 2026–2030.
fn caict() -> Schedule {
    Schedule::new(
        [
            (year(2025), stated("398.5 billion yuan")),
            (year(2026), stated("486.2 billion yuan")),
            (year(2030), stated("1,000 billion yuan")),
            (year(2035), stated("1,729.5 billion yuan")),
        ],
        [(period(2026, 2030), quoted("19.8%"))],
    )
    .expect("a valid schedule")
}

// ---------------------------------------------------------------------------
// The motivating schedule
// ---------------------------------------------------------------------------

#[test]
fn overall_and_phase_rates() {
    let s = caict();
    // (1729.5 / 398.5)^(1/10) − 1
    close(s.rate().as_fraction(), 0.15810843309081219);
    assert_eq!(format!("{:.1}", s.rate()), "15.8%");
    let want = [
        // (486.2 / 398.5)^(1/1) − 1
        (2025, 2026, 0.22007528230865747),
        // (1000 / 486.2)^(1/4) − 1
        (2026, 2030, 0.19755718674702038),
        // (1729.5 / 1000)^(1/5) − 1: the unknown phase rate, about 11.6%
        (2030, 2035, 0.1157942351780968),
    ];
    assert_eq!(s.phases().len(), want.len());
    for (p, (from, to, r)) in s.phases().iter().zip(want) {
        assert_eq!(
            (p.from().calendar_year(), p.to().calendar_year()),
            (year(from), year(to))
        );
        close(p.rate().as_fraction(), r);
        assert_eq!(s.rate_between(year(from), year(to)).unwrap(), p.rate());
    }
    assert_eq!(
        format!("{:.1}", s.rate_between(year(2030), year(2035)).unwrap()),
        "11.6%"
    );
    // Any two years, not only milestones: 2027 is 486.2·(1000/486.2)^(1/4),
    // 2033 is 1000·1.7295^(3/5); ((2033)/(2027))^(1/6) − 1.
    close(
        s.rate_between(year(2027), year(2033))
            .unwrap()
            .as_fraction(),
        0.15595302900612049,
    );
    assert_eq!((s.start_year(), s.end_year()), (year(2025), year(2035)));
    assert_eq!(s.start(), stated("398.5 billion yuan").value());
    assert_eq!(s.end(), stated("1,729.5 billion yuan").value());
}

#[test]
fn the_quoted_rate_is_checked_like_any_claim() {
    let s = caict();
    let q: &Quote = &s.quotes()[0];
    assert_eq!(q.role(), QuoteRole::Claim);
    assert_eq!(q.period(), period(2026, 2030));
    assert_eq!(q.rate(), quoted("19.8%"));
    let forecast = q.forecast().unwrap();
    assert_eq!(
        forecast.baseline.unwrap().amount,
        stated("486.2 billion yuan")
    );
    assert_eq!(
        forecast.target.unwrap().amount,
        stated("1,000 billion yuan")
    );
    assert_eq!(forecast.period, Some(period(2026, 2030)));

    let report = q.check().unwrap();
    assert_eq!(report.verdict, Verdict::Consistent);
    let a = report.analysis.unwrap();
    // (1000 / 486.2)^(1/4) − 1 = 19.7557%: 19.76% at two decimals.
    assert_eq!(format!("{:.2}", a.implied), "19.76%");
    // The printed precision (486.15 to 486.25, 999.5 to 1,000.5) allows
    // 19.74% to 19.77%; 19.8% stands for 19.75% to 19.85%.
    assert!(a.implied_interval.overlaps(a.stated_interval));
    assert_eq!(s.checks().count(), 1);
    assert_eq!(s.checks().next().unwrap().1, report);
}

#[test]
fn an_inconsistent_quote_is_reported() {
    let s = Schedule::new(
        [
            (year(2026), stated("486.2 billion yuan")),
            (year(2030), stated("1,000 billion yuan")),
        ],
        [(period(2026, 2030), quoted("21%"))],
    )
    .unwrap();
    assert_eq!(
        s.quotes()[0].check().unwrap().verdict,
        Verdict::Inconsistent
    );
}

#[test]
fn display_names_the_convention_of_every_rate() {
    assert_eq!(
        caict().to_string(),
        "2025  398.5 billion CNY\n\
         \x20       2025-2026  22.01% a year (CAGR)\n\
         2026  486.2 billion CNY\n\
         \x20       2026-2030  19.76% a year (CAGR); quoted 19.8% a year (CAGR): consistent\n\
         2030  1,000 billion CNY\n\
         \x20       2030-2035  11.58% a year (CAGR)\n\
         2035  1,729.5 billion CNY\n\
         overall 2025-2035  15.81% a year (CAGR)"
    );
    let short = format!("{:.1}", caict());
    assert!(
        short.ends_with("overall 2025-2035  15.8% a year (CAGR)"),
        "{short}"
    );
    let long = format!("{:#}", caict());
    assert!(
        long.contains("\n\nquoted 19.8% over 2026-2030: Consistent: 486.2 billion CNY in 2026"),
        "{long}"
    );
}

#[test]
fn tables() {
    assert_eq!(
        caict().table(Scale::Billion).to_csv(),
        "span,from,to,start,end,cagr_pct,quoted_pct,check\r\n\
         phase 1,2025,2026,398.50,486.20,22.0075,,\r\n\
         phase 2,2026,2030,486.20,1000.00,19.7557,19.8,consistent\r\n\
         phase 3,2030,2035,1000.00,1729.50,11.5794,,\r\n\
         overall,2025,2035,398.50,1729.50,15.8108,,\r\n"
    );
    let path = caict().path_table(Scale::Billion);
    assert_eq!(
        path.headers,
        ["year", "value", "change_pct", "phase", "boundary"]
    );
    assert_eq!(path.rows.len(), 11);
    assert_eq!(path.rows[0], ["2025", "398.50", "", "1", "yes"]);
    // 486.2·(1000/486.2)^(1/4) = 582.2523…
    assert_eq!(path.rows[2], ["2027", "582.25", "19.76", "2", ""]);
    assert_eq!(path.rows[5], ["2030", "1000.00", "19.76", "3", "yes"]);
    assert_eq!(path.rows[10], ["2035", "1729.50", "11.58", "3", "yes"]);
    assert!(caict()
        .path_table(Scale::Billion)
        .to_markdown()
        .starts_with("| year | value | change_pct | phase | boundary |\n"));
}

#[test]
fn the_path_marks_boundaries_and_is_exact_at_every_value() {
    let s = caict();
    let points: Vec<SchedulePoint> = s.years().collect();
    assert_eq!(s.years().len(), 11);
    let years: Vec<i32> = points.iter().map(|p| p.year.get()).collect();
    assert_eq!(years, (2025..=2035).collect::<Vec<_>>());
    let boundaries: Vec<i32> = points
        .iter()
        .filter(|p| p.boundary)
        .map(|p| p.year.get())
        .collect();
    assert_eq!(boundaries, [2025, 2026, 2030, 2035]);
    let phases: Vec<usize> = points.iter().map(|p| p.phase).collect();
    assert_eq!(phases, [0, 1, 1, 1, 1, 2, 2, 2, 2, 2, 2]);
    for m in s.milestones() {
        let p = points.iter().find(|p| p.year == m.year).unwrap();
        assert_eq!(
            p.value.value().to_bits(),
            m.value.value().to_bits(),
            "{}",
            m.year
        );
        assert_eq!(p.value, m.given.unwrap().value());
    }
    assert_eq!(points[0].change, None);
    // 486.2·(1000/486.2)^(k/4) for k = 1, 2; 1000·1.7295^(1/5).
    close(points[2].value.value(), 582252304196.4014);
    close(points[3].value.value(), 697280431390.4127);
    close(points[6].value.value(), 1115794235178.0967);
    assert_eq!(s.value_at(year(2024)), None);
    assert_eq!(s.value_at(year(2036)), None);
    assert_eq!(
        s.value_at(year(2030)),
        Some(stated("1,000 billion yuan").value())
    );
    // The iterator is fused and `&Schedule` iterates.
    let mut it: ScheduleYears<'_> = s.years();
    it.by_ref().for_each(drop);
    assert_eq!(it.next(), None);
    assert_eq!((&s).into_iter().count(), 11);
}

// ---------------------------------------------------------------------------
// Solving one unknown
// ---------------------------------------------------------------------------

#[test]
fn a_quote_sets_the_final_value() {
    let s = Schedule::new(
        [
            (year(2025), stated("398.5 billion yuan")),
            (year(2030), stated("1,000 billion yuan")),
        ],
        [(period(2030, 2035), quoted("11.6%"))],
    )
    .unwrap();
    // 1000e9 · 1.116^5
    close(s.end().value(), 1731095283096.576);
    assert_eq!(format!("{:.1}", s.end()), "1,731.1 billion CNY");
    assert_eq!(s.end().currency(), Some(Currency::CNY));
    let last: &Milestone = s.milestones().last().unwrap();
    assert_eq!((last.year, last.given), (year(2035), None));
    assert_eq!(s.quotes()[0].role(), QuoteRole::Input { year: year(2035) });
    assert!(s.quotes()[0].check().is_none());
    assert_eq!(s.checks().count(), 0);
    assert!(s
        .to_string()
        .contains("2035  1,731.1 billion CNY (set by a quoted rate)"));
    assert!(s.to_string().contains(
        "2030-2035  11.60% a year (CAGR); quoted 11.6% a year (CAGR): sets the value in 2035"
    ));
}

#[test]
fn an_overall_quote_solves_the_last_phase() {
    let s = Schedule::new(
        [
            (year(2025), stated("398.5 billion yuan")),
            (year(2026), stated("486.2 billion yuan")),
            (year(2030), stated("1,000 billion yuan")),
        ],
        [(period(2025, 2035), quoted("15.8%"))],
    )
    .unwrap();
    // 398.5e9 · 1.158^10
    close(s.end().value(), 1727881360239.7244);
    // (398.5 · 1.158^10 / 1000)^(1/5) − 1
    close(s.phases()[2].rate().as_fraction(), 0.1155853024907862);
    assert_eq!(s.quotes()[0].role(), QuoteRole::Input { year: year(2035) });
    assert_eq!(
        s.table(Scale::Billion).rows[3],
        ["overall", "2025", "2035", "398.50", "1727.88", "15.8000", "15.8", "input"]
    );
}

#[test]
fn a_quote_sets_a_value_backwards() {
    let s = Schedule::new(
        [
            (year(2035), stated("1,729.5 billion yuan")),
            (year(2025), stated("398.5 billion yuan")),
        ],
        [(period(2030, 2035), quoted("11.6%"))],
    )
    .unwrap();
    // 1729.5e9 / 1.116^5
    close(s.milestones()[1].value.value(), 999078454483.6132);
    assert_eq!(s.quotes()[0].role(), QuoteRole::Input { year: year(2030) });
}

#[test]
fn quoted_phase_rates_compose_to_the_final_phase() {
    // Rates for the first two phases, values at both ends: the last
    // phase's rate is what is left.
    let s = Schedule::new(
        [
            (year(2025), stated("398.5 billion yuan")),
            (year(2035), stated("1,729.5 billion yuan")),
        ],
        [
            (period(2025, 2026), quoted("22%")),
            (period(2026, 2030), quoted("19.8%")),
        ],
    )
    .unwrap();
    // 398.5 · 1.22 and 398.5 · 1.22 · 1.198^4
    close(s.milestones()[1].value.value(), 486170000000.0);
    close(s.milestones()[2].value.value(), 1001418081294.0507);
    // (1729.5 / (398.5 · 1.22 · 1.198^4))^(1/5) − 1
    close(s.phases()[2].rate().as_fraction(), 0.11547804676920329);
}

#[test]
fn roles_of_quotes() {
    // 2035 is set by the first quote; the second then has a derived end.
    let s = Schedule::new(
        [
            (year(2025), stated("398.5 billion yuan")),
            (year(2030), stated("1,000 billion yuan")),
        ],
        [
            (period(2030, 2035), quoted("11.6%")),
            (period(2025, 2035), quoted("15.8%")),
            (period(2025, 2030), quoted("20.2%")),
        ],
    )
    .unwrap();
    let roles: Vec<QuoteRole> = s.quotes().iter().map(Quote::role).collect();
    assert_eq!(
        roles,
        [
            QuoteRole::Input { year: year(2035) },
            QuoteRole::Unchecked,
            QuoteRole::Claim
        ]
    );
    // (1000 / 398.5)^(1/5) − 1 = 20.22%: 20.2% is consistent.
    assert_eq!(s.quotes()[2].check().unwrap().verdict, Verdict::Consistent);
    let text = s.to_string();
    assert!(text.contains(
        // (1000 · 1.116^5 / 398.5)^(1/10) − 1 = 15.8215%
        "overall 2025-2035  15.82% a year (CAGR); quoted 15.8% a year (CAGR): not checked, one end was set by another quote"
    ), "{text}");
    let t = s.table(Scale::Billion);
    assert_eq!(t.rows[0][6..], ["20.2", "consistent"]);
    assert_eq!(t.rows[2][6..], ["15.8", "unchecked"]);
}

#[test]
fn a_quote_over_several_phases_gets_its_own_row() {
    let s = Schedule::new(
        [
            (year(2025), stated("398.5 billion yuan")),
            (year(2026), stated("486.2 billion yuan")),
            (year(2030), stated("1,000 billion yuan")),
            (year(2035), stated("1,729.5 billion yuan")),
        ],
        [(period(2026, 2035), quoted("15%"))],
    )
    .unwrap();
    let t = s.table(Scale::Billion);
    // (1729.5 / 486.2)^(1/9) − 1 = 15.1420%, inside the 14.5% to 15.5%
    // that a printed 15% stands for: consistent.
    assert_eq!(
        t.rows[4],
        [
            "quoted",
            "2026",
            "2035",
            "486.20",
            "1729.50",
            "15.1420",
            "15",
            "consistent"
        ]
    );
    assert!(s
        .to_string()
        .ends_with("\n2026-2035  quoted 15% a year (CAGR): consistent"));
}

#[test]
fn printed_ranges_use_their_midpoints() {
    let s = Schedule::new(
        [
            (year(2020), stated("7-8 billion USD")),
            (year(2025), stated("10 billion USD")),
        ],
        [(period(2025, 2027), quoted("10-12%"))],
    )
    .unwrap();
    assert_eq!(s.start().value(), 7.5e9);
    // 10e9 · 1.11^2
    close(s.end().value(), 12321000000.0);
}

#[test]
fn amounts_without_currency_take_the_schedules() {
    let s = Schedule::new(
        [
            (year(2025), stated("398.5 billion")),
            (year(2026), stated("486.2 billion yuan")),
        ],
        [],
    )
    .unwrap();
    assert!(s
        .milestones()
        .iter()
        .all(|m| m.value.currency() == Some(Currency::CNY)));
    assert!(s.years().all(|p| p.value.currency() == Some(Currency::CNY)));
}

// ---------------------------------------------------------------------------
// Errors
// ---------------------------------------------------------------------------

#[test]
fn errors() {
    assert_err(
        Schedule::new([(year(2025), stated("1")), (year(2025), stated("2"))], []),
        "two values for 2025: a schedule takes one value a year",
    );
    assert_err(
        Schedule::new([(year(2025), stated("1"))], []),
        "a schedule needs at least two years, got 1",
    );
    assert_err(
        Schedule::new([], []),
        "a schedule needs at least two years, got 0",
    );
    assert_err(
        Schedule::new([], [(period(2025, 2030), quoted("5%"))]),
        "no value for 2025: no figure gives it and no quoted rate reaches it",
    );
    assert_err(
        Schedule::new(
            [
                (year(2025), stated("398.5 billion yuan")),
                (year(2035), stated("1,729.5 billion yuan")),
            ],
            [(period(2026, 2030), quoted("19.8%"))],
        ),
        "no value for 2026: no figure gives it and no quoted rate reaches it",
    );
    assert_err(
        Schedule::new(
            [(year(2024), stated("1 USD")), (year(2025), stated("2 EUR"))],
            [],
        ),
        "cannot combine an amount in USD with one in EUR",
    );
    let s = caict();
    assert_err(
        s.rate_between(year(2020), year(2030)),
        "year 2020 is outside the schedule 2025-2035",
    );
    assert_err(
        s.rate_between(year(2030), year(2036)),
        "year 2036 is outside the schedule 2025-2035",
    );
    assert_err(
        s.rate_between(year(2030), year(2030)),
        "no span from 2030 to 2030: the end must come after the start",
    );
    assert_err(
        s.rate_between(year(2030), year(2026)),
        "no span from 2030 to 2026: the end must come after the start",
    );
    // A value a quote sets may overflow.
    assert_err(
        Schedule::new(
            [(year(2000), stated("1,000,000"))],
            [(period(2000, 2999), quoted("200%"))],
        ),
        "the computed end value is out of range: inf",
    );
}

#[test]
fn schedule_types_are_send_sync() {
    fn require<T: Send + Sync + Unpin + std::panic::UnwindSafe>() {}
    require::<Schedule>();
    require::<Milestone>();
    require::<Quote>();
    require::<QuoteRole>();
    require::<SchedulePoint>();
    require::<ScheduleYears<'static>>();
}

// ---------------------------------------------------------------------------
// Properties
// ---------------------------------------------------------------------------

/// Schedules of 2 to 6 values in USD, 1 to 8 years apart, starting between
/// 1e-3 and 1e12, each phase growing by a factor of 0.5 to 3 a year (−50%
/// to +200%, the range of real forecasts). Steeper falls are left out on
/// purpose: a rate near −100% cannot carry the digits of `1 + r`, so the
/// phase rates of a collapse do not compose to the overall rate to more
/// than a few digits, however they are computed.
fn schedule() -> impl Strategy<Value = Schedule> {
    (
        -3.0f64..12.0,
        prop::collection::vec((1i32..=8, 0.5f64..3.0), 1..=5),
    )
        .prop_map(|(exp, steps)| {
            let mut year = 2000;
            let mut value = 10f64.powf(exp);
            let mut values = vec![(year, value)];
            for (gap, factor) in steps {
                year += gap;
                value *= factor.powi(gap);
                values.push((year, value));
            }
            let values = values.into_iter().map(|(y, v)| {
                let a = Amount::from_base(v).unwrap().with_currency(Currency::USD);
                (crate::year(y), Stated::exact(a))
            });
            Schedule::new(values.collect::<Vec<_>>(), []).expect("valid by construction")
        })
}

proptest! {
    /// The overall CAGR is the CAGR between the path's endpoints, and the
    /// rate between the first and last years.
    #[test]
    fn overall_rate_is_the_paths(s in schedule()) {
        let points: Vec<SchedulePoint> = s.years().collect();
        let (a, z) = (points[0], points[points.len() - 1]);
        let n = Span::from_years(f64::from(a.year.until(z.year))).unwrap();
        prop_assert_eq!(solve::rate(a.value, z.value, n).unwrap(), s.rate());
        prop_assert_eq!(s.rate_between(a.year, z.year).unwrap(), s.rate());
    }

    /// Phase rates compose: (1 + R)^N = Π (1 + r_i)^(n_i), in logs.
    #[test]
    fn phase_rates_compose(s in schedule()) {
        let total: f64 = s
            .phases()
            .iter()
            .map(|p| f64::from(p.from().calendar_year().until(p.to().calendar_year())) * p.rate().as_fraction().ln_1p())
            .sum();
        let n = f64::from(s.start_year().until(s.end_year()));
        let overall = n * s.rate().as_fraction().ln_1p();
        // Each log growth carries a few ulp of the phase's magnitude.
        let scale: f64 = s
            .phases()
            .iter()
            .map(|p| (f64::from(p.from().calendar_year().until(p.to().calendar_year())) * p.rate().as_fraction().ln_1p()).abs())
            .sum::<f64>()
            .max(1e-300);
        prop_assert!((total - overall).abs() <= 1e-14 * scale.max(1.0), "{total} vs {overall}");
    }

    /// The path is exact at every value: the milestones' values, bit for
    /// bit, in the years they were given.
    #[test]
    fn path_is_exact_at_every_value(s in schedule()) {
        for p in s.years().filter(|p| p.boundary) {
            let m = s.milestones().iter().find(|m| m.year == p.year).unwrap();
            prop_assert_eq!(p.value.value().to_bits(), m.value.value().to_bits());
            prop_assert_eq!(p.value, m.given.unwrap().value());
        }
        prop_assert_eq!(s.years().filter(|p| p.boundary).count(), s.milestones().len());
    }

    /// Within each phase the path is monotone in the phase's direction.
    #[test]
    fn path_is_monotone_within_phases(s in schedule()) {
        let points: Vec<SchedulePoint> = s.years().collect();
        for w in points.windows(2) {
            // The step from one year to the next lies in the first year's
            // phase (a boundary year belongs to the phase it starts).
            let p = &s.phases()[w[0].phase];
            let up = p.end() >= p.start();
            let ok = if up { w[1].value >= w[0].value } else { w[1].value <= w[0].value };
            prop_assert!(ok, "{} -> {}", w[0].year, w[1].year);
        }
    }

    /// A quote that sets the final value is reproduced by the phase it
    /// spans: projecting at the quoted rate, then solving, returns it.
    #[test]
    fn a_quote_that_sets_a_value_is_the_phase_rate(
        exp in -3.0f64..12.0,
        percent in -50.0f64..100.0,
        gap in 1i32..20,
    ) {
        let rate = Rate::from_percent((percent * 10.0).round() / 10.0).unwrap();
        let start = Amount::from_base(10f64.powf(exp)).unwrap();
        let s = Schedule::new(
            [(year(2000), Stated::exact(start))],
            [(Period::new(2000, 2000 + gap).unwrap(), Stated::printed(rate, 1))],
        ).unwrap();
        let got = s.rate().as_fraction();
        prop_assert!((got - rate.as_fraction()).abs() <= 1e-13 * (1.0 + rate.as_fraction().abs()), "{got} vs {rate}");
    }
}
