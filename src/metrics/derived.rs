//! Figures the article implies but does not state, computed from stated metrics.

use crate::model::{units, Dataset, Metric, MetricKind, Text};

use super::number::num;

/// A computed figure with the formula that produced it.
#[derive(Debug, Clone, PartialEq)]
pub struct Derived {
    /// Entity the figure belongs to.
    pub entity: String,
    pub label: Text,
    pub value: f64,
    /// Upper end, when the figure is a range.
    pub high: Option<f64>,
    /// Unit code (see [`crate::model::units`]).
    pub unit: &'static str,
    /// A change (energy intensity, percentage points) or a level (a completed share, a rate per hour).
    pub kind: MetricKind,
    pub period: Text,
    /// The arithmetic, with the stated inputs filled in.
    pub formula: Text,
    /// Ids of the stated metrics it was computed from.
    pub inputs: Vec<String>,
}

/// Change in energy use per unit of output when output changes by `output_pct` and energy use by `energy_pct`.
///
/// ```
/// let v = chain_map::metrics::energy_per_output_change(26.7, -10.6);
/// assert!((v - (-29.4396)).abs() < 1e-3);
/// ```
pub fn energy_per_output_change(output_pct: f64, energy_pct: f64) -> f64 {
    ((1.0 + energy_pct / 100.0) / (1.0 + output_pct / 100.0) - 1.0) * 100.0
}

/// Units made per hour when one unit takes `seconds`.
pub fn per_hour(seconds: f64) -> f64 {
    3600.0 / seconds
}

/// The metrics among `ms` (all of one entity) that measure `measure`.
fn by_measure<'a>(ms: &[&'a Metric], measure: &str) -> Vec<&'a Metric> {
    ms.iter()
        .copied()
        .filter(|m| m.measure.as_deref() == Some(measure))
        .collect()
}

fn text(zh: String, en: String) -> Text {
    Text { zh, en }
}

/// Every figure derivable from a dataset, for all entities (grouped by entity, so linear in the metrics).
pub fn derived(d: &Dataset) -> Vec<Derived> {
    let mut by_entity: Vec<&Metric> = d.metrics.iter().collect();
    crate::order::sort_by(&mut by_entity, |a, b| a.entity.cmp(&b.entity));
    by_entity
        .chunk_by(|a, b| a.entity == b.entity)
        .flat_map(|ms| derived_from(&ms[0].entity, ms))
        .collect()
}

/// The derived figures of one entity.
pub fn derived_for(d: &Dataset, entity: &str) -> Vec<Derived> {
    let ms: Vec<&Metric> = d.metrics.iter().filter(|m| m.entity == entity).collect();
    derived_from(entity, &ms)
}

fn derived_from(e: &str, ms: &[&Metric]) -> Vec<Derived> {
    let mut out = Vec::new();
    energy_intensity(ms, e, &mut out);
    throughput(ms, e, &mut out);
    completion(ms, e, &mut out);
    implied_output(ms, e, &mut out);
    for m in ms.iter().filter(|m| m.kind == MetricKind::BeforeAfter) {
        before_after(m, &mut out);
    }
    out
}

fn energy_intensity(ms: &[&Metric], e: &str, out: &mut Vec<Derived>) {
    for o in by_measure(ms, "output_growth") {
        for en in by_measure(ms, "energy_use_change")
            .into_iter()
            .filter(|en| en.period == o.period)
        {
            let v = energy_per_output_change(o.value, en.value);
            out.push(Derived {
                entity: e.into(),
                label: text(
                    "单位产值能耗（推算）".into(),
                    "Energy use per unit of output (computed)".into(),
                ),
                value: v,
                high: None,
                unit: "percent",
                kind: MetricKind::Change,
                period: o.period.clone(),
                formula: text(
                    format!(
                        "(1 {} {}%) ÷ (1 {} {}%) − 1 = {}%",
                        sign(en.value),
                        num(en.value.abs(), 1),
                        sign(o.value),
                        num(o.value.abs(), 1),
                        num(v, 1)
                    ),
                    format!(
                        "(1 {} {}%) / (1 {} {}%) − 1 = {}%",
                        sign(en.value),
                        num(en.value.abs(), 1),
                        sign(o.value),
                        num(o.value.abs(), 1),
                        num(v, 1)
                    ),
                ),
                inputs: vec![o.id.clone(), en.id.clone()],
            });
        }
    }
}

