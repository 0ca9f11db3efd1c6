//! The numeric layer: exact decimal printing ([`decimal`]), double-double
//! arithmetic ([`dd`]) and the vectorised CAGR kernel ([`kernel`]), the one
//! module with `unsafe` code.

pub(crate) mod dd;
pub(crate) mod decimal;
pub(crate) mod kernel;
