//! Chart rows made from figures, shared by cards and the dashboard: stated ones in the node's colour, computed ones grey.

use crate::charts::{Bar, Share};
use crate::metrics::{derived_value, metric_value, Derived};
use crate::model::{Lang, Metric, MetricKind};

/// Computed figures are drawn grey, so they never pass for stated ones.
pub const COMPUTED_GREY: (u8, u8, u8) = (107, 114, 128);

pub fn metric_bar(m: &Metric, rgb: (u8, u8, u8), lang: Lang) -> Bar {
    Bar {
        label: m.label.get(lang).to_string(),
        value: m.value,
        value_text: metric_value(m, lang),
        rgb,
    }
}

fn percent(kind: MetricKind) -> impl Fn(&&Derived) -> bool {
    move |x| x.kind == kind && x.unit == "percent"
}

/// Percent changes, stated then computed.
pub fn change_bars(metrics: &[&Metric], derived: &[Derived], rgb: (u8, u8, u8), lang: Lang) -> Vec<Bar> {
    let stated = metrics
        .iter()
        .filter(|m| m.kind == MetricKind::Change && m.unit == "percent")
        .map(|m| metric_bar(m, rgb, lang));
    let computed = derived.iter().filter(percent(MetricKind::Change)).map(|x| Bar {
        label: x.label.get(lang).to_string(),
        value: x.value,
        value_text: derived_value(x, lang),
        rgb: COMPUTED_GREY,
    });
    stated.chain(computed).collect()
}

/// Percent levels (rates, shares, progress), stated then computed.
pub fn shares(metrics: &[&Metric], derived: &[Derived], rgb: (u8, u8, u8), lang: Lang) -> Vec<Share> {
    let stated = metrics
        .iter()
        .filter(|m| m.kind == MetricKind::Share && m.unit == "percent")
        .map(|m| Share {
            label: m.label.get(lang).to_string(),
            value: m.value,
            value_text: metric_value(m, lang),
            rgb,
        });
    let computed = derived.iter().filter(percent(MetricKind::Share)).map(|x| Share {
        label: x.label.get(lang).to_string(),
        value: x.value,
        value_text: derived_value(x, lang),
        rgb: COMPUTED_GREY,
    });
    stated.chain(computed).collect()
}
