//! [`Hedging`]: how a hedge word widens a printed figure.

use crate::tolerance::HEDGE_BAND;
use crate::{Error, Result};

/// How hedge words are read: the relative band a word such as "nearly"
/// gives a figure, and whether the strict reading is on. The settings of
/// [`Stated::interval_with`](crate::Stated::interval_with); the checker's
/// [`CheckSettings`](crate::CheckSettings) hold one.
///
/// The fields are private so that every `Hedging` is valid: the band is set
/// through [`Hedging::with_band`], which rejects a value outside `[0, 1)`
/// (a negative band would turn "about 15.6%" upside down; a band of 100% or
/// more would let "nearly 600" mean zero or less).
///
/// # Example
///
/// ```
/// use cagr::{Amount, Hedging, Interval, Stated};
///
/// let nearly: Stated<Amount> = "nearly 600".parse()?;
/// assert_eq!(nearly.interval(), Interval { lo: 570.0, hi: 600.0 }); // 5% band
/// let wide = Hedging::default().with_band(0.25)?;
/// assert_eq!(nearly.interval_with(&wide), Interval { lo: 450.0, hi: 600.0 });
/// assert_eq!(
///     Hedging::default().with_band(-1.0).unwrap_err().to_string(),
///     "invalid hedge band -1: a hedge band must be at least 0 and below 1"
/// );
/// # Ok::<(), cagr::Error>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Hedging {
    band: f64,
    strict: bool,
}

impl Hedging {
    /// The same settings with another band: the relative width a hedge
    /// word gives a figure, so "nearly x" is `[x·(1 − band), x]`, "over x"
    /// `[x, x·(1 + band)]` and "about x" `[x·(1 − band), x·(1 + band)]`.
    ///
    /// # Errors
    ///
    /// [`Error::Setting`] unless `0 ≤ band < 1` (so NaN and infinities are
    /// rejected too).
    ///
    /// # Example
    ///
    /// ```
    /// use cagr::Hedging;
    ///
    /// assert_eq!(Hedging::default().with_band(0.1)?.band(), 0.1);
    /// assert!(Hedging::default().with_band(1.0).is_err());
    /// # Ok::<(), cagr::Error>(())
    /// ```
    pub fn with_band(self, band: f64) -> Result<Hedging> {
        if (0.0..1.0).contains(&band) {
            Ok(Hedging { band, ..self })
        } else {
            Err(Error::Setting {
                name: "hedge band",
                value: band,
                rule: "a hedge band must be at least 0 and below 1",
            })
        }
    }

    /// The same settings with the strict reading on or off: "over x" read
    /// as any value above `x` and "about x" as `x` to its printed precision,
    /// instead of applying the band.
    #[must_use]
    pub const fn with_strict(self, strict: bool) -> Hedging {
        Hedging { strict, ..self }
    }

    /// The relative band of a hedge word, in `[0, 1)`: "nearly x" is
    /// `[x·(1 − band), x]`. Default [`HEDGE_BAND`] (5%).
    pub const fn band(&self) -> f64 {
        self.band
    }

    /// Whether "over x" reads as any value above `x` and "about x" as `x` to
    /// its printed precision, instead of applying the band. Default `false`.
    pub const fn strict(&self) -> bool {
        self.strict
    }
}

impl Default for Hedging {
    fn default() -> Hedging {
        Hedging {
            band: HEDGE_BAND,
            strict: false,
        }
    }
}
