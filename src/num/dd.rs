//! The solvers' accurate route: double-double logarithm and exponential,
//! with the binary exponent kept apart from the mantissa.
//!
//! The plain closed forms of [`crate::solve`] are within a few ulp wherever
//! their intermediate values are normal `f64`s. At the edges they are not:
//! `(1 + r)^n` can overflow while `start · (1 + r)^n` fits, an amount can be
//! subnormal, and `exp` of an exponent near 700 turns the exponent's
//! rounding error into hundreds of ulp. This module answers those rows:
//!
//! * every amount is split exactly into a mantissa in `[1, 2)` and a power
//!   of two (subnormals included), so no logarithm sees a subnormal and no
//!   product forms a value out of range;
//! * logarithms and exponentials are computed as double-doubles (about 100
//!   correct bits): `ln` by one Newton step on the `f64` logarithm,
//!   `exp` by reduction modulo `ln 2`, a Taylor series on a 256th of the
//!   remainder and eight squarings kept in `expm1` form;
//! * the result `m · 2^k` is rounded once, to nearest, at the end, into the
//!   normal or subnormal range or to infinity or zero, so the solvers can
//!   tell exactly where no valid answer exists.
//!
//! Slow (a few hundred nanoseconds) and only taken at the edges; the tests
//! compare it with the plain route across the normal range and with
//! mpmath at the edges (`tests/reference.rs`).

/// `hi + lo` with `|lo| ≤ ulp(hi)/2`.
#[derive(Clone, Copy, Debug, PartialEq)]
pub(crate) struct Dd {
    pub(crate) hi: f64,
    pub(crate) lo: f64,
}

/// ln 2 to 107 bits.
const LN2: Dd = Dd {
    hi: core::f64::consts::LN_2,
    lo: 2.319_046_813_846_299_6e-17,
};

/// `a + b` exactly (Knuth's TwoSum).
pub(crate) fn two_sum(a: f64, b: f64) -> Dd {
    let s = a + b;
    let bb = s - a;
    Dd {
        hi: s,
        lo: (a - (s - bb)) + (b - bb),
    }
}

/// `a + b` exactly, for `|a| ≥ |b|` or `a = 0`: the kernel's Dekker sum.
fn fast_two_sum(a: f64, b: f64) -> Dd {
    let (hi, lo) = crate::num::kernel::fast_two_sum(a, b);
    Dd { hi, lo }
}

/// `a · b` exactly, unless the product underflows: the kernel's product
/// with a fused multiply-add (exact in software where the CPU has none).
fn two_prod(a: f64, b: f64) -> Dd {
    let (hi, lo) = crate::num::kernel::two_prod::<true>(a, b);
    Dd { hi, lo }
}

impl Dd {
    pub(crate) const fn from(x: f64) -> Dd {
        Dd { hi: x, lo: 0.0 }
    }

    fn add(self, b: Dd) -> Dd {
        let s = two_sum(self.hi, b.hi);
        let t = two_sum(self.lo, b.lo);
        let u = fast_two_sum(s.hi, s.lo + t.hi);
        fast_two_sum(u.hi, u.lo + t.lo)
    }

    fn mul(self, b: Dd) -> Dd {
        let p = two_prod(self.hi, b.hi);
        fast_two_sum(p.hi, p.lo + (self.hi * b.lo + self.lo * b.hi))
    }

    fn mul_f(self, b: f64) -> Dd {
        let p = two_prod(self.hi, b);
        fast_two_sum(p.hi, p.lo + self.lo * b)
    }

    /// `self / b`, for finite quotients.
    fn div_f(self, b: f64) -> Dd {
        let q = self.hi / b;
        // The remainder self − q·b, exactly up to the low word.
        let p = two_prod(q, b);
        let r = (self.hi - p.hi - p.lo + self.lo) / b;
        fast_two_sum(q, r)
    }

