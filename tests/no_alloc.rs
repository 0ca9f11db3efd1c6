//! `check` never touches the heap.
//!
//! A counting wrapper around the system allocator is installed for this test
//! binary only (a global allocator affects every test in the binary, hence
//! the separate file). It counts the allocations made on the current thread
//! while counting is switched on, so the test harness's own threads do not
//! disturb the figure. The counter itself is shared, so the file holds a
//! single test.

use std::alloc::{GlobalAlloc, Layout, System};
use std::cell::Cell;
use std::hint::black_box;
use std::sync::atomic::{AtomicUsize, Ordering};

use cagr::{check, check_with, CheckSettings, Figure, Forecast, Period, Source, Verdict};

/// Allocations (including reallocations) made while counting.
static ALLOCATIONS: AtomicUsize = AtomicUsize::new(0);

thread_local! {
    /// Whether this thread's allocations are being counted. `const`
    /// initialised, so reading it never allocates.
    static COUNTING: Cell<bool> = const { Cell::new(false) };
}

struct Counting;

impl Counting {
    fn note(&self) {
        // `try_with`: the allocator may run while thread-locals are torn down.
        if COUNTING.try_with(Cell::get).unwrap_or(false) {
            ALLOCATIONS.fetch_add(1, Ordering::Relaxed);
        }
    }
}

// SAFETY: every call is passed straight to `System`, which upholds the
// `GlobalAlloc` contract; the wrapper only counts.
unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        self.note();
        // SAFETY: the caller's guarantees for `layout` are passed on.
        unsafe { System.alloc(layout) }
    }

    unsafe fn alloc_zeroed(&self, layout: Layout) -> *mut u8 {
        self.note();
        // SAFETY: as above.
        unsafe { System.alloc_zeroed(layout) }
    }

    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        self.note();
        // SAFETY: as above; `ptr` came from this allocator, hence `System`.
        unsafe { System.realloc(ptr, layout, new_size) }
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        // SAFETY: as above.
        unsafe { System.dealloc(ptr, layout) }
    }
}

#[global_allocator]
static GLOBAL: Counting = Counting;

/// The allocations `f` makes on this thread.
fn allocations(f: impl FnOnce()) -> usize {
    let before = ALLOCATIONS.load(Ordering::Relaxed);
    COUNTING.with(|c| c.set(true));
    f();
    COUNTING.with(|c| c.set(false));
    ALLOCATIONS.load(Ordering::Relaxed) - before
}

#[track_caller]
fn figure(amount: &str, when: Option<&str>) -> Option<Figure> {
    Some(Figure {
        amount: amount.parse().expect("a valid amount"),
        when: when.map(|w| w.parse().expect("a valid date")),
    })
}

/// Forecasts covering every path through the checker: consistent,
/// inconsistent with and without a stated period, month-precise dates,
/// hedges, ranges, strict readings and each kind of unverifiable.
fn forecasts() -> Vec<Forecast> {
    let published = Forecast {
        baseline: figure("nearly 600 billion yuan", Some("end of September 2024")),
        target: figure("1,729.5 billion yuan", Some("2035")),
        rate: Some("15.6%".parse().expect("a valid rate")),
        period: None,
        // Strings in the forecast are only borrowed by the check.
        source: Some(Source {
            publisher: Some("a publisher".to_owned()),
            title: Some("a title".to_owned()),
            url: None,
            quote: Some("a quote".to_owned()),
        }),
        alternatives: Vec::new(),
    };
    let with_period = Forecast {
        period: Some(Period::new(2025, 2035).expect("a valid period")),
        ..published.clone()
    };
    let plain = |b: &str, bw: Option<&str>, t: &str, tw: Option<&str>, r: &str| Forecast {
        baseline: figure(b, bw),
        target: figure(t, tw),
        rate: Some(r.parse().expect("a valid rate")),
        ..Forecast::default()
    };
    vec![
        published,
        with_period,
        plain(
            "398.5 billion yuan",
            Some("2025"),
            "1,729.5 billion yuan",
            Some("2035"),
            "15.6%",
        ),
        plain(
            "6.10 billion USD",
            Some("2024"),
            "9.29 billion USD",
            Some("2030"),
            "7.24%",
        ),
        plain("100", Some("2020"), "200", Some("2030"), "10%"),
        plain("over 100", Some("2020"), "200", Some("2030"), "about 6%"),
        plain(
            "7-8 billion USD",
            Some("2024"),
            "15 billion USD",
            Some("2030"),
            "11–12%",
        ),
        plain(
            "120.0 million USD",
            Some("end of March 2023"),
            "265.0 million USD",
            Some("end of September 2030"),
            "12.0%",
        ),
        plain(
            "250 million EUR",
            Some("2022"),
            "180 million EUR",
            Some("2028"),
            "-3%",
        ),
        Forecast {
            period: Some(Period::new(2025, 2031).expect("a valid period")),
            ..plain("2.40 billion USD", None, "4.10 billion USD", None, "9.3%")
        },
        plain(
            "6.10 billion USD",
            Some("2024"),
            "9.29 billion EUR",
            Some("2030"),
            "7.24%",
        ),
        plain(
            "6.10 billion USD",
            Some("2030"),
            "9.29 billion USD",
            Some("2024"),
            "7.24%",
        ),
        plain(
            "6.10 billion USD",
            None,
            "9.29 billion USD",
            Some("2030"),
            "7.24%",
        ),
        Forecast {
            rate: None,
            ..plain(
                "6.10 billion USD",
                Some("2024"),
                "9.29 billion USD",
                Some("2030"),
                "7%",
            )
        },
        Forecast::default(),
    ]
}

#[test]
fn check_does_not_allocate() {
    let forecasts = forecasts();
    let strict = CheckSettings::default().with_strict(true);
    // The forecasts reach every kind of verdict, and the inconsistent ones
    // have readings and a reconciliation (so the no-allocation claim covers
    // the full analysis).
    let verdicts: Vec<Verdict> = forecasts.iter().map(|f| check(f).verdict).collect();
    assert!(verdicts.contains(&Verdict::Consistent));
    assert!(verdicts.contains(&Verdict::Inconsistent));
    assert!(verdicts
        .iter()
        .any(|v| matches!(v, Verdict::Unverifiable(_))));
    let published = check(&forecasts[1]).analysis.expect("checkable");
    assert!(published.reconcile.period_start.is_some());
    assert!(published.readings.iter().count() >= 5);

    let count = allocations(|| {
        for f in &forecasts {
            black_box(check(black_box(f)));
            black_box(check_with(black_box(f), black_box(&strict)));
        }
    });
    assert_eq!(count, 0, "check allocated {count} times");

    // The counter works: formatting a report does allocate.
    assert!(allocations(|| drop(black_box(check(&forecasts[0]).to_string()))) > 0);
}
