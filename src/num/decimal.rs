//! Exact decimal shifts of `f64` values.
//!
//! Printed figures are decimal: "15.6%" means the fraction 0.156 and "1,729.5
//! billion" means 1,729,500,000,000. Multiplying by 0.01 or 1e9 in binary
//! rounds twice and can land one ulp away from the value the text names. This
//! module moves the decimal point in the *shortest round-trip decimal* of a
//! value instead, then parses once, so the result is the `f64` nearest to the
//! printed number, and shifting back and forth is an exact round trip.

use core::fmt::{self, Write};

/// The shortest decimal that round-trips to an `f64`: `digits × 10^exp`.
#[derive(Clone, Copy)]
pub(crate) struct Decimal {
    negative: bool,
    digits: [u8; 17],
    len: usize,
    /// Power of ten of the last digit.
    exp: i32,
}

/// A fixed stack buffer that implements `fmt::Write`, so formatting a float
/// does not allocate.
pub(crate) struct StackBuf {
    bytes: [u8; 48],
    len: usize,
}

impl StackBuf {
    pub(crate) fn new() -> StackBuf {
        StackBuf {
            bytes: [0; 48],
            len: 0,
        }
    }

    pub(crate) fn as_str(&self) -> &str {
        // Only `write_str` fills the buffer, and it copies whole `&str`s.
        core::str::from_utf8(&self.bytes[..self.len]).unwrap_or("")
    }
}

impl Write for StackBuf {
    fn write_str(&mut self, s: &str) -> fmt::Result {
        let end = self.len + s.len();
        if end > self.bytes.len() {
            return Err(fmt::Error);
        }
        self.bytes[self.len..end].copy_from_slice(s.as_bytes());
        self.len = end;
        Ok(())
    }
}

impl Decimal {
    /// The shortest round-trip decimal of a finite `x` (as Rust's `{:e}`
    /// prints it).
    pub(crate) fn of(x: f64) -> Decimal {
        let mut buf = StackBuf::new();
        // `{:e}` of a finite f64 is at most 24 bytes: "-1.2345678901234567e-308".
        let _ = write!(buf, "{x:e}");
        let s = buf.as_str();
        let (mantissa, exp) = s.split_once('e').unwrap_or((s, "0"));
        let exp: i32 = exp.parse().unwrap_or(0);
        let negative = mantissa.starts_with('-');
        let mut digits = [0u8; 17];
        let mut len = 0;
        let mut after_point = 0;
        let mut seen_point = false;
        for b in mantissa.bytes() {
            match b {
                b'0'..=b'9' if len < digits.len() => {
                    digits[len] = b - b'0';
                    len += 1;
                    if seen_point {
                        after_point += 1;
                    }
                }
                b'.' => seen_point = true,
                _ => {}
            }
        }
        Decimal {
            negative,
            digits,
            len,
            exp: exp - after_point,
        }
    }

    /// The same digits with the decimal point moved `places` to the right.
    pub(crate) fn shift(mut self, places: i32) -> Decimal {
        self.exp += places;
        self
    }

    /// The `f64` nearest to this decimal (may be infinite or zero when the
    /// shift went out of range).
    pub(crate) fn to_f64(self) -> f64 {
        let mut buf = StackBuf::new();
        if self.negative {
            let _ = buf.write_char('-');
        }
        for &d in &self.digits[..self.len] {
            let _ = buf.write_char(char::from(b'0' + d));
        }
        let _ = write!(buf, "e{}", self.exp);
        buf.as_str().parse().unwrap_or(f64::NAN)
    }

    /// Writes the value in plain positional notation (no exponent), with a
    /// comma between groups of three integer digits when `group` is set.
    pub(crate) fn write_plain(self, f: &mut impl Write, group: bool) -> fmt::Result {
        if self.negative {
            f.write_char('-')?;
        }
        if self.digits[..self.len].iter().all(|&d| d == 0) {
            // Zero has no digits to move: "0", whatever the shift.
            return f.write_char('0');
        }
        let n = self.len as i64;
        // Number of integer digits (may exceed the digit count: trailing zeros).
        let int_len = n + i64::from(self.exp);
        let digit = |i: i64| -> char {
            if (0..n).contains(&i) {
                char::from(b'0' + self.digits[i as usize])
            } else {
                '0'
            }
        };
        if int_len <= 0 {
            f.write_char('0')?;
        } else {
            for i in 0..int_len {
                if group && i > 0 && (int_len - i) % 3 == 0 {
                    f.write_char(',')?;
                }
                f.write_char(digit(i))?;
            }
        }
        if self.exp < 0 {
            f.write_char('.')?;
            for i in int_len.min(0)..0 {
                let _ = i;
                f.write_char('0')?;
            }
            for i in int_len.max(0)..n {
                f.write_char(digit(i))?;
            }
        }
        Ok(())
    }
}

