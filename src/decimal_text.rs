//! Numbers written as decimal text without the standard library's float formatter, whose
//! algorithms and tables add about 5 KB (brotli) to the page: `Fixed` for a set number of
//! decimals (coordinates, sizes), `Shortest` for the fewest digits that read back as the number.

use std::fmt::{self, Write};

/// The largest number of decimals written (any more would not scale in 128 bits).
const MAX_DECIMALS: u32 = 22;

/// Below this, and from `LARGE` up, `Shortest` writes the number in exponent form.
const SMALL: f64 = 1e-4;
const LARGE: f64 = 1e16;

/// `v` with exactly the given number of decimals (at most 22), rounded as `format!("{v:.N}")`
/// rounds (the exact binary value, ties to even), but with no minus sign on a zero. Numbers too
/// large to scale in 64 bits are written as `Shortest` writes them.
///
/// ```
/// use chain_map::decimal_text::Fixed;
/// assert_eq!(Fixed(12.345, 1).to_string(), "12.3");
/// assert_eq!(Fixed(-0.5, 2).to_string(), "-0.50");
/// assert_eq!(Fixed(-0.01, 1).to_string(), "0.0");
/// ```
#[derive(Clone, Copy, Debug)]
pub struct Fixed(pub f64, pub u32);

/// The fewest digits that read back as `v`, as `format!("{v}")` writes it, for numbers from 1e-4
/// to 1e16 (and zero); outside that range, up to 17 significant digits in exponent form
/// (`1.5e-9`), which read back as `v` too.
///
/// ```
/// use chain_map::decimal_text::Shortest;
/// assert_eq!(Shortest(139.18).to_string(), "139.18");
/// assert_eq!(Shortest(0.1 + 0.2).to_string(), "0.30000000000000004");
/// assert_eq!(Shortest(-7000.0).to_string(), "-7000");
/// ```
#[derive(Clone, Copy, Debug)]
pub struct Shortest(pub f64);

impl fmt::Display for Fixed {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let Fixed(v, decimals) = *self;
        let decimals = decimals.min(MAX_DECIMALS);
        if !v.is_finite() {
            return non_finite(v, f);
        }
        match scaled(v, decimals, Ties::ToEven) {
            Some(q) => write_scaled(f, v < 0.0, q, decimals),
            None => Shortest(v).fmt(f),
        }
    }
}

impl fmt::Display for Shortest {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let v = self.0;
        if !v.is_finite() {
            return non_finite(v, f);
        }
        let size = v.abs();
        if size == 0.0 {
            return f.write_str("0");
        }
        if !(SMALL..LARGE).contains(&size) {
            return exponent_form(f, v);
        }
        // The nearest number with that many decimals: the first that reads back is the shortest
        // (17 significant digits always do).
        for decimals in 0..=MAX_DECIMALS {
            match scaled(v, decimals, Ties::Up) {
                Some(q) if reads_back(size, q, decimals) => return write_scaled(f, v < 0.0, q, decimals),
                Some(_) => {}
                None => break,
            }
        }
        exponent_form(f, v)
    }
}

/// `mantissa` and `exponent` with `v` = `mantissa × 2^exponent` exactly, for a finite `v` ≥ 0.
fn parts(v: f64) -> (u64, i32) {
    let bits = v.to_bits();
    let fraction = bits & ((1 << 52) - 1);
    match ((bits >> 52) & 0x7ff) as i32 {
        0 => (fraction, -1074),
        e => (fraction | (1 << 52), e - 1075),
    }
}

/// Whether `q / 10^decimals` is read as `v` (> 0): it lies within half a unit in the last place
/// of `v` (a quarter below a power of two), the bounds included when `v`'s mantissa is even.
/// Compared exactly in 128 bits; numbers too large to compare do not count as read back.
fn reads_back(v: f64, q: u64, decimals: u32) -> bool {
    let (m, e) = parts(v);
    // In units of 2^(e - 2): the candidate is q × 2^(2 - e) / 10^decimals, v is 4m.
    let Some(shift) = u32::try_from(2 - e).ok() else {
        return false;
    };
    let candidate = u128::from(q).checked_mul(1u128.checked_shl(shift).unwrap_or(0));
    let scale = 10u128.pow(decimals);
    let low_gap = if m == 1 << 52 && e > -1074 { 1 } else { 2 };
    let (Some(candidate), Some(low), Some(high)) = (
        candidate.filter(|_| shift < 128),
        u128::from(4 * m - low_gap).checked_mul(scale),
        u128::from(4 * m + 2).checked_mul(scale),
    ) else {
        return false;
    };
    if m % 2 == 0 {
        (low..=high).contains(&candidate)
    } else {
        low < candidate && candidate < high
    }
}

