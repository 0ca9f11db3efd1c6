//! [`Currency`]: the unit of a monetary amount.

use core::fmt;
use core::str::FromStr;

use crate::value::vocab::{self, CURRENCIES};
use crate::{Error, Result};

/// A currency, identified by its ISO 4217 code.
///
/// [`FromStr`] accepts the code in any case (`"cny"`), common English names
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
    /// The ISO 4217 code, such as `"CNY"`.
    pub fn code(self) -> &'static str {
        CURRENCIES
            .iter()
            .find(|(c, _, _)| *c == self)
            .map_or("", |(_, code, _)| code)
    }

    /// Every currency the crate knows.
    pub fn all() -> impl Iterator<Item = Currency> {
        CURRENCIES.iter().map(|(c, _, _)| *c)
    }
}

impl fmt::Display for Currency {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.pad(self.code())
    }
}

impl FromStr for Currency {
    type Err = Error;

    /// Reads an ISO code, name or symbol.
    ///
    /// # Errors
    ///
    /// [`Error::UnknownCurrency`] for anything else.
    fn from_str(s: &str) -> Result<Currency> {
        let key = s.trim();
        vocab::currency(key).ok_or_else(|| Error::UnknownCurrency(key.chars().take(64).collect()))
    }
}

impl TryFrom<&str> for Currency {
    type Error = Error;

    fn try_from(s: &str) -> Result<Currency> {
        s.parse()
    }
}

impl TryFrom<String> for Currency {
    type Error = Error;

    fn try_from(s: String) -> Result<Currency> {
        s.parse()
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