/// Writes `s` honouring the formatter's width, fill and alignment (numbers
/// align right by default) but not its precision, which the caller has
/// already used to round.
pub(crate) fn pad(f: &mut fmt::Formatter<'_>, s: &str) -> fmt::Result {
    let len = s.chars().count();
    let width = f.width().unwrap_or(0);
    if len >= width {
        return f.write_str(s);
    }
    let fill = width - len;
    let (before, after) = match f.align() {
        Some(fmt::Alignment::Left) => (0, fill),
        Some(fmt::Alignment::Center) => (fill / 2, fill - fill / 2),
        Some(fmt::Alignment::Right) | None => (fill, 0),
    };
    for _ in 0..before {
        f.write_char(f.fill())?;
    }
    f.write_str(s)?;
    for _ in 0..after {
        f.write_char(f.fill())?;
    }
    Ok(())
}

/// `x` with `decimals` decimals and a comma between groups of three integer
/// digits: `1,729.5`. A value that rounds to zero prints without a minus
/// sign.
pub(crate) fn grouped(x: f64, decimals: usize) -> String {
    let plain = format!("{:.*}", decimals, x.abs());
    let (int, frac) = plain
        .split_once('.')
        .map_or((plain.as_str(), None), |(i, f)| (i, Some(f)));
    let negative = x < 0.0 && plain.bytes().any(|b| b != b'0' && b != b'.');
    let mut out = String::from(if negative { "-" } else { "" });
    for (i, c) in int.chars().enumerate() {
        if i > 0 && (int.len() - i) % 3 == 0 {
            out.push(',');
        }
        out.push(c);
    }
    if let Some(frac) = frac {
        out.push('.');
        out.push_str(frac);
    }
    out
}

/// `x × 10^places`, rounded once from the exact decimal shift of `x`'s
/// shortest representation.
pub(crate) fn shift(x: f64, places: i32) -> f64 {
    if x == 0.0 || !x.is_finite() {
        return x;
    }
    Decimal::of(x).shift(places).to_f64()
}

/// Whether the commas of a number group its integer digits in thousands
/// (`1,729`) or in the Indian way (`4,52,310`: threes at the end, twos
/// before), and none stands in its decimals.
pub(crate) fn grouped_well(s: &str) -> bool {
    if !s.as_bytes().contains(&b',') {
        return true;
    }
    let (int, frac) = s.split_once('.').unwrap_or((s, ""));
    if frac.contains(',') {
        return false;
    }
    // The groups from the last: three digits, then all threes (thousands)
    // or all twos (Indian), and a first group of one to three (or two).
    let mut groups = int.rsplit(',');
    let digits = |g: &str, n: core::ops::RangeInclusive<usize>| {
        n.contains(&g.len()) && g.bytes().all(|b| b.is_ascii_digit())
    };
    if !groups.next().is_some_and(|g| digits(g, 3..=3)) {
        return false;
    }
    let (mut threes, mut twos, mut count) = (true, true, 0);
    let mut first = "";
    for g in groups {
        if count > 0 {
            threes &= digits(first, 3..=3);
            twos &= digits(first, 2..=2);
        }
        first = g;
        count += 1;
    }
    count > 0 && ((threes && digits(first, 1..=3)) || (twos && digits(first, 1..=2)))
}

/// A full-width digit (`０` to `９`) as its ASCII digit; any other
/// character as itself.
pub(crate) fn ascii_digit(c: char) -> char {
    match c {
        '０'..='９' => char::from(b'0' + (c as u32 - '０' as u32) as u8),
        c => c,
    }
}

/// Why text did not parse as a number.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Unparsed {
    /// The text is not a plain decimal number.
    NotANumber,
    /// The text is a number, but too large in size for an `f64` (after the
    /// shift): 400 nines, or 10^300 trillion in base units.
    Overflow {
        /// Whether the number is negative.
        negative: bool,
    },
}

/// Parses a plain decimal number (`-12.5`, `1,729.5`, `4,22,000`, `.5`) whose
/// value is then multiplied by `10^places` exactly. Commas are accepted
/// between digits of the integer part only. Returns `None` for anything else,
/// and for a number too large for an `f64` (see [`parse_number`]), which would
/// otherwise come back as an infinity the text never spelled.
pub(crate) fn parse_scaled(s: &str, places: i32) -> Option<f64> {
    parse_number(s, places).ok()
}

/// [`parse_scaled`], saying why the text is not a number: the value is
/// always finite (it may underflow to zero), and a number whose size
/// overflows `f64` is [`Unparsed::Overflow`].
pub(crate) fn parse_number(s: &str, places: i32) -> Result<f64, Unparsed> {
    fast_number(s, places).map_or_else(|| parse_number_by_text(s, places), Ok)
}

