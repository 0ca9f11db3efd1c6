//! [`Amount`]: a positive quantity with its currency and display scale.

use core::fmt;
use core::str::FromStr;

use crate::num::decimal::{self, Decimal, Unparsed};
use crate::value::vocab;
use crate::{Currency, Error, Result, Scale};

/// A positive, finite quantity such as a market size, with an optional
/// [`Currency`] and the [`Scale`] it is printed in.
///
/// The value is held in base units (yuan, dollars, tonnes): `1,729.5 billion
/// yuan` is `1.7295e12` CNY. Equality is exact on the base value and the
/// currency and ignores the display scale, so `1,729.5 billion CNY` equals
/// `1.7295 trillion CNY`. Scales are applied by moving the decimal point of
/// the printed number, so those two are equal to the last bit.
///
/// Amounts without a currency combine with any currency (the unit is simply
/// unknown); two different currencies never combine.
///
/// # Example
///
/// ```
/// use cagr::{Amount, Currency, Scale};
///
/// let a = Amount::new(1729.5, Scale::Billion)?.with_currency(Currency::CNY);
/// assert_eq!(a.value(), 1.7295e12);
/// assert_eq!(a.to_string(), "1,729.5 billion CNY");
/// assert_eq!(a, "1.7295 trillion CNY".parse()?);
/// assert_eq!(a, "1,729.5 billion yuan".parse()?);
/// assert_eq!(format!("{:.2}", a.in_scale(Scale::Trillion)), "1.73 trillion CNY");
/// # Ok::<(), cagr::Error>(())
/// ```
#[derive(Clone, Copy)]
// serde: `serde_impl.rs`, through its validating constructor.
pub struct Amount {
    value: f64,
    scale: Scale,
    currency: Option<Currency>,
}

impl Amount {
    /// An amount of `value` times the `scale`: `Amount::new(1729.5,
    /// Scale::Billion)` is 1,729,500,000,000. It prints in that scale.
    ///
    /// # Errors
    ///
    /// [`Error::Amount`] unless `value` is positive and finite and its value
    /// in base units (`value` times the scale) is finite too, that is at most
    /// `f64::MAX`. The message names the value in base units, or, for a
    /// positive value whose base units overflow, `value` and the scale as
    /// given.
    ///
    /// # Example
    ///
    /// ```
    /// use cagr::{Amount, Scale};
    ///
    /// assert_eq!(Amount::new(600.0, Scale::Billion)?.value(), 6e11);
    /// let err = Amount::new(-5.0, Scale::One).unwrap_err();
    /// assert_eq!(err.to_string(), "invalid amount -5: an amount must be positive and finite");
    /// let err = Amount::new(1e300, Scale::Trillion).unwrap_err();
    /// assert_eq!(
    ///     err.to_string(),
    ///     format!("invalid amount {} trillion: an amount must be at most f64::MAX (about 1.8e308) in base units", 1e300),
    /// );
    /// # Ok::<(), cagr::Error>(())
    /// ```
    pub fn new(value: f64, scale: Scale) -> Result<Amount> {
        let base = scale.to_base(value);
        if !(value.is_finite() && value > 0.0 && base.is_finite()) {
            return Err(Error::Amount { value, scale });
        }
        Amount::from_base(base).map(|a| a.with_scale(scale))
    }

    /// An amount given in base units (yuan, dollars, tonnes), printed
    /// without a scale word.
    ///
    /// # Errors
    ///
    /// [`Error::Amount`] unless the value is positive and finite.
    ///
    /// # Example
    ///
    /// ```
    /// use cagr::Amount;
    ///
    /// assert_eq!(Amount::from_base(6e11)?.to_string(), "600,000,000,000");
    /// assert!(Amount::from_base(0.0).is_err());
    /// # Ok::<(), cagr::Error>(())
    /// ```
    pub fn from_base(value: f64) -> Result<Amount> {
        if value.is_finite() && value > 0.0 {
            Ok(Amount {
                value,
                scale: Scale::One,
                currency: None,
            })
        } else {
            Err(Error::Amount {
                value,
                scale: Scale::One,
            })
        }
    }

    /// The same amount in a currency.
    #[must_use]
    pub fn with_currency(self, currency: Currency) -> Amount {
        Amount {
            currency: Some(currency),
            ..self
        }
    }

