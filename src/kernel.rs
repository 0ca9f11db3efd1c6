//! The branch-free CAGR kernel shared by [`solve::rate`](crate::solve::rate)
//! (for steep growth) and [`batch::rate`](crate::batch::rate) (for every
//! row).
//!
//! `ln(end/start)` is computed as a double-double (fdlibm's `log`, plus the
//! exact rounding error of the quotient), divided by the span exactly, and
//! passed to fdlibm's `expm1` with the low word folded into its argument
//! reduction. No branches, so loops over it vectorize; each row also says
//! whether the kernel answers for it (inputs valid and result in range).
// fdlibm's log: log(1 + f) = f − f²/2 + s·(f²/2 + R(s²)), s = f/(2 + f).
const LG1: f64 = 6.666_666_666_666_735e-1;
const LG2: f64 = 3.999_999_999_940_942e-1;
const LG3: f64 = 2.857_142_874_366_239e-1;
const LG4: f64 = 2.222_219_843_214_978_4e-1;
const LG5: f64 = 1.818_357_216_161_805e-1;
const LG6: f64 = 1.531_383_769_920_937_3e-1;
const LG7: f64 = 1.479_819_860_511_658_6e-1;
// ln 2 split so that k·LN2_HI is exact for |k| < 2^20.
const LN2_HI: f64 = 6.931_471_803_691_238e-1;
const LN2_LO: f64 = 1.908_214_929_270_587_7e-10;
const INV_LN2: f64 = core::f64::consts::LOG2_E;
// fdlibm's expm1 rational kernel.
const Q1: f64 = -3.333_333_333_333_313e-2;
const Q2: f64 = 1.587_301_587_254_883e-3;
const Q3: f64 = -7.936_507_795_996_161e-5;
const Q4: f64 = 4.008_217_827_329_362e-6;
const Q5: f64 = -2.010_992_053_309_045e-7;
/// 1.5·2^52: adding and subtracting it rounds to the nearest integer.
const ROUND: f64 = 6_755_399_441_055_744.0;
/// The range of `ln(end/start)/years` the kernel answers for: beyond it
/// the rate is within 2^-43 of −100% or overflows.
const X_MIN: f64 = -30.0;
const X_MAX: f64 = 700.0;

/// `a + b = s + e` exactly (Knuth).
#[inline(always)]
fn two_sum(a: f64, b: f64) -> (f64, f64) {
    let s = a + b;
    let bb = s - a;
    (s, (a - (s - bb)) + (b - bb))
}

/// `a·b = p + e` exactly: one fused multiply-add where the CPU has one,
/// else Dekker's product (a software `fma` would be exact but slow).
#[inline(always)]
fn two_prod<const FMA: bool>(a: f64, b: f64) -> (f64, f64) {
    if FMA {
        let p = a * b;
        return (p, a.mul_add(b, -p));
    }
    let split = |x: f64| {
        let c = 134_217_729.0 * x;
        let hi = c - (c - x);
        (hi, x - hi)
    };
    let p = a * b;
    let (ah, al) = split(a);
    let (bh, bl) = split(b);
    (p, ((ah * bh - p) + ah * bl + al * bh) + al * bl)
}

/// `ln t` as a double-double, for a positive normal `t`.
#[inline(always)]
fn log_dd(t: f64) -> (f64, f64) {
    let bits = t.to_bits();
    let k0 = (bits >> 52) as i64 - 1023;
    let mantissa = bits & 0x000F_FFFF_FFFF_FFFF;
    // Mantissa in [√2/2, √2), as fdlibm does it.
    let i = (mantissa + 0x0009_5F64_0000_0000) & 0x0010_0000_0000_0000;
    let m = f64::from_bits(mantissa | (i ^ 0x3FF0_0000_0000_0000));
    // k as f64 without an integer conversion instruction (AVX2 has none):
    // the bits of 1.5·2^52 + k, less 1.5·2^52.
    let k = f64::from_bits((k0 + (i >> 52) as i64 + ROUND.to_bits() as i64) as u64) - ROUND;
    let f = m - 1.0;
    let hfsq = 0.5 * f * f;
    let s = f / (2.0 + f);
    let z = s * s;
    let w = z * z;
    let t1 = w * (LG2 + w * (LG4 + w * LG6));
    let t2 = z * (LG1 + w * (LG3 + w * (LG5 + w * LG7)));
    let (hi, e) = two_sum(k * LN2_HI, f);
    let lo = e + (k * LN2_LO + (s * (hfsq + t2 + t1) - hfsq));
    two_sum(hi, lo)
}

