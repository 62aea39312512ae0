//! Bounding a number to a range without `f64::clamp`, whose check of its bounds panics (a blank
//! page, for a NaN size) and formats floats in its message (the float formatter, 5 KB of the page).

/// `v` within `low..=high`: `low` if `v` is below it or NaN, `high` if above; with `low` > `high`,
/// `high`.
pub fn clamp(v: f64, low: f64, high: f64) -> f64 {
    v.max(low).min(high)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bounds_as_f64_clamp_does_within_its_range() {
        for v in [-3.0, -1.0, 0.0, 0.5, 1.0, 7.0, f64::INFINITY, f64::NEG_INFINITY] {
            assert_eq!(clamp(v, -1.0, 1.0), v.clamp(-1.0, 1.0));
        }
    }

    #[test]
    fn never_panics_and_never_gives_nan() {
        assert_eq!(clamp(f64::NAN, 0.0, 1.0), 0.0);
        assert_eq!(clamp(5.0, 2.0, 1.0), 1.0);
        assert_eq!(clamp(0.5, f64::NAN, 1.0), 0.5);
    }
}