    /// `self · 2^k` for a power of two that keeps both words normal.
    fn scale(self, k: i32) -> Dd {
        let f = pow2(k);
        Dd {
            hi: self.hi * f,
            lo: self.lo * f,
        }
    }

    /// The nearest `f64`.
    pub(crate) fn value(self) -> f64 {
        self.hi + self.lo
    }
}

/// `2^k` for `k` in `[-1022, 1023]`.
fn pow2(k: i32) -> f64 {
    debug_assert!((-1022..=1023).contains(&k));
    f64::from_bits(((k + 1023) as u64) << 52)
}

/// `x = m · 2^k` with `m` in `[1, 2)`, exactly, for positive finite `x`
/// (subnormals included).
pub(crate) fn split(x: f64) -> (f64, i32) {
    debug_assert!(x > 0.0 && x.is_finite());
    let (x, shift) = if x.is_normal() {
        (x, 0)
    } else {
        (x * pow2(64), -64)
    };
    let bits = x.to_bits();
    let k = ((bits >> 52) as i32) - 1023;
    let m = f64::from_bits((bits & 0x000F_FFFF_FFFF_FFFF) | 0x3FF0_0000_0000_0000);
    (m, k + shift)
}

/// Below this, `e^r − 1` and `ln(1 + r)` are two terms of their series.
const TINY: f64 = 1.0 / (1u64 << 60) as f64;

/// `e^r − 1` for `|r| ≤ 0.36`, to about 2^-100 relative.
fn expm1_small(r: Dd) -> Dd {
    if r.hi.abs() < TINY {
        // r + r²/2; the next term is below 2^-120 of r. Tiny and subnormal
        // arguments never meet the scaling below, which would drop their
        // bits.
        return fast_two_sum(r.hi, r.lo + 0.5 * r.hi * r.hi);
    }
    // e^r − 1 from e^(r/256) − 1 by eight squarings in expm1 form:
    // e^(2x) − 1 = t·(2 + t) with t = e^x − 1.
    let s = r.scale(-8);
    // Taylor to degree 12: |s| ≤ 0.0015, so the next term is below 2^-140.
    let mut p = Dd::from(1.0);
    for k in (2..=12).rev() {
        p = Dd::from(1.0).add(p.mul(s).div_f(f64::from(k)));
    }
    let mut t = s.mul(p);
    for _ in 0..8 {
        t = t.mul(Dd::from(2.0).add(t));
    }
    t
}

/// `ln(1 + u)` for `1 + u` in about `[0.7, 1.42]`, to about 2^-100
/// relative.
fn ln1p_small(u: Dd) -> Dd {
    // One Newton step on e^y = 1 + u from the f64 logarithm y0:
    // y1 = y0 + (1 + u)·e^(−y0) − 1, with (1 + u)(1 + t) − 1 = u + t + u·t.
    let y0 = u.hi.ln_1p() + u.lo / (1.0 + u.hi);
    let t = expm1_small(Dd::from(-y0));
    let c = u.add(t).add(u.mul(t));
    Dd::from(y0).add(c)
}

/// `k·ln 2 + ln(q)` for a double-double `q` near `[1, 2)`: `q` is moved by
/// a power of two into `[√2/2, √2]` first.
fn ln_scaled(q: Dd, k: i32) -> Dd {
    let (q, k) = if q.hi > core::f64::consts::SQRT_2 {
        (q.scale(-1), k + 1)
    } else if q.hi < core::f64::consts::FRAC_1_SQRT_2 {
        (q.scale(1), k - 1)
    } else {
        (q, k)
    };
    // q − 1 is exact in its high word (Sterbenz).
    let u = fast_two_sum(q.hi - 1.0, q.lo);
    LN2.mul_f(f64::from(k)).add(ln1p_small(u))
}

/// `ln(end / start)` for positive finite amounts, subnormals included.
pub(crate) fn ln_ratio(end: f64, start: f64) -> Dd {
    let (me, ke) = split(end);
    let (ms, ks) = split(start);
    ln_scaled(Dd::from(me).div_f(ms), ke - ks)
}

