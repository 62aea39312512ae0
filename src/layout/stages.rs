//! The chain view: one chain's segments from upstream to downstream, each box holding its members.

use crate::model::graph::{Graph, NodeKind, Relation};
use crate::model::stages::{stages as chain_stages, Coverage, StageView};
use crate::model::{Basis, Dataset, Lang};
use crate::text_metrics::text_width;

use super::labels::{wrap, LINE};
use super::radial::{node_radius, Lettering};
use super::{Band, LabelBox, Layout, NodePlace, Rect};

const MARGIN: f64 = 16.0;
const GAP: f64 = 28.0;
const PAD: f64 = 12.0;
/// Below this width segments stack top to bottom instead of left to right.
pub const STACK_BELOW: f64 = 640.0;

/// The members of one box: enterprises first, then projects.
struct Column {
    title: String,
    coverage: Coverage,
    inferred: bool,
    segment: bool,
    members: Vec<usize>,
}

/// The boxes of a chain: its segments in order, then one for members the source places in none.
fn columns(d: &Dataset, g: &Graph, chain: usize, lang: Lang) -> Vec<Column> {
    let id = &g.nodes[chain].id;
    let views: Vec<StageView> = chain_stages(d, g, id);
    let mut placed = vec![false; g.nodes.len()];
    let mut out: Vec<Column> = views
        .iter()
        .map(|s| {
            let members: Vec<usize> = s
                .enterprises
                .iter()
                .chain(s.projects.iter().map(|(p, _)| p))
                .filter_map(|item| g.index_of(&item.id))
                .filter(|&i| !std::mem::replace(&mut placed[i], true))
                .collect();
            Column {
                title: s.name.get(lang).to_string(),
                coverage: s.coverage,
                inferred: s.basis == Basis::Inferred,
                segment: true,
                members,
            }
        })
        .collect();
    let mut rest: Vec<usize> = g
        .edges_of(chain)
        .filter(|(e, o)| e.to == chain && matches!(e.relation, Relation::BelongsTo | Relation::PartOf) && !placed[*o])
        .map(|(_, o)| o)
        .collect();
    crate::order::sort_by_key(&mut rest, |&i| (g.nodes[i].kind == NodeKind::Project, i));
    rest.dedup();
    if !rest.is_empty() {
        let title = match (lang, out.is_empty()) {
            (Lang::Zh, true) => "文中所列成员",
            (Lang::En, true) => "Members named in the source",
            (Lang::Zh, false) => "文中未归入环节",
            (Lang::En, false) => "Not placed in a segment",
        };
        out.push(Column {
            title: title.into(),
            coverage: Coverage::Present,
            inferred: false,
            segment: false,
            members: rest,
        });
    }
    out
}

/// Lays out the chain `chain` (a node index) for a `width` × `height` view: left to right on wide
/// screens, top to bottom on narrow ones. The layout may be larger than the view (it is then fitted).
pub fn stages(d: &Dataset, g: &Graph, chain: usize, width: f64, height: f64, text: impl Into<Lettering>) -> Layout {
    let text = text.into();
    let lang = text.lang;
    if g.nodes.get(chain).is_none_or(|n| n.kind != NodeKind::Chain) || width <= 0.0 {
        return Layout::default();
    }
    let cols = columns(d, g, chain, lang);
    let stacked = width < STACK_BELOW;
    let head_font = text.font(NodeKind::Industry, width);
    let title_font = text.font(NodeKind::Chain, width);
    let font = text.font(NodeKind::Enterprise, width);
    let mut places = vec![None; g.nodes.len()];
    let mut labels = Vec::new();
    let mut bands = Vec::new();

    // The chain itself heads the picture.
    let head_r = node_radius(NodeKind::Chain) + 3.0;
    let head = NodePlace {
        x: MARGIN + head_r,
        y: MARGIN + head_r + 4.0,
        r: head_r,
    };
    places[chain] = Some(head);
    labels.push(label_right(
        chain,
        g.nodes[chain].name.get(lang),
        head,
        head_font,
        width - 3.0 * MARGIN,
    ));
    let top = head.y + head_r + 24.0;

    let n = cols.len().max(1) as f64;
    let band_w = if stacked {
        width - 2.0 * MARGIN
    } else {
        ((width - 2.0 * MARGIN - GAP * (n - 1.0)) / n).max(160.0)
    };
    let mut x = MARGIN;
    let mut y = top;
    let mut tallest: f64 = 0.0;
    for col in &cols {
        let title = wrap(&col.title, title_font, band_w - 2.0 * PAD);
        // Title lines, then one line for the segment's status.
        let mut cy = y + PAD + title_font * LINE * (title.len() as f64 + 1.0) + 10.0;
        for &i in &col.members {
            let r = node_radius(NodeKind::Enterprise);
            let label_w = band_w - 2.0 * PAD - 2.0 * r - 8.0;
            let lines = wrap(g.nodes[i].label.get(lang), font, label_w);
            let row = (font * LINE * lines.len() as f64).max(2.0 * r) + 10.0;
            let p = NodePlace {
                x: x + PAD + r,
                y: cy + row / 2.0,
                r,
            };
            places[i] = Some(p);
            labels.push(label_right(i, g.nodes[i].label.get(lang), p, font, label_w));
            cy += row;
        }
        let bottom = cy + PAD;
        bands.push(Band {
            rect: Rect {
                x0: x,
                y0: y,
                x1: x + band_w,
                y1: bottom,
            },
            title,
            font: title_font,
            coverage: col.coverage,
            inferred: col.inferred,
            segment: col.segment,
        });
        tallest = tallest.max(bottom - y);
        if stacked {
            y = bottom + GAP;
        } else {
            x += band_w + GAP;
        }
    }
    // Side by side, every box is as tall as the tallest so the row reads as one.
    if !stacked {
        for b in &mut bands {
            b.rect.y1 = b.rect.y0 + tallest.max(120.0);
        }
    }
    let content_w = if stacked { width } else { x - GAP + MARGIN };
    let content_h = bands.last().map_or(top, |b| b.rect.y1) + MARGIN;
    Layout {
        width: content_w.max(width),
        height: content_h.max(height),
        nodes: places,
        labels,
        edges: Vec::new(),
        bands,
        collisions: 0,
        full_size: text.large,
        ..Layout::default()
    }
}