fn non_finite(v: f64, f: &mut fmt::Formatter<'_>) -> fmt::Result {
    f.write_str(match v {
        v if v.is_nan() => "NaN",
        v if v > 0.0 => "inf",
        _ => "-inf",
    })
}

/// How a number exactly halfway is rounded: to even in `Fixed` and up in `Shortest`, as the
/// standard formatter does.
#[derive(Clone, Copy, PartialEq)]
enum Ties {
    ToEven,
    Up,
}

/// `|v| × 10^decimals` rounded to an integer, computed exactly from the binary value; `None` if
/// it does not fit in 64 bits.
fn scaled(v: f64, decimals: u32, ties: Ties) -> Option<u64> {
    let (mantissa, exponent) = parts(v.abs());
    // Below 2^53 × 10^22 < 2^127.
    let n = u128::from(mantissa) * 10u128.pow(decimals);
    let q = if exponent >= 0 {
        let shift = exponent as u32;
        if shift >= 64 || n > u128::from(u64::MAX) >> shift {
            return None;
        }
        n << shift
    } else {
        let shift = exponent.unsigned_abs();
        if shift >= 120 {
            // n / 2^shift is below 2^-10: rounds to zero.
            0
        } else {
            let q = n >> shift;
            let rest = n - (q << shift);
            let half = 1u128 << (shift - 1);
            if rest > half || (rest == half && (ties == Ties::Up || q & 1 == 1)) {
                q + 1
            } else {
                q
            }
        }
    };
    u64::try_from(q).ok()
}

/// The digits of `q` with a point before its last `decimals` digits.
fn write_scaled(f: &mut fmt::Formatter<'_>, negative: bool, q: u64, decimals: u32) -> fmt::Result {
    let mut buf = [b'0'; 40];
    let mut end = buf.len();
    let mut rest = q;
    let mut written = 0;
    // Every digit of q, and at least decimals + 1 of them (zeros in front).
    while rest > 0 || written <= decimals {
        if written == decimals && decimals > 0 {
            end -= 1;
            buf[end] = b'.';
        }
        end -= 1;
        buf[end] = b'0' + (rest % 10) as u8;
        rest /= 10;
        written += 1;
    }
    if negative && q > 0 {
        end -= 1;
        buf[end] = b'-';
    }
    f.write_str(std::str::from_utf8(&buf[end..]).unwrap_or_default())
}

/// `v` as `d.dddde±x` with the fewest significant digits (17 at most) that read back as `v`:
/// found on exact decimal expansions, so it holds at any magnitude.
fn exponent_form(f: &mut fmt::Formatter<'_>, v: f64) -> fmt::Result {
    let (m, e) = parts(v.abs());
    let exact = Decimal::of(m, e);
    // The midpoints to the neighbouring numbers (a quarter of a unit below a power of two).
    let low_gap = if m == 1 << 52 && e > -1074 { 1 } else { 2 };
    let low = Decimal::of(4 * m - low_gap, e - 2);
    let high = Decimal::of(4 * m + 2, e - 2);
    let mut shortest = exact.rounded(17);
    for k in 1..17 {
        let c = exact.rounded(k);
        let (above, below) = (c.cmp(&low), c.cmp(&high));
        let inside = if m % 2 == 0 {
            above.is_ge() && below.is_le()
        } else {
            above.is_gt() && below.is_lt()
        };
        if inside {
            shortest = c;
            break;
        }
    }
    if v < 0.0 {
        f.write_str("-")?;
    }
    for (k, d) in shortest.digits.iter().enumerate() {
        if k == 1 {
            f.write_str(".")?;
        }
        f.write_char(char::from(b'0' + d))?;
    }
    write!(f, "e{}", shortest.point - 1)
}

/// A number > 0 as `0.d₁d₂d₃… × 10^point`: its significant digits (the first not zero, none
/// trailing) and the power of ten.
struct Decimal {
    digits: Vec<u8>,
    point: i32,
}

