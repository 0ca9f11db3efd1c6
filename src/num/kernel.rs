//! The branch-free CAGR kernel shared by [`solve::rate`](crate::solve::rate)
//! (for steep growth) and [`batch::rate`](crate::batch::rate) (for every
//! row).
//!
//! `ln(end/start)` is computed as a double-double without forming the
//! quotient: with `end = 2^a·m_e`, `start = 2^b·m_s` (mantissas exact),
//! `ln(end/start) = k·ln 2 + ln(m_e/m_s)` where `m_e` is rescaled by a power
//! of two so that `g = m_e/m_s` lies in `[√2/2, √2]`, and
//! `ln g = 2·atanh(s) = 2s + s·R(s²)` with `s = (m_e − m_s)/(m_e + m_s)`
//! (fdlibm's `log` polynomial; `m_e − m_s` is exact). The logarithm is
//! divided by the span exactly and passed to an `expm1` that takes the low
//! word into its argument reduction and evaluates a polynomial (no
//! division). The row's only division is `1/((m_e + m_s)·n)`, which gives
//! both `1/(m_e + m_s)` and `1/n`; neither needs to be correctly rounded,
//! because the exact residuals of `s` and of the quotient carry their
//! error.
//!
//! No branches, so loops over it vectorize; each row also says whether the
//! kernel answers for it (inputs valid and result in range).
// fdlibm's log (e_log.c): ln((1 + s)/(1 − s)) = 2s + s·R(s²), with
// |R error| ≤ 2^-58.45 for |s| ≤ 0.1716 (tools/kernel_coeffs.py re-measures
// 2^-59.5 relative to the logarithm).
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
const SQRT2: f64 = core::f64::consts::SQRT_2;
// expm1(r) = r + r²/2 + r³·Q(r) on |r| ≤ 0.3466 (ln 2/2 and a margin),
// Q a Chebyshev fit of degree 10 with relative error 2^-59.3 (the
// rounding of 1/6 to f64 alone costs 2^-59): tools/kernel_coeffs.py.
const EXPM1_Q: [f64; 11] = [
    0.166_666_666_666_666_66,
    0.041_666_666_666_666_67,
    0.008_333_333_333_333_333,
    0.001_388_888_888_888_375,
    0.000_198_412_698_412_664_15,
    2.480_158_732_554_432e-5,
    2.755_731_923_995_482e-6,
    2.755_727_364_745_108_7e-7,
    2.505_207_800_522_273e-8,
    2.091_468_516_141_806_7e-9,
    1.608_432_667_975_492e-10,
];
/// 1.5·2^52: adding and subtracting it rounds to the nearest integer.
const ROUND: f64 = 6_755_399_441_055_744.0;
const MANTISSA: u64 = 0x000F_FFFF_FFFF_FFFF;
const ONE: u64 = 0x3FF0_0000_0000_0000;
/// The range of `ln(end/start)/years` the kernel answers for. Below it
/// the rate is within 2^-43 of −100%. Above it the logarithm's error
/// (about 2^-59.5 of `x`, absolute, once divided by the span) would cost
/// more than a ulp: `exp` turns an absolute error in `x` into the same
/// relative error, so at `x` = 128 it is about 1.4 ulp, and at
/// 700 it would be 8. In the range, the result lies in
/// `(−1 + 9e-14, 3.9e55)`, so it needs no check of its own; rows above go
/// to the accurate route of `crate::num::dd`.
const X_MIN: f64 = -30.0;
const X_MAX: f64 = 128.0;
/// The largest `(m_e + m_s)·n` the kernel takes, 2^1020, so that its
/// reciprocal is a normal number (spans beyond 2^1017 years go to the
/// scalar solver).
const D_MAX: f64 = f64::from_bits(0x7FB0_0000_0000_0000);

/// `a·b + c`: fused where the CPU has FMA, else two roundings (a software
/// `fma` would be exact but slow; every caller tolerates either).
#[inline(always)]
fn mad<const FMA: bool>(a: f64, b: f64, c: f64) -> f64 {
    if FMA {
        a.mul_add(b, c)
    } else {
        a * b + c
    }
}