/// `ln(1 + r)` for `r > −1`.
pub(crate) fn ln_1p(r: f64) -> Dd {
    if r.abs() < TINY {
        // r − r²/2; the next term is below 2^-120 of r.
        return fast_two_sum(r, -0.5 * r * r);
    }
    if r.abs() <= 0.25 {
        return ln1p_small(Dd::from(r));
    }
    // 1 + r exactly, then its power of two apart.
    let v = two_sum(1.0, r);
    let (_, k) = split(v.hi);
    // v·2^-k: the high word lands in [1, 2), the low word stays normal or
    // is far below the precision that matters.
    let f = |x: f64| {
        if k >= 0 {
            x * pow2(-k.min(1022)) * pow2(-(k - k.min(1022)))
        } else {
            x * pow2(-k)
        }
    };
    ln_scaled(fast_two_sum(f(v.hi), f(v.lo)), k)
}

/// `e^x = m · 2^k` with `m` in about `[0.7, 1.42]`, for `|x| ≤ 2^20`.
fn exp_split(x: Dd) -> (Dd, i32) {
    let k = (x.hi * core::f64::consts::LOG2_E).round();
    let r = x.add(LN2.mul_f(-k));
    let t = expm1_small(r);
    (fast_two_sum(1.0, t.hi).add(Dd::from(t.lo)), k as i32)
}

/// `m · 2^k` rounded once to the nearest `f64` (ties to even): infinity
/// above the largest finite value, zero below half the smallest subnormal.
/// `m` is positive and within a factor of four of 1.
fn round_scaled(m: Dd, k: i32) -> f64 {
    // m into [1, 2).
    let (m, k) = match m.hi {
        h if h < 1.0 => (m.scale(1), k - 1),
        h if h >= 2.0 => (m.scale(-1), k + 1),
        _ => (m, k),
    };
    if k > 1023 {
        return f64::INFINITY;
    }
    if k >= -1022 {
        // One rounding to 53 bits, then an exact scaling (2·2^1023 is the
        // overflow it should be).
        let v = m.value();
        return if k == 1023 {
            v * 2.0 * pow2(1022)
        } else {
            v * pow2(k)
        };
    }
    if k < -1076 {
        return 0.0;
    }
    // Subnormal: round m to a multiple of g = 2^(−1074 − k), that is the
    // integer nearest (hi + lo)/g, where hi/g and lo/g are exact and
    // |lo/g| ≤ 1/4.
    let g = pow2(-1074 - k);
    let a = m.hi / g;
    let b = m.lo / g;
    let floor = a.floor();
    // (a − floor) − 1/2 is exact; its sum with b has the sign of the exact
    // sum.
    let s = ((a - floor) - 0.5) + b;
    let i = if s > 0.0 || (s == 0.0 && floor % 2.0 == 1.0) {
        floor + 1.0
    } else {
        floor
    };
    i * f64::from_bits(1)
}

/// Beyond this exponent `amount · e^x` is out of range for every amount:
/// `ln(f64::MAX / 2^-1074)` is 1454.
const WIDEST: f64 = 1460.0;

/// `amount · e^(y·t/n)`, rounded once.
fn times_exp(amount: f64, y: Dd, t: f64, n: f64) -> f64 {
    // The exponent in f64 first: a product or quotient out of range (a
    // span of 1e300 years) decides the answer before the double-double
    // words can turn it into NaN.
    let rough = y.hi * t / n;
    if rough > WIDEST {
        return f64::INFINITY;
    }
    if rough < -WIDEST {
        return 0.0;
    }
    let x = y.mul_f(t).div_f(n);
    let (ma, ka) = split(amount);
    let (m, k) = exp_split(x);
    round_scaled(m.mul_f(ma), k + ka)
}

/// `start · (1 + r)^n`: infinity or zero where the answer overflows or
/// rounds to zero.
pub(crate) fn project(start: f64, r: f64, n: f64) -> f64 {
    times_exp(start, ln_1p(r), n, 1.0)
}

