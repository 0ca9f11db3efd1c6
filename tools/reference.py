#!/usr/bin/env python3
"""Reference-data generator for the `cagr` crate.

Run from the crate root:

    python3 tools/reference.py

It writes tests/data/reference.csv (creating tests/data/ if needed) and
tests/data/edges.csv (the edges of the range, region by region; see
build_edges), and prints the number of cases per solver and per region.  Requires mpmath (tested with 1.3.0).

CSV format (header line, then one row per case):

    solver,a,b,c,expected

  solver  a      b    c    expected
  rate    start  end  n    (end/start)^(1/n) - 1
  end     start  r    n    start * (1+r)^n
  start   end    r    n    end / (1+r)^n
  span    start  end  r    ln(end/start) / ln(1+r)

Every input is an IEEE-754 binary64 value and the expected value is computed
from the EXACT binary value of each input (mpmath.mpf(float), never from a
decimal string) at 256 bits (~77 digits) of working precision, then rounded to
the nearest f64.  Each result is re-computed at 512 bits and the script aborts
if the two roundings disagree.  All numbers are written with Python's
repr(float) (shortest round-trip decimal), so Rust's `str::parse::<f64>`
recovers identical bits.

Cases whose expected value is not a finite normal f64 are dropped, as are
end/start results <= 0 and rate results <= -1.  Generation is deterministic
(fixed random seed), so re-running produces a byte-identical file.
"""

import math
import os
import random
import sys

import mpmath
from mpmath import mp
from mpmath.libmp import round_nearest, to_float

SEED = 20240611
PREC_BITS = 256
CHECK_PREC_BITS = 512
MAX_EXPONENT = 700.0  # keep |n * ln(1+r)| <= this for end/start

F64_MIN_NORMAL = sys.float_info.min  # 2.2250738585072014e-308

OUT_PATH = os.path.join(
    os.path.dirname(os.path.abspath(__file__)), os.pardir, "tests", "data", "reference.csv"
)


# --------------------------------------------------------------------------
# exact high-precision formulas (inputs converted from the exact f64 bits)
# --------------------------------------------------------------------------

def _m(x):
    assert isinstance(x, float), x
    return mpmath.mpf(x)  # exact: an f64 fits in any mp precision >= 53 bits


def _rate(a, b, c):
    start, end, n = _m(a), _m(b), _m(c)
    return mp.expm1(mp.log(end / start) / n)


def _end(a, b, c):
    start, r, n = _m(a), _m(b), _m(c)
    return start * mp.exp(n * mp.log1p(r))


def _start(a, b, c):
    end, r, n = _m(a), _m(b), _m(c)
    return end * mp.exp(-n * mp.log1p(r))


def _span(a, b, c):
    start, end, r = _m(a), _m(b), _m(c)
    return mp.log(end / start) / mp.log1p(r)


FORMULAS = {"rate": _rate, "end": _end, "start": _start, "span": _span}
SOLVERS = ("rate", "end", "start", "span")


def _to_f64(x):
    """Round an mpf to the nearest binary64 (ties to even)."""
    return to_float(x._mpf_, rnd=round_nearest)


def expected(solver, a, b, c):
    """Correctly rounded f64 result, or None if the case must be dropped."""
    f = FORMULAS[solver]
    with mp.workprec(PREC_BITS):
        v = _to_f64(f(a, b, c))
    with mp.workprec(CHECK_PREC_BITS):
        check = _to_f64(f(a, b, c))
    if not (v == check or (math.isnan(v) and math.isnan(check))):
        raise AssertionError(f"precision instability: {solver} {a!r} {b!r} {c!r}: {v!r} vs {check!r}")
    if math.isnan(v) or math.isinf(v) or abs(v) < F64_MIN_NORMAL:
        return None
    if solver in ("end", "start") and v <= 0.0:
        return None
    if solver == "rate" and v <= -1.0:
        return None
    return v


# --------------------------------------------------------------------------
# case collection
# --------------------------------------------------------------------------