/// `expm1(x + xl)` for `x` in `[X_MIN, X_MAX]` and a small `xl`.
#[inline(always)]
fn expm1_dd(x: f64, xl: f64) -> f64 {
    let kr = (x * INV_LN2 + ROUND) - ROUND;
    let k = (kr + ROUND).to_bits() as i64 - ROUND.to_bits() as i64;
    let hi = x - kr * LN2_HI;
    let lo = xl - kr * LN2_LO;
    let r = hi + lo;
    let c = (hi - r) + lo;
    let hfx = 0.5 * r;
    let hxs = r * hfx;
    let r1 = 1.0 + hxs * (Q1 + hxs * (Q2 + hxs * (Q3 + hxs * (Q4 + hxs * Q5))));
    let t = 3.0 - r1 * hfx;
    let e = hxs * ((r1 - t) / (6.0 - r * t));
    let em = r - ((r * (e - c) - c) - hxs);
    // 2^k·(1 + em) − 1, with 2^k − 1 exact for the k of this range.
    let two_k = f64::from_bits(((k + 1023) as u64) << 52);
    two_k * em + (two_k - 1.0)
}

/// The kernel's rate for one row, and whether it answers for it.
// Bitwise `&` of comparisons (not `contains`, which short-circuits) keeps
// the validity test branch-free.
#[allow(clippy::manual_range_contains)]
#[inline(always)]
fn rate_with<const FMA: bool>(s: f64, e: f64, n: f64) -> (f64, bool) {
    // One division gives both 1/s and 1/e (divisions are the slowest
    // vector instructions); `t` need not be correctly rounded, since
    // ln(e/s) = ln t + ln(1 + (e − t·s)/(t·s)) and the second term comes
    // from the exact residual of the product.
    let es = e * s;
    let inv_es = 1.0 / es;
    let t = e * (e * inv_es);
    let (p, pe) = two_prod::<FMA>(t, s);
    let corr = ((e - p) - pe) * (s * inv_es);
    let (lh, ll) = log_dd(t);
    let (lh, ll) = two_sum(lh, ll + corr);
    // x = L/n as a double-double: the quotient need not be correctly
    // rounded, since the exact residual carries its error.
    let inv_n = 1.0 / n;
    let q = lh * inv_n;
    let (qp, qe) = two_prod::<FMA>(q, n);
    let ql = (((lh - qp) - qe) + ll) * inv_n;
    let r = expm1_dd(q, ql);
    let ok = (s > 0.0)
        & (s < f64::INFINITY)
        & (e > 0.0)
        & (e < f64::INFINITY)
        & (n > 0.0)
        & (n < f64::INFINITY)
        & (es >= f64::MIN_POSITIVE)
        & (es < f64::INFINITY)
        & (inv_es >= f64::MIN_POSITIVE)
        & (t >= f64::MIN_POSITIVE)
        & (t < f64::INFINITY)
        & (q >= X_MIN)
        & (q <= X_MAX)
        & (r > -1.0)
        & (r < f64::INFINITY);
    (r, ok)
}

/// The kernel's rate for one row, and whether it answers for it (the
/// portable version, as every row of [`rates`] without FMA computes it).
pub(crate) fn rate(s: f64, e: f64, n: f64) -> (f64, bool) {
    rate_with::<false>(s, e, n)
}

#[inline(always)]
fn rates_with<const FMA: bool>(s: &[f64], e: &[f64], n: &[f64], out: &mut [f64]) -> bool {
    let mut all = true;
    for (((o, &s), &e), &n) in out.iter_mut().zip(s).zip(e).zip(n) {
        let (r, ok) = rate_with::<FMA>(s, e, n);
        *o = r;
        all &= ok;
    }
    all
}

/// Fills `out` and returns whether the kernel answered for every row,
/// using the widest vector instructions the running CPU has (AVX-512,
/// else AVX2 with FMA, else the baseline of the target). The results of
/// the FMA and Dekker versions may differ in the last bit; both are within
/// the crate's accuracy bound.
#[allow(unsafe_code)]
pub(crate) fn rates(s: &[f64], e: &[f64], n: &[f64], out: &mut [f64]) -> bool {
    #[cfg(target_arch = "x86_64")]
    {
        if std::arch::is_x86_feature_detected!("avx512f") {
            // SAFETY: the CPU has AVX-512F (and so FMA), checked just above.
            return unsafe { rates_avx512(s, e, n, out) };
        }
        if std::arch::is_x86_feature_detected!("avx2") && std::arch::is_x86_feature_detected!("fma")
        {
            // SAFETY: the CPU has AVX2 and FMA, checked just above.
            return unsafe { rates_avx2(s, e, n, out) };
        }
    }
    rates_with::<false>(s, e, n, out)
}

#[cfg(target_arch = "x86_64")]
#[target_feature(enable = "avx512f,fma")]
fn rates_avx512(s: &[f64], e: &[f64], n: &[f64], out: &mut [f64]) -> bool {
    rates_with::<true>(s, e, n, out)
}

#[cfg(target_arch = "x86_64")]
#[target_feature(enable = "avx2,fma")]
fn rates_avx2(s: &[f64], e: &[f64], n: &[f64], out: &mut [f64]) -> bool {
    rates_with::<true>(s, e, n, out)
}
