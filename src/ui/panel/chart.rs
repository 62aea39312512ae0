//! The chart on a card: improvement figures for an entity, counts for a chain, industry or district.

use crate::charts::palette::industry_rgb;
use crate::charts::{bar_chart, Bar, BarChart};
use crate::metrics::{derived_value, metric_value};
use crate::model::card::{Card, LinkRole};
use crate::model::graph::{Graph, NodeKind};
use crate::model::{Dataset, Lang, MetricKind, ProjectStatus};
use crate::ui::i18n::{t, Msg};

fn count_bar(label: String, n: usize, rgb: (u8, u8, u8)) -> Bar {
    Bar {
        label,
        value: n as f64,
        value_text: n.to_string(),
        rgb,
    }
}

/// The card's chart as SVG, or `None` when the node has nothing to chart.
pub fn card_chart(d: &Dataset, g: &Graph, card: &Card, lang: Lang, width: u32) -> Option<String> {
    let i = g.index_of(&card.node.id)?;
    let rgb = match card.node.kind {
        NodeKind::District => (51, 65, 85),
        _ => industry_rgb(g.industry_rank(i)),
    };
    let name = card.node.label.get(lang);
    // Percent changes, stated and computed, make an improvement chart.
    let mut bars: Vec<Bar> = card
        .metrics
        .iter()
        .filter(|m| m.kind == MetricKind::Change && m.unit == "percent")
        .map(|m| Bar {
            label: m.label.get(lang).to_string(),
            value: m.value,
            value_text: metric_value(m, lang),
            rgb,
        })
        .collect();
    bars.extend(
        card.derived
            .iter()
            .filter(|d| d.unit == "percent" && d.high.is_none())
            .map(|d| Bar {
                label: d.label.get(lang).to_string(),
                value: d.value,
                value_text: derived_value(d, lang),
                rgb: (107, 114, 128),
            }),
    );
    if !bars.is_empty() {
        let title = format!("{name} · {}", t(Msg::ChangeAxis, lang));
        return Some(bar_chart(&BarChart {
            title,
            axis: t(Msg::ChangeAxis, lang).into(),
            bars,
            width,
            empty_text: t(Msg::NoData, lang).into(),
        }));
    }
    let bars: Vec<Bar> = match card.node.kind {
        NodeKind::Chain => {
            let enterprises = card
                .groups
                .iter()
                .filter(|g| g.role == LinkRole::Includes)
                .flat_map(|g| &g.items)
                .filter(|x| x.kind == NodeKind::Enterprise)
                .count();
            let mut bars = vec![count_bar(
                NodeKind::Enterprise.label().get(lang).to_string(),
                enterprises,
                rgb,
            )];
            for (status, msg) in [
                (ProjectStatus::Planned, Msg::Planned),
                (ProjectStatus::UnderConstruction, Msg::UnderConstruction),
                (ProjectStatus::Completed, Msg::Completed),
            ] {
                let n = d
                    .projects
                    .iter()
                    .filter(|p| p.status == status && p.chain.as_ref().is_some_and(|l| l.id == card.node.id))
                    .count();
                if n > 0 {
                    bars.push(count_bar(
                        format!("{}（{}）", t(Msg::Projects, lang), t(msg, lang)),
                        n,
                        rgb,
                    ));
                }
            }
            bars
        }
        NodeKind::Industry => card
            .groups
            .iter()
            .filter(|g| g.role == LinkRole::Includes)
            .flat_map(|gr| &gr.items)
            .filter(|item| item.kind == NodeKind::Chain)
            .filter_map(|item| g.index_of(&item.id))
            .map(|c| count_bar(g.nodes[c].label.get(lang).to_string(), g.children(c).count(), rgb))
            .collect(),
        _ => card
            .metrics
            .iter()
            .filter(|m| m.kind == MetricKind::Count)
            .map(|m| Bar {
                label: m.label.get(lang).to_string(),
                value: m.value,
                value_text: metric_value(m, lang),
                rgb,
            })
            .collect(),
    };
    if bars.is_empty() {
        return None;
    }
    let title = format!("{name} · {}", t(Msg::CountAxis, lang));
    Some(bar_chart(&BarChart {
        title,
        axis: t(Msg::CountAxis, lang).into(),
        bars,
        width,
        empty_text: t(Msg::NoData, lang).into(),
    }))
}
