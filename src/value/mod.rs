//! The value types, at the bottom of the crate: each is valid by
//! construction, and nothing here imports from the layers above (solving,
//! paths, checking, extraction, fitting, plotting).

pub(crate) mod amount;
pub(crate) mod compounding;
pub(crate) mod currency;
pub(crate) mod forecast;
pub(crate) mod hedging;
pub(crate) mod interval;
pub(crate) mod qualifier;
pub(crate) mod rate;
pub(crate) mod scale;
#[cfg(feature = "serde")]
pub(crate) mod serde_impl;
pub(crate) mod span;
pub(crate) mod stated;
pub(crate) mod vocab;
pub(crate) mod when;
pub(crate) mod year;
