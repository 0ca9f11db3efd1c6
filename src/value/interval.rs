//! [`Interval`]: the closed interval a printed figure stands for.

/// A closed interval `[lo, hi]`. Its ends are finite, except under
/// [`Hedging::strict`](crate::Hedging::strict), where "over x" leaves a figure unbounded above and
/// the intervals computed from it may be open-ended (an infinite `hi`, or an
/// infinite `lo` for a decline).
#[derive(Debug, Clone, Copy, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
pub struct Interval {
    /// The lower end.
    pub lo: f64,
    /// The upper end.
    pub hi: f64,
}

impl Interval {
    /// The interval of one point.
    pub(crate) fn point(x: f64) -> Interval {
        Interval { lo: x, hi: x }
    }

    /// Whether the two intervals share a point.
    pub fn overlaps(self, other: Interval) -> bool {
        self.lo <= other.hi && other.lo <= self.hi
    }

    /// The distance between the intervals (zero if they overlap).
    pub fn distance(self, other: Interval) -> f64 {
        (other.lo - self.hi).max(self.lo - other.hi).max(0.0)
    }

    /// Whether `x` lies in the interval.
    pub fn contains(self, x: f64) -> bool {
        self.lo <= x && x <= self.hi
    }
}