class Cases:
    def __init__(self):
        self.rows = []
        self.seen = set()
        self.dropped = {s: 0 for s in SOLVERS}
        self.rejected = {s: 0 for s in SOLVERS}

    def _valid_inputs(self, solver, a, b, c):
        for x in (a, b, c):
            if not math.isfinite(x):
                return False
        if solver == "rate":
            return a > 0 and b > 0 and c > 0
        if solver in ("end", "start"):
            amount, r, n = a, b, c
            if not (amount > 0 and r > -1 and n > 0):
                return False
            with mp.workprec(PREC_BITS):
                expo = abs(_m(n) * mp.log1p(_m(r)))
            return expo <= MAX_EXPONENT
        if solver == "span":
            start, end, r = a, b, c
            if not (start > 0 and end > 0 and r > -1 and r != 0 and start != end):
                return False
            with mp.workprec(PREC_BITS):
                lr = mp.log(_m(end) / _m(start))
            return (lr > 0) == (r > 0)
        raise ValueError(solver)

    def add(self, solver, a, b, c):
        """Add a case; returns the expected value (or None if not added)."""
        a, b, c = float(a), float(b), float(c)
        if not self._valid_inputs(solver, a, b, c):
            self.rejected[solver] += 1
            return None
        key = (solver, a, b, c)
        if key in self.seen:
            return expected(solver, a, b, c)
        v = expected(solver, a, b, c)
        if v is None:
            self.dropped[solver] += 1
            return None
        self.seen.add(key)
        self.rows.append((solver, a, b, c, v))
        return v

    def add_family(self, start, end, n):
        """rate(start,end,n) plus its three inverses using the f64 rate."""
        r = self.add("rate", start, end, n)
        if r is None:
            return None
        self.add("end", start, r, n)
        self.add("start", end, r, n)
        self.add("span", start, end, r)
        return r

    def count(self, solver):
        return sum(1 for row in self.rows if row[0] == solver)


def log_uniform(rng, lo, hi):
    return math.exp(rng.uniform(math.log(lo), math.log(hi)))


def money(x):
    """Round to cents (still an arbitrary f64 afterwards, which is the point)."""
    return round(x, 2) if x >= 0.01 else x


