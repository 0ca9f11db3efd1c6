#!/usr/bin/env python3
"""numpy and numpy-financial against `cagr::batch::rate` on the same 10,000,000 rows.

    pip install numpy numpy-financial
    python3 benches/compare_numpy.py [--features rayon]

Reads target/cagr-bench/rows.f64 (written by `cargo bench --bench batch` if missing; this
script runs that bench first, so both sides always read the same file), times
`np.expm1(np.log(e / s) / y)` (best of 5) and numpy-financial's `rate(n, 0, -start, end)` (on
the first 20,000 rows: it iterates Newton's method per row and would take most of a minute on
all of them), then prints ns/row for each side and the ratios. Single thread unless the bench
is built with rayon. OPENBLAS_CORETYPE/OPENBLAS_L2_SIZE do not affect these element-wise
kernels.
"""
import os
import subprocess
import sys
import time

import numpy as np
import numpy_financial as npf

features = sys.argv[1:]
out = subprocess.run(["cargo", "bench", "--bench", "batch", *features], capture_output=True, text=True, check=True).stdout
rust = {}
for line in out.splitlines():
    parts = line.split()
    if parts and parts[0] == "rust":
        rust[parts[1]] = float(parts[2])
    elif parts and parts[0] == "threads":
        threads = parts[1]

data = np.fromfile(os.path.join(os.environ.get("CARGO_TARGET_DIR", "target"), "cagr-bench", "rows.f64"), dtype="<f8")
n = data.size // 3
s, e, y = data[:n], data[n:2 * n], data[2 * n:]


def best(f, runs):
    times = []
    for _ in range(runs):
        t = time.perf_counter()
        f()
        times.append(time.perf_counter() - t)
    return min(times)


numpy_ns = best(lambda: np.expm1(np.log(e / s) / y), 5) * 1e9 / n
m = 20_000
npf_ns = best(lambda: npf.rate(y[:m], 0.0, -s[:m], e[:m]), 1) * 1e9 / m

print(f"rows: {n:,}   rust threads: {threads}   numpy {np.__version__}")
print(f"{'method':<34}{'ns/row':>10}{'vs numpy':>12}")
rows = [
    ("numpy expm1(log(e/s)/y)", numpy_ns),
    ("numpy-financial rate (Newton)", npf_ns),
    ("Rust std ln/exp_m1 loop", rust["std_ln_expm1_loop"]),
    ("cagr::solve::rate per row", rust["cagr_solve_rate_loop"]),
    ("cagr::batch::rate", rust["cagr_batch_rate"]),
]
for name, ns in rows:
    print(f"{name:<34}{ns:>10.2f}{numpy_ns / ns:>11.2f}x")
print(f"cagr::batch::rate is {numpy_ns / rust['cagr_batch_rate']:.2f}x numpy and "
      f"{npf_ns / rust['cagr_batch_rate']:.0f}x numpy-financial")
