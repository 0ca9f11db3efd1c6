//! Every public type can cross threads and be pinned freely, as in
//! `semver`'s `tests/test_autotrait.rs`. Losing one of these traits (say by
//! adding an `Rc` or a raw pointer to a type) is a breaking change, and
//! this file stops compiling when it happens.
//!
//! The list is every `pub struct` and `pub enum` in `src/` (`grep -n
//! "pub struct\|pub enum" src/*.rs`), except the doctest holder
//! `ReadmeDoctests`. A new public type belongs here.

#![allow(clippy::extra_unused_type_parameters)]

use std::panic::{RefUnwindSafe, UnwindSafe};

fn require_send_sync_unpin<T: Send + Sync + Unpin>() {}

/// Plain values that a panic cannot leave half-updated.
fn require_unwind_safe<T: UnwindSafe + RefUnwindSafe>() {}

/// Both requirements for each type, so that one list serves both tests.
macro_rules! every_public_type {
    ($check:ident) => {
        // Values.
        $check::<cagr::Amount>();
        $check::<cagr::Compounding>();
        $check::<cagr::CompoundedRate>();
        $check::<cagr::Currency>();
        $check::<cagr::Error>();
        $check::<cagr::Rate>();
        $check::<cagr::Scale>();
        $check::<cagr::Span>();
        $check::<cagr::When>();
        $check::<cagr::Result<cagr::Rate>>();
        // Paths and tables.
        $check::<cagr::Path>();
        $check::<cagr::PathPoint>();
        $check::<cagr::Years<'static>>();
        $check::<cagr::Table>();
        // Printed figures and forecasts.
        $check::<cagr::Figure>();
        $check::<cagr::Forecast>();
        $check::<cagr::Hedge>();
        $check::<cagr::Period>();
        $check::<cagr::Qualifier>();
        $check::<cagr::Source>();
        $check::<cagr::Stated<cagr::Amount>>();
        $check::<cagr::Stated<cagr::Rate>>();
        // The checker.
        $check::<cagr::Analysis>();
        $check::<cagr::Convention>();
        $check::<cagr::Interval>();
        $check::<cagr::CheckSettings>();
        $check::<cagr::Hedging>();
        $check::<cagr::Reading>();
        $check::<cagr::Readings>();
        $check::<cagr::Reason>();
        $check::<cagr::Reconciliation>();
        $check::<cagr::Report<'static>>();
        $check::<cagr::Verdict>();
        // Extraction.
        $check::<cagr::Claim>();
        $check::<cagr::Spans>();
        // Batches.
        $check::<cagr::batch::RowErrors>();
        // Fits.
        $check::<cagr::fit::FitComparison>();
        $check::<cagr::fit::FitPoint>();
        $check::<cagr::fit::GrowthFit>();
        $check::<cagr::fit::Shape>();
        $check::<cagr::fit::TrendFit>();
        // Schedules and scenarios.
        $check::<cagr::Milestone>();
        $check::<cagr::Quote>();
        $check::<cagr::QuoteRole>();
        $check::<cagr::RateGrid>();
        $check::<cagr::Schedule>();
        $check::<cagr::SchedulePoint>();
        $check::<cagr::ScheduleYears<'static>>();
        $check::<cagr::Sensitivity>();
        // Charts.
        #[cfg(feature = "plot")]
        $check::<cagr::plot::Chart>();
    };
}

#[test]
fn every_public_type_is_send_sync_and_unpin() {
    every_public_type!(require_send_sync_unpin);
}

#[test]
fn every_public_type_is_unwind_safe() {
    every_public_type!(require_unwind_safe);
}

/// The error type works with `std::error::Error`-based handling across
/// threads (`Box<dyn Error + Send + Sync>`, `anyhow`).
#[test]
fn the_error_boxes_as_a_thread_safe_std_error() {
    let e: Box<dyn std::error::Error + Send + Sync + 'static> =
        Box::new(cagr::Rate::from_percent(-150.0).unwrap_err());
    assert_eq!(
        e.to_string(),
        "invalid rate -150%: a rate must be finite and above -100%"
    );
}
