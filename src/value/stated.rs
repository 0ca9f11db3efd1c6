//! [`Stated`]: a figure as a report printed it, with its precision and any
//! hedge word.

use core::fmt;
use core::str::FromStr;

use crate::num::decimal;
use crate::value::vocab::spellings;
use crate::{Amount, Error, Hedge, Hedging, Interval, Qualifier, Rate, Result};

/// A figure as printed: its value, how many decimals it was printed with,
/// and any hedge word; or a printed range.
///
/// A printed number stands for an interval:
///
/// * a plain number covers half a unit in its last printed digit: "15.6%"
///   is 15.55% to 15.65%, "1,729.5 billion" is 1,729.45 to 1,729.55
///   billion, "5.90%" is 5.895% to 5.905% (trailing zeros count, which is
///   why the number of decimals is kept rather than inferred from the
///   value);
/// * a hedge word replaces that with its band (see [`Qualifier`]);
/// * a printed range ("20–25%", "7-8 billion") is exactly that range, and a
///   hedge word before a range is kept but not applied.
///
/// `T` is [`Amount`] (intervals in base units) or [`Rate`] (intervals as
/// fractions).
///
/// # Example
///
/// ```
/// use cagr::{Amount, Interval, Rate, Stated};
///
/// let base: Stated<Amount> = "nearly 600 billion yuan".parse()?;
/// assert_eq!(base.interval(), Interval { lo: 5.7e11, hi: 6e11 });
///
/// let rate: Stated<Rate> = "15.6%".parse()?;
/// let Interval { lo, hi } = rate.interval();
/// assert!((lo - 0.1555).abs() < 1e-15 && (hi - 0.1565).abs() < 1e-15);
/// assert_eq!(rate.to_string(), "15.6%");
/// # Ok::<(), cagr::Error>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[cfg_attr(feature = "serde", serde(bound(serialize = "T: serde::Serialize")))]
pub struct Stated<T> {
    value: T,
    #[cfg_attr(
        feature = "serde",
        serde(default, skip_serializing_if = "Option::is_none")
    )]
    decimals: Option<u8>,
    #[cfg_attr(
        feature = "serde",
        serde(default, skip_serializing_if = "Option::is_none")
    )]
    qualifier: Option<Qualifier>,
    #[cfg_attr(
        feature = "serde",
        serde(default, skip_serializing_if = "Option::is_none")
    )]
    upper: Option<T>,
}

impl<T: Copy> Stated<T> {
    /// A figure known exactly (no rounding interval): for values computed or
    /// given in code rather than printed.
    pub fn exact(value: T) -> Stated<T> {
        Stated {
            value,
            decimals: None,
            qualifier: None,
            upper: None,
        }
    }

    /// A figure printed with `decimals` digits after the decimal point (in
    /// its printed unit: percent for a rate, the amount's scale for an
    /// amount): `Stated::printed(rate, 1)` for "15.6%".
    pub fn printed(value: T, decimals: u8) -> Stated<T> {
        Stated {
            decimals: Some(decimals),
            ..Stated::exact(value)
        }
    }

    /// The same figure with a hedge word.
    #[must_use]
    pub fn qualified(self, qualifier: Qualifier) -> Stated<T> {
        Stated {
            qualifier: Some(qualifier),
            ..self
        }
    }

    /// The printed value (the low end, for a range).
    pub fn value(&self) -> T {
        self.value
    }

    /// The high end of a printed range.
    pub fn upper(&self) -> Option<T> {
        self.upper
    }

    /// Digits printed after the decimal point, if the figure was printed.
    pub fn decimals(&self) -> Option<u8> {
        self.decimals
    }

    /// The hedge word, if any.
    pub fn qualifier(&self) -> Option<Qualifier> {
        self.qualifier
    }
}