impl Decimal {
    /// The exact value of `mantissa × 2^exponent` (`mantissa` > 0).
    fn of(mantissa: u64, exponent: i32) -> Decimal {
        let mut digits: Vec<u8> = mantissa.to_string().bytes().map(|b| b - b'0').collect();
        let mut point = digits.len() as i32;
        for _ in 0..exponent.max(0) {
            // Doubling: one more digit in front when the first one carries.
            let mut carry = 0;
            for d in digits.iter_mut().rev() {
                let x = *d * 2 + carry;
                *d = x % 10;
                carry = x / 10;
            }
            if carry > 0 {
                digits.insert(0, carry);
                point += 1;
            }
        }
        for _ in 0..(-exponent).max(0) {
            // Halving: a 5 more at the end when the last digit is odd.
            let mut rest = 0;
            for d in digits.iter_mut() {
                let x = rest * 10 + *d;
                *d = x / 2;
                rest = x % 2;
            }
            if rest > 0 {
                digits.push(5);
            }
        }
        let first = digits.iter().position(|&d| d != 0).unwrap_or(0);
        digits.drain(..first);
        Decimal {
            point: point - first as i32,
            digits,
        }
        .trimmed()
    }

    fn trimmed(mut self) -> Decimal {
        while self.digits.len() > 1 && self.digits.last() == Some(&0) {
            self.digits.pop();
        }
        self
    }

    /// Rounded to `k` significant digits, ties up (as `Shortest` rounds).
    fn rounded(&self, k: usize) -> Decimal {
        let mut digits = self.digits.clone();
        let mut point = self.point;
        if digits.len() > k {
            let rest = digits.split_off(k);
            if rest[0] >= 5 {
                // Carry from the last digit; out of the first, it becomes a 1 one place up.
                let mut at = k;
                loop {
                    if at == 0 {
                        digits.insert(0, 1);
                        digits.pop();
                        point += 1;
                        break;
                    }
                    at -= 1;
                    if digits[at] < 9 {
                        digits[at] += 1;
                        break;
                    }
                    digits[at] = 0;
                }
            }
        }
        Decimal { digits, point }.trimmed()
    }

