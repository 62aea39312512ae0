//! A number written for a reader: rounded to a few decimals, no trailing zeros, a true minus sign.

/// A number with at most `max_decimals` decimals, trailing zeros dropped, and a true minus sign;
/// from 10^16 up, in exponent form (`1.5e20`).
///
/// ```
/// use chain_map::metrics::num;
/// assert_eq!(num(-28.50, 2), "−28.5");
/// assert_eq!(num(33.3333, 1), "33.3");
/// assert_eq!(num(30.0, 1), "30");
/// ```
pub fn num(v: f64, max_decimals: usize) -> String {
    let s = if v.abs() >= 1e16 {
        // Written out, such a number is a long row of digits that only look exact.
        format!("{:e}", v.abs())
    } else {
        let s = format!("{:.*}", max_decimals, v.abs());
        if s.contains('.') {
            s.trim_end_matches('0').trim_end_matches('.').to_string()
        } else {
            s
        }
    };
    if v < 0.0 && s.chars().any(|c| c != '0' && c != '.') {
        format!("−{s}")
    } else {
        s
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn num_never_prints_negative_zero() {
        assert_eq!(num(-0.001, 1), "0");
        assert_eq!(num(1234.6, 0), "1235");
    }

    #[test]
    fn huge_numbers_take_the_exponent_form_and_keep_their_digits() {
        assert_eq!(num(-1.5e20, 2), "−1.5e20");
        assert_eq!(num(1e300, 1), "1e300");
        assert_eq!(num(9_999_999_999_999_998.0, 0), "9999999999999998");
        assert_eq!(num(f64::INFINITY, 1), "inf");
    }
}
