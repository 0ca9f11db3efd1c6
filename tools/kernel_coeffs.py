#!/usr/bin/env python3
"""Coefficients of the batch kernel's `expm1` polynomial, and the error
bounds of both polynomials in `src/num/kernel.rs`.

Run from the crate root (requires mpmath, tested with 1.3.0):

    python3 tools/kernel_coeffs.py

1. expm1 on the reduced argument |r| <= ln(2)/2 (plus a margin for the
   rounding of k = round(x/ln 2) and the low word of x) is written

       expm1(r) = r + r^2/2 + r^3 * Q(r)

   and Q is fitted by Chebyshev interpolation (mpmath.chebyfit, within a
   few per cent of the minimax error), its coefficients rounded to f64.
   The script prints them as Rust constants and the largest error of the
   rounded polynomial relative to expm1(r), measured in exact arithmetic on
   a dense grid (the kernel's floating-point evaluation adds its own
   rounding; tests/batch.rs measures the end result).

2. ln on the reduced ratio g in [sqrt(2)/2, sqrt(2)] is written, as in
   fdlibm's e_log.c,

       ln g = 2s + s * R(s^2),   s = (g - 1)/(g + 1),   |s| <= 0.1716

   with fdlibm's coefficients Lg1..Lg7 (fdlibm bounds |R error| by
   2^-58.45); the script re-measures the error relative to ln g.
"""
import mpmath as mp
from mpmath import mpf

mp.mp.prec = 200

# |r| bound: ln2/2, plus the rounding of x*INV_LN2 (x <= 700) and the
# low word, with room to spare.
A = mpf("0.3466")
DEGREE = 10  # of Q; the smallest degree whose error is below 2^-60


def q_exact(r):
    if r == 0:
        return mpf(1) / 6
    return (mp.expm1(r) - r - r * r / 2) / r**3


def fit_q():
    coeffs = mp.chebyfit(q_exact, [-A, A], DEGREE + 1)
    # chebyfit gives the highest degree first. Rounding 1/6 to f64 alone
    # costs r^2 * 2^-56 <= 2^-59 relative; the fit is within that.
    return [float(c) for c in reversed(coeffs)]


def expm1_error(q):
    worst = mpf(0)
    for i in range(-4000, 4001):
        r = A * i / 4000
        if r == 0:
            continue
        poly = mpf(0)
        for c in reversed(q):
            poly = poly * r + mpf(c)
        approx = r + r * r / 2 + r**3 * poly
        worst = max(worst, abs(approx / mp.expm1(r) - 1))
    return worst


LG = [
    6.666666666666735130e-01,
    3.999999999940941908e-01,
    2.857142874366239149e-01,
    2.222219843214978396e-01,
    1.818357216161805012e-01,
    1.531383769920937332e-01,
    1.479819860511658591e-01,
]


def log_error():
    smax = (mp.sqrt(2) - 1) / (mp.sqrt(2) + 1)
    worst = mpf(0)
    for i in range(-4000, 4001):
        s = smax * i / 4000 * mpf("1.0001")
        if s == 0:
            continue
        z = s * s
        r = mpf(0)
        for c in reversed(LG):
            r = (r + mpf(c)) * z
        exact = mp.log((1 + s) / (1 - s))
        worst = max(worst, abs((2 * s + s * r) / exact - 1))
    return worst


def main():
    q = fit_q()
    print(f"// expm1(r) = r + r²/2 + r³·Q(r) on |r| <= {A}, Q of degree {DEGREE}:")
    print(f"// relative error {float(mp.log(expm1_error(q), 2)):.1f} (log2), python3 tools/kernel_coeffs.py")
    print("const EXPM1_Q: [f64; %d] = [" % len(q))
    for c in q:
        print(f"    {c!r},")
    print("];")
    print(f"// fdlibm's ln: relative error {float(mp.log(log_error(), 2)):.1f} (log2)")


if __name__ == "__main__":
    main()
