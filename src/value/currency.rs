//! [`Currency`]: the unit of a monetary amount.

use core::fmt;

/// A currency, identified by its ISO 4217 code.
///
/// [`FromStr`](core::str::FromStr) accepts the code in any case (`"cny"`), common English names
/// (`"yuan"`, `"renminbi"`, `"dollars"`, `"euros"`, `"rupees"`, `"yen"`) and
/// symbols (`"$"`, `"US$"`, `"€"`, `"£"`, `"₹"`, `"Rs"`, `"¥"`). `Display`
/// prints the code.
///
/// The bare sign `¥` is used for both the yuan and the yen. This crate reads
/// it as the yuan ([`Currency::CNY`]), since Chinese market reports are where
/// it most often meets a CAGR; write `JP¥` or `yen` for the yen.
///
/// # Example
///
/// ```
/// use cagr::Currency;
///
/// assert_eq!("yuan".parse::<Currency>()?, Currency::CNY);
/// assert_eq!("US$".parse::<Currency>()?, Currency::USD);
/// assert_eq!(Currency::CNY.to_string(), "CNY");
/// # Ok::<(), cagr::Error>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(try_from = "String", into = "&'static str"))]
#[non_exhaustive]
pub enum Currency {
    /// United States dollar (`$`, `US$`).
    USD,
    /// Euro (`€`).
    EUR,
    /// Pound sterling (`£`).
    GBP,
    /// Chinese yuan renminbi (`¥`, `RMB`, `yuan`).
    CNY,
    /// Japanese yen (`JP¥`, `yen`).
    JPY,
    /// Indian rupee (`₹`, `Rs`).
    INR,
    /// South Korean won (`₩`).
    KRW,
    /// Australian dollar (`A$`).
    AUD,
    /// Canadian dollar (`C$`).
    CAD,
    /// Swiss franc.
    CHF,
    /// Hong Kong dollar (`HK$`).
    HKD,
    /// Singapore dollar (`S$`).
    SGD,
    /// Brazilian real (`R$`).
    BRL,
}

impl Currency {
    /// Every currency, in the order of [`all`](Currency::all).
    pub const ALL: [Currency; 13] = [
        Currency::USD,
        Currency::EUR,
        Currency::GBP,
        Currency::CNY,
        Currency::JPY,
        Currency::INR,
        Currency::KRW,
        Currency::AUD,
        Currency::CAD,
        Currency::CHF,
        Currency::HKD,
        Currency::SGD,
        Currency::BRL,
    ];

    /// The ISO 4217 code, such as `"CNY"`.
    pub fn code(self) -> &'static str {
        match self {
            Currency::USD => "USD",
            Currency::EUR => "EUR",
            Currency::GBP => "GBP",
            Currency::CNY => "CNY",
            Currency::JPY => "JPY",
            Currency::INR => "INR",
            Currency::KRW => "KRW",
            Currency::AUD => "AUD",
            Currency::CAD => "CAD",
            Currency::CHF => "CHF",
            Currency::HKD => "HKD",
            Currency::SGD => "SGD",
            Currency::BRL => "BRL",
        }
    }

    /// Every currency the crate knows.
    pub fn all() -> impl Iterator<Item = Currency> {
        Currency::ALL.into_iter()
    }
}

impl fmt::Display for Currency {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.pad(self.code())
    }
}

impl From<Currency> for &'static str {
    fn from(c: Currency) -> &'static str {
        c.code()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_code_round_trips() {
        for c in Currency::all() {
            assert_eq!(c.to_string().parse::<Currency>().unwrap(), c);
        }
    }

    #[test]
    fn names_and_symbols() {
        let table = [
            ("Yuan", Currency::CNY),
            ("RMB", Currency::CNY),
            ("¥", Currency::CNY),
            ("JP¥", Currency::JPY),
            ("$", Currency::USD),
            ("US$", Currency::USD),
            ("€", Currency::EUR),
            ("£", Currency::GBP),
            ("₹", Currency::INR),
            ("Rs", Currency::INR),
            ("usd", Currency::USD),
        ];
        for (text, want) in table {
            assert_eq!(text.parse::<Currency>().unwrap(), want, "{text}");
        }
        assert_eq!(
            "XYZ".parse::<Currency>().unwrap_err().to_string(),
            "unknown currency \"XYZ\""
        );
    }
}
