//! The network view: every shown node under a force-directed layout, cross links included.

use crate::math;
use crate::model::filter::Filters;
use crate::model::graph::{Graph, NodeKind};

use super::force::{simulate, ForceParams};
use super::labels::{place_labels, LabelRequest};
use super::radial::{node_radius, Lettering, MAX_LABELLED_LEAVES};
use super::{EdgeLine, Layout, LineStyle, NodePlace, Rect};

/// What the network view draws under some filters: the shown nodes in order, and their lines.
#[derive(Debug, Clone, PartialEq)]
pub struct Network {
    /// The shown nodes (indices into the graph), in the simulation's order.
    pub ids: Vec<usize>,
    pub lines: Vec<EdgeLine>,
}

impl Network {
    /// The nodes `filters` leave visible and the lines between them.
    pub fn of(g: &Graph, filters: &Filters) -> Network {
        let visible = filters.visible(g);
        let ids: Vec<usize> = (0..g.nodes.len()).filter(|&i| visible[i]).collect();
        let shown = g
            .edges
            .iter()
            .filter(|e| visible[e.from] && visible[e.to] && filters.shows_edge(e));
        // A node with no line shown hangs from its place in the tree on a faint line, so it is not lost.
        let mut lines: Vec<EdgeLine> = shown.map(EdgeLine::of).collect();
        let mut touched = vec![false; g.nodes.len()];
        for l in &lines {
            touched[l.a] = true;
            touched[l.b] = true;
        }
        for &i in &ids {
            if let Some(p) = g.nodes[i].parent.filter(|&p| !touched[i] && visible[p]) {
                lines.push(EdgeLine {
                    a: i,
                    b: p,
                    style: LineStyle::Unlinked,
                    inferred: false,
                });
            }
        }
        Network { ids, lines }
    }

    /// Where the force simulation leaves each of `ids` (in its own units): the slow part, which
    /// the page has the worker run.
    pub fn simulate(&self, nodes: usize) -> Vec<(f64, f64)> {
        let mut slot = vec![usize::MAX; nodes];
        for (k, &i) in self.ids.iter().enumerate() {
            slot[i] = k;
        }
        let links: Vec<(usize, usize)> = self.lines.iter().map(|l| (slot[l.a], slot[l.b])).collect();
        let params = ForceParams {
            settled: 0.01,
            gravity: 0.06,
            ..ForceParams::default()
        };
        simulate(self.ids.len(), &links, params)
    }
}

/// Positions as bytes, x and y of each as little-endian `f64`: how the worker hands them over.
pub fn positions_to_bytes(positions: &[(f64, f64)]) -> Vec<u8> {
    positions
        .iter()
        .flat_map(|&(x, y)| x.to_le_bytes().into_iter().chain(y.to_le_bytes()))
        .collect()
}

/// Positions from [`positions_to_bytes`]; a stray partial position at the end is dropped.
pub fn positions_from_bytes(bytes: &[u8]) -> Vec<(f64, f64)> {
    let f = |b: &[u8]| f64::from_le_bytes(b.try_into().unwrap_or_default());
    bytes.chunks_exact(16).map(|c| (f(&c[..8]), f(&c[8..]))).collect()
}

/// Lays out the nodes `filters` leave visible in a `width` × `height` area. Nodes listed in `pinned`
/// (as fractions of the area, where they were dropped) stay there.
///
/// Deterministic: the same graph, filters, size and pins give the same layout.
pub fn network(
    g: &Graph,
    filters: &Filters,
    pinned: &[(usize, f64, f64)],
    width: f64,
    height: f64,
    text: impl Into<Lettering>,
) -> Layout {
    let net = Network::of(g, filters);
    let positions = net.simulate(g.nodes.len());
    network_at(g, &net, &positions, pinned, width, height, text)
}

