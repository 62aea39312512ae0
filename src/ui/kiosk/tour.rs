//! The attract tour: each industry, then each chain, selected in turn with its key figure as a caption.

use leptos::prelude::*;

use super::Kiosk;
use crate::metrics::aggregate::tally;
use crate::metrics::quantity;
use crate::model::graph::NodeKind;
use crate::model::Lang;
use crate::ui::state::AppState;

/// The key figure of an industry or chain: what it holds, and its projects' investment when known.
pub fn key_figure(state: AppState, id: &str, lang: Lang) -> String {
    let data = state.data();
    let t = tally(&data.dataset, &data.graph, id);
    let kind = data.graph.node(id).map(|n| n.kind);
    let mut parts = Vec::new();
    if kind == Some(NodeKind::Industry) {
        parts.push(match lang {
            Lang::Zh => format!("{} 条产业链", t.chains),
            Lang::En => format!("{} chains", t.chains),
        });
    }
    parts.push(match lang {
        Lang::Zh => format!("{} 家企业", t.enterprises),
        Lang::En => format!("{} enterprises", t.enterprises),
    });
    let projects = t.planned + t.under_way + t.completed;
    if projects > 0 {
        parts.push(match lang {
            Lang::Zh => format!("{projects} 个项目"),
            Lang::En => format!("{projects} projects"),
        });
    }
    if let Some((sum, _)) = t.investment {
        parts.push(match lang {
            Lang::Zh => format!("投资 {}", quantity(sum, "hundred_million_yuan", lang)),
            Lang::En => format!("{} invested", quantity(sum, "hundred_million_yuan", lang)),
        });
    }
    parts.join(if lang == Lang::Zh { "，" } else { ", " })
}

/// Shows step `step` of the tour (it loops).
pub fn show(state: AppState, kiosk: Kiosk, step: usize) {
    let data = state.data();
    let g = &data.graph;
    let stops: Vec<usize> = [NodeKind::Industry, NodeKind::Chain]
        .into_iter()
        .flat_map(|kind| (0..g.nodes.len()).filter(move |&i| g.nodes[i].kind == kind))
        .collect();
    if stops.is_empty() {
        return;
    }
    let node = &g.nodes[stops[step % stops.len()]];
    let lang = state.lang.get_untracked();
    let caption = format!("{} · {}", node.name.get(lang), key_figure(state, &node.id, lang));
    state.select(Some(node.id.clone()));
    kiosk.caption.set(Some(caption));
}
