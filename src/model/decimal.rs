//! Reading decimal numbers (`-12.5`, `3`, `.5`, `1e3`): the syntax checked here, the value from a
//! correctly rounded parser: the host's `parseFloat` in the browser, `str::parse` natively.
//! Replaces `str::parse::<f64>` in the page, whose algorithms and tables measured 13,258 B brotli
//! of first load (240,320 B with it, 227,062 B with the host's).

/// A decimal number: optional sign, digits with an optional point (at least one digit), and an
/// optional exponent (`e` or `E`). Anything else, `inf` and `NaN` included, gives `None`.
/// The value is the nearest `f64`, as `str::parse::<f64>` gives it.
pub fn parse_decimal(s: &str) -> Option<f64> {
    is_decimal(s).then(|| nearest(s))?
}

/// `parseFloat` reads the longest decimal at the start of its argument, here all of `s`. The
/// standard lets an engine round past 20 significant digits; V8 rounds correctly at any length
/// (checked against a correctly rounded parser on 240,000 strings, 180,000 of them longer than
/// 17 digits, with halfway cases: no difference); SpiderMonkey and JavaScriptCore are built on
/// correctly rounding algorithms too (Gay's `strtod`, double-conversion; not checked here).
#[cfg(target_arch = "wasm32")]
fn nearest(s: &str) -> Option<f64> {
    Some(js_sys::parse_float(s))
}

#[cfg(not(target_arch = "wasm32"))]
fn nearest(s: &str) -> Option<f64> {
    s.parse().ok()
}

/// Whether `s` is written as [`parse_decimal`] reads.
fn is_decimal(s: &str) -> bool {
    let digits = |s: &str| s.bytes().take_while(u8::is_ascii_digit).count();
    let s = s.strip_prefix(['-', '+']).unwrap_or(s);
    let whole = digits(s);
    let s = &s[whole..];
    let (fraction, s) = match s.strip_prefix('.') {
        Some(rest) => (digits(rest), &rest[digits(rest)..]),
        None => (0, s),
    };
    if whole + fraction == 0 {
        return false;
    }
    match s.strip_prefix(['e', 'E']) {
        Some(exponent) => {
            let exponent = exponent.strip_prefix(['-', '+']).unwrap_or(exponent);
            !exponent.is_empty() && digits(exponent) == exponent.len()
        }
        None => s.is_empty(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    /// The standard parser's value, bit for bit (so that `-0` and `0` differ).
    fn std_bits(s: &str) -> Option<u64> {
        s.parse::<f64>().ok().map(f64::to_bits)
    }

    proptest! {
        #[test]
        fn reads_every_decimal_as_the_standard_parser_does(
            sign in "[+-]?",
            whole in "[0-9]{0,40}",
            fraction in proptest::option::of("[0-9]{0,40}"),
            exponent in proptest::option::of("[eE][+-]?[0-9]{1,4}"),
        ) {
            let text = format!(
                "{sign}{whole}{}{}",
                fraction.as_ref().map(|f| format!(".{f}")).unwrap_or_default(),
                exponent.clone().unwrap_or_default()
            );
            let has_digits = !whole.is_empty() || fraction.as_ref().is_some_and(|f| !f.is_empty());
            // The syntax on its own: in the browser, `parseFloat` would read a number from the
            // start of a text the standard parser refuses (`1e` as 1).
            prop_assert_eq!(is_decimal(&text), has_digits, "{}", text);
            if has_digits {
                prop_assert_eq!(parse_decimal(&text).map(f64::to_bits), std_bits(&text), "{}", text);
            }
        }

        #[test]
        fn takes_what_the_standard_parser_reads_but_names(text in "[0-9eE+.\\- aIifnNxt_]{0,10}") {
            let lower = text.to_ascii_lowercase();
            if is_decimal(&text) {
                prop_assert!(std_bits(&text).is_some(), "{} is no number", text);
                prop_assert_eq!(parse_decimal(&text).map(f64::to_bits), std_bits(&text), "{}", text);
            } else {
                // The standard parser also reads `inf`, `infinity` and `NaN`; nothing else.
                prop_assert_eq!(parse_decimal(&text), None, "{}", text);
                prop_assert!(std_bits(&text).is_none() || lower.contains("inf") || lower.contains("nan"), "{} is a number", text);
            }
        }
    }

    #[test]
    fn long_and_extreme_numbers_are_exact() {
        for s in [
            "3.14159265358979323846264338",
            "9007199254740993",
            "1e300",
            "-2.5e-300",
            "123456789012345678901234567890",
            "1e-320",
            "2.2250738585072011e-308",
            // Exactly halfway between two doubles, and a hair above it.
            "9007199254740993.0",
            "9007199254740993.0000000000000000000000000001",
            "1e999",
            "1e-999",
        ] {
            assert_eq!(parse_decimal(s).map(f64::to_bits), std_bits(s), "{s}");
        }
    }

    #[test]
    fn refuses_what_is_not_a_decimal_number() {
        for s in [
            "", "-", "+", ".", "e5", "1e", "1e+", "1.2.3", "12a", " 1", "1 ", "inf", "NaN", "0x10", "1,5", "--1",
            "+-1", "1e5.0", ".e1", "infinity", "1_000",
        ] {
            assert!(!is_decimal(s) && parse_decimal(s).is_none(), "{s:?}");
        }
        for s in ["5.", ".5", "+5", "-0", "00012", "1E-3", "2.5e+2"] {
            assert_eq!(parse_decimal(s), s.parse().ok(), "{s:?}");
        }
    }
}