/// `start · (end/start)^(t/n)`, the geometric interpolation between two
/// amounts at `t` of `n` years.
pub(crate) fn interpolate(start: f64, end: f64, t: f64, n: f64) -> f64 {
    times_exp(start, ln_ratio(end, start), t, n)
}

/// `(end/start)^(1/n) − 1`: infinity above the range of `f64`, −1 where
/// the rate rounds to −100%.
pub(crate) fn rate(start: f64, end: f64, n: f64) -> f64 {
    let l = ln_ratio(end, start);
    let q = l.hi / n;
    if q > 710.0 {
        return f64::INFINITY;
    }
    if q < -40.0 {
        // e^x < 2^-57: 1 less it rounds to 1.
        return -1.0;
    }
    let x = l.div_f(n);
    if x.hi.abs() <= 0.34 {
        return expm1_small(x).value();
    }
    let (m, k) = exp_split(x);
    if k >= 60 {
        // The −1 is below 2^-59 of the result.
        return round_scaled(m, k);
    }
    // m·2^k is exact here (|k| < 60); subtract 1 and round once.
    let v = m.scale(k);
    v.add(Dd::from(-1.0)).value()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn split_is_exact_for_normals_and_subnormals() {
        for x in [1.0, 1.5, 3.0, 1e-310, 5e-324, f64::MAX, f64::MIN_POSITIVE] {
            let (m, k) = split(x);
            assert!((1.0..2.0).contains(&m), "{x}");
            // Rebuild through two steps so that neither overflows.
            let half = k / 2;
            assert_eq!(m * 2f64.powi(half) * 2f64.powi(k - half), x, "{x}");
        }
    }

    #[test]
    fn logarithms_agree_with_the_f64_ones() {
        for &(e, s) in &[(2.0, 1.0), (1729.5, 600.0), (1e300, 1e-300), (1.0, 3.0)] {
            let l = ln_ratio(e, s);
            let plain = (e / s).ln();
            assert!((l.hi - plain).abs() <= plain.abs() * 4e-16, "{e}/{s}");
        }
        for r in [
            -0.999_999, -0.5, -1e-9, 1e-17, 1e-300, 3e-309, 0.3, 7.0, 1e300,
        ] {
            let l = ln_1p(r);
            assert!((l.hi - r.ln_1p()).abs() <= r.ln_1p().abs() * 4e-16, "{r}");
        }
    }

    #[test]
    fn exp_inverts_ln() {
        for x in [0.5, -0.5, 3.0, 700.0, -700.0] {
            let (m, k) = exp_split(Dd::from(x));
            let back = ln_scaled(m, k);
            assert!((back.value() - x).abs() <= x.abs() * 1e-30, "{x}: {back:?}");
        }
    }

    #[test]
    fn rounding_at_the_limits() {
        let one = Dd::from(1.0);
        assert_eq!(round_scaled(one, -1074), f64::from_bits(1));
        // Exactly half the smallest subnormal ties to even: zero.
        assert_eq!(round_scaled(one, -1075), 0.0);
        // Just above half of it rounds up.
        let above = Dd { hi: 1.0, lo: 1e-30 };
        assert_eq!(round_scaled(above, -1075), f64::from_bits(1));
        // 1.5 smallest subnormals ties to 2 of them.
        assert_eq!(round_scaled(Dd::from(1.5), -1074), f64::from_bits(2));
        assert_eq!(round_scaled(Dd::from(2.0 - f64::EPSILON), 1023), f64::MAX);
        // Above the largest finite value by more than half an ulp.
        let over = Dd {
            hi: 2.0 - f64::EPSILON,
            lo: f64::EPSILON / 2.0,
        };
        assert_eq!(round_scaled(over, 1023), f64::INFINITY);
        assert_eq!(round_scaled(one, 1024), f64::INFINITY);
    }
}