    /// The same amount, printed in another scale.
    #[must_use]
    pub fn in_scale(self, scale: Scale) -> Amount {
        self.with_scale(scale)
    }

    fn with_scale(self, scale: Scale) -> Amount {
        Amount { scale, ..self }
    }

    /// The value in base units: `1.7295e12` for 1,729.5 billion.
    pub const fn value(self) -> f64 {
        self.value
    }

    /// The value in a scale: `in_units_of(Scale::Billion)` of 1.7295e12 is
    /// `1729.5`.
    pub fn value_in(self, scale: Scale) -> f64 {
        decimal::shift(self.value, -scale.exponent())
    }

    /// The scale the amount prints in.
    pub const fn scale(self) -> Scale {
        self.scale
    }

    /// The currency, if known.
    pub const fn currency(self) -> Option<Currency> {
        self.currency
    }

    /// The words after the number when it prints: `"billion CNY"`,
    /// `"million"`, `"USD"`, or `""` for a bare number in units.
    pub(crate) fn unit_words(self) -> String {
        let scale = self.scale.word();
        match (scale.is_empty(), self.currency) {
            (true, None) => String::new(),
            (true, Some(c)) => c.code().to_owned(),
            (false, None) => scale.to_owned(),
            (false, Some(c)) => format!("{scale} {}", c.code()),
        }
    }

    /// The currency two amounts share (`None` if neither has one).
    ///
    /// # Errors
    ///
    /// [`Error::CurrencyMismatch`] if they are in different currencies.
    pub fn common_currency(self, other: Amount) -> Result<Option<Currency>> {
        match (self.currency, other.currency) {
            (Some(a), Some(b)) if a != b => Err(Error::CurrencyMismatch { left: a, right: b }),
            (a, b) => Ok(a.or(b)),
        }
    }

    /// A new amount with the same currency and scale as this one.
    pub(crate) fn like(self, value: f64, quantity: &'static str) -> Result<Amount> {
        if value.is_finite() && value > 0.0 {
            Ok(Amount { value, ..self })
        } else {
            Err(Error::OutOfRange { quantity, value })
        }
    }

    /// The sum, in this amount's scale.
    ///
    /// # Errors
    ///
    /// [`Error::CurrencyMismatch`] for different currencies;
    /// [`Error::OutOfRange`] if the sum overflows.
    ///
    /// # Example
    ///
    /// ```
    /// use cagr::Amount;
    ///
    /// let a: Amount = "1.5 billion USD".parse()?;
    /// let b: Amount = "500 million USD".parse()?;
    /// assert_eq!(a.checked_add(b)?.to_string(), "2 billion USD");
    /// assert!(a.checked_add("1 EUR".parse()?).is_err());
    /// # Ok::<(), cagr::Error>(())
    /// ```
    pub fn checked_add(self, other: Amount) -> Result<Amount> {
        let currency = self.common_currency(other)?;
        let sum = self.like(self.value + other.value, "sum")?;
        Ok(Amount { currency, ..sum })
    }

    /// The difference, in this amount's scale.
    ///
    /// # Errors
    ///
    /// [`Error::CurrencyMismatch`] for different currencies;
    /// [`Error::OutOfRange`] unless the difference is positive.
    pub fn checked_sub(self, other: Amount) -> Result<Amount> {
        let currency = self.common_currency(other)?;
        let diff = self.like(self.value - other.value, "difference")?;
        Ok(Amount { currency, ..diff })
    }

    /// The ratio `self / other`, a plain number.
    ///
    /// # Errors
    ///
    /// [`Error::CurrencyMismatch`] for different currencies;
    /// [`Error::OutOfRange`] if the ratio overflows or underflows.
    ///
    /// # Example
    ///
    /// ```
    /// use cagr::Amount;
    ///
    /// let a: Amount = "1,729.5 billion yuan".parse()?;
    /// let b: Amount = "600 billion yuan".parse()?;
    /// assert_eq!(a.ratio_to(b)?, 2.8825);
    /// # Ok::<(), cagr::Error>(())
    /// ```
    pub fn ratio_to(self, other: Amount) -> Result<f64> {
        self.common_currency(other)?;
        let ratio = self.value / other.value;
        if ratio.is_finite() && ratio > 0.0 {
            Ok(ratio)
        } else {
            Err(Error::OutOfRange {
                quantity: "ratio",
                value: ratio,
            })
        }
    }

