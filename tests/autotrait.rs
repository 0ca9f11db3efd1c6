//! Every public type can cross threads and be pinned freely, as in
//! `semver`'s `tests/test_autotrait.rs`. Losing one of these traits (say by
//! adding an `Rc` or a raw pointer to a type) is a breaking change, and
//! this file stops compiling when it happens.

#![allow(clippy::extra_unused_type_parameters)]

use std::panic::{RefUnwindSafe, UnwindSafe};

fn require_send_sync_unpin<T: Send + Sync + Unpin>() {}

/// Plain values that a panic cannot leave half-updated.
fn require_unwind_safe<T: UnwindSafe + RefUnwindSafe>() {}

#[test]
fn every_public_type_is_send_sync_and_unpin() {
    require_send_sync_unpin::<cagr::Amount>();
    require_send_sync_unpin::<cagr::Currency>();
    require_send_sync_unpin::<cagr::Error>();
    require_send_sync_unpin::<cagr::Path>();
    require_send_sync_unpin::<cagr::PathPoint>();
    require_send_sync_unpin::<cagr::Rate>();
    require_send_sync_unpin::<cagr::Scale>();
    require_send_sync_unpin::<cagr::Span>();
    require_send_sync_unpin::<cagr::When>();
    require_send_sync_unpin::<cagr::Years<'static>>();
    require_send_sync_unpin::<cagr::Result<cagr::Rate>>();
    // The checker.
    require_send_sync_unpin::<cagr::Analysis>();
    require_send_sync_unpin::<cagr::Convention>();
    require_send_sync_unpin::<cagr::Figure>();
    require_send_sync_unpin::<cagr::Forecast>();
    require_send_sync_unpin::<cagr::Hedge>();
    require_send_sync_unpin::<cagr::Interval>();
    require_send_sync_unpin::<cagr::Options>();
    require_send_sync_unpin::<cagr::Period>();
    require_send_sync_unpin::<cagr::Qualifier>();
    require_send_sync_unpin::<cagr::Reading>();
    require_send_sync_unpin::<cagr::Readings>();
    require_send_sync_unpin::<cagr::Reason>();
    require_send_sync_unpin::<cagr::Reconciliation>();
    require_send_sync_unpin::<cagr::Report<'static>>();
    require_send_sync_unpin::<cagr::Source>();
    require_send_sync_unpin::<cagr::Stated<cagr::Amount>>();
    require_send_sync_unpin::<cagr::Stated<cagr::Rate>>();
    require_send_sync_unpin::<cagr::Verdict>();
}

#[test]
fn every_public_type_is_unwind_safe() {
    require_unwind_safe::<cagr::Amount>();
    require_unwind_safe::<cagr::Currency>();
    require_unwind_safe::<cagr::Error>();
    require_unwind_safe::<cagr::Path>();
    require_unwind_safe::<cagr::PathPoint>();
    require_unwind_safe::<cagr::Rate>();
    require_unwind_safe::<cagr::Scale>();
    require_unwind_safe::<cagr::Span>();
    require_unwind_safe::<cagr::When>();
    require_unwind_safe::<cagr::Years<'static>>();
    require_unwind_safe::<cagr::Analysis>();
    require_unwind_safe::<cagr::Convention>();
    require_unwind_safe::<cagr::Figure>();
    require_unwind_safe::<cagr::Forecast>();
    require_unwind_safe::<cagr::Hedge>();
    require_unwind_safe::<cagr::Interval>();
    require_unwind_safe::<cagr::Options>();
    require_unwind_safe::<cagr::Period>();
    require_unwind_safe::<cagr::Qualifier>();
    require_unwind_safe::<cagr::Reading>();
    require_unwind_safe::<cagr::Readings>();
    require_unwind_safe::<cagr::Reason>();
    require_unwind_safe::<cagr::Reconciliation>();
    require_unwind_safe::<cagr::Report<'static>>();
    require_unwind_safe::<cagr::Source>();
    require_unwind_safe::<cagr::Stated<cagr::Amount>>();
    require_unwind_safe::<cagr::Stated<cagr::Rate>>();
    require_unwind_safe::<cagr::Verdict>();
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