/// The network view of `net` with the simulation's `positions` scaled into a `width` × `height`
/// area, pins applied and labels placed.
pub fn network_at(
    g: &Graph,
    net: &Network,
    positions: &[(f64, f64)],
    pinned: &[(usize, f64, f64)],
    width: f64,
    height: f64,
    text: impl Into<Lettering>,
) -> Layout {
    let text = text.into();
    let Network { ids, lines } = net;
    if ids.is_empty() || positions.len() != ids.len() || width <= 0.0 || height <= 0.0 {
        return Layout::default();
    }
    let (xs, ys): (Vec<f64>, Vec<f64>) = positions.iter().copied().unzip();
    // Scale the result into the area, leaving a margin for labels.
    let margin = 40.0_f64.min(width * 0.08);
    let (mut x0, mut y0, mut x1, mut y1) = (f64::MAX, f64::MAX, f64::MIN, f64::MIN);
    for k in 0..ids.len() {
        x0 = x0.min(xs[k]);
        x1 = x1.max(xs[k]);
        y0 = y0.min(ys[k]);
        y1 = y1.max(ys[k]);
    }
    let (sw, sh) = ((x1 - x0).max(1.0), (y1 - y0).max(1.0));
    let (kx, ky) = ((width - 2.0 * margin) / sw, (height - 2.0 * margin) / sh);
    // Stretch to the area's shape, but not so far that the picture distorts.
    let (kx, ky) = (kx.min(ky * 1.6), ky.min(kx * 1.6));
    let (ox, oy) = ((width - sw * kx) / 2.0, (height - sh * ky) / 2.0);
    let mut places = vec![None; g.nodes.len()];
    for (k, &i) in ids.iter().enumerate() {
        places[i] = Some(NodePlace {
            x: ox + (xs[k] - x0) * kx,
            y: oy + (ys[k] - y0) * ky,
            r: node_radius(g.nodes[i].kind).min(12.0),
        });
    }
    for &(i, fx, fy) in pinned {
        if let Some(p) = places.get_mut(i).and_then(|p| p.as_mut()) {
            (p.x, p.y) = (fx * width, fy * height);
        }
    }

    let (cx, cy) = (width / 2.0, height / 2.0);
    let label_all = ids.len() <= MAX_LABELLED_LEAVES;
    let requests: Vec<LabelRequest> = ids
        .iter()
        .filter(|&&i| {
            label_all
                || matches!(
                    g.nodes[i].kind,
                    NodeKind::District | NodeKind::Industry | NodeKind::Chain
                )
        })
        .filter_map(|&i| {
            let place = places[i]?;
            Some(LabelRequest {
                node: i,
                text: g.nodes[i].label.get(text.lang).to_string(),
                font: text
                    .font(g.nodes[i].kind, width)
                    .min(text.font(NodeKind::Industry, width)),
                angle: math::atan2(place.y - cy, place.x - cx),
                inside: false,
                max_width: (width * 0.16).clamp(80.0, 150.0),
                place,
            })
        })
        .collect();
    let bounds = Rect {
        x0: 0.0,
        y0: 0.0,
        x1: width,
        y1: height,
    };
    let placed = place_labels(&requests, &places, bounds);
    // A label that cannot sit clear is left to hover and focus, rather than drawn over another.
    let labels = placed
        .labels
        .into_iter()
        .filter(|l| !placed.clashed.contains(&l.node))
        .collect();
    Layout {
        width,
        height,
        nodes: places,
        labels,
        edges: lines.clone(),
        bands: Vec::new(),
        collisions: 0,
        full_size: text.large,
        ..Layout::default()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::wanzhou;
    use crate::model::Lang;

    #[test]
    fn shows_cross_links_and_every_kind() {
        let g = Graph::from_dataset(&wanzhou());
        let l = network(&g, &Filters::default(), &[], 1000.0, 700.0, Lang::Zh);
        assert!(l.nodes.iter().all(|p| p.is_some()), "every node is drawn");
        for p in l.nodes.iter().flatten() {
            assert!(p.x >= 0.0 && p.x <= 1000.0 && p.y >= 0.0 && p.y <= 700.0, "{p:?}");
        }
        let centre = g.index_of("prog-enablement-centre").unwrap();
        let serves = l
            .edges
            .iter()
            .filter(|e| e.a == centre && e.style == LineStyle::Serves)
            .count();
        assert!(serves >= 2, "the enablement centre links to the firms it serves");
        assert!(l.edges.iter().any(|e| e.style == LineStyle::PartOf));
        let guoneng = g.index_of("ent-guoneng").unwrap();
        assert!(
            l.edges.iter().any(|e| e.a == guoneng && e.style == LineStyle::Unlinked),
            "a firm tied to nothing hangs from the district"
        );
        assert!(l.overlaps().is_empty(), "labels drawn never overlap");
        assert!(
            l.labels.len() * 10 >= g.nodes.len() * 7,
            "most nodes keep a label: {}",
            l.labels.len()
        );
        assert_eq!(l, network(&g, &Filters::default(), &[], 1000.0, 700.0, Lang::Zh));
    }

    #[test]
    fn positions_cross_to_the_page_unchanged() {
        let g = Graph::from_dataset(&wanzhou());
        let p = Network::of(&g, &Filters::default()).simulate(g.nodes.len());
        assert_eq!(positions_from_bytes(&positions_to_bytes(&p)), p);
        assert_eq!(positions_from_bytes(&[0; 20]), [(0.0, 0.0)]);
    }

    #[test]
    fn linked_nodes_sit_nearer_than_average() {
        let g = Graph::from_dataset(&wanzhou());
        let l = network(&g, &Filters::default(), &[], 1000.0, 700.0, Lang::En);
        let d = |a: usize, b: usize| {
            let (p, q) = (l.nodes[a].unwrap(), l.nodes[b].unwrap());
            ((p.x - q.x).powi(2) + (p.y - q.y).powi(2)).sqrt()
        };
        let linked = l.edges.iter().map(|e| d(e.a, e.b)).sum::<f64>() / l.edges.len() as f64;
        let n = g.nodes.len();
        let all = (0..n).flat_map(|a| (0..n).map(move |b| (a, b))).filter(|(a, b)| a < b);
        let (sum, count) = all.fold((0.0, 0), |(s, c), (a, b)| (s + d(a, b), c + 1));
        assert!(
            linked < sum / count as f64 * 0.7,
            "linked {linked} vs mean {}",
            sum / count as f64
        );
    }

    #[test]
    fn pins_hold_and_filters_remove() {
        let g = Graph::from_dataset(&wanzhou());
        let jl = g.index_of("ent-jinlong").unwrap();
        let l = network(&g, &Filters::default(), &[(jl, 0.25, 0.5)], 800.0, 600.0, Lang::Zh);
        assert_eq!((l.nodes[jl].unwrap().x, l.nodes[jl].unwrap().y), (200.0, 300.0));
        let f = Filters::parse("~serves,~projects");
        let l = network(&g, &f, &[], 800.0, 600.0, Lang::Zh);
        assert!(l.nodes[g.index_of("prog-enablement-centre").unwrap()].is_none());
        assert!(l
            .edges
            .iter()
            .all(|e| e.style != LineStyle::Serves && e.style != LineStyle::PartOf));
        assert_eq!(
            network(&Graph::default(), &f, &[], 800.0, 600.0, Lang::Zh),
            Layout::default()
        );
    }
}