/// The interval a printed number stands for, given its half-width from
/// rounding and its hedge.
///
/// A hedge speaks of the size of the figure: "nearly −1%" is a decline of
/// nearly 1% (−1% to −0.95%), "over −5%" a decline of over 5%.
fn widen(x: f64, half_width: f64, hedge: Option<Hedge>, hedging: &Hedging) -> (f64, f64) {
    let band = hedging.band() * x.abs();
    let (toward_zero, away) = if x < 0.0 { (1.0, -1.0) } else { (-1.0, 1.0) };
    let order = |a: f64, b: f64| (a.min(b), a.max(b));
    match (hedge, hedging.strict()) {
        (None, _) | (Some(Hedge::Around), true) => (x - half_width, x + half_width),
        (Some(Hedge::Below), _) => order(x + toward_zero * band, x),
        (Some(Hedge::Above), false) => order(x, x + away * band),
        (Some(Hedge::Above), true) => order(x, away * f64::INFINITY),
        (Some(Hedge::Around), false) => (x - band, x + band),
    }
}

/// `10^k`, exactly as the literal `1ek` (the nearest `f64`), from a table
/// for the usual range: the checker needs it for every printed figure.
fn pow10(k: i32) -> f64 {
    const TABLE: [f64; 41] = [
        1e-20, 1e-19, 1e-18, 1e-17, 1e-16, 1e-15, 1e-14, 1e-13, 1e-12, 1e-11, 1e-10, 1e-9, 1e-8,
        1e-7, 1e-6, 1e-5, 1e-4, 1e-3, 1e-2, 1e-1, 1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9,
        1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20,
    ];
    usize::try_from(k + 20)
        .ok()
        .and_then(|i| TABLE.get(i).copied())
        .unwrap_or_else(|| decimal::shift(1.0, k))
}

impl Stated<Amount> {
    /// A printed range of amounts, such as "7–8 billion".
    ///
    /// # Errors
    ///
    /// [`Error::CurrencyMismatch`] for ends in different currencies;
    /// [`Error::Parse`] if `low` is above `high`.
    pub fn range(low: Amount, high: Amount) -> Result<Stated<Amount>> {
        low.common_currency(high)?;
        if low.value() > high.value() {
            return Err(Error::parse(
                "a range",
                &format!("{low} to {high}"),
                "the low end is above the high end",
            ));
        }
        Ok(Stated {
            upper: Some(high),
            ..Stated::exact(low)
        })
    }

    /// The one amount the figure stands for: the printed value, or the
    /// midpoint of a printed range in the low end's currency and scale (the
    /// high end, if the midpoint overflows). The checker and [`Schedule`]
    /// compute from it.
    ///
    /// [`Schedule`]: crate::Schedule
    ///
    /// ```
    /// use cagr::{Amount, Stated};
    ///
    /// let range: Stated<Amount> = "7-8 billion USD".parse()?;
    /// assert_eq!(range.point().to_string(), "7.5 billion USD");
    /// # Ok::<(), cagr::Error>(())
    /// ```
    pub fn point(&self) -> Amount {
        match self.upper {
            Some(high) => self
                .value
                .like(0.5 * (self.value.value() + high.value()), "midpoint")
                .unwrap_or(high),
            None => self.value,
        }
    }

    /// The interval of base-unit values this figure stands for, with hedge
    /// words read the default way ([`Hedging::default`]).
    pub fn interval(&self) -> Interval {
        self.interval_with(&Hedging::default())
    }

    /// The interval of base-unit values this figure stands for, with hedge
    /// words read as `hedging` says.
    pub fn interval_with(&self, hedging: &Hedging) -> Interval {
        if let Some(high) = self.upper {
            return Interval {
                lo: self.value.value(),
                hi: high.value(),
            };
        }
        let x = self.value.value();
        let half = self.decimals.map_or(0.0, |d| {
            0.5 * pow10(self.value.scale().exponent() - i32::from(d))
        });
        let (lo, hi) = widen(x, half, self.qualifier.map(Qualifier::hedge), hedging);
        // An amount is positive whatever its rounding interval says (and a
        // subnormal amount keeps its own value as the lower end).
        Interval {
            lo: lo.max(f64::MIN_POSITIVE).min(hi),
            hi,
        }
    }
}

