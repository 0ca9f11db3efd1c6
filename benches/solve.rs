//! Criterion benchmarks for the solvers and a 50-year path.
fn main() {}
