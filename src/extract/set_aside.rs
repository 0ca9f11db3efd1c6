//! Why a rate was not read with the figures beside it.

use core::fmt;

/// Why the figures beside a rate were not read with it: the reason a
/// [`Claim`](crate::Claim) with a rate lacks a baseline or a target though
/// its passage prints amounts.
///
/// The checker sees only the forecast, and says what is missing ("it gives
/// no baseline value"); this says why the amounts in sight were set aside.
///
/// # Example
///
/// ```
/// use cagr::{extract, SetAside};
///
/// let claims = extract(
///     "The market was worth $2.0bn in 2020 and should reach $3.0bn by 2025, \
///      though some analysts put the CAGR closer to 10%.",
/// );
/// assert_eq!(claims[0].set_aside, Some(SetAside::OtherSource));
/// assert!(claims[0].forecast.baseline.is_none());
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
#[non_exhaustive]
pub enum SetAside {
    /// The rate is another source's estimate, set against the figures
    /// ("…, though some analysts put the CAGR closer to 10%", 也有机构预测).
    OtherSource,
    /// The rate is set against another rate ("compared with 5% over the
    /// previous five years", "versus 6%").
    Compared,
    /// The rate runs from a start the text does not date ("40% since
    /// launch").
    UndatedStart,
    /// The rate runs on after the figures ("targets $3.0bn in 2026 and a
    /// 15% CAGR thereafter"): it spans years they do not give.
    AfterFigures,
    /// The figures are forecast values with none before them ("Analysts
    /// expect 12,000 by 2026 and 40,000 by 2030, a CAGR of 35%"): the rate
    /// may span them or run from today's value, which the text does not
    /// give.
    BeforeFigures,
    /// The rate is of a part of what the figures measure (one of a slash
    /// list, "25%/11%", or after 其中, "among which").
    Part,
    /// The rate is of a price, margin, share or amount per head, and the
    /// figures are not ("Average selling prices will rise 4% a year …, when
    /// the market will reach $8bn").
    OtherMeasure,
    /// The rate is in other terms than the figures: in volume (units,
    /// shipments) against figures in money, or the reverse.
    OtherBasis,
}

impl SetAside {
    /// The reason as a snake-case name (`"other_source"`, …), as serde
    /// writes it.
    ///
    /// # Example
    ///
    /// ```
    /// assert_eq!(cagr::SetAside::OtherBasis.as_str(), "other_basis");
    /// ```
    pub fn as_str(self) -> &'static str {
        match self {
            SetAside::OtherSource => "other_source",
            SetAside::Compared => "compared",
            SetAside::UndatedStart => "undated_start",
            SetAside::AfterFigures => "after_figures",
            SetAside::BeforeFigures => "before_figures",
            SetAside::Part => "part",
            SetAside::OtherMeasure => "other_measure",
            SetAside::OtherBasis => "other_basis",
        }
    }
}

/// The reason in English, to follow "the figures beside the rate were not
/// read with it: ".
///
/// ```
/// assert_eq!(
///     cagr::SetAside::UndatedStart.to_string(),
///     "the rate runs from a start the text does not date"
/// );
/// ```
impl fmt::Display for SetAside {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.pad(match self {
            SetAside::OtherSource => "the rate is another source's estimate",
            SetAside::Compared => "the rate is set against another rate",
            SetAside::UndatedStart => "the rate runs from a start the text does not date",
            SetAside::AfterFigures => "the rate runs on after the figures",
            SetAside::BeforeFigures => {
                "the rate may run from a value before the forecast figures, which the text does not give"
            }
            SetAside::Part => "the rate is of a part of what the figures measure",
            SetAside::OtherMeasure => {
                "the rate is of a price, margin, share or amount per head, and the figures are not"
            }
            SetAside::OtherBasis => {
                "the rate is in other terms than the figures (volume against value)"
            }
        })
    }
}