impl Stated<Rate> {
    /// A printed range of rates, such as "11–12 per cent".
    ///
    /// # Errors
    ///
    /// [`Error::Parse`] if `low` is above `high`.
    pub fn range(low: Rate, high: Rate) -> Result<Stated<Rate>> {
        if low > high {
            return Err(Error::parse(
                "a range",
                &format!("{low} to {high}"),
                "the low end is above the high end",
            ));
        }
        Ok(Stated {
            upper: Some(high),
            ..Stated::exact(low)
        })
    }

    /// The one rate the figure stands for: the printed rate, or the
    /// midpoint of a printed range (the high end, if the midpoint is out of
    /// range).
    ///
    /// ```
    /// use cagr::{Rate, Stated};
    ///
    /// let range: Stated<Rate> = "11-12%".parse()?;
    /// assert_eq!(format!("{:.1}", range.point()), "11.5%"); // (0.11 + 0.12) / 2, rounded
    /// # Ok::<(), cagr::Error>(())
    /// ```
    pub fn point(&self) -> Rate {
        match self.upper {
            Some(high) => {
                Rate::from_fraction(0.5 * (self.value.as_fraction() + high.as_fraction()))
                    .unwrap_or(high)
            }
            None => self.value,
        }
    }

    /// The interval of rates (as fractions) this figure stands for, with
    /// hedge words read the default way ([`Hedging::default`]).
    pub fn interval(&self) -> Interval {
        self.interval_with(&Hedging::default())
    }

    /// The interval of rates (as fractions) this figure stands for, with
    /// hedge words read as `hedging` says.
    pub fn interval_with(&self, hedging: &Hedging) -> Interval {
        if let Some(high) = self.upper {
            return Interval {
                lo: self.value.as_fraction(),
                hi: high.as_fraction(),
            };
        }
        let x = self.value.as_fraction();
        let half = self
            .decimals
            .map_or(0.0, |d| 0.5 * pow10(-2 - i32::from(d)));
        let (lo, hi) = widen(x, half, self.qualifier.map(Qualifier::hedge), hedging);
        // A rate is above -100% whatever its rounding interval says.
        Interval {
            lo: lo.max(-1.0),
            hi: hi.max(-1.0),
        }
    }
}

/// Splits a leading hedge word (`"nearly 600"` → `Nearly`, `"600"`).
fn split_qualifier(s: &str) -> (Option<Qualifier>, &str) {
    let s = s.trim_start();
    if let Some(rest) = s.strip_prefix('~') {
        return (Some(Qualifier::About), rest.trim_start());
    }
    for (w, q) in spellings() {
        let Some(head) = s.get(..w.len()) else {
            continue;
        };
        let rest = &s[w.len()..];
        if head.eq_ignore_ascii_case(w) && rest.starts_with(char::is_whitespace) {
            return (Some(q), rest.trim_start());
        }
    }
    (None, s)
}

/// Digits after the decimal point in the first number of `s`.
fn decimals_of(s: &str) -> u8 {
    let start = s.find(|c: char| c.is_ascii_digit()).unwrap_or(0);
    let number: &str = s[start..]
        .split(|c: char| !(c.is_ascii_digit() || c == '.' || c == ','))
        .next()
        .unwrap_or("");
    number
        .split_once('.')
        .map_or(0, |(_, frac)| u8::try_from(frac.len()).unwrap_or(u8::MAX))
}

/// Splits a printed range "a–b" / "a-b" / "a to b" into its two ends.
fn split_range(s: &str) -> Option<(&str, &str)> {
    for sep in ["–", "—", " to ", "-"] {
        // Skip a leading minus sign when looking for a hyphen.
        let from = usize::from(sep == "-" && s.starts_with('-'));
        if let Some(i) = s[from..].find(sep) {
            let i = i + from;
            let (a, b) = (s[..i].trim(), s[i + sep.len()..].trim());
            if !a.is_empty() && !b.is_empty() {
                return Some((a, b));
            }
        }
    }
    None
}

