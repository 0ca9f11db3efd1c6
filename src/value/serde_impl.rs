//! Serde representations that route deserialization through the validating
//! constructors.
//!
//! Every struct-shaped value reads from a JSON object only. serde's derive
//! also accepts a sequence (the positional form of a struct, meant for
//! formats without field names), so `[]` would read as an empty
//! [`Forecast`](crate::Forecast) and `[5]` as an amount of 5: a JSON file
//! could hold values no one can tell apart by their fields. [`maps_only!`]
//! keeps the derived reading of the fields and refuses everything else.

#![cfg(feature = "serde")]

use core::fmt;
use core::marker::PhantomData;

use serde::de::value::MapAccessDeserializer;
use serde::de::{MapAccess, Visitor};
use serde::{Deserialize, Deserializer, Serialize, Serializer};

use crate::{
    Amount, CompoundedRate, Compounding, Currency, Error, Figure, Forecast, Qualifier, Rate, Scale,
    Source, Stated, When, Year,
};

/// A struct read from a map and nothing else.
trait FromMap<'de>: Sized {
    /// The name in "expected struct NAME".
    const NAME: &'static str;
    /// The field names, for formats that want them up front.
    const FIELDS: &'static [&'static str];
    /// The derived reading of the fields.
    fn from_map<A: MapAccess<'de>>(map: A) -> Result<Self, A::Error>;
}

/// Reads a `T` through `deserialize_struct` with a visitor that has only
/// `visit_map`, so a sequence, or any other type, is rejected as "invalid
/// type: sequence, expected struct T".
fn deserialize_map<'de, T: FromMap<'de>, D: Deserializer<'de>>(d: D) -> Result<T, D::Error> {
    struct MapVisitor<T>(PhantomData<T>);

    impl<'de, T: FromMap<'de>> Visitor<'de> for MapVisitor<T> {
        type Value = T;

        fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
            write!(f, "struct {}", T::NAME)
        }

        fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<T, A::Error> {
            T::from_map(map)
        }
    }

    d.deserialize_struct(T::NAME, T::FIELDS, MapVisitor(PhantomData))
}

/// `Deserialize` for `$target`, from a map only: the fields are read by
/// serde's derive on `$def` with `#[serde(remote = ...)]` (so the derived
/// reader is an inherent `$def::deserialize`, not a trait impl that would
/// also take a sequence), handed the map through `MapAccessDeserializer`.
///
/// `$def` is either `$target` itself with `remote = "Self"` (the private
/// representations), or a private mirror of a public struct with `remote =
/// "Target"`: a public struct cannot take `remote = "Self"`, which would
/// make the array-accepting reader a public inherent method. The compiler
/// checks a mirror field by field against its target.
///
/// Call the trait (`<T as Deserialize>::deserialize`), not `T::deserialize`,
/// on a `remote = "Self"` type: the inherent reader wins name lookup.
///
/// `named "Amount"` sets the name errors give ("expected struct Amount"),
/// so that a private representation's name never reaches a user.
macro_rules! maps_only {
    (@name $target:ident) => { stringify!($target) };
    (@name $target:ident $name:literal) => { $name };
    ($(
        $(#[$attr:meta])*
        $vis:vis struct $def:ident $(<$t:ident>)? as $target:ident $(named $name:literal)? {
            $($(#[$field_attr:meta])* $field:ident: $ty:ty,)*
        }
    )*) => {$(
        #[derive(serde::Deserialize)]
        $(#[$attr])*
        $vis struct $def $(<$t>)? {
            $($(#[$field_attr])* $field: $ty,)*
        }

        impl<'de $(, $t: Deserialize<'de>)?> FromMap<'de> for $target $(<$t>)? {
            const NAME: &'static str = maps_only!(@name $target $($name)?);
            const FIELDS: &'static [&'static str] = &[$(stringify!($field)),*];

            fn from_map<A: MapAccess<'de>>(map: A) -> Result<Self, A::Error> {
                $def $(::<$t>)?::deserialize(MapAccessDeserializer::new(map))
            }
        }

        impl<'de $(, $t: Deserialize<'de>)?> Deserialize<'de> for $target $(<$t>)? {
            fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
                deserialize_map(d)
            }
        }
    )*};
}

/// `Serialize` for a `remote = "Self"` type, whose derived writer is
/// inherent.
macro_rules! serialize_inherent {
    ($($ty:ident),*) => {$(
        impl Serialize for $ty {
            fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                $ty::serialize(self, s)
            }
        }
    )*};
}