def build():
    rng = random.Random(SEED)
    cs = Cases()

    # ---- motivating case: 600 -> 1729.5 over 11 years -------------------
    r0 = cs.add("rate", 600.0, 1729.5, 11.0)
    assert r0 == 0.10102507686327022, repr(r0)
    cs.add("end", 600.0, r0, 11.0)
    cs.add("start", 1729.5, r0, 11.0)
    cs.add("span", 600.0, 1729.5, r0)
    # same ratio at the 1e9..1e12 scale
    cs.add_family(6e11, 1.7295e12, 11.0)
    cs.add("end", 6e11, r0, 11.0)
    cs.add("start", 1.7295e12, r0, 11.0)
    cs.add("span", 6e11, 1.7295e12, r0)

    # ---- exact / edge-ish --------------------------------------------------
    for n in (1.0, 2.0, 3.0, 10.0):
        cs.add("end", 100.0, 0.5, n)          # 1.5^n exact-ish
        cs.add("start", 337.5, 0.5, n)
        cs.add("span", 100.0, 100.0 * 1.5 ** n, 0.5)
    cs.add("rate", 100.0, 225.0, 2.0)          # exactly 0.5
    cs.add("rate", 1.0, 2.0, 1.0)              # exactly 1
    cs.add("rate", 1.0, 4.0, 2.0)
    cs.add("rate", 1.0, 10.0, 1.0)             # exactly 9
    for ratio in (2.0, 10.0):
        for n in (1.0, 2.0, 5.0, 7.0, 10.0, 12.0, 72.0):
            cs.add("rate", 1000.0, 1000.0 * ratio, n)
        cs.add("span", 1.0, ratio, 0.07)       # rule-of-72 style
        cs.add("span", 1.0, ratio, 0.1)
        cs.add("span", 250.0, 250.0 * ratio, 1.0)
    cs.add("span", 1.0, 0.5, -0.5)             # exactly 1
    cs.add("span", 8.0, 1.0, -0.5)             # exactly 3
    cs.add("end", 1.0, 1.0, 10.0)              # 1024 exactly
    cs.add("start", 1024.0, 1.0, 10.0)
    cs.add("end", 1.0, -0.5, 10.0)
    cs.add("start", 1.0, -0.5, 10.0)

    # ---- everyday market forecasts ----------------------------------------
    for start, end, n in [
        (100.0, 200.0, 10.0),
        (1000.0, 2593.74, 10.0),
        (1.0, 1.5, 10.25),
        (250.0, 310.0, 7.3),
        (10000.0, 50000.0, 30.0),
        (5000.0, 4200.0, 3.0),
        (1234.56, 2345.67, 4.5),
        (99.99, 101.01, 1.0),
        (1.0, 50000.0, 30.0),
        (10000.0, 1.0, 25.0),
    ]:
        cs.add_family(start, end, n)
    fractional_years = (10.25, 7.3, 0.5, 0.25, 1.5, 2.75, 3.3, 12.5, 19.9, 29.75)
    for i in range(40):
        start = money(log_uniform(rng, 1.0, 1e4))
        end = money(log_uniform(rng, 1.0, 5e4))
        if i % 2 == 0:
            n = float(rng.randint(1, 30))
        else:
            n = rng.choice(fractional_years) if i % 4 == 1 else round(rng.uniform(1.0, 30.0), 2)
        if i % 3 == 0:
            cs.add_family(start, end, n)
        else:
            cs.add("rate", start, end, n)
    for i in range(30):
        start = money(log_uniform(rng, 1.0, 1e4))
        r = round(rng.uniform(-0.30, 0.45), 4)
        if r == 0.0:
            r = 0.05
        n = float(rng.randint(1, 30)) if i % 2 == 0 else rng.choice(fractional_years)
        cs.add("end", start, r, n)
        end = money(log_uniform(rng, 1.0, 5e4))
        cs.add("start", end, r, n)
    for i in range(30):
        start = money(log_uniform(rng, 1.0, 1e4))
        end = money(log_uniform(rng, 1.0, 5e4))
        mag = round(rng.uniform(0.005, 0.40), 4)
        r = mag if end > start else -mag
        cs.add("span", start, end, r)

    # ---- tiny growth --------------------------------------------------------
    for start in (1.0, 600.0, 1234.56, 1e6):
        cs.add("rate", start, start * (1 + 1e-7), 100.0)
        cs.add("rate", start, start * (1 + 1e-12), 1.0)
        cs.add("rate", start, start * (1 - 1e-12), 1.0)
    cs.add("rate", 1.0, 1.0000001, 100.0)
    cs.add("rate", 1.0, 1.0000001, 1.0)
    cs.add("rate", 1.0, 1 + 1e-12, 1.0)
    cs.add("rate", 1.0, 1 + 1e-12, 100.0)
    cs.add("rate", 1.0, 1 - 1e-12, 100.0)
    cs.add("rate", 1.0, 1.0 + 2.0 ** -52, 1.0)     # next float after 1
    cs.add("rate", 1.0, 1.0 - 2.0 ** -53, 1.0)     # previous float before 1
    cs.add("rate", 1.0, 1.0 + 2.0 ** -52, 1000.0)
    for r in (1e-9, -1e-9, 1e-12, -1e-12, 1e-7, 2.0 ** -40):
        for n in (1.0, 10.0, 100.0, 1000.0):
            cs.add("end", 100.0, r, n)
            cs.add("start", 100.0, r, n)
        cs.add("end", 1e6, r, 30.0)
        cs.add("start", 123.45, r, 7.3)
    cs.add("span", 1.0, 1.0000001, 1e-9)
    cs.add("span", 1.0, 1.0000001, 1e-7)
    cs.add("span", 1.0, 1 + 1e-12, 1e-9)
    cs.add("span", 1.0, 1 - 1e-12, -1e-9)
    cs.add("span", 600.0, 600.0 * (1 + 1e-7), 1e-9)
    cs.add("span", 1.0, 1.0 + 2.0 ** -52, 1e-12)
    cs.add("span", 1.0, 2.0, 1e-9)
    cs.add("span", 2.0, 1.0, -1e-9)

    # ---- steep declines -----------------------------------------------------
    cs.add_family(1.0, 1e-12, 2.0)
    cs.add_family(1e12, 1.0, 2.0)
    cs.add("rate", 100.0, 1e-10, 1.0)
    cs.add("rate", 1e15, 1e-6, 3.0)
    cs.add("rate", 1e15, 1e-6, 0.5)       # rounds to exactly -1? then dropped
    cs.add("rate", 1.0, 1e-300, 1.0)      # rounds to -1 -> dropped
    for r in (-0.999, -0.9999999, -0.99, -0.9, -0.5):
        for n in (1.0, 2.0, 5.0, 10.0):
            cs.add("end", 100.0, r, n)
            cs.add("start", 1e-6, r, n)
        cs.add("end", 1e15, r, 3.0)
        cs.add("start", 1.0, r, 2.5)
    cs.add("span", 1.0, 1e-12, -0.999)
    cs.add("span", 1e6, 1.0, -0.9999999)
    cs.add("span", 1e15, 1e-6, -0.9)
    cs.add("span", 100.0, 0.01, -0.999)
    cs.add("span", 1.0, 1e-300, -0.5)

    # ---- large horizons -----------------------------------------------------
    for n in (100.0, 500.0, 1000.0):
        cs.add("rate", 1.0, 2.0, n)
        cs.add("rate", 100.0, 1e5, n)
        cs.add("rate", 600.0, 1729.5, n)
        cs.add("rate", 1e4, 1.0, n)
        for r in (0.001, 0.01, 0.03, 0.07, -0.01, -0.05):
            cs.add("end", 1000.0, r, n)
            cs.add("start", 1000.0, r, n)
    cs.add("span", 1.0, 1e10, 0.001)
    cs.add("span", 1.0, 1e100, 0.01)
    cs.add("span", 1e15, 1e-6, -0.001)
    cs.add("span", 100.0, 1e5, 1e-4)

    # ---- large growth -------------------------------------------------------
    for r in (1.0, 5.0, 10.0):
        for n in (1.0, 2.0, 3.0, 4.5, 10.0):
            cs.add("end", 1000.0, r, n)
            cs.add("start", 1e6, r, n)
        cs.add("span", 1.0, 1e12, r)
        cs.add("span", 3.0, 7.0, r)
    for ratio_exp in (1, 3, 6, 9, 12):
        ratio = 10.0 ** ratio_exp
        for n in (1.0, 2.0, 5.0, 30.0):
            cs.add("rate", 1.0, ratio, n)
        cs.add("rate", 1e-6, 1e-6 * ratio, 3.0)
    cs.add("end", 1e-6, 10.0, 20.0)
    cs.add("start", 1e15, 10.0, 20.0)
    cs.add("end", 1.0, 1.0, 1000.0)      # 2^1000, |n ln(1+r)| ~ 693
    cs.add("start", 1.0, 1.0, 1000.0)

    # ---- amounts across scales, random --------------------------------------
    years_pool = (0.5, 1.0, 2.0, 3.0, 5.0, 7.3, 10.0, 10.25, 15.0, 25.0, 50.0, 100.0)
    for _ in range(30):
        start = log_uniform(rng, 1e-6, 1e15)
        ratio = log_uniform(rng, 1e-6, 1e12)
        n = rng.choice(years_pool)
        end = start * ratio
        if 1e-6 <= end <= 1e15:
            cs.add_family(start, end, n)
        else:
            cs.add("rate", start, min(max(end, 1e-6), 1e15), n)
    for _ in range(40):
        amount = log_uniform(rng, 1e-6, 1e15)
        r = math.expm1(rng.uniform(-3.0, 2.5))     # (1+r) in [0.05, 12]
        n = rng.choice(years_pool) if rng.random() < 0.7 else rng.uniform(0.1, 200.0)
        cs.add(rng.choice(("end", "start")), amount, r, n)
    for _ in range(20):
        start = log_uniform(rng, 1e-6, 1e15)
        end = log_uniform(rng, 1e-6, 1e15)
        mag = log_uniform(rng, 1e-6, 10.0)
        r = mag if end > start else max(-mag, -0.999999)
        cs.add("span", start, end, r)

    return cs



