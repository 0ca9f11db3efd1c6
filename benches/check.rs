//! Criterion benchmarks for the checker.
//!
//! * `check/motivating`: the forecast the crate was written for ("nearly
//!   600 billion yuan" at the end of September 2024 to 1,729.5 billion yuan
//!   in 2035 "at 15.6%"), with its stated period 2025–2035: the longest path
//!   through the checker (month-precise dates, a hedge, six readings and a
//!   full reconciliation).
//! * `check/batch_1000`: 1,000 varied forecasts generated once by an inline
//!   xorshift PRNG (deterministic, no extra dependencies), reported per
//!   forecast: about 40% consistent, 50% inconsistent and 10% unverifiable,
//!   with hedge words, printed ranges, month-precise dates and stated
//!   periods mixed in.
//!
//! Only the check is timed, not building or formatting the report. Run with
//! `cargo bench --bench check`; the run takes about ten seconds.

use std::hint::black_box;
use std::time::Duration;

use cagr::{
    check, Amount, Currency, Figure, Forecast, Period, Qualifier, Rate, Scale, Stated, When,
};
use criterion::{criterion_group, criterion_main, Criterion, Throughput};

/// Number of forecasts in the batch benchmark.
const BATCH: usize = 1_000;

/// xorshift64 (Marsaglia 2003): tiny, deterministic, good enough to vary
/// benchmark inputs.
struct XorShift64(u64);

impl XorShift64 {
    fn next_u64(&mut self) -> u64 {
        let mut x = self.0;
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        self.0 = x;
        x
    }

    /// Uniform in `[0, 1)`.
    fn unit(&mut self) -> f64 {
        (self.next_u64() >> 11) as f64 * (1.0 / (1u64 << 53) as f64)
    }

    /// Uniform in `[lo, hi)`.
    fn range(&mut self, lo: f64, hi: f64) -> f64 {
        lo + (hi - lo) * self.unit()
    }

    /// Uniform in `0..n`.
    fn below(&mut self, n: u64) -> u64 {
        self.next_u64() % n
    }

    /// True with probability `p`.
    fn chance(&mut self, p: f64) -> bool {
        self.unit() < p
    }

    fn pick<T: Copy>(&mut self, items: &[T]) -> T {
        items[self.below(items.len() as u64) as usize]
    }
}

const SCALES: [Scale; 4] = [
    Scale::Thousand,
    Scale::Million,
    Scale::Billion,
    Scale::Trillion,
];
const CURRENCIES: [Option<Currency>; 4] = [
    None,
    Some(Currency::USD),
    Some(Currency::CNY),
    Some(Currency::EUR),
];
const HEDGES: [Qualifier; 6] = [
    Qualifier::Nearly,
    Qualifier::Over,
    Qualifier::About,
    Qualifier::Almost,
    Qualifier::MoreThan,
    Qualifier::Approximately,
];

/// `x` rounded to `decimals` places, as a report prints it.
fn round_to(x: f64, decimals: u8) -> f64 {
    let p = 10f64.powi(i32::from(decimals));
    (x * p).round() / p
}

/// An amount of `mantissa` in `scale`, printed with 0 to 2 decimals and
/// sometimes hedged.
fn amount(
    rng: &mut XorShift64,
    mantissa: f64,
    scale: Scale,
    currency: Option<Currency>,
) -> Stated<Amount> {
    let decimals = rng.below(3) as u8;
    let shown = round_to(mantissa, decimals).max(1.0);
    let mut a = Amount::new(shown, scale).expect("a valid amount");
    if let Some(c) = currency {
        a = a.with_currency(c);
    }
    let stated = Stated::printed(a, decimals);
    if rng.chance(0.25) {
        stated.qualified(rng.pick(&HEDGES))
    } else {
        stated
    }
}

/// A date in `year`, month-precise with probability `p`.
fn date(rng: &mut XorShift64, year: i32, p: f64) -> When {
    if rng.chance(p) {
        When::end_of_month(year, 1 + rng.below(12) as i64).expect("a valid month")
    } else {
        When::year(year).expect("a valid year")
    }
}