    /// This amount times a positive factor, in the same currency and scale.
    ///
    /// # Errors
    ///
    /// [`Error::OutOfRange`] unless the product is positive and finite.
    pub fn times(self, factor: f64) -> Result<Amount> {
        self.like(self.value * factor, "product")
    }
}

impl PartialEq for Amount {
    /// Exact equality of base value and currency; the display scale is
    /// ignored.
    fn eq(&self, other: &Amount) -> bool {
        self.value == other.value && self.currency == other.currency
    }
}

impl PartialOrd for Amount {
    /// Orders amounts of the same currency by value; amounts in different
    /// currencies (or one with and one without) are not comparable.
    fn partial_cmp(&self, other: &Amount) -> Option<core::cmp::Ordering> {
        if self.currency == other.currency {
            self.value.partial_cmp(&other.value)
        } else {
            None
        }
    }
}

impl fmt::Debug for Amount {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Amount({self})")
    }
}

impl fmt::Display for Amount {
    /// Prints the number in the amount's scale with thousands separators,
    /// then the scale word and the currency code: `1,729.5 billion CNY`.
    /// Without a precision the number is the shortest that parses back to
    /// the same amount; with one it is rounded (`{:.1}`).
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut s = String::new();
        match f.precision() {
            Some(p) => s.push_str(&decimal::grouped(self.value_in(self.scale), p)),
            None => Decimal::of(self.value)
                .shift(-self.scale.exponent())
                .write_plain(&mut s, true)?,
        }
        let unit = self.unit_words();
        if !unit.is_empty() {
            s.push(' ');
            s.push_str(&unit);
        }
        decimal::pad(f, &s)
    }
}

/// Splits a leading currency symbol or code from `s`.
fn split_currency_prefix(s: &str) -> (Option<Currency>, &str) {
    // Symbols may touch the number ("$5", "US$5", "€3m"); codes and words
    // need a space after them ("RMB 600", "Rs 500", "USD 5").
    const GLUED: &[&str] = &[
        "US$", "HK$", "A$", "C$", "S$", "R$", "CN¥", "JP¥", "$", "€", "£", "₹", "¥", "₩", "Rs.",
        "Rs",
    ];
    for sym in GLUED {
        if let Some(rest) = strip_prefix_ignore_case(s, sym) {
            if let Ok(c) = sym.parse() {
                return (Some(c), rest.trim_start());
            }
        }
    }
    if let Some((word, rest)) = s.split_once(char::is_whitespace) {
        if let Ok(c) = word.parse() {
            return (Some(c), rest.trim_start());
        }
    }
    // An ISO code glued to the number: "USD12.3bn".
    if let Some(code) = s
        .get(..3)
        .filter(|c| c.bytes().all(|b| b.is_ascii_uppercase()))
    {
        if s[3..].starts_with(|c: char| c.is_ascii_digit()) {
            if let Ok(c) = code.parse() {
                return (Some(c), &s[3..]);
            }
        }
    }
    (None, s)
}

fn strip_prefix_ignore_case<'a>(s: &'a str, prefix: &str) -> Option<&'a str> {
    let head = s.get(..prefix.len())?;
    head.eq_ignore_ascii_case(prefix)
        .then(|| &s[prefix.len()..])
}

impl FromStr for Amount {
    type Err = Error;