# --------------------------------------------------------------------------
# edge cases: tests/data/edges.csv
# --------------------------------------------------------------------------
#
# Rows where the plain closed forms leave the normal range of f64, each
# tagged with its region.  The expected column is the correctly rounded
# result (subnormals rounded on their own grid, not twice), or the kind of
# error that must be returned where no valid answer exists:
#
#   overflow   the result rounds to infinity (end, start)
#   underflow  the result rounds to zero: below half the smallest subnormal
#   minus_100  the rate rounds to -100% or below
#   rate_limit the rate is at or above the Rate limit, f64::MAX / 100
#
# Columns: region,solver,a,b,c,d,expected where d is empty except for the
# path solver (a = start, b = end, c = whole years n, d = year t of the path;
# expected start * (end/start)^(t/n)).

EDGES_PATH = os.path.join(os.path.dirname(OUT_PATH), "edges.csv")
F64_MAX = sys.float_info.max
RATE_LIMIT = F64_MAX / 100.0          # Rate::from_fraction takes r < this
OVERFLOW_AT = mpmath.mpf(2) ** 1024 - mpmath.mpf(2) ** 970   # MAX + ulp/2
TINY = 5e-324


def round_f64(v):
    """Correctly rounded binary64 of a positive or negative mpf, with
    subnormals rounded once on the 2^-1074 grid and overflow to inf."""
    if v == 0:
        return 0.0
    sign = -1.0 if v < 0 else 1.0
    a = abs(v)
    if a >= OVERFLOW_AT:
        return sign * math.inf
    if a < mpmath.mpf(2) ** -1022:
        i = int(mp.nint(a * mpmath.mpf(2) ** 1074))   # ties to even
        return sign * math.ldexp(i, -1074)
    return sign * _to_f64(a)


