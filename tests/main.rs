//! The integration tests: one binary, a module per area of the public API.
//!
//! One binary links the crate once (seventeen binaries used to link it
//! seventeen times, for every feature combination CI builds). `Cargo.toml`
//! sets `autotests = false` so the module files beside this one are not
//! also built as binaries of their own; [`every_file_is_a_module`] fails if
//! a new file in `tests/` is not declared here, so none is silently skipped.

mod api;
mod autotrait;
mod batch;
mod check;
mod compounding;
mod examples_cli;
mod examples_json;
mod extract;
mod fit;
mod hostile;
mod layout;
mod no_alloc;
mod plot;
mod properties;
mod reference;
mod scenario;
mod schedule;
mod serde;
mod serde_hostile;

/// Every `.rs` file in `tests/` is this file or a module declared in it.
#[test]
fn every_file_is_a_module() {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/tests");
    let main = include_str!("main.rs");
    let mut missing = Vec::new();
    for entry in std::fs::read_dir(dir).expect("tests/ is readable") {
        let path = entry.expect("a directory entry").path();
        let Some(stem) = path.file_stem().and_then(|s| s.to_str()) else {
            continue;
        };
        if path.extension().is_some_and(|e| e == "rs")
            && stem != "main"
            && !main.contains(&format!("\nmod {stem};\n"))
        {
            missing.push(stem.to_owned());
        }
    }
    assert!(
        missing.is_empty(),
        "not declared in tests/main.rs: {missing:?}"
    );
}

/// [`cagr::Path::between`] from whole years, as most tests give them.
pub(crate) fn between(
    from: i32,
    start: cagr::Amount,
    to: i32,
    end: cagr::Amount,
) -> cagr::Result<cagr::Path> {
    cagr::Path::between(cagr::When::year(from)?, start, cagr::When::year(to)?, end)
}

/// [`cagr::Path::at_rate`] from whole years, as most tests give them.
pub(crate) fn at_rate(
    from: i32,
    start: cagr::Amount,
    rate: cagr::Rate,
    to: i32,
) -> cagr::Result<cagr::Path> {
    cagr::Path::at_rate(cagr::When::year(from)?, start, rate, cagr::When::year(to)?)
}

/// A year the test knows is valid (tests state years as numbers).
pub(crate) fn year(n: i32) -> cagr::Year {
    cagr::Year::new(n).expect("a year from 1 to 9999")
}

/// A series of `(year, value)` points with its years checked.
pub(crate) fn series(points: &[(i32, f64)]) -> Vec<(cagr::Year, f64)> {
    points.iter().map(|&(y, v)| (year(y), v)).collect()
}