fn sign(v: f64) -> &'static str {
    if v < 0.0 {
        "−"
    } else {
        "+"
    }
}

fn throughput(ms: &[&Metric], e: &str, out: &mut Vec<Derived>) {
    for m in by_measure(ms, "time_per_unit") {
        let seconds = match m.unit.as_str() {
            "seconds" => m.value,
            "minutes" => m.value * 60.0,
            _ => continue,
        };
        if seconds <= 0.0 {
            continue;
        }
        let v = per_hour(seconds);
        out.push(Derived {
            entity: e.into(),
            label: text("每小时产出（推算）".into(), "Output per hour (computed)".into()),
            value: v,
            high: None,
            unit: "per_hour",
            kind: MetricKind::Amount,
            period: m.period.clone(),
            formula: text(
                format!("3600 秒 ÷ {} 秒 = {}", num(seconds, 0), num(v, 0)),
                format!("3600 s / {} s = {}", num(seconds, 0), num(v, 0)),
            ),
            inputs: vec![m.id.clone()],
        });
    }
}

fn completion(ms: &[&Metric], e: &str, out: &mut Vec<Derived>) {
    for done in by_measure(ms, "projects_completed") {
        for total in by_measure(ms, "projects_total").into_iter().filter(|t| t.value > 0.0) {
            let v = done.value / total.value * 100.0;
            out.push(Derived {
                entity: e.into(),
                label: text(
                    "项目竣工比例（推算）".into(),
                    "Share of projects completed (computed)".into(),
                ),
                value: v,
                high: None,
                unit: "percent",
                kind: MetricKind::Share,
                period: done.period.clone(),
                formula: text(
                    format!("{} ÷ {} = {}%", num(done.value, 0), num(total.value, 0), num(v, 1)),
                    format!("{} / {} = {}%", num(done.value, 0), num(total.value, 0), num(v, 1)),
                ),
                inputs: vec![done.id.clone(), total.id.clone()],
            });
        }
    }
}

/// Total savings over per-tonne savings bound the output they were computed on.
fn implied_output(ms: &[&Metric], e: &str, out: &mut Vec<Derived>) {
    let per_tonne: Vec<&Metric> = by_measure(ms, "saving_per_tonne")
        .into_iter()
        .filter(|m| m.unit == "yuan_per_tonne" && m.value > 0.0)
        .collect();
    for total in by_measure(ms, "total_saving") {
        let yuan = match total.unit.as_str() {
            "ten_thousand_yuan" => total.value * 1e4,
            "hundred_million_yuan" => total.value * 1e8,
            _ => continue,
        };
        let (Some(max), Some(min)) = (
            per_tonne.iter().map(|m| m.value).reduce(f64::max),
            per_tonne.iter().map(|m| m.value).reduce(f64::min),
        ) else {
            continue;
        };
        let (low, high) = (yuan / max, yuan / min);
        let total_text = format!(
            "{} {}",
            num(total.value, 2),
            units::unit(&total.unit).map_or("", |u| u.zh)
        );
        out.push(Derived {
            entity: e.into(),
            label: text(
                "隐含的总产量区间（推算）".into(),
                "Implied total output range (computed)".into(),
            ),
            value: low,
            high: Some(high),
            unit: "tonnes",
            kind: MetricKind::Range,
            period: total.period.clone(),
            formula: text(
                format!(
                    "{total_text} ÷ {} 元/吨 = {} 吨；÷ {} 元/吨 = {} 吨",
                    num(max, 0),
                    num(low, 0),
                    num(min, 0),
                    num(high, 0)
                ),
                format!(
                    "{} yuan / {} yuan/t = {} t; / {} yuan/t = {} t",
                    num(yuan, 0),
                    num(max, 0),
                    num(low, 0),
                    num(min, 0),
                    num(high, 0)
                ),
            ),
            inputs: std::iter::once(total.id.clone())
                .chain(per_tonne.iter().map(|m| m.id.clone()))
                .collect(),
        });
    }
}