/// Clinger's fast path: when the digits make an integer below 2^53 and the
/// power of ten is at most 10^22 (both exact in an `f64`), one
/// multiplication or division, correctly rounded, is the nearest `f64`.
/// `None` when the path does not apply (or the text is not a number).
fn fast_number(s: &str, places: i32) -> Option<f64> {
    const POW10: [f64; 23] = [
        1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16,
        1e17, 1e18, 1e19, 1e20, 1e21, 1e22,
    ];
    let bytes = s.as_bytes();
    let (negative, body) = match bytes.first() {
        Some(b'-') => (true, &bytes[1..]),
        Some(b'+') => (false, &bytes[1..]),
        _ => (false, bytes),
    };
    let mut mantissa: u64 = 0;
    let mut digits = 0;
    let mut after_point: Option<i32> = None;
    for (i, &b) in body.iter().enumerate() {
        match b {
            b'0'..=b'9' => {
                if digits >= 19 {
                    return None;
                }
                mantissa = mantissa * 10 + u64::from(b - b'0');
                digits += 1;
                if let Some(n) = after_point.as_mut() {
                    *n += 1;
                }
            }
            b',' if after_point.is_none()
                && digits > 0
                && body.get(i + 1).is_some_and(u8::is_ascii_digit) => {}
            b'.' if after_point.is_none() => after_point = Some(0),
            _ => return None,
        }
    }
    let exp = places.checked_sub(after_point.unwrap_or(0))?;
    if digits == 0 || mantissa >= 1 << 53 || exp.unsigned_abs() > 22 {
        return None;
    }
    #[allow(clippy::cast_precision_loss)] // below 2^53: exact
    let m = mantissa as f64;
    let power = POW10[exp.unsigned_abs() as usize];
    let x = if exp >= 0 { m * power } else { m / power };
    Some(if negative { -x } else { x })
}

/// [`parse_number`] through the standard library's parser, for any length.
fn parse_number_by_text(s: &str, places: i32) -> Result<f64, Unparsed> {
    let bytes = s.as_bytes();
    let mut out = String::with_capacity(s.len() + 8);
    let mut i = 0;
    if let Some(&sign) = bytes.first() {
        if sign == b'-' || sign == b'+' {
            if sign == b'-' {
                out.push('-');
            }
            i = 1;
        }
    }
    let mut digits = 0;
    let mut seen_point = false;
    while i < bytes.len() {
        let b = bytes[i];
        match b {
            b'0'..=b'9' => {
                out.push(char::from(b));
                digits += 1;
            }
            b',' if !seen_point
                && digits > 0
                && bytes.get(i + 1).is_some_and(u8::is_ascii_digit) => {}
            b'.' if !seen_point => {
                seen_point = true;
                out.push('.');
            }
            _ => return Err(Unparsed::NotANumber),
        }
        i += 1;
    }
    if digits == 0 {
        return Err(Unparsed::NotANumber);
    }
    let _ = write!(out, "e{places}");
    match out.parse::<f64>() {
        Ok(x) if x.is_finite() => Ok(x),
        Ok(x) => Err(Unparsed::Overflow { negative: x < 0.0 }),
        Err(_) => Err(Unparsed::NotANumber),
    }
}

#[cfg(test)]
mod tests {

    /// The grouping check agrees with regrouping the digits: a number is
    /// well grouped exactly when putting its commas back in thousands, or
    /// in the Indian way, gives it again.
    #[test]
    fn grouping_agrees_with_regrouping_the_digits() {
        let regroup = |digits: &str, indian: bool| {
            let mut out: Vec<char> = Vec::new();
            for (k, c) in digits.chars().rev().enumerate() {
                let comma = if indian {
                    k == 3 || (k > 3 && k % 2 == 1)
                } else {
                    k > 0 && k % 3 == 0
                };
                if comma {
                    out.push(',');
                }
                out.push(c);
            }
            out.iter().rev().collect::<String>()
        };
        let mut next = crate::testing::xorshift(0x5DEE_CE66_D1CE_4E5B);
        for _ in 0..50_000 {
            let len = 1 + (next() % 12) as usize;
            let s: String = (0..len)
                .map(|_| match next() % 5 {
                    0 => ',',
                    _ => char::from(b'0' + (next() % 10) as u8),
                })
                .collect();
            let s = if next().is_multiple_of(3) {
                format!("{s}.5")
            } else {
                s
            };
            let int = s.split('.').next().unwrap_or("");
            let digits: String = int.chars().filter(char::is_ascii_digit).collect();
            let plain = !int.contains(',')
                || (!digits.is_empty()
                    && !int.starts_with(',')
                    && (regroup(&digits, false) == int || regroup(&digits, true) == int));
            assert_eq!(grouped_well(&s), plain, "{s:?}");
        }
    }

