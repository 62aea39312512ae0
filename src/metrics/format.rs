//! Numbers with their units, as a reader expects them in Chinese and in English.

use crate::model::{units, Lang, Metric, MetricKind, MetricStatus, Qualifier};

use super::derived::Derived;
use super::number::num;

/// English readers get large Chinese units (万, 亿) converted to millions and billions.
fn english_scale(v: f64, unit: &str) -> (f64, &'static str) {
    match unit {
        "ten_thousand_tonnes" => (v / 100.0, "million t"),
        "hundred_million_yuan" => (v / 10.0, "billion yuan"),
        "ten_thousand_yuan" => (v / 100.0, "million yuan"),
        "ten_thousand_bricks" => (v / 100.0, "million standard bricks"),
        _ => (v, units::unit(unit).map_or("", |u| u.en)),
    }
}

/// The number of a quantity in the language's scale, without its unit.
fn bare(v: f64, unit: &str, lang: Lang) -> String {
    let v = match lang {
        Lang::Zh => v,
        Lang::En => english_scale(v, unit).0,
    };
    num(v, 3)
}

/// A quantity with its unit in the given language: `120万吨`, `1.2 million t`, `45%`.
pub fn quantity(v: f64, unit: &str, lang: Lang) -> String {
    let decimals = if v.fract() == 0.0 { 0 } else { 2 };
    match lang {
        Lang::Zh => format!("{}{}", num(v, decimals), units::unit(unit).map_or("", |u| u.zh)),
        Lang::En => {
            let (v, u) = english_scale(v, unit);
            let n = num(v, if v.fract() == 0.0 { 0 } else { 3 });
            match u {
                "" => n,
                "%" | "×" | "/h" => format!("{n}{u}"),
                _ => format!("{n} {u}"),
            }
        }
    }
}

/// The value of a stated metric as a reader would say it: `+139.18%`, `约7000平方米`, `15% → 45%`.
pub fn metric_value(m: &Metric, lang: Lang) -> String {
    let q = |v: f64| quantity(v, &m.unit, lang);
    let core = match m.kind {
        MetricKind::Change => {
            let sign = if m.value > 0.0 { "+" } else { "" };
            format!("{sign}{}", q(m.value))
        }
        MetricKind::BeforeAfter => match m.before {
            Some(b) => format!("{} → {}", q(b), q(m.value)),
            None => q(m.value),
        },
        MetricKind::Range => match m.high {
            Some(h) => format!("{}–{}", bare(m.value, &m.unit, lang), q(h)),
            None => q(m.value),
        },
        _ => q(m.value),
    };
    let core = match (m.qualifier, lang) {
        (Qualifier::Exact, _) => core,
        // "More than −20%" would read as a smaller fall; say which way it went.
        (Qualifier::MoreThan, Lang::En) if m.kind == MetricKind::Change => {
            format!(
                "{} more than {}",
                if m.value < 0.0 { "down" } else { "up" },
                quantity(m.value.abs(), &m.unit, lang)
            )
        }
        (Qualifier::About, Lang::Zh) => format!("约{core}"),
        (Qualifier::About, Lang::En) => format!("about {core}"),
        (Qualifier::MoreThan, Lang::Zh) => format!("{core}以上"),
        (Qualifier::MoreThan, Lang::En) => format!("more than {core}"),
        (Qualifier::Nearly, Lang::Zh) => format!("近{core}"),
        (Qualifier::Nearly, Lang::En) => format!("nearly {core}"),
    };
    match (m.status, lang) {
        (MetricStatus::Actual, _) => core,
        (MetricStatus::Target, Lang::Zh) => format!("目标 {core}"),
        (MetricStatus::Target, Lang::En) => format!("target {core}"),
    }
}

/// The value of a computed figure, rounded for reading.
pub fn derived_value(d: &Derived, lang: Lang) -> String {
    let decimals = match d.unit {
        "percent" | "percentage_points" | "times" => 1,
        _ => 0,
    };
    let rounded = |v: f64| {
        let p = 10f64.powi(decimals);
        (v * p).round() / p
    };
    let q = |v: f64| quantity(rounded(v), d.unit, lang);
    match d.high {
        Some(h) => format!("{}–{}", q(d.value), q(h)),
        None if d.kind == MetricKind::Change => {
            let sign = if d.value > 0.0 { "+" } else { "" };
            format!("{sign}{}", q(d.value))
        }
        None => q(d.value),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::wanzhou;

    fn metric(id: &str) -> Metric {
        wanzhou().metrics.into_iter().find(|m| m.id == id).unwrap()
    }

    #[test]
    fn formats_every_kind() {
        assert_eq!(metric_value(&metric("m-schneider-efficiency"), Lang::Zh), "+139.18%");
        assert_eq!(metric_value(&metric("m-schneider-cost"), Lang::Zh), "−28.5%");
        assert_eq!(metric_value(&metric("m-changan-automation"), Lang::Zh), "15% → 45%");
        assert_eq!(metric_value(&metric("m-centre-area"), Lang::Zh), "约7000平方米");
        assert_eq!(metric_value(&metric("m-centre-area"), Lang::En), "about 7000 m²");
        assert_eq!(metric_value(&metric("m-xiangyu-profit"), Lang::Zh), "目标 2–3亿元");
        assert_eq!(
            metric_value(&metric("m-xiangyu-profit"), Lang::En),
            "target 0.2–0.3 billion yuan"
        );
        assert_eq!(metric_value(&metric("m-xiangyu-salt"), Lang::En), "1.2 million t");
        assert_eq!(metric_value(&metric("m-district-coal-to-gas"), Lang::Zh), "20家以上");
        assert_eq!(
            metric_value(&metric("m-district-energy-per-value-added"), Lang::Zh),
            "−20%以上"
        );
        assert_eq!(
            metric_value(&metric("m-district-energy-per-value-added"), Lang::En),
            "down more than 20%"
        );
        assert_eq!(
            metric_value(&metric("m-jinlong-total-saving"), Lang::En),
            "35.825 million yuan"
        );
    }
}
