//! Numbers on and around the value axis: significant digits, the shortest
//! form, tick labels and the top of the axis.

use crate::num::decimal::grouped;
use crate::{Error, Result};

/// Magnitudes from this up print with an exponent (`1.798e308`), not as a
/// label of hundreds of digits: 10¹⁵ is a thousand trillion, beyond every
/// scale word an amount has.
pub(super) const HUGE: f64 = 1e15;
/// Magnitudes below this (and above zero) print with an exponent too.
const TINY: f64 = 1e-6;

/// Whether `x` prints with an exponent.
fn exponential(x: f64) -> bool {
    x != 0.0 && !(TINY..HUGE).contains(&x.abs())
}

/// The decimal exponent of `x`: `floor(log10 |x|)`, 0 for 0.
fn magnitude(x: f64) -> i32 {
    if x == 0.0 {
        0
    } else {
        x.abs().log10().floor() as i32
    }
}

/// `x` to about `digits` significant digits (never fewer than one
/// decimal), grouped: `2,955.9`, `4.558`, `0.00785`; `1.798e308` for a
/// magnitude beyond [`HUGE`] or below [`TINY`].
pub(super) fn significant(x: f64, digits: i32) -> String {
    if exponential(x) {
        return format!("{:.*e}", (digits - 1).max(0) as usize, x);
    }
    grouped(x, (digits - 1 - magnitude(x)).max(1) as usize)
}

/// `x` as its shortest decimal form, grouped: `1,729.5`, `4.55`; with an
/// exponent beyond [`HUGE`] or below [`TINY`] (`1e300`).
pub(super) fn shortest(x: f64) -> String {
    if exponential(x) {
        return format!("{x:e}");
    }
    let plain = x.to_string();
    let decimals = plain.split_once('.').map_or(0, |(_, f)| f.len());
    grouped(x, decimals)
}

/// A tick label for `y` on an axis from 0 to `top` with ticks `step`
/// apart: grouped with the decimals `step` needs (none for steps of 1 or
/// more), or, where `top` or `step` would print with an exponent, with
/// enough digits that neighbouring ticks differ.
pub(super) fn tick(y: f64, top: f64, step: f64) -> String {
    if exponential(top) || exponential(step) {
        if y == 0.0 {
            return "0".to_owned();
        }
        let digits = (magnitude(y) - magnitude(step)).max(0) as usize;
        return format!("{y:.digits$e}");
    }
    let decimals = if step >= 1.0 || step <= 0.0 {
        0
    } else {
        (-step.log10().floor()) as usize
    };
    grouped(y, decimals)
}

/// The top of a value axis over values from 0 up to `top`: 12% more, for
/// room above the highest curve, but at most `f64::MAX`, so that the axis
/// stays finite for values near it (plotters never finishes placing the
/// ticks of an infinite axis); 1 when every value is 0.
///
/// # Errors
///
/// [`Error::Plot`] if `top` is negative, infinite or NaN.
pub(super) fn axis_top(top: f64) -> Result<f64> {
    if !(top.is_finite() && top >= 0.0) {
        return Err(Error::Plot {
            reason: format!("the values reach {top}, which no axis can show"),
        });
    }
    if top == 0.0 {
        return Ok(1.0);
    }
    Ok((top * 1.12).min(f64::MAX))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn significant_and_shortest() {
        let table = [
            (significant(2955.9, 4), "2,955.9"),
            (significant(4.557_85, 4), "4.558"),
            (significant(0.007_85, 3), "0.00785"),
            (significant(1226.4, 3), "1,226.4"),
            (significant(0.172_5, 2), "0.17"),
            (shortest(1729.5), "1,729.5"),
            (shortest(4.55), "4.55"),
            (shortest(600.0), "600"),
            // With an exponent from a thousand trillion up and under a
            // millionth, not as hundreds of digits.
            (significant(f64::MAX, 4), "1.798e308"),
            (significant(-1.7e308, 3), "-1.70e308"),
            (significant(1e-300, 3), "1.00e-300"),
            (significant(999e12, 3), "999,000,000,000,000.0"),
            (shortest(f64::MAX), "1.7976931348623157e308"),
            (shortest(1e15), "1e15"),
            (shortest(5e-324), "5e-324"),
        ];
        for (got, want) in table {
            assert_eq!(got, want);
        }
    }

    #[test]
    fn ticks_and_the_top_of_the_axis() {
        let table = [
            (tick(0.0, 1e3, 125.0), "0"),
            (tick(0.0, 2.0, 0.25), "0.0"),
            (tick(0.0, f64::MAX, f64::MAX / 8.0), "0"),
            (tick(250.0, 1e3, 125.0), "250"),
            (tick(0.5, 2.0, 0.25), "0.5"),
            (tick(5e307, f64::MAX, f64::MAX / 8.0), "5e307"),
            (tick(1.5e308, f64::MAX, f64::MAX / 8.0), "1.5e308"),
            (tick(2e-300, 1e-299, 1.25e-300), "2e-300"),
        ];
        for (got, want) in table {
            assert_eq!(got, want);
        }
        assert_eq!(axis_top(100.0).ok(), Some(100.0 * 1.12));
        // Values near f64::MAX: the axis ends there instead of at infinity.
        assert_eq!(axis_top(f64::MAX).ok(), Some(f64::MAX));
        assert_eq!(axis_top(0.0).ok(), Some(1.0));
        for top in [f64::INFINITY, f64::NAN, -1.0] {
            assert!(matches!(axis_top(top), Err(Error::Plot { .. })), "{top}");
        }
    }
}