    use super::*;

    #[track_caller]
    fn plain(x: f64, places: i32, group: bool) -> String {
        let mut s = String::new();
        Decimal::of(x)
            .shift(places)
            .write_plain(&mut s, group)
            .unwrap();
        s
    }

    #[test]
    fn fast_path_agrees_with_the_standard_parser() {
        let mut next = crate::testing::xorshift(0x2545_F491_4F6C_DD1D);
        let mut fast = 0;
        for _ in 0..200_000 {
            let len = 1 + next() % 20;
            let mut text: String = (0..len)
                .map(|_| char::from(b'0' + (next() % 10) as u8))
                .collect();
            if next().is_multiple_of(2) {
                let at = (next() % (len + 1)) as usize;
                text.insert(at, '.');
            }
            if next().is_multiple_of(4) {
                text.insert(0, '-');
            }
            let places = (next() % 61) as i32 - 30;
            if fast_number(&text, places).is_some() {
                fast += 1;
            }
            assert_eq!(
                parse_number(&text, places).map(f64::to_bits),
                parse_number_by_text(&text, places).map(f64::to_bits),
                "{text} e{places}"
            );
        }
        assert!(fast > 50_000, "the fast path ran {fast} times");
        for text in [
            "1,729.5",
            "4,22,000",
            ".5",
            "5.",
            "-0",
            "+12.5",
            "9007199254740993",
        ] {
            for places in [-2, 0, 9, 12] {
                assert_eq!(
                    parse_number(text, places).map(f64::to_bits),
                    parse_number_by_text(text, places).map(f64::to_bits),
                    "{text} e{places}"
                );
            }
        }
    }

    #[test]
    fn shifts_are_exact() {
        assert_eq!(shift(15.6, -2), 0.156);
        assert_eq!(shift(0.156, 2), 15.6);
        assert_eq!(shift(1729.5, 9), 1_729_500_000_000.0);
        assert_eq!(shift(1.7295, 12), 1_729_500_000_000.0);
        assert_eq!(shift(-3.0, -2), -0.03);
        assert_eq!(shift(5e-324, 0), 5e-324);
        assert_eq!(shift(1e300, 100), f64::INFINITY);
    }

    #[test]
    fn plain_notation() {
        let table = [
            (1_729_500_000_000.0, -9, true, "1,729.5"),
            (1_729_500_000_000.0, 0, true, "1,729,500,000,000"),
            (0.000_15, 0, false, "0.00015"),
            (0.156, 2, false, "15.6"),
            (-0.03, 2, false, "-3"),
            (123.0, 0, true, "123"),
            (1234.0, 0, true, "1,234"),
            (0.5, 0, true, "0.5"),
        ];
        for (x, places, group, want) in table {
            assert_eq!(plain(x, places, group), want, "{x} shifted {places}");
        }
    }

    #[test]
    fn parse_with_separators() {
        assert_eq!(parse_scaled("1,729.5", 9), Some(1_729_500_000_000.0));
        assert_eq!(parse_scaled("4,22,000", 0), Some(422_000.0));
        assert_eq!(parse_scaled("15.6", -2), Some(0.156));
        assert_eq!(parse_scaled(".5", 0), Some(0.5));
        assert_eq!(parse_scaled("-3", -2), Some(-0.03));
        for bad in ["", ",5", "1,", "1.2.3", "1..2", "abc", "1e5", "-", "1.5,0"] {
            assert_eq!(parse_scaled(bad, 0), None, "{bad:?}");
            assert_eq!(parse_number(bad, 0), Err(Unparsed::NotANumber), "{bad:?}");
        }
    }

    #[test]
    fn overflow_is_not_an_infinity() {
        let nines = "9".repeat(400);
        assert_eq!(
            parse_number(&nines, 0),
            Err(Unparsed::Overflow { negative: false })
        );
        assert_eq!(
            parse_number(&format!("-{nines}"), -2),
            Err(Unparsed::Overflow { negative: true })
        );
        assert_eq!(parse_scaled(&nines, 0), None);
        // 1e300 is finite; a trillion of it is not.
        let big = format!("1{}", "0".repeat(300));
        assert_eq!(parse_number(&big, 0), Ok(1e300));
        assert_eq!(
            parse_number(&big, 12),
            Err(Unparsed::Overflow { negative: false })
        );
        // Underflow is a number: zero.
        assert_eq!(parse_number(&format!("0.{}1", "0".repeat(400)), 0), Ok(0.0));
    }
}
