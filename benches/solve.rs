//! Criterion benchmarks for the solvers and a 50-year path.
//!
//! * `motivating/*`: each solver on the case the crate was written for
//!   (600 → 1,729.5 billion CNY over 11 years; a stated rate of 15.6%).
//! * `batch_1000/*`: each solver over 1,000 varied valid inputs, generated
//!   once by an inline xorshift PRNG (deterministic, no extra dependencies),
//!   reported per element.
//! * `path_50y/*`: a 50-year [`Path`] (51 yearly points) built and fully
//!   iterated (folded, so no allocation is timed).
//!
//! Run with `cargo bench --bench solve`; the whole run takes well under two
//! minutes.

use std::hint::black_box;
use std::time::Duration;

use cagr::{solve, Amount, Currency, Path, Rate, Scale, Span, When};
use criterion::{criterion_group, criterion_main, Criterion, Throughput};

/// Number of inputs in the batch benchmarks.
const BATCH: usize = 1_000;

/// One set of inputs, consistent for all four solvers: `end` is
/// `solve::end(start, rate, span)`.
#[derive(Clone, Copy)]
struct Case {
    start: Amount,
    end: Amount,
    rate: Rate,
    span: Span,
}

/// The motivating case: 600 → 1,729.5 billion CNY over 11 years, and the
/// stated 15.6% a year.
fn motivating() -> Case {
    let bn = |v: f64| {
        Amount::new(v, Scale::Billion)
            .expect("valid amount")
            .with_currency(Currency::CNY)
    };
    Case {
        start: bn(600.0),
        end: bn(1729.5),
        rate: Rate::from_percent(15.6).expect("valid rate"),
        span: Span::from_years(11.0).expect("valid span"),
    }
}

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
}

/// 1,000 varied inputs, each valid for every solver:
///
/// * start: 1 to 1,000 in a random scale (units to trillions), in one of a
///   few currencies or none;
/// * rate: `exp(c) − 1` with `c` uniform in [−0.5, 1.2] (about −39% to
///   +232% a year, so some steep-growth cases take the Newton refinement
///   in the rate solver), never within 0.1% of zero;
/// * span: 0.5 to 60 years, fractional.
fn batch() -> Vec<Case> {
    const CURRENCIES: [Option<Currency>; 5] = [
        None,
        Some(Currency::USD),
        Some(Currency::CNY),
        Some(Currency::EUR),
        Some(Currency::INR),
    ];
    let mut rng = XorShift64(0x9E37_79B9_7F4A_7C15);
    let mut cases = Vec::with_capacity(BATCH);
    while cases.len() < BATCH {
        let scale = Scale::ALL[(rng.next_u64() % Scale::ALL.len() as u64) as usize];
        let currency = CURRENCIES[(rng.next_u64() % CURRENCIES.len() as u64) as usize];
        let mantissa = 10f64.powf(rng.range(0.0, 3.0));
        let mut start = Amount::new(mantissa, scale).expect("valid start");
        if let Some(c) = currency {
            start = start.with_currency(c);
        }
        let continuous = rng.range(-0.5, 1.2);
        if continuous.abs() < 1e-3 {
            continue;
        }
        let rate = Rate::from_continuous(continuous).expect("valid rate");
        let span = Span::from_years(rng.range(0.5, 60.0)).expect("valid span");
        let end = solve::end(start, rate, span).expect("valid end");
        let case = Case {
            start,
            end,
            rate,
            span,
        };
        // Every solver must succeed, so the batch times only the happy path.
        solve::rate(case.start, case.end, case.span).expect("rate solves");
        solve::start(case.end, case.rate, case.span).expect("start solves");
        solve::span(case.start, case.end, case.rate).expect("span solves");
        cases.push(case);
    }
    cases
}

fn bench_motivating(c: &mut Criterion) {
    let m = motivating();
    let mut group = c.benchmark_group("motivating");
    group.bench_function("rate", |b| {
        b.iter(|| solve::rate(black_box(m.start), black_box(m.end), black_box(m.span)))
    });
    group.bench_function("end", |b| {
        b.iter(|| solve::end(black_box(m.start), black_box(m.rate), black_box(m.span)))
    });
    group.bench_function("start", |b| {
        b.iter(|| solve::start(black_box(m.end), black_box(m.rate), black_box(m.span)))
    });
    group.bench_function("span", |b| {
        b.iter(|| solve::span(black_box(m.start), black_box(m.end), black_box(m.rate)))
    });
    group.finish();
}

fn bench_batch(c: &mut Criterion) {
    let cases = batch();
    let mut group = c.benchmark_group("batch_1000");
    group.throughput(Throughput::Elements(cases.len() as u64));
    group.bench_function("rate", |b| {
        b.iter(|| {
            for x in black_box(cases.as_slice()) {
                let _ = black_box(solve::rate(x.start, x.end, x.span));
            }
        })
    });
    group.bench_function("end", |b| {
        b.iter(|| {
            for x in black_box(cases.as_slice()) {
                let _ = black_box(solve::end(x.start, x.rate, x.span));
            }
        })
    });
    group.bench_function("start", |b| {
        b.iter(|| {
            for x in black_box(cases.as_slice()) {
                let _ = black_box(solve::start(x.end, x.rate, x.span));
            }
        })
    });
    group.bench_function("span", |b| {
        b.iter(|| {
            for x in black_box(cases.as_slice()) {
                let _ = black_box(solve::span(x.start, x.end, x.rate));
            }
        })
    });
    group.finish();
}

/// Iterates the whole path, using every field of every point so none of the
/// work is optimised away. Folds rather than collects, so the figure is the
/// path's maths and not the allocator.
fn fold_years(path: &Path) -> f64 {
    path.years().fold(0.0, |sum, p| {
        sum + p.when.position() + p.value.value() + p.change.map_or(0.0, Rate::as_fraction)
    })
}

fn bench_path(c: &mut Criterion) {
    let m = motivating();
    // 50 years at the motivating case's implied rate (about 10.1% a year).
    let implied = solve::rate(m.start, m.end, m.span).expect("rate solves");
    let fifty = Span::from_years(50.0).expect("valid span");
    let end_50y = solve::end(m.start, implied, fifty).expect("valid end");
    let (from, to) = (
        When::year(2024).expect("a year"),
        When::year(2074).expect("a year"),
    );
    let mut group = c.benchmark_group("path_50y");
    group.bench_function("between", |b| {
        b.iter(|| {
            let path = Path::between(
                black_box(from),
                black_box(m.start),
                black_box(to),
                black_box(end_50y),
            )
            .expect("valid path");
            fold_years(&path)
        })
    });
    group.bench_function("at_rate", |b| {
        b.iter(|| {
            let path = Path::at_rate(
                black_box(from),
                black_box(m.start),
                black_box(m.rate),
                black_box(to),
            )
            .expect("valid path");
            fold_years(&path)
        })
    });
    group.finish();
}

criterion_group! {
    name = benches;
    config = Criterion::default()
        .warm_up_time(Duration::from_millis(500))
        .measurement_time(Duration::from_secs(2))
        .sample_size(50);
    targets = bench_motivating, bench_batch, bench_path
}
criterion_main!(benches);
