//! One drawing of a layout as SVG: segment boxes, lines and nodes inside the pan/zoom group.

use std::collections::HashSet;
use std::sync::Arc;

use leptos::prelude::*;

use super::graph_view::aria_label;
use super::highlight::use_highlight;
use super::scene::Scene;
use crate::charts::palette::{industry_hex, industry_shape};
use crate::layout::labels::LINE;
use crate::layout::{Band, LabelBox, Layout, LineStyle, NodePlace};
use crate::model::card::Coverage;
use crate::model::graph::{Graph, NodeKind};
use crate::model::Lang;
use crate::ui::i18n::{t, Msg};
use crate::ui::state::AppState;

/// The district's colour: slate.
const DISTRICT: &str = "#334155";

/// Node colour: its industry's hue, slate for the district, grey for nodes with no industry.
fn fill(g: &Graph, i: usize) -> String {
    match g.nodes[i].kind {
        NodeKind::District => DISTRICT.into(),
        _ => industry_hex(g.industry_rank(i)),
    }
}

fn line_class(style: LineStyle, inferred: bool) -> String {
    let kind = match style {
        LineStyle::BelongsTo => "belongs",
        LineStyle::Serves => "serves",
        LineStyle::PartOf => "part-of",
        LineStyle::Unlinked => "unlinked",
    };
    format!("edge {kind}{}", if inferred { " inferred" } else { "" })
}

#[component]
pub fn Drawing(
    layout: Arc<Layout>,
    places: Vec<Option<NodePlace>>,
    scene: Scene,
    selected: Memo<Option<usize>>,
    focus: Memo<Option<HashSet<usize>>>,
) -> impl IntoView {
    let state = AppState::expect();
    let data = state.data();
    let g = &data.graph;
    let lang = state.lang.get_untracked();
    let (w, h) = scene.size();
    let at = |i: usize| places.get(i).copied().flatten();
    let bands = layout
        .bands
        .iter()
        .enumerate()
        .map(|(k, b)| band_view(b, layout.bands.get(k + 1), lang))
        .collect_view();
    let edges = layout
        .edges
        .iter()
        .filter_map(|e| {
            let (p, q) = (at(e.a)?, at(e.b)?);
            Some(view! { <line class=line_class(e.style, e.inferred) data-a=e.a data-b=e.b x1=format!("{:.1}", p.x) y1=format!("{:.1}", p.y) x2=format!("{:.1}", q.x) y2=format!("{:.1}", q.y) /> })
        })
        .collect_view();
    let mut labels: Vec<Option<&LabelBox>> = vec![None; g.nodes.len()];
    for l in &layout.labels {
        if let Some(slot) = labels.get_mut(l.node) {
            *slot = Some(l);
        }
    }
    // One node takes Tab: the selected one if drawn, else the first drawn.
    let tab_stop = selected
        .get_untracked()
        .filter(|&i| at(i).is_some())
        .or_else(|| (0..g.nodes.len()).find(|&i| at(i).is_some()));
    let nodes = (0..g.nodes.len())
        .filter_map(|i| Some((i, at(i)?)))
        .map(|(i, p)| node_view(g, i, p, labels[i], lang, tab_stop == Some(i)))
        .collect_view();

    let svg = NodeRef::<leptos::svg::Svg>::new();
    let attaching = scene.clone();
    Effect::new(move |done: Option<bool>| {
        if done == Some(true) {
            return true;
        }
        let Some(el) = svg.get() else { return false };
        let data_key = std::sync::Arc::as_ptr(&state.loaded.get_untracked()) as usize;
        attaching.attach(
            el.into(),
            &layout,
            places.clone(),
            state.viewport.get_untracked(),
            data_key,
        );
        true
    });
    use_highlight(scene, focus, selected);
    view! {
        <svg
            node_ref=svg
            class="graph-svg"
            width=w
            height=h
            role="group"
            aria-label=t(Msg::GraphLabel, lang)
            aria-describedby="graph-key-help"
        >
            <g class="viewport">
                <g class="bands">{bands}</g>
                <g class="edges">{edges}</g>
                <g class="nodes">{nodes}</g>
            </g>
        </svg>
    }
}

