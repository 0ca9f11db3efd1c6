#!/usr/bin/env python3
"""Reference values for `cagr`'s fitted growth (src/fit/), computed
independently of the crate.

Run from the crate root:

    pip install numpy scipy statsmodels mpmath
    python3 tools/fit_reference.py

It reads tests/data/fit_series.csv (columns series,year,value) and writes
tests/data/fit_reference.json, which tests/fit.rs compares against.

For each series it fits, with statsmodels' OLS on the design [1, year]:

  growth  ln(value) = a + b*year   (the spreadsheet LOGEST/GROWTH model)
  trend   value     = a + b*year   (the spreadsheet LINEST/TREND model)

and records the slope, its standard error, the 95% interval of the slope
(Student t with n-2 degrees of freedom, from scipy), R^2, the residuals and
fitted values at the data, and the fitted value with its 95% confidence band
(statsmodels' get_prediction().conf_int, the band of the fitted mean, not a
prediction interval) at a few years. For the growth fit the rate is
expm1(b), its interval expm1 of the slope's interval, its delta-method
standard error exp(b)*se(b), residuals are on the log scale and fitted
values and bands are exponentiated back. The shape comparison uses the
residual sum of squares on the original scale for both fits.

numpy.polyfit is run on the same data as a second, independent fit; the
script aborts if it disagrees with statsmodels by more than 1e-9 relative.
An "mp" block repeats the key numbers, and the 95% bands at EXTRA_YEARS,
with mpmath at 50 digits from the exact binary values of the inputs
(ordinary least squares in closed form on centred years, the t quantile
solved at 50 digits), so a test can tell the crate's rounding from the
reference library's (statsmodels solves the uncentred design by a
pseudo-inverse and loses a few digits to its conditioning: its band for the
three-point series is 1e-10 off).

Student t quantiles are computed with mpmath at 40 digits by solving
I_x(df/2, 1/2) = 2(1 - p), x = df/(df + t^2) (the regularized incomplete
beta), and with scipy.stats.t.ppf for comparison.

Floats are written with Python's repr (shortest round trip), so Rust's
parser recovers identical bits. The output is deterministic.
"""

import csv
import json
import math
import os
import sys
import warnings

import mpmath
import numpy as np
import scipy
import scipy.stats
import statsmodels
import statsmodels.api as sm
from mpmath import mp

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), os.pardir)
SERIES_PATH = os.path.join(ROOT, "tests", "data", "fit_series.csv")
OUT_PATH = os.path.join(ROOT, "tests", "data", "fit_reference.json")

# Years at which fitted values and bands are recorded for every series:
# inside and beyond the data.
EXTRA_YEARS = [2000, 2018, 2030]

# (p, df) pairs for the Student t quantile table.
T_DF = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 12, 15, 20, 25, 30, 40, 60, 100, 120,
        1000, 10000, 100000, 1000000]
T_EXTRA = [
    (0.5, 3),
    (0.6, 1), (0.6, 5), (0.6, 200),
    (0.9, 1), (0.9, 2), (0.9, 2.5), (0.9, 17),
    (0.95, 4), (0.95, 0.5),
    (0.995, 1), (0.995, 3), (0.995, 30), (0.995, 1e5),
    (0.9995, 2), (0.9995, 11),
    (1 - 1e-9, 1), (1 - 1e-9, 4), (1 - 1e-9, 60),
    (0.025, 8), (0.001, 3), (1e-12, 2), (0.3, 0.1),
]


def read_series():
    series = {}
    order = []
    with open(SERIES_PATH, newline="") as f:
        for row in csv.DictReader(f):
            name = row["series"]
            if name not in series:
                series[name] = ([], [])
                order.append(name)
            series[name][0].append(int(row["year"]))
            series[name][1].append(float(row["value"]))
    return [(name, series[name][0], series[name][1]) for name in order]


def close(a, b, rel, what):
    if not math.isclose(a, b, rel_tol=rel, abs_tol=1e-300):
        sys.exit(f"{what}: statsmodels {a!r} and numpy {b!r} disagree")