impl FromStr for Stated<Amount> {
    type Err = Error;

    /// Reads an optional hedge word (in English also after the amount:
    /// `5 billion or more`, `$5bn+`, `$5 billion-plus`, `5 billion or so`),
    /// then an [`Amount`] or a range of
    /// amounts whose scale and currency may be written once, at either end
    /// (`"7-8 billion USD"`, `"$10-12bn"`, `"USD 10 to 12 billion"`): an end
    /// printed without them takes the other end's. The number of decimals is
    /// kept (for Chinese, Japanese and Korean amounts, in the scale they
    /// print in: `3,985亿元` is 398.5 billion, one decimal).
    ///
    /// # Errors
    ///
    /// The errors of [`Amount::from_str`] and [`Qualifier::from_str`];
    /// [`Error::Parse`] for a range whose ends are in different currencies
    /// or whose low end is above its high end.
    ///
    /// # Example
    ///
    /// ```
    /// use cagr::{Amount, Stated};
    ///
    /// let r: Stated<Amount> = "USD 10 to 12 billion".parse()?;
    /// assert_eq!((r.value().value(), r.upper().unwrap().value()), (1e10, 1.2e10));
    /// assert_eq!(r.value().currency(), r.upper().unwrap().currency());
    /// let s: Stated<Amount> = "近600亿元".parse()?;
    /// assert_eq!(s.to_string(), "nearly 60.0 billion CNY");
    /// # Ok::<(), cagr::Error>(())
    /// ```
    fn from_str(s: &str) -> Result<Stated<Amount>> {
        let (qualifier, rest) = split_qualifier(s);
        let (after, rest) = qualifier_after(rest);
        let qualifier = qualifier.or(after);
        let stated = match split_range(rest) {
            Some((a, b)) => {
                let high: Amount = b.parse()?;
                let low: Amount = match a.parse::<Amount>() {
                    Ok(low) => low,
                    // "7-8 billion": a bare number at the low end.
                    Err(_) => {
                        let digits = a.trim_start_matches(|c: char| !c.is_ascii_digit());
                        let v = decimal::parse_scaled(digits, 0).ok_or_else(|| {
                            Error::parse("an amount", s, "expected a number like 1,729.5")
                        })?;
                        Amount::from_base(v)?
                    }
                };
                // The scale and currency written once apply to both ends.
                let currency = match (low.currency(), high.currency()) {
                    (Some(x), Some(y)) if x != y => {
                        return Err(Error::parse(
                            "a range",
                            s,
                            "its two ends are in different currencies",
                        ))
                    }
                    (x, y) => x.or(y),
                };
                let low = if low.scale() == crate::Scale::One && high.scale() != crate::Scale::One {
                    Amount::new(low.value(), high.scale())?
                } else {
                    low
                };
                let with = |a: Amount| match currency {
                    Some(c) => a.with_currency(c),
                    None => a,
                };
                Stated::<Amount>::range(with(low), with(high))?
            }
            None => {
                let (cjk, core) = cjk_qualifier(rest);
                let (amount, decimals) = crate::value::amount::parse_printed(core)?;
                let stated = Stated::printed(amount, decimals);
                match (qualifier, cjk) {
                    (None, Some(q)) => stated.qualified(q),
                    _ => stated,
                }
            }
        };
        let qualifier = qualifier.or(stated.qualifier());
        Ok(Stated {
            qualifier,
            ..stated
        })
    }
}