    /// Reads what `Display` prints and the common printed forms, with the
    /// words of the crate's one vocabulary (the extractor reads the same).
    ///
    /// # Grammar
    ///
    /// ```text
    /// amount   = [currency] number [scale] [currency]
    ///          | cjk-group {cjk-group} [currency | counter]
    /// number   = digits, with commas grouping thousands (1,729.5) or in the
    ///            Indian way (4,22,000), and a decimal point
    /// scale    = thousand | k | lakh | million | m | mn | mio | crore | billion
    ///          | bn | b | milliard | trillion | tn | tr | t | lakh crore
    /// currency = ISO code | name | symbol   (see Currency; a code may touch
    ///            the number: USD12.3bn)
    /// cjk-group = {number (十 | 百 | 千 | 십 | 백 | 천)} [number] [万 | 亿 | 億 | 억 | 万亿 | 兆 | 조]
    /// ```
    ///
    /// Symbols may touch the number (`$1.2bn`, `€3m`); words are separated
    /// by spaces (`600 billion yuan`, `RMB 600 billion`). A currency may
    /// appear once. Chinese, Japanese and Korean amounts add their groups
    /// (`12兆4517億円` is 12.4517 trillion yen, `1조 2,345억 원` 1.2345
    /// trillion won; within a group, 十, 百 and 千 multiply the number before
    /// them, `12조5천억 원` is 12.5 trillion won and `1천6백억 원` 160 billion;
    /// a whole last group of three digits or more with no scale, below the
    /// one before it, adds units: `52万6800元` is 526,800 yuan; 万 then 亿
    /// counts myriads of 亿: `3万5000亿元` is 3.5 trillion yuan) and print in the nearest scale at or
    /// below their size.
    ///
    /// # Errors
    ///
    /// [`Error::Parse`] for text that does not fit the grammar, for commas
    /// that do not group digits ("12,3", "1,2345": a number not to guess
    /// at), or whose number in base units is too large in size for an `f64`
    /// (400 nines, or 10^300 trillion),
    /// [`Error::UnknownCurrency`] for an unknown trailing unit and
    /// [`Error::Amount`] for a number that is not positive.
    ///
    /// # Example
    ///
    /// ```
    /// use cagr::{Amount, Currency};
    ///
    /// let a: Amount = "US$1.2bn".parse()?;
    /// assert_eq!(a.value(), 1.2e9);
    /// assert_eq!(a.currency(), Some(Currency::USD));
    /// assert_eq!("₹4,22,000 crore".parse::<Amount>()?.value(), 4.22e12);
    /// assert_eq!("1.2 lakh crore".parse::<Amount>()?.value(), 1.2e12);
    /// assert_eq!("3,985亿元".parse::<Amount>()?.to_string(), "398.5 billion CNY");
    /// assert_eq!("12조5천억 원".parse::<Amount>()?.value(), 1.25e13);
    /// assert_eq!("1천6백억 원".parse::<Amount>()?.value(), 1.6e11);
    /// assert_eq!("4백5십만".parse::<Amount>()?.value(), 4.5e6);
    /// assert_eq!("1万2千".parse::<Amount>()?.value(), 12_000.0);
    /// assert_eq!("52万6800元".parse::<Amount>()?.value(), 526_800.0);
    /// assert_eq!("3万5000亿元".parse::<Amount>()?.value(), 3.5e12);
    /// // "1万2" may be short for 12,000: no amount to guess at.
    /// assert!("1万2元".parse::<Amount>().is_err());
    /// assert_eq!(
    ///     "12,3 billion".parse::<Amount>().unwrap_err().to_string(),
    ///     "cannot parse \"12,3 billion\" as an amount: commas must group digits in \
    ///      thousands (1,729.5) or in the Indian way (4,22,000)",
    /// );
    /// # Ok::<(), cagr::Error>(())
    /// ```
    fn from_str(s: &str) -> Result<Amount> {
        parse_printed(s).map(|(amount, _)| amount)
    }
}

/// An amount as printed, and its printed decimals in the amount's scale (so
/// that `3,985亿元`, 398.5 billion, counts one decimal).
pub(crate) fn parse_printed(s: &str) -> Result<(Amount, u8)> {
    const WHAT: &str = "an amount";
    if s.chars().any(vocab::is_cjk) {
        return parse_cjk(s);
    }
    let (prefix, rest) = split_currency_prefix(s.trim());
    let end = rest
        .find(|c: char| !(c.is_ascii_digit() || c == ',' || c == '.' || c == '-' || c == '+'))
        .unwrap_or(rest.len());
    let (number, mut tail) = (&rest[..end], rest[end..].trim_start());
    if number.is_empty() {
        return Err(Error::parse(WHAT, s, "expected a number"));
    }
    if !decimal::grouped_well(number) {
        return Err(Error::parse(WHAT, s, GROUPING));
    }
    let mut scale = Scale::One;
    if let Some(word) = tail
        .split(char::is_whitespace)
        .next()
        .filter(|w| !w.is_empty())
    {
        if let Some(found) = Scale::from_word(word.trim_end_matches('.')) {
            scale = found;
            tail = tail[word.len()..].trim_start();
            // "1.2 lakh crore" is 1.2 trillion.
            if found == Scale::Lakh {
                if let Some(rest) = strip_word(tail, "crore").or_else(|| strip_word(tail, "crores"))
                {
                    scale = Scale::Trillion;
                    tail = rest;
                }
            }
        }
    }
    let suffix = if tail.is_empty() {
        None
    } else {
        Some(tail.parse::<Currency>()?)
    };
    let currency = match (prefix, suffix) {
        (Some(_), Some(_)) => return Err(Error::parse(WHAT, s, "the currency is given twice")),
        (a, b) => a.or(b),
    };
    let decimals = number
        .split_once('.')
        .map_or(0, |(_, f)| u8::try_from(f.len()).unwrap_or(u8::MAX));
    let value = match decimal::parse_number(number, scale.exponent()) {
        Ok(value) => value,
        Err(Unparsed::NotANumber) => {
            return Err(Error::parse(WHAT, s, "expected a number like 1,729.5"))
        }
        // A number too large for base units is named by the text, not by an
        // infinity.
        Err(Unparsed::Overflow { negative: false }) => {
            return Err(Error::parse(
                WHAT,
                s,
                "an amount must be at most f64::MAX (about 1.8e308) in base units",
            ))
        }
        Err(Unparsed::Overflow { negative: true }) => {
            return Err(Error::parse(
                WHAT,
                s,
                "an amount must be positive and finite",
            ))
        }
    };
    let amount = Amount::from_base(value)?.with_scale(scale);
    Ok((
        match currency {
            Some(c) => amount.with_currency(c),
            None => amount,
        },
        decimals,
    ))
}

