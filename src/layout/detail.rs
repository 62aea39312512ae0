//! Names by level of detail: as the visitor zooms in, the enterprises a drawing left unnamed get
//! their names, set to read at the usual size on screen wherever they fit.

use super::labels::{place_where_clear, LabelRequest};
use super::radial::Lettering;
use super::{LabelBox, Layout, NodePlace, Rect};
use crate::math;
use crate::model::graph::{Graph, NodeKind};

/// From this zoom (screen pixels per drawing pixel) names are set for the zoom reached.
pub const DETAIL_FROM: f64 = 1.4;

/// The most names tried at one zoom: the most linked of the nodes in view.
const MAX_TRIED: usize = 400;

/// Whether a node's name is one that levels of detail decide: an enterprise, a programme or a project.
pub fn is_leaf(kind: NodeKind) -> bool {
    matches!(kind, NodeKind::Enterprise | NodeKind::Programme | NodeKind::Project)
}

/// The names of the leaves drawn at `places` (a `layout`'s, with any moved nodes) for a view of
/// the drawing at scale `k` whose visible part is `visible` (drawing coordinates): each set at
/// `1 / k` of its usual size so it reads at that size on screen, the most linked first, each where
/// it clears the drawing's other names (industries, chains, the district), every node and the
/// names placed before it. Empty below [`DETAIL_FROM`] and when the drawing names every leaf: then
/// its own names serve. These take the place of the drawing's own names of leaves.
pub fn detail_labels(
    g: &Graph,
    layout: &Layout,
    places: &[Option<NodePlace>],
    lettering: Lettering,
    k: f64,
    visible: Rect,
) -> Vec<LabelBox> {
    let leaf = |i: usize| g.nodes.get(i).is_some_and(|n| is_leaf(n.kind));
    let drawn: Vec<usize> = (0..places.len()).filter(|&i| places[i].is_some() && leaf(i)).collect();
    let named = layout.labels.iter().filter(|l| leaf(l.node)).count();
    if k < DETAIL_FROM || drawn.len() <= named {
        return Vec::new();
    }
    let font = lettering.font(NodeKind::Enterprise, layout.width) / k;
    let max_width = (layout.width * 0.2).clamp(84.0, 170.0) / k;
    // Only what is in view, and what a name in view could run into, is looked at.
    let near = Rect {
        x0: visible.x0 - max_width,
        y0: visible.y0 - max_width,
        x1: visible.x1 + max_width,
        y1: visible.y1 + max_width,
    };
    let nodes: Vec<Option<NodePlace>> = places
        .iter()
        .map(|p| p.filter(|p| near.hits_circle(p.x, p.y, p.r)))
        .collect();
    let mut in_view: Vec<usize> = drawn
        .into_iter()
        .filter(|&i| places[i].is_some_and(|p| visible.hits_circle(p.x, p.y, p.r)))
        .collect();
    g.most_linked_first(&mut in_view);
    let (cx, cy) = (layout.width / 2.0, layout.height / 2.0);
    let requests: Vec<LabelRequest> = in_view
        .into_iter()
        .take(MAX_TRIED)
        .filter_map(|i| Some((i, places[i]?)))
        .map(|(i, place)| LabelRequest {
            node: i,
            text: g.nodes[i].label.get(lettering.lang).to_string(),
            font,
            angle: math::atan2(place.y - cy, place.x - cx),
            inside: false,
            max_width,
            place,
        })
        .collect();
    let mut labels: Vec<LabelBox> = layout.labels.iter().filter(|l| !leaf(l.node)).cloned().collect();
    let kept = labels.len();
    place_where_clear(&mut labels, &requests, &nodes, visible);
    labels.split_off(kept)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::synthetic::synthetic;
    use crate::layout::radial_open;
    use crate::layout::Viewport;
    use crate::model::filter::Filters;
    use crate::model::Lang;

    /// The system view of a 400-enterprise district with its largest chain unfolded.
    fn unfolded() -> (Graph, Layout, Lettering) {
        let d = synthetic(400);
        let g = Graph::from_dataset(&d);
        let chain = (0..g.nodes.len())
            .filter(|&i| g.nodes[i].kind == NodeKind::Chain)
            .max_by_key(|&c| g.edges_of(c).count())
            .unwrap();
        let lettering = Lettering::from(Lang::Zh);
        let layout = radial_open(&g, &Filters::default(), Some(chain), 900.0, 600.0, lettering);
        (g, layout, lettering)
    }

    /// The drawing's part shown at `v` in a view of 900 × 600.
    fn seen(v: Viewport) -> Rect {
        let (x0, y0) = v.invert(0.0, 0.0);
        let (x1, y1) = v.invert(900.0, 600.0);
        Rect { x0, y0, x1, y1 }
    }

    #[test]
    fn zooming_in_names_more_enterprises_at_the_same_size_on_screen() {
        let (g, layout, lettering) = unfolded();
        let named_by_drawing = layout.labels.iter().filter(|l| is_leaf(g.nodes[l.node].kind)).count();
        let members = layout
            .nodes
            .iter()
            .enumerate()
            .filter(|(i, p)| p.is_some() && is_leaf(g.nodes[*i].kind))
            .count();
        assert!(
            members > named_by_drawing,
            "the drawing names {named_by_drawing} of {members}"
        );
        // The view zoomed in on a member in the middle of the unfolded chain.
        let leaves: Vec<NodePlace> = (0..g.nodes.len())
            .filter(|&i| is_leaf(g.nodes[i].kind))
            .filter_map(|i| layout.nodes[i])
            .collect();
        let p = leaves[leaves.len() / 2];
        let mut before = 0;
        let mut revealed = 0;
        for k in [1.5, 2.5, 4.0] {
            let v = Viewport {
                k,
                x: 450.0 - k * p.x,
                y: 300.0 - k * p.y,
            };
            let visible = seen(v);
            let names = detail_labels(&g, &layout, &layout.nodes, lettering, k, visible);
            assert!(!names.is_empty(), "names at {k}x");
            for l in &names {
                assert!((l.font * k - lettering.font(NodeKind::Enterprise, 900.0)).abs() < 1e-9);
                assert!(l.rect.inside(&visible), "{} outside the view at {k}x", l.text);
                assert!(is_leaf(g.nodes[l.node].kind));
            }
            // No two names overlap, nor a name and the drawing's names of chains and industries.
            let others = layout.labels.iter().filter(|l| !is_leaf(g.nodes[l.node].kind));
            let all: Vec<&LabelBox> = names.iter().chain(others).collect();
            for (a, x) in all.iter().enumerate() {
                for y in &all[a + 1..] {
                    assert!(!x.rect.intersects(&y.rect), "{} overlaps {} at {k}x", x.text, y.text);
                }
            }
            // Names per area of the drawing grow as the visitor zooms in.
            let density = names.len() as f64 * k * k;
            assert!(density > before as f64, "{} names at {k}x", names.len());
            before = density as usize;
            revealed += names
                .iter()
                .filter(|n| !layout.labels.iter().any(|l| l.node == n.node))
                .count();
        }
        assert!(revealed > 0, "zooming in names no enterprise the drawing left unnamed");
    }

    #[test]
    fn a_drawing_that_names_every_leaf_keeps_its_own_names() {
        let d = crate::data::wanzhou();
        let g = Graph::from_dataset(&d);
        let lettering = Lettering::from(Lang::Zh);
        let layout = radial_open(&g, &Filters::default(), None, 900.0, 600.0, lettering);
        let leaves: Vec<usize> = (0..g.nodes.len())
            .filter(|&i| layout.nodes[i].is_some() && is_leaf(g.nodes[i].kind))
            .collect();
        assert!(leaves.iter().all(|&i| layout.labels.iter().any(|l| l.node == i)));
        // Zoomed in on one of its enterprises: it is in view, and keeps the drawing's name.
        let p = layout.nodes[leaves[0]].unwrap();
        let v = Viewport {
            k: 3.0,
            x: 450.0 - 3.0 * p.x,
            y: 300.0 - 3.0 * p.y,
        };
        assert!(seen(v).hits_circle(p.x, p.y, p.r));
        assert!(detail_labels(&g, &layout, &layout.nodes, lettering, 3.0, seen(v)).is_empty());
    }

    #[test]
    fn below_the_detail_zoom_nothing_is_added() {
        let (g, layout, lettering) = unfolded();
        let visible = seen(Viewport::IDENTITY);
        assert!(detail_labels(&g, &layout, &layout.nodes, lettering, 1.0, visible).is_empty());
    }
}
