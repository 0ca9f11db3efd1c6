//! Helpers for the crate's unit tests.

/// A xorshift generator from `seed` (not zero): the same numbers on every
/// run, so a failing random case fails again.
pub(crate) fn xorshift(mut seed: u64) -> impl FnMut() -> u64 {
    move || {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        seed
    }
}