def _path(a, b, c, d):
    start, end, n, t = _m(a), _m(b), _m(c), _m(d)
    return start * mp.exp(mp.log(end / start) * t / n)


EDGE_FORMULAS = dict(FORMULAS, path=_path)


def edge_expected(solver, a, b, c, d):
    args = (a, b, c) if d is None else (a, b, c, d)
    f = EDGE_FORMULAS[solver]
    with mp.workprec(PREC_BITS):
        v = round_f64(f(*args))
    with mp.workprec(CHECK_PREC_BITS):
        check = round_f64(f(*args))
    if v != check:
        return None  # too close to a rounding boundary to say: skip
    if solver == "rate":
        if v <= -1.0:
            return "minus_100"
        if v >= RATE_LIMIT:
            return "rate_limit"
        return v
    if solver == "span":
        return v if 0 < v < math.inf else None
    if v == math.inf:
        return "overflow"
    if v == 0.0:
        return "underflow"
    return v


class Edges:
    def __init__(self):
        self.rows = []
        self.seen = set()

    def add(self, region, solver, a, b, c, d=None):
        a, b, c = float(a), float(b), float(c)
        d = None if d is None else float(d)
        if not all(math.isfinite(x) for x in (a, b, c)):
            return None
        # The solvers' inputs must be valid values: positive amounts and
        # spans, rates above -100% and below the Rate limit.
        if a <= 0 or c <= 0:
            return None
        if solver in ("end", "start") and not (-1.0 < b < RATE_LIMIT):
            return None
        if solver in ("rate", "path") and b <= 0:
            return None
        if solver == "path" and not isinstance(edge_expected("rate", a, b, c, None), float):
            return None  # no path without a valid rate between the ends
        key = (solver, a, b, c, d)
        if key in self.seen:
            return None
        v = edge_expected(solver, a, b, c, d)
        if v is None:
            return None
        self.seen.add(key)
        self.rows.append((region, solver, a, b, c, d, v))
        return v

    def count(self, region):
        return sum(1 for r in self.rows if r[0] == region)


