//! The least-squares line both fits share, and the careful sums it is made
//! of.

use super::t::{check_level, two_sided, LEVEL};
use crate::{Error, Result};

/// A least-squares line through centred years (see the module docs).
///
/// The sums are taken over `z / scale`, `scale` a power of two near the
/// largest `|z|`, so that squares of values near `f64::MAX` do not overflow
/// and squares of subnormal values do not underflow. Dividing by a power of
/// two is exact, so for values of ordinary size every result is the same,
/// bit for bit, as without the scaling. `z_mean`, `slope`, `sse` and `sst`
/// are in these scaled units; the methods return the original units.
#[derive(Debug, Clone, PartialEq)]
pub(super) struct Line {
    n: usize,
    x_mean: f64,
    z_mean: f64,
    sxx: f64,
    slope: f64,
    sse: f64,
    sst: f64,
    /// The power of two the values were divided by.
    pub(super) scale: f64,
    /// The t quantile for [`LEVEL`], computed once (`None` for two points).
    t: Option<f64>,
}

impl Line {
    /// Fits `z` on `x`; the caller has checked there are two distinct years
    /// and finite values.
    pub(super) fn new(points: impl Iterator<Item = (i32, f64)> + Clone) -> Line {
        let n = points.clone().count();
        let count = n as f64;
        let scale = scale_of(points.clone().map(|p| p.1));
        let points = points.map(move |(x, z)| (x, z / scale));
        let x_mean = points.clone().map(|p| f64::from(p.0)).sum::<f64>() / count;
        let z_mean = sum(points.clone().map(|p| p.1)) / count;
        let (mut sxx, mut sxz) = (0.0, 0.0);
        for (x, z) in points.clone() {
            let dx = f64::from(x) - x_mean;
            sxx += dx * dx;
            sxz += dx * (z - z_mean);
        }
        let slope = sxz / sxx;
        let mut line = Line {
            n,
            x_mean,
            z_mean,
            sxx,
            slope,
            sse: 0.0,
            sst: 0.0,
            scale,
            t: None,
        };
        line.sse = sum(points.clone().map(|(x, z)| {
            let r = z - line.scaled_at(f64::from(x));
            r * r
        }));
        line.sst = sum(points.map(|(_, z)| (z - z_mean) * (z - z_mean)));
        line.t = line.quantile(LEVEL).ok();
        line
    }

    /// The fitted `z` at (possibly fractional) year `x`, in the scaled units.
    pub(super) fn scaled_at(&self, x: f64) -> f64 {
        self.z_mean + self.slope * (x - self.x_mean)
    }

    /// The fitted `z` at (possibly fractional) year `x`: infinite if it is
    /// beyond the range of `f64`.
    pub(super) fn at(&self, x: f64) -> f64 {
        self.scaled_at(x) * self.scale
    }

    /// The slope `b`, in the values' unit a year: infinite if it is beyond
    /// the range of `f64`.
    pub(super) fn slope(&self) -> f64 {
        self.slope * self.scale
    }

    /// `R² = 1 − SSE/SST`, taken as 1 when the values do not vary at all.
    pub(super) fn r_squared(&self) -> f64 {
        if self.sst == 0.0 {
            1.0
        } else {
            1.0 - self.sse / self.sst
        }
    }

    /// The residual standard deviation `s`, in the scaled units.
    pub(super) fn s(&self, what: &'static str) -> Result<f64> {
        if self.n < 3 {
            return Err(Error::TooFewPoints {
                what,
                points: self.n,
                needed: 3,
            });
        }
        Ok((self.sse / (self.n - 2) as f64).sqrt())
    }

    pub(super) fn slope_se(&self) -> Result<f64> {
        let se = self.s("a standard error")? / self.sxx.sqrt() * self.scale;
        finite("standard error", se)
    }

    /// The two-sided t quantile for `level` with `n − 2` degrees of freedom.
    pub(super) fn quantile(&self, level: f64) -> Result<f64> {
        check_level(level)?;
        if self.n < 3 {
            return Err(Error::TooFewPoints {
                what: "an interval",
                points: self.n,
                needed: 3,
            });
        }
        let t = if level == LEVEL { self.t } else { None };
        match t {
            Some(t) => Ok(t),
            None => two_sided(1.0 - level, (self.n - 2) as f64),
        }
    }

    /// `(b − t·se, b + t·se)`; [`Error::OutOfRange`] if an end is beyond
    /// the range of `f64`.
    pub(super) fn slope_interval(&self, level: f64) -> Result<(f64, f64)> {
        let t = self.quantile(level)?;
        let half = t * (self.s("a standard error")? / self.sxx.sqrt());
        Ok((
            finite(
                "lower end of the interval",
                (self.slope - half) * self.scale,
            )?,
            finite(
                "upper end of the interval",
                (self.slope + half) * self.scale,
            )?,
        ))
    }

    /// The band of the fitted `z` at `x`: `ẑ ± t·s·√(1/n + (x − x̄)²/Sxx)`;
    /// [`Error::OutOfRange`] if an end is beyond the range of `f64`.
    pub(super) fn band(&self, x: f64, level: f64) -> Result<(f64, f64)> {
        let t = self.quantile(level)?;
        let s = self.s("a band")?;
        let dx = x - self.x_mean;
        let half = t * s * (1.0 / self.n as f64 + dx * dx / self.sxx).sqrt();
        let z = self.scaled_at(x);
        Ok((
            finite("lower end of the band", (z - half) * self.scale)?,
            finite("upper end of the band", (z + half) * self.scale)?,
        ))
    }
}

/// `value`, or [`Error::OutOfRange`] naming `quantity` if it is not finite.
pub(super) fn finite(quantity: &'static str, value: f64) -> Result<f64> {
    if value.is_finite() {
        Ok(value)
    } else {
        Err(Error::OutOfRange { quantity, value })
    }
}

/// The power of two at or just below the largest `|value|` (1 when every
/// value is zero): dividing by it brings the values near 1 without
/// rounding any of them (short of a subnormal result).
fn scale_of(values: impl Iterator<Item = f64>) -> f64 {
    let largest = values.map(f64::abs).fold(0.0, f64::max);
    if largest == 0.0 || !largest.is_finite() {
        return 1.0;
    }
    let bits = largest.to_bits();
    // The binary exponent of `largest`: from the exponent field for a
    // normal number, from the leading bit of the mantissa for a subnormal.
    let biased = (bits >> 52) as i32;
    let exponent = if biased > 0 {
        biased - 1023
    } else {
        -1074 + (63 - bits.leading_zeros() as i32)
    };
    power_of_two(exponent)
}

/// `2^exponent`, exactly, for `exponent` in −1074..=1023 (clamped there).
fn power_of_two(exponent: i32) -> f64 {
    let e = exponent.clamp(-1074, 1023);
    if e >= -1022 {
        f64::from_bits(((e + 1023) as u64) << 52)
    } else {
        f64::from_bits(1_u64 << (e + 1074))
    }
}

/// A sum with Neumaier's compensation, so that long series of similar
/// values keep their last digits.
pub(super) fn sum(values: impl Iterator<Item = f64>) -> f64 {
    let (mut s, mut c) = (0.0_f64, 0.0_f64);
    for v in values {
        let t = s + v;
        c += if s.abs() >= v.abs() {
            (s - t) + v
        } else {
            (v - t) + s
        };
        s = t;
    }
    s + c
}
