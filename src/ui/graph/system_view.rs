//! The radial system view: district, industries, chains and enterprises, each node selectable.

use std::collections::HashSet;

use leptos::ev;
use leptos::prelude::*;

use super::highlight::use_highlight;
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
        (w > 50.0 && h > 50.0).then(|| radial(&state.data().graph, &Default::default(), w, h, state.lang.get()))
    });
    view! {
        <div class="graph" node_ref=container data-testid="graph">
            {move || layout.get().map(|l| view! { <GraphSvg layout=l /> })}
        </div>
    }
}

#[component]
fn GraphSvg(layout: Layout) -> impl IntoView {
    let state = AppState::expect();
    let data = state.data();
    let g = &data.graph;
    let lang = state.lang.get_untracked();
    let at = |i: usize| layout.nodes.get(i).copied().flatten();
    let line = |a: usize, b: usize, class: &'static str| {
        let (p, q) = (at(a)?, at(b)?);
        Some(view! { <line class=class data-a=a data-b=b x1=p.x y1=p.y x2=q.x y2=q.y /> })
    };
    let edges = g
        .edges
        .iter()
        .filter(|e| g.nodes[e.from].parent == Some(e.to))
        .filter_map(|e| {
            line(
                e.from,
                e.to,
                if e.basis == Basis::Inferred {
                    "edge inferred"
                } else {
                    "edge"
                },
            )
        })
        .collect_view();
    // Nodes the article ties to no chain or industry hang from the district on a faint dotted line.
    let loose = (0..g.nodes.len())
        .filter_map(|i| {
            let p = g.nodes[i].parent?;
            (!g.edges_of(i).any(|(e, o)| o == p && e.from == i)).then_some((i, p))
        })
        .filter_map(|(i, p)| line(i, p, "edge unlinked"))
        .collect_view();
    let mut labels: Vec<Option<LabelBox>> = vec![None; g.nodes.len()];
    for l in &layout.labels {
        labels[l.node] = Some(l.clone());
    }
    let nodes = (0..g.nodes.len())
        .filter_map(|i| Some((i, at(i)?)))
        .map(|(i, p)| node_view(g, i, p, labels[i].take(), lang))
        .collect_view();

    // The selected node and its neighbours stay bright; the rest dims.
    let selected = Memo::new(move |_| {
        state
            .selected
            .with(|s| s.as_deref().and_then(|id| state.data().graph.index_of(id)))
    });
    let focus = Memo::new(move |_| {
        let i = selected.get()?;
        let data = state.data();
        let mut keep: HashSet<usize> = data.graph.edges_of(i).map(|(_, o)| o).collect();
        keep.insert(i);
        Some(keep)
    });
    let svg = NodeRef::<leptos::svg::Svg>::new();
    use_highlight(svg, g.nodes.len(), focus, selected);
    view! {
        <svg
            node_ref=svg
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

fn node_view(g: &Graph, i: usize, p: NodePlace, label: Option<LabelBox>, lang: Lang) -> impl IntoView {
    let state = AppState::expect();
    let n = &g.nodes[i];
    let id = n.id.clone();
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
            data-id=id
            data-i=i
            role="button"
            tabindex="0"
            aria-label=aria_label(g, i, lang)
            aria-pressed="false"
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