def exp_f64(lnx):
    """The f64 nearest e^lnx (mpf in), or None outside the positive range."""
    with mp.workprec(PREC_BITS):
        v = round_f64(mp.exp(lnx))
    return v if 0 < v < math.inf else None


def build_edges():
    rng = random.Random(SEED + 1)
    es = Edges()
    ln = lambda x: mp.log(_m(float(x)))
    LN_MAX = math.log(F64_MAX)            # 709.78
    LN_TINY = math.log(TINY)              # -744.44
    LN_RATE_LIMIT = math.log(RATE_LIMIT)  # 705.17

    # The cases, as printed.
    es.add("rate_steep", "rate", 2.838789906875479e-60, 2.8447174655592e-60, 2.963421813753075e-06)
    es.add("rate_subnormal", "rate", 2.2250738585072004e-308, 37145454427.47719, 1.9214101974660422)
    es.add("end_wide", "end", 6.547437146261783e-302, 3.2735776069737352, 803.2049160808218)
    es.add("start_wide", "start", 6e-323, -0.19766331917618174, 4213.979901381597)
    es.add("overflow_edge", "end", 7.943501792388237e-98, 1285498.4630119037, 66.35291092106573)
    es.add("overflow_edge", "end", 7.994089770982184e-51, 24.265232817943613, 255.50516370362757)
    es.add("underflow_edge", "start", 5.664512663736551e+76, 0.8420491699447618, 1509.0786612328136)

    with mp.workprec(PREC_BITS):
        # -- rate: ln(end/start)/n above 700, up to and past the Rate limit.
        for i in range(300):
            x = rng.uniform(690.0, 706.0) if i % 3 else rng.uniform(700.0, LN_RATE_LIMIT)
            n = log_uniform(rng, 1e-12, 2.0)
            L = x * n
            lo, hi = LN_TINY + 1, LN_MAX - L - 1
            if hi <= lo:
                continue
            ls = rng.uniform(lo, hi)
            start = exp_f64(mpmath.mpf(ls))
            end = exp_f64(mpmath.mpf(ls) + mpmath.mpf(L))
            if start and end:
                es.add("rate_steep", "rate", start, end, n)
        # -- rate: a subnormal amount (or both).
        for i in range(250):
            sub = math.ldexp(rng.randint(1, 2 ** 52 - 1) >> rng.randint(0, 51), -1074)
            if sub == 0:
                continue
            other = math.exp(rng.uniform(LN_TINY, LN_MAX)) if i % 5 else \
                math.ldexp(rng.randint(1, 2 ** 52 - 1), -1074)
            n = log_uniform(rng, 0.01, 1e4)
            a, b = (sub, other) if i % 2 else (other, sub)
            es.add("rate_subnormal", "rate", a, b, n)
        # -- rate: normal amounts whose ratio is out of range.
        for i in range(200):
            s = math.exp(rng.uniform(LN_TINY + 35, -300.0))
            e = math.exp(rng.uniform(300.0, LN_MAX))
            a, b = (s, e) if i % 2 else (e, s)
            n = log_uniform(rng, 0.5, 1e5)
            es.add("rate_ratio_out_of_range", "rate", a, b, n)
        # -- rate: at the Rate limit and at -100%.
        for i in range(120):
            # x = ln(1 + r) near ln(RATE_LIMIT): start = 1-ish, n small.
            n = log_uniform(rng, 0.05, 1.0)
            x = LN_RATE_LIMIT + rng.uniform(-1e-12, 1e-12) * (1 + i % 4) * 1e3 ** (i % 3 == 0)
            ls = rng.uniform(LN_TINY + 1, LN_MAX - x * n - 1) if LN_MAX - x * n - 1 > LN_TINY + 1 else None
            if ls is None:
                continue
            start = exp_f64(mpmath.mpf(ls))
            end = exp_f64(mpmath.mpf(ls) + mpmath.mpf(x) * mpmath.mpf(n))
            if start and end:
                es.add("rate_limit_edge", "rate", start, end, n)
        for i in range(120):
            # 1 + r = e^x near 2^-53 (r within a few ulp of -1) and below.
            x = math.log(2.0) * rng.uniform(-56.0, -50.0)
            n = log_uniform(rng, 0.5, 10.0)
            ls = rng.uniform(-300.0, 300.0)
            start = exp_f64(mpmath.mpf(ls))
            end = exp_f64(mpmath.mpf(ls) + mpmath.mpf(x) * mpmath.mpf(n))
            if start and end:
                es.add("minus_100_edge", "rate", start, end, n)

        # -- end and start where (1+r)^n is out of range but the result fits,
        #    results across the whole range, subnormals included.
        def pick_rate(la, lt, n):
            """A rate taking e^la to about e^lt in n years, or None."""
            g = (mpmath.mpf(lt) - mpmath.mpf(la)) / mpmath.mpf(n)
            r = round_f64(mp.expm1(g))
            return r if -1.0 < r < RATE_LIMIT else None

        for solver, region in (("end", "end_wide"), ("start", "start_wide")):
            for i in range(300):
                la = rng.uniform(LN_TINY + 1, LN_MAX - 1)
                lt = rng.uniform(LN_TINY + 1, LN_MAX - 1)
                if abs(lt - la) < 720:
                    # The factor must be out of range: push the target.
                    lt = la + math.copysign(rng.uniform(720.0, 1450.0), lt - la)
                    if not (LN_TINY < lt < LN_MAX):
                        continue
                n = log_uniform(rng, 0.5, 5000.0)
                # For start the solver divides: start = end / (1+r)^n.
                r = pick_rate(la, lt, n) if solver == "end" else pick_rate(lt, la, n)
                amount = exp_f64(mpmath.mpf(la))
                if r is not None and amount:
                    es.add(region, solver, amount, r, n)
        for solver, region in (("end", "end_subnormal"), ("start", "start_subnormal")):
            for i in range(150):
                la = rng.uniform(-700.0, 700.0)
                lt = rng.uniform(math.log(2.0 ** -1074), math.log(2.0 ** -1022))
                n = log_uniform(rng, 0.5, 500.0)
                r = pick_rate(la, lt, n) if solver == "end" else pick_rate(lt, la, n)
                amount = exp_f64(mpmath.mpf(la))
                if r is not None and amount:
                    es.add(region, solver, amount, r, n)

        # -- the limits: results within an ulp or two of the overflow
        #    threshold (MAX + ulp/2) and of half the smallest subnormal.
        #    The amount is the rounded e^(lt - n ln(1+r)), so the result
        #    lands within about an ulp of the target, on either side.
        targets = (
            ("overflow_edge", mp.log(OVERFLOW_AT)),
            ("overflow_edge", mp.log(mpmath.mpf(F64_MAX))),
            ("underflow_edge", mp.log(mpmath.mpf(2) ** -1075)),
            ("underflow_edge", mp.log(mpmath.mpf(2) ** -1074)),
            ("underflow_edge", mp.log(mpmath.mpf(2) ** -1074 * 1.5)),
        )
        for region, lt in targets:
            for i in range(110):
                n = log_uniform(rng, 0.5, 3000.0)
                r = math.expm1(rng.uniform(-0.5, 2.0) if i % 2 else rng.uniform(-0.05, 0.05))
                if r == 0.0:
                    continue
                g = mpmath.mpf(n) * mp.log1p(_m(r))
                solver = "end" if i % 4 < 2 else "start"
                la = lt - g if solver == "end" else lt + g
                amount = exp_f64(la)
                if amount:
                    es.add(region, solver, amount, r, n)

        # -- span with amounts out of the normal range (ratio out of range
        #    or subnormal).
        for i in range(150):
            s = math.ldexp(rng.randint(1, 2 ** 52 - 1), -1074) if i % 2 else \
                math.exp(rng.uniform(LN_TINY + 40, -400.0))
            e = math.exp(rng.uniform(300.0, LN_MAX))
            a, b = (s, e) if i % 3 else (e, s)
            mag = log_uniform(rng, 1e-6, 100.0)
            r = mag if b > a else -min(mag / (1 + mag), 0.999999)
            es.add("span_wide", "span", a, b, r)

        # -- path between two ends whose rate is within a few ulp of -100%,
        #    and between ends far apart.
        for i in range(120):
            n = rng.randint(2, 60)
            x = math.log(2.0) * rng.uniform(-52.9, -45.0)   # ln(1 + r)
            ls = rng.uniform(-300.0, 300.0)
            le = ls + x * n
            if le < LN_TINY + 1:
                continue
            start = exp_f64(mpmath.mpf(ls))
            end = exp_f64(mpmath.mpf(le))
            if not (start and end):
                continue
            for t in sorted(set(rng.randint(1, n - 1) for _ in range(3))):
                es.add("path_minus_100", "path", start, end, float(n), float(t))
        for i in range(60):
            n = rng.randint(2, 80)
            a = math.ldexp(rng.randint(1, 2 ** 52 - 1), -1074) if i % 2 else \
                math.exp(rng.uniform(LN_TINY + 1, -650.0))
            b = math.exp(rng.uniform(600.0, LN_MAX))
            start, end = (a, b) if i % 3 else (b, a)
            for t in sorted(set(rng.randint(1, n - 1) for _ in range(3))):
                es.add("path_wide", "path", start, end, float(n), float(t))
    return es