/// A label set to the right of its node, wrapped to `max_width`.
fn label_right(node: usize, text: &str, p: NodePlace, font: f64, max_width: f64) -> LabelBox {
    let lines = wrap(text, font, max_width);
    let w = lines.iter().map(|l| text_width(l, font)).fold(0.0, f64::max) + 2.0;
    let h = font * (LINE * lines.len() as f64 + 0.1);
    let (cx, cy) = (p.x + p.r + 6.0 + w / 2.0, p.y);
    LabelBox {
        node,
        text: text.to_string(),
        lines,
        x: cx,
        y: cy,
        font,
        rect: Rect::around(cx, cy, w, h),
        on_node: false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::wanzhou;

    fn chain(id: &str, w: f64, lang: Lang) -> (Graph, Layout) {
        let d = wanzhou();
        let g = Graph::from_dataset(&d);
        let l = stages(&d, &g, g.index_of(id).unwrap(), w, 700.0, lang);
        (g, l)
    }

    #[test]
    fn aluminium_reads_upstream_to_downstream() {
        let (g, l) = chain("ch-aluminium", 1100.0, Lang::Zh);
        let covers: Vec<Coverage> = l.bands.iter().map(|b| b.coverage).collect();
        assert_eq!(covers[0], Coverage::Present, "alumina is present");
        assert!(covers.contains(&Coverage::Missing) && covers.contains(&Coverage::Planned));
        assert!(
            l.bands.iter().any(|b| b.inferred),
            "the missing segment is an inference"
        );
        for w in l.bands.windows(2) {
            assert!(w[0].rect.x1 < w[1].rect.x0, "left to right");
        }
        // Every member sits inside its segment's box; nothing overlaps.
        let members: Vec<NodePlace> = l.nodes.iter().flatten().copied().skip(1).collect();
        assert!(!members.is_empty());
        for p in l
            .nodes
            .iter()
            .enumerate()
            .filter_map(|(i, p)| p.filter(|_| g.nodes[i].kind != NodeKind::Chain))
        {
            assert!(l.bands.iter().any(|b| b.rect.hits_circle(p.x, p.y, 0.1)), "{p:?}");
        }
        assert!(l.overlaps().is_empty(), "{:?}", l.overlaps());
    }

    #[test]
    fn phones_stack_segments_and_a_chain_without_segments_lists_its_members() {
        let (_, l) = chain("ch-aluminium", 390.0, Lang::En);
        for w in l.bands.windows(2) {
            assert!(w[0].rect.y1 < w[1].rect.y0, "top to bottom");
        }
        assert!(l.width <= 390.0 && l.overlaps().is_empty());
        let (g, l) = chain("ch-lighting", 1100.0, Lang::Zh);
        assert_eq!(l.bands.len(), 1);
        assert_eq!(l.bands[0].title, ["文中所列成员"]);
        assert!(l.nodes[g.index_of("ent-schneider").unwrap()].is_some());
        assert!(l.nodes[g.index_of("ind-equipment").unwrap()].is_none());
    }

    #[test]
    fn not_a_chain_gives_nothing() {
        let d = wanzhou();
        let g = Graph::from_dataset(&d);
        assert_eq!(stages(&d, &g, 0, 800.0, 600.0, Lang::Zh), Layout::default());
        assert_eq!(stages(&d, &g, 10_000, 800.0, 600.0, Lang::Zh), Layout::default());
    }
}