def ols(years, z, transform, name, kind):
    """OLS of z on [1, year] with statsmodels; numpy.polyfit as a cross-check."""
    x = np.array(years, dtype=float)
    z = np.array(z, dtype=float)
    n = len(x)
    design = sm.add_constant(x, has_constant="add")
    res = sm.OLS(z, design).fit()
    slope = float(res.params[1])
    fitted = [float(v) for v in res.fittedvalues]

    poly = np.polyfit(x, z, 1)
    close(slope, float(poly[0]), 1e-9, f"{name} {kind} slope")

    out = {
        "slope": slope,
        "r_squared": float(res.rsquared) if n > 2 else 1.0,
        "residuals": [float(v) for v in res.resid],
        "fitted": [float(transform(v)) for v in fitted],
    }
    extra = np.array(EXTRA_YEARS, dtype=float)
    exog = sm.add_constant(extra, has_constant="add")
    predicted = res.get_prediction(exog)
    means = predicted.predicted_mean
    if n > 2:
        t975 = float(scipy.stats.t.ppf(0.975, n - 2))
        se = float(res.bse[1])
        ci = res.conf_int(alpha=0.05)
        out["slope_se"] = se
        out["t975"] = t975
        out["slope_ci"] = [float(ci[1][0]), float(ci[1][1])]
        band = predicted.conf_int(alpha=0.05)
        out["predict"] = [
            {
                "year": y,
                "value": float(transform(m)),
                "band": [float(transform(lo)), float(transform(hi))],
            }
            for y, m, (lo, hi) in zip(EXTRA_YEARS, means, band)
        ]
    else:
        out["slope_se"] = None
        out["t975"] = None
        out["slope_ci"] = None
        out["predict"] = [
            {"year": y, "value": float(transform(m)), "band": None}
            for y, m in zip(EXTRA_YEARS, means)
        ]
    return out


def mp_t975(df):
    """The Student t 0.975 quantile at 50 digits (I_x(df/2, 1/2) = 0.05)."""
    with mp.workdps(50):
        df = mpmath.mpf(df)
        alpha = 1 - mpmath.mpf(0.95)  # the binary value of 0.95, as the crate uses
        start = mpmath.mpf(float(scipy.stats.t.ppf(0.975, float(df))))
        return mpmath.findroot(
            lambda t: mpmath.betainc(df / 2, mpmath.mpf(1) / 2, 0, df / (df + t * t),
                                     regularized=True) - alpha,
            start, tol=mpmath.mpf(10) ** -45)


def mp_ols(years, z):
    """Closed-form OLS at 50 digits on centred years: slope, R^2, se(slope),
    the fitted value in 2030 and the 95% band of the fitted line at
    EXTRA_YEARS (for three points or more)."""
    with mp.workdps(50):
        n = len(years)
        x = [mpmath.mpf(y) for y in years]
        xbar = mpmath.fsum(x) / n
        zbar = mpmath.fsum(z) / n
        sxx = mpmath.fsum((xi - xbar) ** 2 for xi in x)
        sxz = mpmath.fsum((xi - xbar) * (zi - zbar) for xi, zi in zip(x, z))
        slope = sxz / sxx
        sse = mpmath.fsum((zi - zbar - slope * (xi - xbar)) ** 2 for xi, zi in zip(x, z))
        sst = mpmath.fsum((zi - zbar) ** 2 for zi in z)
        out = {"slope": slope, "r_squared": 1 - sse / sst}
        out["slope_se"] = mpmath.sqrt(sse / (n - 2) / sxx) if n > 2 else None
        out["fitted_2030"] = zbar + slope * (2030 - xbar)
        out["band"] = None
        if n > 2:
            t = mp_t975(n - 2)
            s = mpmath.sqrt(sse / (n - 2))
            out["band"] = []
            for year in EXTRA_YEARS:
                centre = zbar + slope * (year - xbar)
                half = t * s * mpmath.sqrt(mpmath.mpf(1) / n + (year - xbar) ** 2 / sxx)
                out["band"].append((centre - half, centre + half))
        return out