/// Why "12,3" is not read.
const GROUPING: &str =
    "commas must group digits in thousands (1,729.5) or in the Indian way (4,22,000)";

/// `s` after a whole word `w` (any case) and the spaces after it.
fn strip_word<'a>(s: &'a str, w: &str) -> Option<&'a str> {
    let rest = strip_prefix_ignore_case(s, w)?;
    (rest.is_empty() || rest.starts_with(char::is_whitespace)).then(|| rest.trim_start())
}

/// The display scales a Chinese, Japanese or Korean amount may print in.
const CJK_DISPLAY: [Scale; 5] = [
    Scale::One,
    Scale::Thousand,
    Scale::Million,
    Scale::Billion,
    Scale::Trillion,
];

/// The scale an amount with a printed precision of `10^(e_min -
/// decimals)` prints in: the largest at or below its size in which that
/// precision is a whole number of decimals; and those decimals.
pub(crate) fn cjk_display(value: f64, e_min: i32, decimals: u8) -> Option<(Scale, u8)> {
    let exponent = value.abs().log10().floor() as i32;
    let finest = e_min - i32::from(decimals);
    let scale = CJK_DISPLAY
        .iter()
        .rev()
        .find(|s| s.exponent() <= exponent && s.exponent() >= finest)
        .or_else(|| CJK_DISPLAY.iter().find(|s| s.exponent() >= finest))
        .copied()?;
    let printed = u8::try_from(scale.exponent() - finest).ok()?;
    Some((scale, printed))
}

/// A Chinese, Japanese or Korean compound's value after its next group,
/// `group` times 10^`e`, where the group before had scale 10^`last`: the
/// scales fall ("12兆4517億"), or 万 then 亿 counts myriads of 亿
/// ("3万5000亿" is 3.5万亿); `None` where the group does not continue it.
/// Read by [`Amount::from_str`] and the extractor alike.
pub(crate) fn cjk_add(value: f64, last: i32, group: f64, e: i32) -> Option<f64> {
    let myriads = last == 4 && e == 8;
    if e >= last && !myriads {
        return None;
    }
    let before = if myriads { value / 1e4 * 1e12 } else { value };
    Some(before + group * 10f64.powi(e))
}

/// Whether a last group with no scale, `group` printed to 10^`precision`,
/// adds units to a compound whose last scale is 10^`last` ("52万6800元"):
/// whole, of three digits or more ("1万2" is also a short way to write
/// 12,000, no 10,002), and below that scale.
pub(crate) fn cjk_units_after(group: f64, precision: i32, last: i32) -> bool {
    (100.0..10f64.powi(last)).contains(&group) && precision == 0
}