fn band_view(b: &Band, next: Option<&Band>, lang: Lang) -> impl IntoView {
    let r = b.rect;
    let (class, status) = match b.coverage {
        Coverage::Present => ("band present", Msg::Present),
        Coverage::Planned => ("band planned", Msg::Planned),
        Coverage::Missing => ("band missing", Msg::Missing),
    };
    let line_h = b.font * LINE;
    let title = b
        .title
        .iter()
        .enumerate()
        .map(
            |(k, line)| view! { <tspan x=r.x0 + 12.0 y=r.y0 + 12.0 + line_h * (k as f64 + 0.8)>{line.clone()}</tspan> },
        )
        .collect_view();
    let status_y = r.y0 + 12.0 + line_h * (b.title.len() as f64 + 0.8);
    let status_text = b.segment.then(|| {
        let inferred = if b.inferred { format!(" · {}", t(Msg::Inferred, lang)) } else { String::new() };
        view! { <text class="band-status" x=r.x0 + 12.0 y=status_y font-size=b.font * 0.85>{format!("{}{inferred}", t(status, lang))}</text> }
    });
    // An arrow from this segment to the next, downstream.
    let arrow = next.filter(|n| b.segment && n.segment).map(|n| {
        let (x1, y1, x2, y2) = if n.rect.x0 > r.x1 {
            (r.x1 + 3.0, r.y0 + 30.0, n.rect.x0 - 3.0, r.y0 + 30.0)
        } else {
            let x = r.x0 + 30.0;
            (x, r.y1 + 3.0, x, n.rect.y0 - 3.0)
        };
        let head = if x2 > x1 {
            format!("{},{} {},{} {},{}", x2, y2, x2 - 7.0, y2 - 5.0, x2 - 7.0, y2 + 5.0)
        } else {
            format!("{},{} {},{} {},{}", x2, y2, x2 - 5.0, y2 - 7.0, x2 + 5.0, y2 - 7.0)
        };
        view! {
            <line class="band-arrow" x1=x1 y1=y1 x2=x2 y2=y2 />
            <polygon class="band-arrow-head" points=head />
        }
    });
    let class = format!(
        "{class}{}{}",
        if b.inferred { " inferred" } else { "" },
        if b.segment { "" } else { " others" }
    );
    view! {
        <g class=class data-testid="band">
            <rect x=r.x0 y=r.y0 width=r.x1 - r.x0 height=r.y1 - r.y0 rx="10" />
            <text class="band-title" font-size=b.font>{title}</text>
            {status_text}
            {arrow}
        </g>
    }
}

/// The node's mark: a square for a programme, a diamond for a project; the "5+10" tree's nodes
/// take their industry's shape (disc, triangle, hexagon, star, inverted triangle) as well as its colour.
fn mark(kind: NodeKind, rank: Option<usize>, r: f64, colour: String) -> AnyView {
    match kind {
        NodeKind::Programme => {
            view! { <rect class="dot" x=-r y=-r width=2.0 * r height=2.0 * r rx="2" fill=colour /> }.into_any()
        }
        NodeKind::Project => {
            let d = r * 1.3;
            view! { <polygon class="dot" points=format!("0,{} {},0 0,{} {},0", -d, d, d, -d) fill=colour /> }.into_any()
        }
        NodeKind::District => view! { <circle class="dot" r=r fill=colour /> }.into_any(),
        _ => match industry_shape(rank).points(r) {
            Some(points) => view! { <polygon class="dot" points=points fill=colour /> }.into_any(),
            None => view! { <circle class="dot" r=r fill=colour /> }.into_any(),
        },
    }
}

/// A small copy of a node's mark (its kind's or industry's shape, its colour), for the legend,
/// the list and search results.
pub fn swatch(kind: NodeKind, rank: Option<usize>) -> impl IntoView {
    let colour = if kind == NodeKind::District {
        DISTRICT.to_string()
    } else {
        industry_hex(rank)
    };
    // A clipped box rather than a small SVG: lists and search results draw many of them.
    let shape = match kind {
        NodeKind::Programme => "square",
        NodeKind::Project => "diamond",
        NodeKind::District => "disc",
        _ => industry_shape(rank).code(),
    };
    view! { <span class=format!("swatch {shape}") style:background-color=colour aria-hidden="true"></span> }
}

fn node_view(g: &Graph, i: usize, p: NodePlace, label: Option<&LabelBox>, lang: Lang, tab_stop: bool) -> impl IntoView {
    let n = &g.nodes[i];
    let text = label.map(|l| {
        let line_h = l.font * LINE;
        let top = l.y - p.y - line_h * (l.lines.len() as f64 - 1.0) / 2.0;
        let (x, font) = (l.x - p.x, l.font);
        let tspans = l
            .lines
            .iter()
            .enumerate()
            .map(|(k, line)| {
                // Words broken over lines keep their space, so the label reads as one text.
                let gap = if lang == Lang::En && k + 1 < l.lines.len() { " " } else { "" };
                view! { <tspan x=format!("{x:.1}") y=format!("{:.1}", top + line_h * k as f64)>{format!("{line}{gap}")}</tspan> }
            })
            .collect_view();
        let class = if l.on_node { "label on-node" } else { "label" };
        view! { <text class=class font-size=font dominant-baseline="central" text-anchor="middle">{tspans}</text> }
    });
    view! {
        <g
            class=format!("node {}", n.kind.code())
            data-id=n.id.clone()
            data-i=i
            role="button"
            tabindex=if tab_stop { "0" } else { "-1" }
            aria-label=aria_label(g, i, lang)
            aria-pressed="false"
            transform=format!("translate({:.1} {:.1})", p.x, p.y)
        >
            <circle class="halo" r=p.r + 5.0 />
            {mark(n.kind, g.industry_rank(i), p.r, fill(g, i))}
            {text}
        </g>
    }
}