maps_only! {
    /// `{"value": 6.0e11, "currency": "CNY", "scale": "billion"}`: the value
    /// in base units, so every bit survives a round trip.
    #[derive(serde::Serialize)]
    #[serde(remote = "Self", deny_unknown_fields)]
    pub(crate) struct AmountRepr as AmountRepr named "Amount" {
        value: f64,
        #[serde(default)]
        currency: Option<Currency>,
        #[serde(default)]
        scale: Scale,
    }

    /// `{"year": 2024, "month": 9}`, with `month` optional.
    #[derive(serde::Serialize)]
    #[serde(remote = "Self", deny_unknown_fields)]
    pub(crate) struct WhenRepr as WhenRepr named "When" {
        year: i64,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        month: Option<i64>,
    }

    /// `{"value": 0.012, "compounding": "monthly"}`: the fraction per period
    /// and the convention's name.
    #[derive(serde::Serialize)]
    #[serde(remote = "Self", deny_unknown_fields)]
    pub(crate) struct CompoundedRateRepr as CompoundedRateRepr named "CompoundedRate" {
        value: f64,
        compounding: Compounding,
    }

    /// The fields of a [`Stated`] figure, checked by its constructors.
    #[serde(remote = "Self", deny_unknown_fields, bound = "T: Deserialize<'de>")]
    struct StatedRepr<T> as StatedRepr named "Stated" {
        value: T,
        #[serde(default)]
        decimals: Option<u8>,
        #[serde(default)]
        qualifier: Option<Qualifier>,
        #[serde(default)]
        upper: Option<T>,
    }

    /// The fields of a [`Figure`].
    #[allow(dead_code)] // a mirror: only its derived reader is used
    #[serde(remote = "Figure", deny_unknown_fields)]
    struct FigureDef as Figure {
        amount: Stated<Amount>,
        #[serde(default)]
        when: Option<When>,
    }

    /// The fields of a [`Source`]. Each field has its own `default`: on a
    /// remote mirror a container `default` would ask for `SourceDef:
    /// Default`.
    #[allow(dead_code)] // a mirror: only its derived reader is used
    #[serde(remote = "Source", deny_unknown_fields)]
    struct SourceDef as Source {
        #[serde(default)]
        publisher: Option<String>,
        #[serde(default)]
        title: Option<String>,
        #[serde(default)]
        url: Option<String>,
        #[serde(default)]
        quote: Option<String>,
    }

    /// The fields of a [`Forecast`].
    #[allow(dead_code)] // a mirror: only its derived reader is used
    #[serde(remote = "Forecast", deny_unknown_fields)]
    struct ForecastDef as Forecast {
        #[serde(default)]
        baseline: Option<Figure>,
        #[serde(default)]
        target: Option<Figure>,
        #[serde(default)]
        rate: Option<Stated<Rate>>,
        #[serde(default)]
        period: Option<crate::Period>,
        #[serde(default)]
        source: Option<Source>,
        #[serde(default)]
        alternatives: Vec<Forecast>,
    }
}

serialize_inherent!(AmountRepr, WhenRepr, CompoundedRateRepr);

/// `Serialize` and `Deserialize` for a value type through its
/// representation, as `#[serde(try_from = "Repr", into = "Repr")]` would
/// write them, but here: the value types name no representation, so they
/// import nothing from this file. Reading goes through the type's
/// `TryFrom<Repr>`, which calls its validating constructor, and a rejected
/// value becomes the constructor's message.
macro_rules! through_repr {
    ($($ty:ident via $repr:ident),*) => {$(
        impl Serialize for $ty {
            fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                Serialize::serialize(&$repr::from(*self), s)
            }
        }

        impl<'de> Deserialize<'de> for $ty {
            fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
                let repr = <$repr as Deserialize>::deserialize(d)?;
                $ty::try_from(repr).map_err(serde::de::Error::custom)
            }
        }
    )*};
}

through_repr!(Amount via AmountRepr, When via WhenRepr, CompoundedRate via CompoundedRateRepr);

impl TryFrom<AmountRepr> for Amount {
    type Error = Error;

    fn try_from(r: AmountRepr) -> Result<Amount, Error> {
        let a = Amount::from_base(r.value)?.in_scale(r.scale);
        Ok(match r.currency {
            Some(c) => a.with_currency(c),
            None => a,
        })
    }
}

impl From<Amount> for AmountRepr {
    fn from(a: Amount) -> AmountRepr {
        AmountRepr {
            value: a.value(),
            currency: a.currency(),
            scale: a.scale(),
        }
    }
}

impl TryFrom<WhenRepr> for When {
    type Error = Error;

    fn try_from(r: WhenRepr) -> Result<When, Error> {
        let year = Year::try_from(r.year)?;
        match r.month {
            Some(m) => When::end_of_month(year.get(), m),
            None => Ok(When::from(year)),
        }
    }
}

impl From<When> for WhenRepr {
    fn from(w: When) -> WhenRepr {
        WhenRepr {
            year: i64::from(w.calendar_year().get()),
            month: w.month().map(i64::from),
        }
    }
}

impl TryFrom<CompoundedRateRepr> for CompoundedRate {
    type Error = Error;

    fn try_from(r: CompoundedRateRepr) -> Result<CompoundedRate, Error> {
        CompoundedRate::from_fraction(r.value, r.compounding)
    }
}

impl From<CompoundedRate> for CompoundedRateRepr {
    fn from(r: CompoundedRate) -> CompoundedRateRepr {
        CompoundedRateRepr {
            value: r.as_fraction(),
            compounding: r.compounding(),
        }
    }
}

impl<T: Copy> StatedRepr<T> {
    /// The figure, through the constructor its fields call for. A range and
    /// a number of decimals are exclusive: a [`Stated`] range holds no
    /// decimals (a printed range is exactly its ends), so accepting both
    /// would drop one and break the round trip.
    fn build<E: serde::de::Error>(
        self,
        range: fn(T, T) -> Result<Stated<T>, Error>,
    ) -> Result<Stated<T>, E> {
        let stated = match (self.upper, self.decimals) {
            (Some(_), Some(_)) => return Err(E::custom("a printed range has no decimals")),
            (Some(high), None) => range(self.value, high).map_err(E::custom)?,
            (None, Some(d)) => Stated::printed(self.value, d),
            (None, None) => Stated::exact(self.value),
        };
        Ok(match self.qualifier {
            Some(q) => stated.qualified(q),
            None => stated,
        })
    }
}

impl<'de> Deserialize<'de> for Stated<Amount> {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        <StatedRepr<Amount> as Deserialize>::deserialize(d)?.build(Stated::<Amount>::range)
    }
}

impl<'de> Deserialize<'de> for Stated<Rate> {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        <StatedRepr<Rate> as Deserialize>::deserialize(d)?.build(Stated::<Rate>::range)
    }
}
