//! The radial system view: district, industries, chains and enterprises, each node selectable.

use std::collections::HashSet;

use leptos::ev;
use leptos::prelude::*;

use crate::charts::palette::industry_hex;
use crate::layout::{radial, LabelBox, Layout, NodePlace};
use crate::model::graph::{Graph, NodeKind};
use crate::model::{Basis, Lang};
use crate::ui::i18n::{t, Msg};
use crate::ui::state::AppState;

/// Node colour: its industry's hue, slate for the district, grey for nodes with no industry.
fn fill(g: &Graph, i: usize) -> String {
    match g.nodes[i].kind {
        NodeKind::District => "#334155".into(),
        _ => industry_hex(g.industry_rank(i)),
    }
}

/// Accessible name: name, kind and, for groups, how many they hold.
fn aria_label(g: &Graph, i: usize, lang: Lang) -> String {
    let n = &g.nodes[i];
    let kids = g
        .children(i)
        .filter(|&c| {
            matches!(
                g.nodes[c].kind,
                NodeKind::Industry | NodeKind::Chain | NodeKind::Enterprise
            )
        })
        .count();
    let kind = n.kind.label();
    match (lang, kids) {
        (Lang::Zh, 0) => format!("{}，{}", n.name.zh, kind.zh),
        (Lang::Zh, k) => format!("{}，{}，含 {} 项", n.name.zh, kind.zh, k),
        (Lang::En, 0) => format!("{}, {}", n.name.get(lang), kind.en.to_lowercase()),
        (Lang::En, k) => format!("{}, {}, {} members", n.name.get(lang), kind.en.to_lowercase(), k),
    }
}

#[component]
pub fn SystemView() -> impl IntoView {
    let state = AppState::expect();
    let container = NodeRef::<leptos::html::Div>::new();
    let size = RwSignal::new((0.0_f64, 0.0_f64));
    let measure = move || {
        if let Some(el) = container.get_untracked() {
            let r = el.get_bounding_client_rect();
            size.set((r.width().floor(), r.height().floor()));
        }
    };
    Effect::new(move |_| measure());
    let resize = window_event_listener(ev::resize, move |_| measure());
    on_cleanup(move || resize.remove());

    let layout = Memo::new(move |_| {
        let (w, h) = size.get();
        (w > 50.0 && h > 50.0).then(|| radial(&state.data().graph, w, h, state.lang.get()))
    });
    // The selected node and its neighbours stay bright; the rest dims.
    let focus = Memo::new(move |_| {
        let id = state.selected.get()?;
        let data = state.data();
        let i = data.graph.index_of(&id)?;
        let mut keep: HashSet<usize> = data.graph.edges_of(i).map(|(_, o)| o).collect();
        keep.insert(i);
        Some(keep)
    });

    view! {
        <div class="graph" node_ref=container data-testid="graph">
            {move || layout.get().map(|l| view! { <GraphSvg layout=l focus=focus /> })}
        </div>
    }
}

#[component]
fn GraphSvg(layout: Layout, focus: Memo<Option<HashSet<usize>>>) -> impl IntoView {
    let state = AppState::expect();
    let data = state.data();
    let g = &data.graph;
    let lang = state.lang.get_untracked();
    let at = |i: usize| layout.nodes.get(i).copied().flatten();
    let edges = g
        .edges
        .iter()
        .filter(|e| g.nodes[e.from].parent == Some(e.to))
        .filter_map(|e| {
            let (a, b) = (at(e.from)?, at(e.to)?);
            let (from, to) = (e.from, e.to);
            let dim = move || focus.get().is_some_and(|f| !(f.contains(&from) && f.contains(&to)));
            let class = if e.basis == Basis::Inferred {
                "edge inferred"
            } else {
                "edge"
            };
            Some(view! { <line class=class class:dim=dim x1=a.x y1=a.y x2=b.x y2=b.y /> })
        })
        .collect_view();
    // Nodes the article ties to no chain or industry hang from the district on a faint dotted line.
    let loose = (0..g.nodes.len())
        .filter(|&i| {
            g.nodes[i]
                .parent
                .is_some_and(|p| !g.edges.iter().any(|e| e.from == i && e.to == p))
        })
        .filter_map(|i| {
            let (a, b) = (at(i)?, at(g.nodes[i].parent?)?);
            let dim = move || focus.get().is_some_and(|f| !f.contains(&i));
            Some(view! { <line class="edge unlinked" class:dim=dim x1=a.x y1=a.y x2=b.x y2=b.y /> })
        })
        .collect_view();
    let labels: Vec<Option<LabelBox>> = (0..g.nodes.len())
        .map(|i| layout.labels.iter().find(|l| l.node == i).cloned())
        .collect();
    let nodes = (0..g.nodes.len())
        .filter_map(|i| Some((i, at(i)?)))
        .map(|(i, p)| node_view(g, i, p, labels[i].clone(), lang, focus))
        .collect_view();
    view! {
        <svg
            class="graph-svg"
            viewBox=format!("0 0 {} {}", layout.width, layout.height)
            width=layout.width
            height=layout.height
            role="group"
            aria-label=t(Msg::GraphLabel, lang)
        >
            <g class="edges">{loose}{edges}</g>
            <g class="nodes">{nodes}</g>
        </svg>
    }
}

fn node_view(
    g: &Graph,
    i: usize,
    p: NodePlace,
    label: Option<LabelBox>,
    lang: Lang,
    focus: Memo<Option<HashSet<usize>>>,
) -> impl IntoView {
    let state = AppState::expect();
    let n = &g.nodes[i];
    let id = n.id.clone();
    let selected = {
        let id = id.clone();
        move || state.selected.get().as_deref() == Some(id.as_str())
    };
    let select = {
        let id = id.clone();
        move || state.select(Some(id.clone()))
    };
    let on_key = {
        let select = select.clone();
        move |ev: ev::KeyboardEvent| {
            if ev.key() == "Enter" || ev.key() == " " {
                ev.prevent_default();
                select();
            }
        }
    };
    let dim = move || focus.get().is_some_and(|f| !f.contains(&i));
    let text = label.map(|l| {
        let line_h = l.font * crate::layout::labels::LINE;
        let top = l.y - p.y - line_h * (l.lines.len() as f64 - 1.0) / 2.0;
        let (x, font) = (l.x - p.x, l.font);
        let tspans = l
            .lines
            .into_iter()
            .enumerate()
            .map(|(k, line)| view! { <tspan x=x y=top + line_h * k as f64>{line}</tspan> })
            .collect_view();
        let class = if l.on_node { "label on-node" } else { "label" };
        view! { <text class=class font-size=font dominant-baseline="central" text-anchor="middle">{tspans}</text> }
    });
    view! {
        <g
            class=format!("node {}", n.kind.code())
            class:selected=selected.clone()
            class:dim=dim
            data-id=id
            role="button"
            tabindex="0"
            aria-label=aria_label(g, i, lang)
            aria-pressed=move || if selected() { "true" } else { "false" }
            transform=format!("translate({:.1} {:.1})", p.x, p.y)
            on:click=move |_| select()
            on:keydown=on_key
        >
            <circle class="halo" r=p.r + 5.0 />
            <circle class="dot" r=p.r fill=fill(g, i) />
            {text}
        </g>
    }
}