/// An English hedge after an amount (`5 billion or more`, `$5bn+`, `$5
/// billion-plus`, `5 billion or so`: [`HEDGES_AFTER`](crate::value::vocab)), and
/// the amount without it.
fn qualifier_after(s: &str) -> (Option<Qualifier>, &str) {
    let s = s.trim_end();
    if let Some(rest) = s.strip_suffix('+') {
        return (Some(Qualifier::Over), rest);
    }
    for &(words, q) in crate::value::vocab::HEDGES_AFTER {
        let mut rest = s;
        let mut ok = true;
        for w in words.iter().rev() {
            let n = rest.len();
            let tail = n.checked_sub(w.len()).and_then(|k| rest.get(k..));
            if !tail.is_some_and(|t| t.eq_ignore_ascii_case(w)) {
                ok = false;
                break;
            }
            let head = &rest[..n - w.len()];
            // A word of its own: after white space (or "-" for "plus").
            let sep = head.ends_with(char::is_whitespace) || (*w == "plus" && head.ends_with('-'));
            if !sep {
                ok = false;
                break;
            }
            rest = head.strip_suffix('-').unwrap_or(head).trim_end();
        }
        if ok && !rest.is_empty() {
            return (Some(q), rest);
        }
    }
    (None, s)
}

/// A Chinese, Japanese or Korean hedge word before or after an amount
/// (`近600亿元`, `600亿元左右`, `약 5조 원`), and the amount without it.
fn cjk_qualifier(s: &str) -> (Option<Qualifier>, &str) {
    let s = s.trim();
    for &(w, q) in crate::value::vocab::CJK_HEDGES_BEFORE {
        if let Some(rest) = s.strip_prefix(w) {
            return (Some(q), rest.trim_start());
        }
    }
    for &(w, q) in crate::value::vocab::CJK_HEDGES_AFTER {
        if let Some(rest) = s.strip_suffix(w) {
            return (Some(q), rest.trim_end());
        }
    }
    (None, s)
}

impl FromStr for Stated<Rate> {
    type Err = Error;

    /// Reads an optional hedge word, then a rate with its unit (`15.6%`,
    /// `15.6 per cent`, `150 bp`) or a range (`10–15%`, `5% to 7.3%`), whose
    /// unit may be written once, at the end. The number of decimals is kept
    /// (in percent: `150 bp` is 1.50%). A bare number is refused, as by
    /// [`Rate::from_str`].
    ///
    /// # Errors
    ///
    /// The errors of [`Rate::from_str`] and [`Qualifier::from_str`].
    ///
    /// # Example
    ///
    /// ```
    /// use cagr::{Rate, Stated};
    ///
    /// let s: Stated<Rate> = "about 15.60 per cent".parse()?;
    /// assert_eq!(s.to_string(), "about 15.60%");
    /// assert_eq!("10-15%".parse::<Stated<Rate>>()?.to_string(), "10% to 15%");
    /// assert!("nearly 15.6".parse::<Stated<Rate>>().is_err());
    /// # Ok::<(), cagr::Error>(())
    /// ```
    fn from_str(s: &str) -> Result<Stated<Rate>> {
        let (qualifier, rest) = split_qualifier(s);
        let stated = match split_range(rest) {
            Some((a, b)) => {
                let high: Rate = b.parse()?;
                // An end printed without the unit takes the other end's.
                let a = a.trim_end();
                let low: Rate = match (
                    crate::value::rate::split_unit(a),
                    crate::value::rate::split_unit(b),
                ) {
                    (None, Some((number, _))) => format!("{a}{}", &b[number.len()..]).parse()?,
                    _ => a.parse()?,
                };
                Stated::<Rate>::range(low, high)?
            }
            None => {
                let rate: Rate = rest.parse()?;
                // `parse` has checked the unit: percent, or basis points
                // (two more decimals in percent).
                let decimals = match crate::value::rate::split_unit(rest.trim()) {
                    Some((number, -4)) => decimals_of(number).saturating_add(2),
                    Some((number, _)) => decimals_of(number),
                    None => decimals_of(rest),
                };
                Stated::printed(rate, decimals)
            }
        };
        Ok(Stated {
            qualifier,
            ..stated
        })
    }
}