def fit_series(name, years, values):
    logs = [math.log(v) for v in values]
    growth = ols(years, logs, math.exp, name, "growth")
    trend = ols(years, values, lambda v: v, name, "trend")

    b = growth["slope"]
    growth["rate"] = float(np.expm1(b))
    if growth["slope_se"] is not None:
        growth["rate_se"] = math.exp(b) * growth["slope_se"]
        growth["rate_ci"] = [float(np.expm1(c)) for c in growth["slope_ci"]]
    else:
        growth["rate_se"] = None
        growth["rate_ci"] = None

    # The comparison: residual sums of squares on the original scale.
    v = np.array(values)
    tss = float(np.sum((v - v.mean()) ** 2))
    rss_growth = float(np.sum((v - np.array(growth["fitted"])) ** 2))
    rss_trend = float(np.sum((v - np.array(trend["fitted"])) ** 2))
    growth["rss"] = rss_growth
    trend["rss"] = rss_trend
    growth["r_squared_original"] = 1 - rss_growth / tss
    trend["r_squared_original"] = 1 - rss_trend / tss
    if len(values) == 2:
        better = None
    else:
        better = "growth" if rss_growth < rss_trend else "trend"

    # Endpoint CAGR: first observation of the earliest year, last of the latest.
    first = min(range(len(years)), key=lambda i: (years[i], i))
    last = max(range(len(years)), key=lambda i: (years[i], i))
    with mp.workdps(50):
        ratio = mpmath.mpf(values[last]) / mpmath.mpf(values[first])
        endpoint = float(ratio ** (mpmath.mpf(1) / (years[last] - years[first])) - 1)

    # High-precision repeat from the exact binary inputs.
    with mp.workdps(50):
        exact_logs = [mpmath.log(mpmath.mpf(v)) for v in values]
    mp_growth = mp_ols(years, exact_logs)
    mp_trend = mp_ols(years, [mpmath.mpf(v) for v in values])
    with mp.workdps(50):
        mp_block = {
            "growth_slope": float(mp_growth["slope"]),
            "growth_rate": float(mpmath.expm1(mp_growth["slope"])),
            "growth_r_squared": float(mp_growth["r_squared"]),
            "growth_slope_se": None if mp_growth["slope_se"] is None else float(mp_growth["slope_se"]),
            "growth_fitted_2030": float(mpmath.exp(mp_growth["fitted_2030"])),
            "trend_slope": float(mp_trend["slope"]),
            "trend_r_squared": float(mp_trend["r_squared"]),
            "trend_slope_se": None if mp_trend["slope_se"] is None else float(mp_trend["slope_se"]),
            "trend_fitted_2030": float(mp_trend["fitted_2030"]),
            "growth_band": None if mp_growth["band"] is None else
                [[float(mpmath.exp(lo)), float(mpmath.exp(hi))] for lo, hi in mp_growth["band"]],
            "trend_band": None if mp_trend["band"] is None else
                [[float(lo), float(hi)] for lo, hi in mp_trend["band"]],
        }

    return {
        "name": name,
        "years": years,
        "values": values,
        "growth": growth,
        "trend": trend,
        "better": better,
        "endpoint_rate": endpoint,
        "mp": mp_block,
    }


def t_quantile_mp(p, df):
    """The Student t quantile at 40 digits: I_x(df/2, 1/2) = 2(1 - p)."""
    with mp.workdps(40):
        p = mpmath.mpf(p)
        df = mpmath.mpf(df)
        if p == mpmath.mpf("0.5"):
            return 0.0
        sign = 1
        if p < 0.5:
            p, sign = 1 - p, -1
        alpha = 2 * (1 - p)

        def tail(t):
            return mpmath.betainc(df / 2, mpmath.mpf(1) / 2, 0, df / (df + t * t),
                                  regularized=True) - alpha

        start = mpmath.mpf(float(scipy.stats.t.ppf(float(p), float(df))))
        t = mpmath.findroot(tail, start, tol=mpmath.mpf(10) ** -35)
        assert abs(tail(t)) < mpmath.mpf(10) ** -30 * alpha, (p, df)
        return float(sign * t)


def main():
    warnings.simplefilter("ignore")
    series = [fit_series(*s) for s in read_series()]
    pairs = [(0.975, df) for df in T_DF] + T_EXTRA
    quantiles = [
        {
            "p": p,
            "df": float(df),
            "mpmath": t_quantile_mp(p, df),
            "scipy": float(scipy.stats.t.ppf(p, df)),
        }
        for p, df in pairs
    ]
    out = {
        "generator": "tools/fit_reference.py",
        "versions": {
            "numpy": np.__version__,
            "scipy": scipy.__version__,
            "statsmodels": statsmodels.__version__,
            "mpmath": mpmath.__version__,
        },
        "extra_years": EXTRA_YEARS,
        "series": series,
        "t_quantiles": quantiles,
    }
    with open(OUT_PATH, "w") as f:
        json.dump(out, f, indent=1)
        f.write("\n")
    print(f"wrote {len(series)} series and {len(quantiles)} t quantiles to {os.path.normpath(OUT_PATH)}")


if __name__ == "__main__":
    main()
