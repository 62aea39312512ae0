//! Reading decimal numbers (`-12.5`, `3`, `.5`, `1e3`) without the standard library's float
//! parser, whose tables alone add about 11 KB (brotli) to the page.

/// Powers of ten that an `f64` holds exactly.
const EXACT: [f64; 23] = [
    1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20,
    1e21, 1e22,
];

/// Significant digits kept; later ones only move the exponent.
const KEPT: u32 = 19;

/// A decimal number: optional sign, digits with an optional point (at least one digit), and an
/// optional exponent (`e` or `E`). Anything else, `inf` and `NaN` included, gives `None`.
///
/// Up to 15 significant digits and exponents within ±22 (every number the app writes or reads in
/// practice) give exactly what `str::parse::<f64>` gives; beyond that, within a few units in the
/// last place.
pub fn parse_decimal(s: &str) -> Option<f64> {
    let bytes = s.as_bytes();
    let mut at = 0;
    let negative = match bytes.first() {
        Some(b'-') => {
            at = 1;
            true
        }
        Some(b'+') => {
            at = 1;
            false
        }
        _ => false,
    };
    let (mut mantissa, mut digits, mut kept, mut exponent) = (0u64, 0u32, 0u32, 0i32);
    let mut seen_point = false;
    while let Some(&b) = bytes.get(at) {
        match b {
            b'0'..=b'9' => {
                digits += 1;
                if kept < KEPT && (mantissa > 0 || b != b'0') {
                    mantissa = mantissa * 10 + u64::from(b - b'0');
                    kept += 1;
                    if seen_point {
                        exponent -= 1;
                    }
                } else if mantissa > 0 && !seen_point {
                    // A digit past the kept ones, before the point: one more power of ten.
                    exponent += 1;
                } else if mantissa == 0 && seen_point {
                    // A leading zero after the point.
                    exponent -= 1;
                }
            }
            b'.' if !seen_point => seen_point = true,
            _ => break,
        }
        at += 1;
    }
    if digits == 0 {
        return None;
    }
    if let Some(b'e' | b'E') = bytes.get(at) {
        at += 1;
        let sign = match bytes.get(at) {
            Some(b'-') => {
                at += 1;
                -1
            }
            Some(b'+') => {
                at += 1;
                1
            }
            _ => 1,
        };
        let start = at;
        let mut e: i32 = 0;
        while let Some(&b @ b'0'..=b'9') = bytes.get(at) {
            e = e.saturating_mul(10).saturating_add(i32::from(b - b'0'));
            at += 1;
        }
        if at == start {
            return None;
        }
        exponent = exponent.saturating_add(sign * e);
    }
    if at != bytes.len() {
        return None;
    }
    let value = scale(mantissa, exponent);
    Some(if negative { -value } else { value })
}

/// `mantissa × 10^exponent`: one correctly rounded operation when both factors are exact.
fn scale(mantissa: u64, exponent: i32) -> f64 {
    if mantissa == 0 {
        return 0.0;
    }
    let m = mantissa as f64;
    match usize::try_from(exponent.unsigned_abs()).ok().and_then(|e| EXACT.get(e)) {
        Some(p) if exponent >= 0 => m * p,
        Some(p) => m / p,
        None if exponent > 0 => m * 10f64.powi(exponent.min(400)),
        // Two steps, so that tiny values do not go through an infinite power of ten.
        None => m / 1e22 / 10f64.powi((-exponent - 22).min(400)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_what_the_app_writes_exactly_as_the_standard_parser() {
        let mut cases: Vec<String> = [
            "0",
            "-0",
            "1",
            "+5",
            "5.",
            ".5",
            "0.1",
            "0.3",
            "-12.5",
            "139.18",
            "1.250",
            "-340.5",
            "1e3",
            "1E-3",
            "2.5e+2",
            "00012",
            "0.000123",
            "123456789012345",
            "9007199254740993",
            "1e22",
            "4.35e-5",
        ]
        .iter()
        .map(|s| s.to_string())
        .collect();
        // Zoom and pan as the URL carries them, and kiosk seconds.
        let mut x: u64 = 0x2545_f491_4f6c_dd1d;
        for _ in 0..20_000 {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            let v = (x % 2_000_000_000) as f64 / 1000.0 - 1_000_000.0;
            cases.push(format!("{v:.3}"));
            cases.push(format!("{:.1}", v / 7.0));
            cases.push(format!("{}", (x % 100_000) as f64 / 100.0));
        }
        for s in cases {
            assert_eq!(parse_decimal(&s), s.parse::<f64>().ok(), "{s}");
        }
    }

    #[test]
    fn long_and_extreme_numbers_come_close() {
        for s in [
            "3.14159265358979323846264338",
            "1e300",
            "-2.5e-300",
            "123456789012345678901234567890",
            "1e-320",
        ] {
            let (ours, std) = (parse_decimal(s).unwrap(), s.parse::<f64>().unwrap());
            assert!((ours - std).abs() <= std.abs() * 1e-14, "{s}: {ours} vs {std}");
        }
        assert_eq!(parse_decimal("1e999"), Some(f64::INFINITY));
        assert_eq!(parse_decimal("1e-999"), Some(0.0));
    }

    #[test]
    fn refuses_what_is_not_a_decimal_number() {
        for s in [
            "", "-", "+", ".", "e5", "1e", "1e+", "1.2.3", "12a", " 1", "1 ", "inf", "NaN", "0x10", "1,5", "--1",
        ] {
            assert_eq!(parse_decimal(s), None, "{s:?}");
        }
    }
}