/// A Chinese, Japanese or Korean amount (see the grammar of
/// [`Amount::from_str`]).
fn parse_cjk(s: &str) -> Result<(Amount, u8)> {
    const WHAT: &str = "an amount";
    let bad = |why: &'static str| Error::parse(WHAT, s, why);
    let mut rest = s.trim();
    let (mut value, mut e_min, mut decimals, mut last) = (0.0, 0, 0u8, i32::MAX);
    // The digits at the start of `rest` (ASCII or full-width, `,` or `，`
    // grouping): their value, decimals and length.
    let digits_at = |rest: &str| -> Result<Option<(f64, i32, usize)>> {
        let end = rest
            .find(|c: char| {
                !(c.is_ascii_digit()
                    || ('０'..='９').contains(&c)
                    || c == ','
                    || c == '.'
                    || c == '，')
            })
            .unwrap_or(rest.len());
        if end == 0 {
            return Ok(None);
        }
        let digits: String = rest[..end]
            .chars()
            .map(|c| match c {
                '，' => ',',
                c => decimal::ascii_digit(c),
            })
            .collect();
        if !decimal::grouped_well(&digits) {
            return Err(bad(GROUPING));
        }
        let v =
            decimal::parse_scaled(&digits, 0).ok_or_else(|| bad("expected a number like 3,985"))?;
        let d = digits.split_once('.').map_or(0, |(_, f)| f.len());
        Ok(Some((v, i32::try_from(d).unwrap_or(i32::MAX), end)))
    };
    let multiplier = |rest: &str| {
        vocab::CJK_MULTIPLIERS
            .iter()
            .find(|(w, _)| rest.starts_with(w))
            .map(|&(w, e)| (e, w.len()))
    };
    loop {
        rest = rest.trim_start();
        // One group: terms of a number and a multiplier ("1천", "6百"), then
        // perhaps a bare number ("3천800"); its value and the power of ten
        // of its last printed digit.
        let (mut group, mut precision, mut multiplied, mut last_m) = (0.0, 0, false, i32::MAX);
        let mut read = false;
        while let Some((v, d, len)) = digits_at(rest)? {
            read = true;
            rest = &rest[len..];
            match multiplier(rest) {
                Some((m, mlen)) if m < last_m => {
                    group += v * 10f64.powi(m);
                    (precision, multiplied, last_m) = (m - d, true, m);
                    rest = &rest[mlen..];
                }
                _ => {
                    group += v;
                    precision = -d;
                    break;
                }
            }
        }
        if !read {
            break;
        }
        rest = rest.trim_start_matches(['多', '余']);
        let scale = vocab::cjk_scale(rest).filter(|&(e, _)| e >= 4);
        let (e, len) = match scale {
            Some(s) => s,
            None if value == 0.0 || multiplied => (0, 0),
            None if cjk_units_after(group, precision, last) => (0, 0),
            None => return Err(bad("expected a scale (万, 亿, 兆, 조) after each group")),
        };
        value = cjk_add(value, last, group, e)
            .ok_or_else(|| bad("expected a scale (万, 亿, 兆, 조) after each group"))?;
        e_min = e + precision.max(0);
        decimals = u8::try_from((-precision).max(0)).unwrap_or(u8::MAX);
        if e > 0 || multiplied {
            last = e;
        }
        rest = &rest[len..];
        if e == 0 {
            break;
        }
    }
    if value == 0.0 && last == i32::MAX {
        return Err(bad("expected a number"));
    }
    let tail = rest.trim();
    let currency = if tail.is_empty() || vocab::CJK_COUNTERS.contains(&tail) {
        None
    } else if let Some((c, _)) = vocab::cjk_currency(tail).filter(|(_, len)| *len == tail.len()) {
        Some(c)
    } else {
        Some(tail.parse::<Currency>()?)
    };
    if !value.is_finite() {
        return Err(bad(
            "an amount must be at most f64::MAX (about 1.8e308) in base units",
        ));
    }
    let (scale, printed) =
        cjk_display(value, e_min, decimals).ok_or_else(|| bad("too many decimals"))?;
    let amount = Amount::from_base(value)?.with_scale(scale);
    Ok((
        match currency {
            Some(c) => amount.with_currency(c),
            None => amount,
        },
        printed,
    ))
}

impl approx::AbsDiffEq for Amount {
    type Epsilon = f64;

    fn default_epsilon() -> f64 {
        f64::default_epsilon()
    }

    /// Near in base units and in the same currency.
    fn abs_diff_eq(&self, other: &Amount, epsilon: f64) -> bool {
        self.currency == other.currency && self.value.abs_diff_eq(&other.value, epsilon)
    }
}

impl approx::RelativeEq for Amount {
    fn default_max_relative() -> f64 {
        f64::default_max_relative()
    }