fn before_after(m: &Metric, out: &mut Vec<Derived>) {
    let Some(before) = m.before else { return };
    if m.unit == "percent" {
        let v = m.value - before;
        out.push(Derived {
            entity: m.entity.clone(),
            label: text(
                format!("{}提升（推算）", m.label.zh),
                format!("{}: change (computed)", m.label.en),
            ),
            value: v,
            high: None,
            unit: "percentage_points",
            kind: MetricKind::Change,
            period: m.period.clone(),
            formula: text(
                format!("{}% − {}% = {} 个百分点", num(m.value, 1), num(before, 1), num(v, 1)),
                format!("{}% − {}% = {} pp", num(m.value, 1), num(before, 1), num(v, 1)),
            ),
            inputs: vec![m.id.clone()],
        });
    }
    if before > 0.0 {
        let v = m.value / before;
        out.push(Derived {
            entity: m.entity.clone(),
            label: text(
                format!("{}倍数（推算）", m.label.zh),
                format!("{}: multiple (computed)", m.label.en),
            ),
            value: v,
            high: None,
            unit: "times",
            kind: MetricKind::Amount,
            period: m.period.clone(),
            formula: text(
                format!("{} ÷ {} = {} 倍", num(m.value, 1), num(before, 1), num(v, 1)),
                format!("{} / {} = {}×", num(m.value, 1), num(before, 1), num(v, 1)),
            ),
            inputs: vec![m.id.clone()],
        });
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::wanzhou;

    fn find<'a>(all: &'a [Derived], entity: &str, unit: &str) -> &'a Derived {
        all.iter()
            .find(|x| x.entity == entity && x.unit == unit)
            .unwrap_or_else(|| panic!("{entity} {unit}"))
    }

    #[test]
    fn district_energy_per_output() {
        let all = derived(&wanzhou());
        let x = find(&all, "wanzhou", "percent");
        assert_eq!(num(x.value, 1), "−29.4");
        assert_eq!(x.formula.zh, "(1 − 10.6%) ÷ (1 + 26.7%) − 1 = −29.4%");
        assert_eq!(x.inputs, ["m-district-output-growth", "m-district-energy-change"]);
    }

    #[test]
    fn hourly_throughput() {
        let all = derived(&wanzhou());
        assert_eq!(find(&all, "ent-schneider", "per_hour").value, 120.0);
        assert_eq!(find(&all, "ent-changan-kuayue", "per_hour").value, 20.0);
    }

    #[test]
    fn automation_before_after() {
        let all = derived(&wanzhou());
        assert_eq!(find(&all, "ent-changan-kuayue", "percentage_points").value, 30.0);
        assert_eq!(find(&all, "ent-changan-kuayue", "times").value, 3.0);
    }

    #[test]
    fn project_library_completion() {
        let all = derived(&wanzhou());
        assert_eq!(num(find(&all, "prog-project-library", "percent").value, 1), "33.3");
    }

    #[test]
    fn jinlong_implied_output_bounds() {
        let all = derived(&wanzhou());
        let x = find(&all, "ent-jinlong", "tonnes");
        assert_eq!(num(x.value, 0), "65374");
        assert_eq!(num(x.high.unwrap(), 0), "76549");
    }

    #[test]
    fn nothing_derived_without_inputs() {
        let mut d = wanzhou();
        d.metrics
            .retain(|m| m.measure.is_none() && m.kind != MetricKind::BeforeAfter);
        assert!(derived(&d).is_empty());
    }
}