/// One forecast: true figures (a start of 1 to 1,000 in a random scale, a
/// rate of −20% to +60%, 1 to 20 years), printed and then, for about half,
/// given a wrong rate; about one in ten loses a figure or mixes currencies.
fn forecast(rng: &mut XorShift64) -> Forecast {
    let scale = rng.pick(&SCALES);
    let currency = rng.pick(&CURRENCIES);
    let start = 10f64.powf(rng.range(0.0, 3.0));
    let r = rng.range(-0.2, 0.6);
    let n = 1 + rng.below(20) as i32;
    let from_year = 2000 + rng.below(30) as i32;
    let end = start * (1.0 + r).powi(n);
    // The end in the start's scale, or one scale down if it fell below 1.
    let (end_mantissa, end_scale) = if end >= 1.0 || scale == Scale::Thousand {
        (end, scale)
    } else {
        (
            end * 1000.0,
            SCALES[SCALES.iter().position(|&s| s == scale).unwrap_or(1) - 1],
        )
    };
    let baseline = amount(rng, start, scale, currency);
    let target = amount(rng, end_mantissa, end_scale, currency);
    let stated_rate = if rng.chance(0.5) {
        r
    } else {
        // Off by 0.3 to 10 points either way: inconsistent, some near misses.
        let off = rng.range(0.003, 0.1);
        if rng.chance(0.5) {
            r + off
        } else {
            r - off
        }
    };
    let rate = if rng.chance(0.05) {
        let lo = round_to(stated_rate * 100.0, 0);
        Stated::<Rate>::range(
            Rate::from_percent(lo).expect("a valid rate"),
            Rate::from_percent(lo + 2.0).expect("a valid rate"),
        )
        .expect("a valid range")
    } else {
        let decimals = rng.below(3) as u8;
        let shown = round_to(stated_rate * 100.0, decimals);
        let stated = Stated::printed(Rate::from_percent(shown).expect("a valid rate"), decimals);
        if rng.chance(0.1) {
            stated.qualified(rng.pick(&HEDGES))
        } else {
            stated
        }
    };
    let mut f = Forecast {
        baseline: Some(Figure::new(baseline, date(rng, from_year, 0.3))),
        target: Some(Figure::new(target, date(rng, from_year + n, 0.15))),
        rate: Some(rate),
        period: None,
        source: None,
        alternatives: Vec::new(),
    };
    if rng.chance(0.2) {
        // A stated period one year shorter than the values' years, as when a
        // report counts from the first forecast year.
        if n > 1 {
            f.period = Some(Period::new(from_year + 1, from_year + n).expect("a valid period"));
        }
    }
    if rng.chance(0.1) {
        match rng.below(5) {
            0 => f.baseline = None,
            1 => f.rate = None,
            2 => {
                if let Some(t) = f.target.as_mut() {
                    t.when = None;
                }
                f.period = None;
            }
            3 => {
                let t = f.target.as_mut().expect("a target");
                let a = t.amount.value().with_currency(Currency::JPY);
                t.amount = Stated::printed(a, 0);
                if let Some(b) = f.baseline.as_mut() {
                    b.amount = Stated::printed(b.amount.value().with_currency(Currency::USD), 0);
                }
            }
            _ => {
                if let Some(t) = f.target.as_mut() {
                    t.when = Some(When::year(from_year - 1).expect("a valid year"));
                }
            }
        }
    }
    f
}

fn batch() -> Vec<Forecast> {
    let mut rng = XorShift64(0x2545_F491_4F6C_DD1D);
    (0..BATCH).map(|_| forecast(&mut rng)).collect()
}

fn motivating() -> Forecast {
    Forecast {
        baseline: Some(Figure::new(
            "nearly 600 billion yuan".parse().expect("a valid amount"),
            When::end_of_month(2024, 9).expect("a valid month"),
        )),
        target: Some(Figure::new(
            "1,729.5 billion yuan".parse().expect("a valid amount"),
            When::year(2035).expect("a valid year"),
        )),
        rate: Some("15.6%".parse().expect("a valid rate")),
        period: Some(Period::new(2025, 2035).expect("a valid period")),
        source: None,
        alternatives: Vec::new(),
    }
}

fn bench_check(c: &mut Criterion) {
    let forecasts = batch();
    // The batch mixes every verdict (checked once, outside the timing).
    let share = |v: &str| {
        forecasts
            .iter()
            .filter(|f| check(f).verdict.as_str() == v)
            .count() as f64
            / BATCH as f64
    };
    for (verdict, at_least) in [
        ("consistent", 0.3),
        ("inconsistent", 0.3),
        ("unverifiable", 0.05),
    ] {
        assert!(share(verdict) >= at_least, "{verdict}: {}", share(verdict));
    }
    let one = motivating();
    let mut group = c.benchmark_group("check");
    group.bench_function("motivating", |b| b.iter(|| check(black_box(&one)).verdict));
    group.throughput(Throughput::Elements(forecasts.len() as u64));
    group.bench_function("batch_1000", |b| {
        b.iter(|| {
            for f in black_box(forecasts.as_slice()) {
                let report = check(f);
                black_box((report.verdict, report.analysis));
            }
        })
    });
    group.finish();
}

criterion_group! {
    name = benches;
    config = Criterion::default()
        .warm_up_time(Duration::from_millis(500))
        .measurement_time(Duration::from_secs(3))
        .sample_size(50);
    targets = bench_check
}
criterion_main!(benches);
