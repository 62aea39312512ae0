//! The charts on a card: improvement figures, before→after pairs and progress for an entity, counts for a group.

use crate::card::{Card, LinkRole};
use crate::charts::palette::industry_rgb;
use crate::charts::{Bar, Pair};
use crate::metrics::quantity;
use crate::model::graph::{Graph, NodeKind};
use crate::model::{Dataset, Lang, MetricKind, ProjectStatus};
use crate::ui::chart_figure::ChartView;
use crate::ui::chart_series::{change_bars, metric_bar, shares};
use crate::ui::i18n::{t, Msg};

fn count_bar(label: String, n: usize, rgb: (u8, u8, u8)) -> Bar {
    Bar {
        label,
        value: n as f64,
        value_text: n.to_string(),
        rgb,
    }
}

/// Every chart the card of `card` shows, at `width` pixels.
pub fn card_charts(d: &Dataset, g: &Graph, card: &Card, lang: Lang, width: u32) -> Vec<ChartView> {
    let Some(i) = g.index_of(&card.node.id) else {
        return Vec::new();
    };
    let rgb = match card.node.kind {
        NodeKind::District => (51, 65, 85),
        _ => industry_rgb(g.industry_rank(i)),
    };
    let name = card.node.label.get(lang);
    let mut charts = Vec::new();
    // Percent changes, stated and computed.
    let changes = change_bars(&card.metrics, &card.derived, rgb, lang);
    if !changes.is_empty() {
        let title = format!("{name} · {}", t(Msg::ChangeAxis, lang));
        charts.push(
            ChartView::bars(title, t(Msg::ChangeAxis, lang), changes, width, lang)
                .named(format!("{}-changes", card.node.id)),
        );
    }
    let pairs: Vec<Pair> = card
        .metrics
        .iter()
        .filter(|m| m.kind == MetricKind::BeforeAfter && m.unit == "percent")
        .filter_map(|m| {
            let before = m.before?;
            Some(Pair {
                label: m.label.get(lang).to_string(),
                before,
                after: m.value,
                before_text: quantity(before, &m.unit, lang),
                after_text: quantity(m.value, &m.unit, lang),
                rgb,
            })
        })
        .collect();
    if !pairs.is_empty() {
        let title = format!("{name} · {}", t(Msg::BeforeAfter, lang));
        charts.push(ChartView::dumbbell(title, pairs, width, lang).named(format!("{}-before-after", card.node.id)));
    }
    let shares = shares(&card.metrics, &card.derived, rgb, lang);
    if !shares.is_empty() && card.node.kind != NodeKind::District {
        let title = format!("{name} · {}", t(Msg::Progress, lang));
        charts.push(ChartView::bullet(title, shares, width, lang).named(format!("{}-progress", card.node.id)));
    }
    if !charts.is_empty() {
        return charts;
    }
    let counts: Vec<Bar> = match card.node.kind {
        NodeKind::Chain => {
            let enterprises = card
                .groups
                .iter()
                .filter(|g| g.role == LinkRole::Includes)
                .flat_map(|g| &g.items)
                .filter(|x| x.kind == NodeKind::Enterprise)
                .count();
            let mut bars = vec![count_bar(t(Msg::Enterprises, lang).to_string(), enterprises, rgb)];
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
        NodeKind::Industry => g
            .children(i)
            .filter(|&c| g.nodes[c].kind == NodeKind::Chain)
            .map(|c| count_bar(g.nodes[c].label.get(lang).to_string(), g.children(c).count(), rgb))
            .collect(),
        _ => card
            .metrics
            .iter()
            .filter(|m| m.kind == MetricKind::Count)
            .map(|m| metric_bar(m, rgb, lang))
            .collect(),
    };
    if !counts.is_empty() {
        let title = format!("{name} · {}", t(Msg::CountAxis, lang));
        charts.push(
            ChartView::bars(title, t(Msg::CountAxis, lang), counts, width, lang)
                .named(format!("{}-counts", card.node.id)),
        );
    }
    charts
}
