//! [`Scale`]: the named power of ten an amount is printed in.

use crate::num::decimal;

/// A named power of ten that amounts are printed in: "1,729.5 **billion**".
///
/// The scale only changes how an amount is written; `1,729.5 billion` and
/// `1.7295 trillion` are equal amounts.
///
/// | variant | factor | words read on input |
/// |---|---|---|
/// | `One` | 1 | (none) |
/// | `Thousand` | 10³ | thousand, k |
/// | `Lakh` | 10⁵ | lakh, lakhs, lac |
/// | `Million` | 10⁶ | million, millions, m, mn, mln, mio |
/// | `Crore` | 10⁷ | crore, crores, cr |
/// | `Billion` | 10⁹ | billion, billions, bn, b, bln, milliard(s), Milliarden, Mrd |
/// | `Trillion` | 10¹² | trillion, trillions, tn, tr, t, trn |
///
/// Amounts also read the scale characters of Chinese, Japanese and Korean
/// reports (万 10⁴, 亿/億/억 10⁸, 万亿/兆/조 10¹²), which have no variant of
/// their own: such an amount prints in the nearest scale above.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "lowercase"))]
#[non_exhaustive]
pub enum Scale {
    /// Units: 1.
    #[default]
    One,
    /// 1,000.
    Thousand,
    /// 100,000 (Indian numbering).
    Lakh,
    /// 1,000,000.
    Million,
    /// 10,000,000 (Indian numbering).
    Crore,
    /// 1,000,000,000 (the short scale, as in English market reports).
    Billion,
    /// 1,000,000,000,000.
    Trillion,
}

/// Each scale with its power of ten and the word it prints as (the words
/// read on input are in the crate's vocabulary, `vocab::SCALE_WORDS`).
const SCALES: [(Scale, i32, &str); 7] = [
    (Scale::One, 0, ""),
    (Scale::Thousand, 3, "thousand"),
    (Scale::Lakh, 5, "lakh"),
    (Scale::Million, 6, "million"),
    (Scale::Crore, 7, "crore"),
    (Scale::Billion, 9, "billion"),
    (Scale::Trillion, 12, "trillion"),
];

impl Scale {
    /// Every scale, smallest first.
    ///
    /// ```
    /// use cagr::Scale;
    ///
    /// assert_eq!(Scale::ALL.len(), 7);
    /// assert!(Scale::ALL.windows(2).all(|w| w[0].exponent() < w[1].exponent()));
    /// ```
    pub const ALL: [Scale; 7] = {
        // The first column of the table, so the scales are listed once.
        let mut all = [Scale::One; 7];
        let mut i = 0;
        while i < SCALES.len() {
            all[i] = SCALES[i].0;
            i += 1;
        }
        all
    };

    /// The power of ten: 9 for a billion.
    pub fn exponent(self) -> i32 {
        SCALES.iter().find(|s| s.0 == self).map_or(0, |s| s.1)
    }

    /// The word printed after the number: `"billion"` (empty for `One`).
    pub fn word(self) -> &'static str {
        SCALES.iter().find(|s| s.0 == self).map_or("", |s| s.2)
    }

    /// `value` in this scale, in base units: its decimal point moved
    /// [`exponent`](Scale::exponent) places, exactly as the printed number
    /// would be (infinite if it overflows).
    pub(crate) fn to_base(self, value: f64) -> f64 {
        decimal::shift(value, self.exponent())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn all_lists_each_scale_once_in_order() {
        // Every variant (the match has no wildcard, so a new variant fails
        // to compile here until it is counted), once, by rising power.
        let index = |s: Scale| match s {
            Scale::One => 0,
            Scale::Thousand => 1,
            Scale::Lakh => 2,
            Scale::Million => 3,
            Scale::Crore => 4,
            Scale::Billion => 5,
            Scale::Trillion => 6,
        };
        for (i, &scale) in Scale::ALL.iter().enumerate() {
            assert_eq!(index(scale), i, "{scale:?}");
        }
        assert!(Scale::ALL
            .windows(2)
            .all(|w| w[0].exponent() < w[1].exponent()));
    }
}
