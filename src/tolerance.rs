//! Every default tolerance of the crate, in one place.
//!
//! The checker never compares with a hidden tolerance: a printed figure
//! stands for an interval (half a unit in its last printed digit, or a hedge
//! band), and a verdict is whether intervals overlap. The constants here set
//! the widths that are a matter of convention rather than arithmetic. The
//! first two are defaults of [`Hedging`](crate::Hedging) and [`CheckSettings`](crate::CheckSettings); the
//! last, [`too_coarse`], never changes a verdict, only how it is reported,
//! so it is a fixed rule rather than a knob.

/// The relative band a hedge word gives a printed figure: 5%, so "nearly
/// 600" is 570 to 600, "over 6%" is 6% to 6.3% and "about 20" is 19 to 21.
///
/// This is the convention of the hand-coded corpus the crate is measured
/// against; a stricter or looser reading is an option.
pub const HEDGE_BAND: f64 = 0.05;

/// How close (in percentage points, between the implied and the stated
/// interval) an inconsistent forecast must be to be called a near miss:
/// 0.5 points.
pub const NEAR_MISS_POINTS: f64 = 0.5;

/// The width, in percentage points, beyond which an implied interval is too
/// coarse to test a stated rate whatever that rate is: 5 points (see
/// [`too_coarse`]).
pub const COARSE_POINTS: f64 = 5.0;

/// The share of the stated rate (in absolute value) beyond which an implied
/// interval is too coarse to test it: one half (see [`too_coarse`]).
pub const COARSE_SHARE: f64 = 0.5;

/// Whether an implied interval `width_points` wide (in percentage points)
/// is too coarse to test a stated rate of `stated_percent`: wider than
/// [`COARSE_POINTS`], or wider than [`COARSE_SHARE`] of the stated rate's
/// absolute value.
///
/// A consistent verdict says that the stated rate lies among the rates the
/// printed figures allow. When those rates span more than 5 points, or more
/// than half the stated rate, the figures would equally allow rates a reader
/// would call different claims (30% and 15%; 2% and 1%), so the verdict
/// tells the reader little: "USD 1 billion in 2020 to USD 2 billion in 2025"
/// allows anything from 0% to 37.97% a year, and a stated 30% is consistent
/// with it only because nothing in that range could be ruled out. The first
/// bound catches wide intervals around large rates, the second narrow ones
/// around small rates. The rule is for reporting only: it never changes a
/// verdict (see [`Analysis::too_coarse`](crate::Analysis::too_coarse)).
///
/// # Formula
///
/// ```text
/// too_coarse  ⇔  width > 5  ∨  width > ½·|stated|     (both in points)
/// ```
///
/// A NaN width is not too coarse (there is nothing to report); an infinite
/// one, from an open-ended strict reading, always is. A stated rate of 0%
/// makes any interval of positive width too coarse: no rate is within half
/// of zero.
///
/// # Example
///
/// ```
/// use cagr::tolerance::too_coarse;
///
/// // 1 → 2 billion over five years allows 0% to 37.97%: 30% cannot be tested.
/// assert!(too_coarse(37.97, 30.0));
/// // 9.87% to 11.44% (1.57 points) can test 15.6%.
/// assert!(!too_coarse(1.57, 15.6));
/// // 1.2 points is narrow, but not around a stated 2%.
/// assert!(too_coarse(1.2, 2.0));
/// assert!(too_coarse(f64::INFINITY, 30.0));
/// ```
pub fn too_coarse(width_points: f64, stated_percent: f64) -> bool {
    width_points > COARSE_POINTS || width_points > COARSE_SHARE * stated_percent.abs()
}
