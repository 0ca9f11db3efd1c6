//! Every default tolerance of the crate, in one place.
//!
//! The checker never compares with a hidden tolerance: a printed figure
//! stands for an interval (half a unit in its last printed digit, or a hedge
//! band), and a verdict is whether intervals overlap. The constants here set
//! the widths that are a matter of convention rather than arithmetic; each is
//! the default of a field of [`Options`](crate::Options).

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
