//! [`CheckSettings`]: the knobs of [`check_with`](crate::check_with).

use crate::tolerance::NEAR_MISS_POINTS;
use crate::{Error, Hedging, Result};

/// The knobs of [`check_with`](crate::check_with): how hedge words are read
/// ([`Hedging`]: the band and the strict reading) and the near-miss
/// distance.
///
/// The fields are private so that every `CheckSettings` is valid: each knob
/// is set through a `with_` method that rejects a value out of its domain,
/// and read through a getter of its own name.
///
/// # Example
///
/// ```
/// use cagr::CheckSettings;
///
/// let s = CheckSettings::default().with_band(0.10)?.with_strict(true);
/// assert_eq!((s.band(), s.strict(), s.near_miss_points()), (0.10, true, 0.5));
/// assert_eq!(
///     CheckSettings::default().with_band(-1.0).unwrap_err().to_string(),
///     "invalid hedge band -1: a hedge band must be at least 0 and below 1"
/// );
/// # Ok::<(), cagr::Error>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct CheckSettings {
    hedging: Hedging,
    near_miss_points: f64,
}

impl Default for CheckSettings {
    fn default() -> CheckSettings {
        CheckSettings {
            hedging: Hedging::default(),
            near_miss_points: NEAR_MISS_POINTS,
        }
    }
}

impl CheckSettings {
    /// The same settings with another hedge band (see
    /// [`Hedging::with_band`]).
    ///
    /// # Errors
    ///
    /// [`Error::Setting`] unless `0 ≤ band < 1` (so NaN and infinities are
    /// rejected too).
    ///
    /// # Example
    ///
    /// ```
    /// use cagr::{Amount, CheckSettings, Interval, Stated};
    ///
    /// let nearly: Stated<Amount> = "nearly 600".parse()?;
    /// let s = CheckSettings::default().with_band(0.25)?;
    /// assert_eq!(nearly.interval_with(s.hedging()), Interval { lo: 450.0, hi: 600.0 });
    /// assert!(CheckSettings::default().with_band(1.0).is_err());
    /// # Ok::<(), cagr::Error>(())
    /// ```
    pub fn with_band(self, band: f64) -> Result<CheckSettings> {
        Ok(CheckSettings {
            hedging: self.hedging.with_band(band)?,
            ..self
        })
    }

    /// The same settings with the strict reading on or off (see
    /// [`Hedging::with_strict`]).
    #[must_use]
    pub const fn with_strict(self, strict: bool) -> CheckSettings {
        CheckSettings {
            hedging: self.hedging.with_strict(strict),
            ..self
        }
    }

    /// The same settings with another way of reading hedge words.
    #[must_use]
    pub const fn with_hedging(self, hedging: Hedging) -> CheckSettings {
        CheckSettings { hedging, ..self }
    }

    /// The same settings with another near-miss distance: an inconsistent
    /// forecast within this many percentage points of its stated interval
    /// is reported as a near miss (0 makes none a near miss).
    ///
    /// # Errors
    ///
    /// [`Error::Setting`] unless `points` is finite and at least 0.
    ///
    /// # Example
    ///
    /// ```
    /// use cagr::CheckSettings;
    ///
    /// assert_eq!(CheckSettings::default().with_near_miss_points(0.1)?.near_miss_points(), 0.1);
    /// assert_eq!(
    ///     CheckSettings::default().with_near_miss_points(f64::NAN).unwrap_err().to_string(),
    ///     "invalid near-miss distance NaN: a near-miss distance must be finite and at least 0 points"
    /// );
    /// # Ok::<(), cagr::Error>(())
    /// ```
    pub fn with_near_miss_points(self, points: f64) -> Result<CheckSettings> {
        if points.is_finite() && points >= 0.0 {
            Ok(CheckSettings {
                near_miss_points: points,
                ..self
            })
        } else {
            Err(Error::Setting {
                name: "near-miss distance",
                value: points,
                rule: "a near-miss distance must be finite and at least 0 points",
            })
        }
    }

    /// How hedge words are read.
    pub const fn hedging(&self) -> &Hedging {
        &self.hedging
    }

    /// The relative band of a hedge word, in `[0, 1)`: "nearly x" is
    /// `[x·(1 − band), x]`. Default [`HEDGE_BAND`](crate::tolerance::HEDGE_BAND) (5%).
    pub const fn band(&self) -> f64 {
        self.hedging.band()
    }

    /// Whether "over x" reads as any value above `x` and "about x" as `x` to
    /// its printed precision, instead of applying the band. Default `false`.
    pub const fn strict(&self) -> bool {
        self.hedging.strict()
    }

    /// How close, in percentage points, an inconsistent forecast must come
    /// to its stated interval to be reported as a near miss: finite and at
    /// least 0. Default [`NEAR_MISS_POINTS`] (0.5).
    pub const fn near_miss_points(&self) -> f64 {
        self.near_miss_points
    }
}
