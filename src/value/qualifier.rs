//! [`Qualifier`]: a hedge word printed before a figure, and the [`Hedge`]
//! it gives (the words it is read from are in the vocabulary, `vocab.rs`).

use core::fmt;

/// Which way a hedge word widens a printed figure.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Hedge {
    /// The true value is at most the printed one ("nearly 600": 570 to 600
    /// with the default 5% band).
    Below,
    /// The true value is at least the printed one ("over 6%": 6% to 6.3%).
    Above,
    /// The true value is either side ("about 20": 19 to 21).
    Around,
}

/// A hedge word printed before a figure, such as "nearly" in "nearly 600
/// billion yuan".
///
/// Each word widens the figure's interval by the relative band of
/// [`CheckSettings::band`](crate::CheckSettings::band) (default [`HEDGE_BAND`](crate::tolerance::HEDGE_BAND),
/// 5%) in the direction of its [`Hedge`]:
///
/// | hedge | words | "… 600" with a 5% band |
/// |---|---|---|
/// | [`Hedge::Below`] | nearly, almost, close to, approaching, just under (just below, slightly under, slightly below, a little under) | 570 to 600 |
/// | [`Hedge::Above`] | over (just over, slightly over, a little over, well over), more than, above (just above, slightly above), exceeding (exceed, exceeded), at least, surpassing (surpass, break), upwards of, in excess of | 600 to 630 |
/// | [`Hedge::Around`] | about (just about, circa, ~), around, approximately (approx.), roughly, some, an estimated | 570 to 630 |
///
/// With [`CheckSettings::strict`](crate::CheckSettings::strict), "over" and its kin read as any larger value
/// (600 to infinity) and "about" and its kin as the printed precision only.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(try_from = "String", into = "&'static str"))]
#[non_exhaustive]
pub enum Qualifier {
    /// "nearly"
    Nearly,
    /// "almost"
    Almost,
    /// "close to"
    CloseTo,
    /// "approaching"
    Approaching,
    /// "just under"
    JustUnder,
    /// "over"
    Over,
    /// "more than"
    MoreThan,
    /// "above"
    Above,
    /// "exceeding"
    Exceeding,
    /// "at least"
    AtLeast,
    /// "about"
    About,
    /// "around"
    Around,
    /// "approximately"
    Approximately,
    /// "roughly"
    Roughly,
    /// "some"
    Some,
    /// "an estimated"
    Estimated,
    /// "surpassing" (also read: "surpass", "surpassed", "break", "breaking")
    Surpassing,
    /// "up to" (also read: "as much as", "as high as"): at most, and
    /// within the hedge band below.
    UpTo,
}

const QUALIFIERS: &[(Qualifier, &str, Hedge)] = &[
    (Qualifier::Nearly, "nearly", Hedge::Below),
    (Qualifier::Almost, "almost", Hedge::Below),
    (Qualifier::CloseTo, "close to", Hedge::Below),
    (Qualifier::Approaching, "approaching", Hedge::Below),
    (Qualifier::JustUnder, "just under", Hedge::Below),
    (Qualifier::Over, "over", Hedge::Above),
    (Qualifier::MoreThan, "more than", Hedge::Above),
    (Qualifier::Above, "above", Hedge::Above),
    (Qualifier::Exceeding, "exceeding", Hedge::Above),
    (Qualifier::AtLeast, "at least", Hedge::Above),
    (Qualifier::About, "about", Hedge::Around),
    (Qualifier::Around, "around", Hedge::Around),
    (Qualifier::Approximately, "approximately", Hedge::Around),
    (Qualifier::Roughly, "roughly", Hedge::Around),
    (Qualifier::Some, "some", Hedge::Around),
    (Qualifier::Estimated, "an estimated", Hedge::Around),
    (Qualifier::Surpassing, "surpassing", Hedge::Above),
    (Qualifier::UpTo, "up to", Hedge::Below),
];

impl Qualifier {
    /// The word as printed in English: `"close to"`.
    pub fn word(self) -> &'static str {
        QUALIFIERS.iter().find(|q| q.0 == self).map_or("", |q| q.1)
    }

    /// Which way the word widens a figure.
    pub fn hedge(self) -> Hedge {
        QUALIFIERS
            .iter()
            .find(|q| q.0 == self)
            .map_or(Hedge::Around, |q| q.2)
    }

    /// Every qualifier, in the order of the table above.
    pub fn all() -> impl Iterator<Item = Qualifier> {
        QUALIFIERS.iter().map(|q| q.0)
    }
}

impl fmt::Display for Qualifier {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.pad(self.word())
    }
}

impl From<Qualifier> for &'static str {
    fn from(q: Qualifier) -> &'static str {
        q.word()
    }
}