    /// Compares two numbers > 0.
    fn cmp(&self, other: &Decimal) -> std::cmp::Ordering {
        let digit = |d: &Decimal, i: usize| d.digits.get(i).copied().unwrap_or(0);
        let len = self.digits.len().max(other.digits.len());
        self.point.cmp(&other.point).then_with(|| {
            (0..len)
                .map(|i| digit(self, i).cmp(&digit(other, i)))
                .find(|o| o.is_ne())
                .unwrap_or(std::cmp::Ordering::Equal)
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    /// 10^n, exact in an `f64` for n ≤ 22.
    fn power_of_ten(n: u32) -> f64 {
        (0..n).fold(1.0, |p, _| p * 10.0)
    }

    /// The standard formatter's text without the minus sign of a negative zero.
    fn std_fixed(v: f64, decimals: usize) -> String {
        let s = format!("{v:.decimals$}");
        match s.strip_prefix('-') {
            Some(rest) if rest.bytes().all(|b| b == b'0' || b == b'.') => rest.to_string(),
            _ => s,
        }
    }

    #[test]
    fn fixed_rounds_ties_as_the_standard_formatter_does() {
        for (v, d) in [
            (0.125, 2),
            (0.375, 2),
            (2.5, 0),
            (3.5, 0),
            (-2.5, 0),
            (0.05, 1),
            (1.005, 2),
            (1e15, 3),
        ] {
            assert_eq!(Fixed(v, d).to_string(), std_fixed(v, d as usize), "{v} to {d}");
        }
    }

    #[test]
    fn fixed_writes_zeros_in_front_and_no_negative_zero() {
        assert_eq!(Fixed(0.0, 0).to_string(), "0");
        assert_eq!(Fixed(0.004, 2).to_string(), "0.00");
        assert_eq!(Fixed(-0.004, 2).to_string(), "0.00");
        assert_eq!(Fixed(-0.0, 1).to_string(), "0.0");
        assert_eq!(Fixed(0.07, 3).to_string(), "0.070");
        assert_eq!(Fixed(-1234.5, 0).to_string(), "-1234");
    }

    #[test]
    fn non_finite_numbers_read_as_the_standard_formatter_writes_them() {
        for v in [f64::NAN, f64::INFINITY, f64::NEG_INFINITY] {
            assert_eq!(Fixed(v, 2).to_string(), format!("{v:.2}"));
            assert_eq!(Shortest(v).to_string(), format!("{v}"));
        }
    }

    #[test]
    fn fixed_falls_back_to_the_shortest_form_past_64_bits() {
        let v = 1e300;
        assert_eq!(Fixed(v, 2).to_string(), Shortest(v).to_string());
        assert_eq!(Shortest(v).to_string().parse::<f64>(), Ok(v));
    }

    #[test]
    fn shortest_writes_what_the_app_shows_as_the_standard_formatter_does() {
        for v in [
            0.0,
            1.0,
            -1.0,
            139.18,
            0.45,
            7000.0,
            1e15,
            9_007_199_254_740_993.0,
            0.1 + 0.2,
            1.0 / 3.0,
            2.0 / 3.0,
            5e-4,
        ] {
            assert_eq!(Shortest(v).to_string(), format!("{v}"), "{v:e}");
        }
    }

    #[test]
    fn extreme_numbers_take_the_exponent_form_with_the_fewest_digits() {
        for (v, text) in [
            (5e-7, "5e-7"),
            (-3.3e-8, "-3.3e-8"),
            (1e-300, "1e-300"),
            (5e-324, "5e-324"),
            (1e16, "1e16"),
            (123456789e20, "1.23456789e28"),
            (-4.2e100, "-4.2e100"),
            (f64::MAX, "1.7976931348623157e308"),
            (f64::MIN_POSITIVE, "2.2250738585072014e-308"),
            (0.1 * 3e-6, "3.0000000000000004e-7"),
        ] {
            assert_eq!(Shortest(v).to_string(), text);
            assert_eq!(text.parse::<f64>(), Ok(v), "{text}");
        }
    }

    proptest! {
        #[test]
        fn fixed_equals_the_standard_formatter(v in -1e12f64..1e12, d in 0u32..8) {
            prop_assert_eq!(Fixed(v, d).to_string(), std_fixed(v, d as usize));
        }

        #[test]
        fn fixed_equals_the_standard_formatter_on_any_bits(exponent in 0u64..1063, fraction in any::<u64>(), negative in any::<bool>(), d in 0u32..6) {
            // Every bit pattern below 2^40 (about 1e12), subnormal numbers included.
            let v = f64::from_bits(u64::from(negative) << 63 | exponent << 52 | fraction & ((1 << 52) - 1));
            prop_assert_eq!(Fixed(v, d).to_string(), std_fixed(v, d as usize));
        }

        #[test]
        fn shortest_equals_the_standard_formatter_on_decimals(digits in 1u64..1_000_000_000_000_000, point in any::<u32>(), negative in any::<bool>()) {
            // Up to 15 significant digits with the point anywhere from after the last digit to
            // three zeros before the first: every number a dataset states, in the plain range.
            let count = digits.ilog10() + 1;
            let v = digits as f64 / power_of_ten(point % (count + 4)) * if negative { -1.0 } else { 1.0 };
            prop_assert_eq!(Shortest(v).to_string(), format!("{v}"));
        }

        #[test]
        fn shortest_equals_the_standard_formatter_on_any_bits(exponent in 1009u64..1077, fraction in any::<u64>(), negative in any::<bool>()) {
            // Every bit pattern from 2^-14 to 2^54, then only those in range.
            let v = f64::from_bits(u64::from(negative) << 63 | exponent << 52 | fraction & ((1 << 52) - 1));
            prop_assume!(v.abs() >= SMALL && v.abs() < LARGE);
            prop_assert_eq!(Shortest(v).to_string(), format!("{v}"));
        }

        #[test]
        fn the_exponent_form_equals_the_standard_one_on_any_bits(exponent in prop_oneof![0u64..1010, 1076u64..2047], fraction in any::<u64>(), negative in any::<bool>()) {
            // Every finite bit pattern from 2^-13 down and from 2^53 up, then only those out of range.
            let v = f64::from_bits(u64::from(negative) << 63 | exponent << 52 | fraction & ((1 << 52) - 1));
            prop_assume!(v != 0.0 && !(SMALL..LARGE).contains(&v.abs()));
            prop_assert_eq!(Shortest(v).to_string(), format!("{v:e}"));
        }

        #[test]
        fn shortest_reads_back_on_any_bits(bits in any::<u64>()) {
            let v = f64::from_bits(bits);
            prop_assume!(v.is_finite());
            let s = Shortest(v).to_string();
            prop_assert_eq!(s.parse::<f64>(), Ok(v), "{}", s);
        }
    }
}