def write_edges():
    es = build_edges()
    regions = sorted(set(r[0] for r in es.rows))
    out = os.path.normpath(EDGES_PATH)
    with open(out, "w", newline="\n") as fh:
        fh.write("region,solver,a,b,c,d,expected\n")
        for region, solver, a, b, c, d, v in es.rows:
            dd = "" if d is None else repr(d)
            vv = v if isinstance(v, str) else repr(v)
            fh.write(f"{region},{solver},{a!r},{b!r},{c!r},{dd},{vv}\n")
    print(f"wrote {len(es.rows)} edge cases to {out}")
    for region in regions:
        rows = [r for r in es.rows if r[0] == region]
        errors = sum(1 for r in rows if isinstance(r[6], str))
        print(f"  {region:24s} {len(rows):4d}  ({errors} with no valid answer)")
    assert len(es.rows) >= 2000, len(es.rows)


def main():
    cs = build()
    counts = {s: cs.count(s) for s in SOLVERS}
    total = len(cs.rows)
    assert total >= 250, total
    for s in SOLVERS:
        assert counts[s] >= 50, (s, counts[s])
    assert cs.rows[0] == ("rate", 600.0, 1729.5, 11.0, 0.10102507686327022)

    out = os.path.normpath(OUT_PATH)
    os.makedirs(os.path.dirname(out), exist_ok=True)
    with open(out, "w", newline="\n") as fh:
        fh.write("solver,a,b,c,expected\n")
        for solver, a, b, c, v in cs.rows:
            fh.write(f"{solver},{a!r},{b!r},{c!r},{v!r}\n")

    print(f"wrote {total} cases to {out}")
    for s in SOLVERS:
        print(f"  {s:5s} {counts[s]:4d}  (dropped {cs.dropped[s]}, rejected inputs {cs.rejected[s]})")
    write_edges()


if __name__ == "__main__":
    main()