/// `a + b = s + e` exactly, for `|a| ≥ |b|` (Dekker).
#[inline(always)]
pub(crate) fn fast_two_sum(a: f64, b: f64) -> (f64, f64) {
    let s = a + b;
    (s, b - (s - a))
}

/// `a·b = p + e` exactly: one fused multiply-add where the CPU has one,
/// else Dekker's product (a software `fma` would be exact but slow).
#[inline(always)]
pub(crate) fn two_prod<const FMA: bool>(a: f64, b: f64) -> (f64, f64) {
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

/// `c − a·b`, for a product within a few ulp of `c`: one fused
/// multiply-add where the CPU has one (its single rounding is far below the
/// ulp of the result), else from Dekker's exact product.
#[inline(always)]
fn residual<const FMA: bool>(a: f64, b: f64, c: f64) -> f64 {
    if FMA {
        return (-a).mul_add(b, c);
    }
    let (p, pe) = two_prod::<false>(a, b);
    (c - p) - pe
}

/// `expm1(x + xl)` for `x` in `[X_MIN, X_MAX]` and `|xl| ≤ 2^-50·|x|`.
#[inline(always)]
fn expm1_dd<const FMA: bool>(x: f64, xl: f64) -> f64 {
    // x = k·ln 2 + r + c, |r| ≤ ln 2/2; k·LN2_HI is exact, and so is
    // x − k·LN2_HI (Sterbenz).
    let t = mad::<FMA>(x, INV_LN2, ROUND);
    let kr = t - ROUND;
    let hi = mad::<FMA>(-kr, LN2_HI, x);
    let lo = mad::<FMA>(-kr, LN2_LO, xl);
    let (r, c) = fast_two_sum(hi, lo);
    // expm1(r) = r + r²/2 + r³·Q(r), the first two terms as a
    // double-double; expm1(r + c) = expm1(r) + c·e^r to within c².
    let (r2, r2e) = two_prod::<FMA>(r, r);
    let (a, ae) = fast_two_sum(r, 0.5 * r2);
    // Q as even and odd halves in r², for half the latency of Horner.
    let q = |i: usize| EXPM1_Q[i];
    let even = mad::<FMA>(r2, q(10), q(8));
    let even = mad::<FMA>(r2, even, q(6));
    let even = mad::<FMA>(r2, even, q(4));
    let even = mad::<FMA>(r2, even, q(2));
    let even = mad::<FMA>(r2, even, q(0));
    let odd = mad::<FMA>(r2, q(9), q(7));
    let odd = mad::<FMA>(r2, odd, q(5));
    let odd = mad::<FMA>(r2, odd, q(3));
    let odd = mad::<FMA>(r2, odd, q(1));
    let q = mad::<FMA>(r, odd, even);
    let tail = mad::<FMA>(r * r2, q, mad::<FMA>(0.5, r2e, ae));
    let lo = mad::<FMA>(c, a, c) + tail;
    // 2^k·(1 + a + lo) − 1, with 2^k − 1 exact for the k (≥ −44) of this
    // range that it matters for. |2^k − 1| ≥ |2^k·a| unless k = 0, where
    // 2^k − 1 = 0: either way the fast sum is exact.
    // The bits of t are those of 1.5·2^52 plus k.
    let two_k = f64::from_bits(t.to_bits().wrapping_sub(ROUND.to_bits() - 1023) << 52);
    let (s, se) = fast_two_sum(two_k - 1.0, two_k * a);
    s + mad::<FMA>(two_k, lo, se)
}

/// `ln(e/s)/n` as a double-double `(x, xl)`, and whether the kernel
/// answers for the row.
// Bitwise `&` of comparisons (not `contains`, which short-circuits) keeps
// the validity test branch-free.
#[allow(clippy::manual_range_contains)]
#[inline(always)]
fn exponent<const FMA: bool>(s: f64, e: f64, n: f64) -> (f64, f64, bool) {
    let (bs, be) = (s.to_bits(), e.to_bits());
    // Both amounts positive normal finite numbers: biased exponents in
    // [1, 2046] and sign bits clear, as one unsigned comparison each.
    let (xs, xe) = (bs >> 52, be >> 52);
    let amounts_ok = xs.wrapping_sub(1).max(xe.wrapping_sub(1)) < 2046;
    // The exponent difference as f64 without an integer conversion
    // instruction (AVX2 has none): the bits of 1.5·2^52 + x, less each
    // other.
    let k0 = f64::from_bits(xe + ROUND.to_bits()) - f64::from_bits(xs + ROUND.to_bits());
    let ms = f64::from_bits((bs & MANTISSA) | ONE);
    let me = f64::from_bits((be & MANTISSA) | ONE);
    // g = m_e/m_s into [√2/2, √2] (to within rounding) by a power of two.
    let up = me > ms * SQRT2;
    let down = me * SQRT2 < ms;
    let me = if up {
        0.5 * me
    } else if down {
        2.0 * me
    } else {
        me
    };
    let k = if up {
        k0 + 1.0
    } else if down {
        k0 - 1.0
    } else {
        k0
    };
    // s = (m_e − m_s)/(m_e + m_s) as a double-double; the difference is
    // exact (Sterbenz), the sum is v + vl exactly.
    let u = me - ms;
    let (big, small) = if me > ms { (me, ms) } else { (ms, me) };
    let (v, vl) = fast_two_sum(big, small);
    let d = v * n;
    let inv = 1.0 / d;
    let inv_v = inv * n;
    let inv_n = inv * v;
    let sh = u * inv_v;
    let sl = mad::<FMA>(-sh, vl, residual::<FMA>(sh, v, u)) * inv_v;
    // ln(e/s) = k·ln 2 + 2s + s·R(s²).
    let z = sh * sh;
    let rz = [LG6, LG5, LG4, LG3, LG2, LG1]
        .iter()
        .fold(LG7, |p, &lg| mad::<FMA>(z, p, lg));
    // |k·ln 2| ≥ ln 2 > |2s| unless k = 0: the fast sum is exact.
    let (lh, le) = fast_two_sum(k * LN2_HI, 2.0 * sh);
    let ll = le + mad::<FMA>(k, LN2_LO, mad::<FMA>(sh * z, rz, 2.0 * sl));
    let (lh, ll) = fast_two_sum(lh, ll);
    // x = L/n as a double-double: the quotient need not be correctly
    // rounded, since the exact residual carries its error.
    let q = lh * inv_n;
    let ql = (residual::<FMA>(q, n, lh) + ll) * inv_n;
    // d in [MIN_POSITIVE, D_MAX] (which also rejects a span that is not
    // positive and finite): its bits less those of MIN_POSITIVE, unsigned.
    let d_ok = d.to_bits().wrapping_sub(f64::MIN_POSITIVE.to_bits())
        <= D_MAX.to_bits() - f64::MIN_POSITIVE.to_bits();
    let ok = amounts_ok & d_ok & (q >= X_MIN) & (q <= X_MAX);
    (q, ql, ok)
}

/// The kernel's rate for one row, and whether it answers for it.
#[inline(always)]
fn rate_with<const FMA: bool>(s: f64, e: f64, n: f64) -> (f64, bool) {
    let (x, xl, ok) = exponent::<FMA>(s, e, n);
    (expm1_dd::<FMA>(x, xl), ok)
}

/// The kernel's rate for one row, and whether it answers for it (the
/// portable version, as every row of [`rates`] without FMA computes it).
pub(crate) fn rate(s: f64, e: f64, n: f64) -> (f64, bool) {
    rate_with::<false>(s, e, n)
}

/// Rows per block of [`rates`]: the exponents of a block are computed in
/// one loop and the `expm1`s in a second, so that each loop body is a
/// shorter chain of dependent instructions and the CPU overlaps more rows.
const BLOCK: usize = 64;

/// From this many rows in a whole batch, [`rates`] is told to stream: it
/// writes its full blocks with non-temporal stores, since an `out` of
/// 8 MiB and more is not worth caching and the stores then skip reading
/// each line before writing it (a quarter of the row's memory traffic),
/// and it prefetches the inputs. Below it the results stay in cache for
/// the caller.
pub(crate) const STREAM_ROWS: usize = 1 << 20;

// How a block's results reach `out`.
const PLAIN: u8 = 0;
const STREAM_AVX512: u8 = 1;
const STREAM_AVX2: u8 = 2;

/// One block of at most [`BLOCK`] rows (exactly [`BLOCK`] unless `STORE`
/// is [`PLAIN`]), with room for their exponents.
///
/// # Safety
///
/// With `STORE` = [`STREAM_AVX512`] the CPU must have AVX-512F, and with
/// [`STREAM_AVX2`] AVX (the stores of [`stream_avx512`] and
/// [`stream_avx2`]); in both, a full `out` must start on a 64-byte
/// boundary. [`PLAIN`] asks nothing.
#[allow(unsafe_code)]
#[inline(always)]
unsafe fn block<const FMA: bool, const STORE: u8>(
    s: &[f64],
    e: &[f64],
    n: &[f64],
    out: &mut [f64],
    (xh, xl): (&mut [f64; BLOCK], &mut [f64; BLOCK]),
) -> bool {
    let mut all = true;
    for (((h, l), (&s, &e)), &n) in xh.iter_mut().zip(xl.iter_mut()).zip(s.iter().zip(e)).zip(n) {
        let (x, x_lo, ok) = exponent::<FMA>(s, e, n);
        *h = x;
        *l = x_lo;
        all &= ok;
    }
    if STORE == PLAIN {
        for ((o, &h), &l) in out.iter_mut().zip(xh.iter()).zip(xl.iter()) {
            *o = expm1_dd::<FMA>(h, l);
        }
        return all;
    }
    for (h, &l) in xh.iter_mut().zip(xl.iter()) {
        *h = expm1_dd::<FMA>(*h, l);
    }
    #[cfg(target_arch = "x86_64")]
    if let Ok(out) = <&mut [f64; BLOCK]>::try_from(out) {
        if STORE == STREAM_AVX512 {
            // SAFETY: the caller's promise (this function's `# Safety`):
            // the CPU has AVX-512F and `out` starts on a 64-byte boundary.
            unsafe { stream_avx512(xh, out) };
        } else {
            // SAFETY: as above, with AVX.
            unsafe { stream_avx2(xh, out) };
        }
    }
    all
}

/// Copies `from` to `to` with non-temporal stores.
///
/// # Safety
///
/// The CPU must have AVX-512F, and `to` must be 64-byte aligned.
#[cfg(target_arch = "x86_64")]
#[allow(unsafe_code)]
#[target_feature(enable = "avx512f")]
unsafe fn stream_avx512(from: &[f64; BLOCK], to: &mut [f64; BLOCK]) {
    use core::arch::x86_64::{_mm512_loadu_pd, _mm512_stream_pd};
    debug_assert_eq!(to.as_ptr().align_offset(64), 0);
    for (f, t) in from
        .as_chunks::<8>()
        .0
        .iter()
        .zip(to.as_chunks_mut::<8>().0)
    {
        // SAFETY: `f` and `t` are eight f64s each, and `t` is 64-byte
        // aligned: `to` is (the caller's promise) and so is every 64-byte
        // chunk of it.
        unsafe { _mm512_stream_pd(t.as_mut_ptr(), _mm512_loadu_pd(f.as_ptr())) };
    }
}

/// Copies `from` to `to` with non-temporal stores.
///
/// # Safety
///
/// The CPU must have AVX, and `to` must be 32-byte aligned.
#[cfg(target_arch = "x86_64")]
#[allow(unsafe_code)]
#[target_feature(enable = "avx")]
unsafe fn stream_avx2(from: &[f64; BLOCK], to: &mut [f64; BLOCK]) {
    use core::arch::x86_64::{_mm256_loadu_pd, _mm256_stream_pd};
    debug_assert_eq!(to.as_ptr().align_offset(32), 0);
    for (f, t) in from
        .as_chunks::<4>()
        .0
        .iter()
        .zip(to.as_chunks_mut::<4>().0)
    {
        // SAFETY: `f` and `t` are four f64s each, and `t` is 32-byte
        // aligned: `to` is (the caller's promise) and so is every 32-byte
        // chunk of it.
        unsafe { _mm256_stream_pd(t.as_mut_ptr(), _mm256_loadu_pd(f.as_ptr())) };
    }
}

/// Rows ahead of the current block that the columns of a long batch are
/// prefetched (2 KiB of each; farther or nearer was slower on a Xeon).
const PREFETCH_ROWS: usize = 256;

/// Asks for the cache lines [`PREFETCH_ROWS`] ahead of the block starting
/// at `s`, `e` and `n`: the hardware prefetcher alone left the loads of a
/// 10-million-row batch waiting (about 10% slower).
#[allow(unsafe_code)]
#[inline(always)]
fn prefetch(s: &[f64; BLOCK], e: &[f64; BLOCK], n: &[f64; BLOCK]) {
    #[cfg(target_arch = "x86_64")]
    for line in (PREFETCH_ROWS..PREFETCH_ROWS + BLOCK).step_by(8) {
        use core::arch::x86_64::{_mm_prefetch, _MM_HINT_T0};
        for column in [s, e, n] {
            let ahead = column.as_ptr().wrapping_add(line).cast::<i8>();
            // SAFETY: a prefetch is a hint that never faults, so the
            // address may lie past the end of the column; SSE is part of
            // every x86-64 CPU.
            unsafe { _mm_prefetch::<_MM_HINT_T0>(ahead) };
        }
    }
}

/// The rows in blocks.
///
/// # Safety
///
/// As [`block`]: a streaming `STORE` needs its CPU feature, and `out` must
/// then start on a 64-byte boundary.
#[allow(unsafe_code)]
#[inline(always)]
unsafe fn blocks<const FMA: bool, const STORE: u8>(
    s: &[f64],
    e: &[f64],
    n: &[f64],
    out: &mut [f64],
) -> bool {
    let (out, out_rest) = out.as_chunks_mut::<BLOCK>();
    let (s, s_rest) = s.as_chunks::<BLOCK>();
    let (e, e_rest) = e.as_chunks::<BLOCK>();
    let (n, n_rest) = n.as_chunks::<BLOCK>();
    let (mut xh, mut xl) = ([0.0; BLOCK], [0.0; BLOCK]);
    let mut all = true;
    for (((o, s), e), n) in out.iter_mut().zip(s).zip(e).zip(n) {
        if STORE != PLAIN {
            prefetch(s, e, n);
        }
        // SAFETY: the caller's promise, for `STORE`; each `o` is a whole
        // block of `out`, so on a 64-byte boundary when `out` is.
        all &= unsafe { block::<FMA, STORE>(s, e, n, o, (&mut xh, &mut xl)) };
    }
    // SAFETY: PLAIN stores plainly.
    all & unsafe { block::<FMA, PLAIN>(s_rest, e_rest, n_rest, out_rest, (&mut xh, &mut xl)) }
}

/// The rows, the first up to a 64-byte boundary of `out` stored plainly and
/// the rest with `STORE`.
///
/// # Safety
///
/// A streaming `STORE` needs its CPU feature (see [`block`]).
#[allow(unsafe_code)]
#[inline(always)]
unsafe fn rates_with<const FMA: bool, const STORE: u8>(
    s: &[f64],
    e: &[f64],
    n: &[f64],
    out: &mut [f64],
) -> bool {
    let rows = out.len().min(s.len()).min(e.len()).min(n.len());
    let (s, e, n, out) = (&s[..rows], &e[..rows], &n[..rows], &mut out[..rows]);
    if STORE == PLAIN {
        // SAFETY: PLAIN stores plainly.
        return unsafe { blocks::<FMA, PLAIN>(s, e, n, out) };
    }
    // The rows before the first 64-byte boundary of `out` are stored
    // plainly.
    let head = out.as_ptr().align_offset(64).min(rows);
    let (out_head, out) = out.split_at_mut(head);
    // SAFETY: PLAIN stores plainly; `out` now starts on a 64-byte boundary
    // (or is empty), and the CPU has `STORE`'s feature (the caller's
    // promise).
    let ok = unsafe {
        blocks::<FMA, PLAIN>(&s[..head], &e[..head], &n[..head], out_head)
            & blocks::<FMA, STORE>(&s[head..], &e[head..], &n[head..], out)
    };
    // Non-temporal stores are weakly ordered: make them visible before
    // anything the caller stores next (a thread's "done" flag, say).
    #[cfg(target_arch = "x86_64")]
    // SAFETY: SSE is part of every x86-64 CPU.
    unsafe {
        core::arch::x86_64::_mm_sfence();
    }
    ok
}

/// Fills `out` and returns whether the kernel answered for every row,
/// using the widest vector instructions the running CPU has (AVX-512,
/// else AVX2 with FMA, else the baseline of the target). The results of
/// the FMA and Dekker versions may differ in the last bit; both are within
/// the crate's accuracy bound. `stream` says `out` is part of a batch of
/// at least [`STREAM_ROWS`] rows (the results are the same either way).
#[allow(unsafe_code)]
pub(crate) fn rates(s: &[f64], e: &[f64], n: &[f64], out: &mut [f64], stream: bool) -> bool {
    #[cfg(target_arch = "x86_64")]
    {
        if std::arch::is_x86_feature_detected!("avx512f") {
            // SAFETY: the CPU has AVX-512F (and so FMA), checked just above.
            return unsafe { rates_avx512(s, e, n, out, stream) };
        }
        if std::arch::is_x86_feature_detected!("avx2") && std::arch::is_x86_feature_detected!("fma")
        {
            // SAFETY: the CPU has AVX2 and FMA, checked just above.
            return unsafe { rates_avx2(s, e, n, out, stream) };
        }
    }
    let _ = stream;
    // SAFETY: PLAIN stores plainly.
    unsafe { rates_with::<false, PLAIN>(s, e, n, out) }
}

/// [`rates_with`] compiled for AVX-512 and FMA.
///
/// # Safety
///
/// The CPU must have AVX-512F and FMA.
#[cfg(target_arch = "x86_64")]
#[allow(unsafe_code)]
#[target_feature(enable = "avx512f,fma")]
unsafe fn rates_avx512(s: &[f64], e: &[f64], n: &[f64], out: &mut [f64], stream: bool) -> bool {
    // SAFETY: the CPU has AVX-512F (the caller's promise), which
    // STREAM_AVX512 needs; PLAIN needs nothing.
    unsafe {
        if stream {
            rates_with::<true, STREAM_AVX512>(s, e, n, out)
        } else {
            rates_with::<true, PLAIN>(s, e, n, out)
        }
    }
}

/// [`rates_with`] compiled for AVX2 and FMA.
///
/// # Safety
///
/// The CPU must have AVX2 and FMA.
#[cfg(target_arch = "x86_64")]
#[allow(unsafe_code)]
#[target_feature(enable = "avx2,fma")]
unsafe fn rates_avx2(s: &[f64], e: &[f64], n: &[f64], out: &mut [f64], stream: bool) -> bool {
    // SAFETY: the CPU has AVX2, and so AVX (the caller's promise), which
    // STREAM_AVX2 needs; PLAIN needs nothing.
    unsafe {
        if stream {
            rates_with::<true, STREAM_AVX2>(s, e, n, out)
        } else {
            rates_with::<true, PLAIN>(s, e, n, out)
        }
    }
}