impl<T: fmt::Display + Copy> fmt::Display for Stated<T> {
    /// Prints the figure as it was stated: `nearly 600 billion CNY`,
    /// `15.60%`, `over 6%`, `10% to 15%`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if let Some(q) = self.qualifier {
            write!(f, "{q} ")?;
        }
        match (self.upper, self.decimals) {
            (Some(high), _) => write!(f, "{} to {high}", self.value),
            (None, Some(d)) => write!(f, "{:.*}", usize::from(d), self.value),
            (None, None) => write!(f, "{}", self.value),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[track_caller]
    fn amount_interval(text: &str) -> (f64, f64) {
        let Interval { lo, hi } = text.parse::<Stated<Amount>>().unwrap().interval();
        (lo, hi)
    }

    #[track_caller]
    fn rate_interval(text: &str) -> (f64, f64) {
        let Interval { lo, hi } = text.parse::<Stated<Rate>>().unwrap().interval();
        (decimal::shift(lo, 2), decimal::shift(hi, 2))
    }

    #[track_caller]
    fn close(got: (f64, f64), want: (f64, f64)) {
        let tol = 1e-12 * want.1.abs().max(1.0);
        assert!(
            (got.0 - want.0).abs() <= tol && (got.1 - want.1).abs() <= tol,
            "{got:?} vs {want:?}"
        );
    }

    #[test]
    fn pow10_matches_the_decimal_shift() {
        for k in -40..=40 {
            assert_eq!(pow10(k).to_bits(), decimal::shift(1.0, k).to_bits(), "{k}");
        }
    }

    #[test]
    fn hedges_on_declines_speak_of_their_size() {
        close(rate_interval("nearly -1%"), (-1.0, -0.95));
        close(rate_interval("over -5%"), (-5.25, -5.0));
        close(rate_interval("about -2%"), (-2.1, -1.9));
    }

    #[test]
    fn printed_precision() {
        close(amount_interval("600"), (599.5, 600.5));
        close(
            amount_interval("1,729.5 billion yuan"),
            (1729.45e9, 1729.55e9),
        );
        close(amount_interval("$2 Million"), (1.5e6, 2.5e6));
        close(rate_interval("15.6%"), (15.55, 15.65));
        close(rate_interval("5.90%"), (5.895, 5.905));
        close(rate_interval("4.0%"), (3.95, 4.05));
    }

    #[test]
    fn hedges() {
        close(amount_interval("nearly 600 billion yuan"), (570e9, 600e9));
        close(amount_interval("over 600"), (600.0, 630.0));
        close(amount_interval("about 20"), (19.0, 21.0));
        close(amount_interval("an estimated 20"), (19.0, 21.0));
        close(amount_interval("~20"), (19.0, 21.0));
        close(rate_interval("nearly 20%"), (19.0, 20.0));
        close(rate_interval("close to 20%"), (19.0, 20.0));
        let strict = Hedging::default().with_strict(true);
        let over: Stated<Rate> = "over 6%".parse().unwrap();
        assert_eq!(over.interval_with(&strict).hi, f64::INFINITY);
        let about: Stated<Rate> = "about 6%".parse().unwrap();
        let i = about.interval_with(&strict);
        close((i.lo, i.hi), (0.055, 0.065));
    }

    #[test]
    fn ranges() {
        close(rate_interval("20–25%"), (20.0, 25.0));
        close(rate_interval("5% to 7.3%"), (5.0, 7.3));
        close(rate_interval("about 11-12%"), (11.0, 12.0));
        close(amount_interval("7-8 billion USD"), (7e9, 8e9));
        let r: Stated<Amount> = "7-8 billion USD".parse().unwrap();
        assert_eq!(r.value().currency(), Some(crate::Currency::USD));
        close(rate_interval("-3%"), (-3.5, -2.5));
        close(rate_interval("-3.0%"), (-3.05, -2.95));
    }

    #[test]
    fn display_keeps_the_printed_form() {
        for text in [
            "nearly 600 billion CNY",
            "15.60%",
            "over 6%",
            "1,729.5 billion CNY",
            "10% to 15%",
        ] {
            let shown = match text.parse::<Stated<Amount>>() {
                Ok(a) if !text.contains('%') => a.to_string(),
                _ => text.parse::<Stated<Rate>>().unwrap().to_string(),
            };
            assert_eq!(shown, text);
        }
    }
}