    fn relative_eq(&self, other: &Amount, epsilon: f64, max_relative: f64) -> bool {
        self.currency == other.currency
            && self.value.relative_eq(&other.value, epsilon, max_relative)
    }
}

impl approx::UlpsEq for Amount {
    fn default_max_ulps() -> u32 {
        f64::default_max_ulps()
    }

    fn ulps_eq(&self, other: &Amount, epsilon: f64, max_ulps: u32) -> bool {
        self.currency == other.currency && self.value.ulps_eq(&other.value, epsilon, max_ulps)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parse_table() {
        let table: &[(&str, f64, Scale, Option<Currency>)] = &[
            (
                "1,729.5 billion CNY",
                1.7295e12,
                Scale::Billion,
                Some(Currency::CNY),
            ),
            (
                "1.7295 trillion CNY",
                1.7295e12,
                Scale::Trillion,
                Some(Currency::CNY),
            ),
            (
                "600 billion yuan",
                6e11,
                Scale::Billion,
                Some(Currency::CNY),
            ),
            ("RMB 600 billion", 6e11, Scale::Billion, Some(Currency::CNY)),
            ("$5.17B", 5.17e9, Scale::Billion, Some(Currency::USD)),
            (
                "US$ 244.2 billion",
                2.442e11,
                Scale::Billion,
                Some(Currency::USD),
            ),
            ("€3m", 3e6, Scale::Million, Some(Currency::EUR)),
            ("£1.5bn", 1.5e9, Scale::Billion, Some(Currency::GBP)),
            ("Rs 500 crore", 5e9, Scale::Crore, Some(Currency::INR)),
            (
                "₹4,22,000 crore",
                4.22e12,
                Scale::Crore,
                Some(Currency::INR),
            ),
            ("2 lakh", 2e5, Scale::Lakh, None),
            ("600", 600.0, Scale::One, None),
            ("100k", 1e5, Scale::Thousand, None),
            ("JP¥ 3 trillion", 3e12, Scale::Trillion, Some(Currency::JPY)),
            (
                "1.9 tn dollars",
                1.9e12,
                Scale::Trillion,
                Some(Currency::USD),
            ),
        ];
        for &(text, value, scale, currency) in table {
            let a: Amount = text.parse().unwrap_or_else(|e| panic!("{text}: {e}"));
            assert_eq!(a.value(), value, "{text}");
            assert_eq!(a.scale(), scale, "{text}");
            assert_eq!(a.currency(), currency, "{text}");
        }
    }

    #[test]
    fn parse_errors() {
        let table = [
            ("", "cannot parse \"\" as an amount: expected a number"),
            (
                "billion",
                "cannot parse \"billion\" as an amount: expected a number",
            ),
            (
                "-5",
                "invalid amount -5: an amount must be positive and finite",
            ),
            (
                "0 USD",
                "invalid amount 0: an amount must be positive and finite",
            ),
            ("5 parsecs", "unknown currency \"parsecs\""),
            (
                "$5 USD",
                "cannot parse \"$5 USD\" as an amount: the currency is given twice",
            ),
            (
                "1.2.3",
                "cannot parse \"1.2.3\" as an amount: expected a number like 1,729.5",
            ),
        ];
        for (text, message) in table {
            assert_eq!(
                text.parse::<Amount>().unwrap_err().to_string(),
                message,
                "{text}"
            );
        }
    }

    #[test]
    fn display() {
        let a = Amount::new(1729.5, Scale::Billion)
            .unwrap()
            .with_currency(Currency::CNY);
        assert_eq!(a.to_string(), "1,729.5 billion CNY");
        assert_eq!(format!("{a:.1}"), "1,729.5 billion CNY");
        assert_eq!(
            format!("{:.0}", a.in_scale(Scale::One)),
            "1,729,500,000,000 CNY"
        );
        assert_eq!(Amount::from_base(0.25).unwrap().to_string(), "0.25");
    }

    #[test]
    fn currencies_do_not_mix() {
        let yuan: Amount = "1 CNY".parse().unwrap();
        let dollars: Amount = "1 USD".parse().unwrap();
        assert_eq!(
            yuan.ratio_to(dollars).unwrap_err().to_string(),
            "cannot combine an amount in CNY with one in USD"
        );
        let bare: Amount = "2".parse().unwrap();
        assert_eq!(bare.ratio_to(yuan).unwrap(), 2.0);
    }
}
