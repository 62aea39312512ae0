//! The network view: every shown node under a force-directed layout, cross links included.

use crate::math;
use crate::model::filter::Filters;
use crate::model::graph::{Graph, NodeKind};

use super::force::{ForceParams, Simulation};
use super::labels::{place_labels, LabelRequest};
use super::radial::{node_radius, Lettering, MAX_LABELLED_LEAVES};
use super::{EdgeLine, Layout, LineStyle, NodePlace, Rect};

/// Past this many shown nodes, each chain's members gather round a place of their own on a ring
/// (industries inside it, the district in the middle) and links across chains pull a tenth as
/// hard: a large district reads as its chains, not as one tangle. At or below it (the built-in
/// dataset) the picture is the plain simulation's.
pub const CLUSTER_ABOVE: usize = MAX_LABELLED_LEAVES;

/// Ticks of a clustered simulation (300 otherwise, as d3). Its bodies start in their clusters, so
/// 40 hold them as tight as 100 did (a chain's spread from its centre at most 0.21 of the distance
/// to the next chain's, at 5,000 and 20,000 enterprises, either way), in 40 % of the time.
const CLUSTERED_TICKS: usize = 40;

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

    /// Whether the picture gathers members round their chains (see [`CLUSTER_ABOVE`]).
    pub fn clustered(&self) -> bool {
        self.ids.len() > CLUSTER_ABOVE
    }

    /// Where the force simulation leaves each of `ids` (in its own units): the slow part, which
    /// the page has the worker run.
    pub fn simulate(&self, g: &Graph) -> Vec<(f64, f64)> {
        let mut slot = vec![usize::MAX; g.nodes.len()];
        for (k, &i) in self.ids.iter().enumerate() {
            slot[i] = k;
        }
        let links: Vec<(usize, usize)> = self.lines.iter().map(|l| (slot[l.a], slot[l.b])).collect();
        let clustered = self.clustered();
        let params = ForceParams {
            settled: 0.01,
            gravity: 0.06,
            // Bodies that start at their cluster's place have less far to go.
            iterations: if clustered { CLUSTERED_TICKS } else { 300 },
            ..ForceParams::default()
        };
        let mut sim = Simulation::new(self.ids.len(), &links, params);
        if clustered {
            sim.anchor(cluster_places(g, &self.ids), 0.1);
        }
        sim.run();
        sim.xs.into_iter().zip(sim.ys).collect()
    }
}

/// For each chain of `ids`, the point where its cluster's rim faces away from (`cx`, `cy`): a
/// point beyond every member, as seen from the centre.
fn rims(g: &Graph, ids: &[usize], places: &[Option<NodePlace>], cx: f64, cy: f64) -> Vec<Option<NodePlace>> {
    let mut sum = vec![(0.0, 0.0, 0.0); g.nodes.len()];
    let members: Vec<(usize, NodePlace)> = ids
        .iter()
        .filter_map(|&i| Some((chain_of(g, i)?, places[i]?)))
        .collect();
    for &(c, p) in &members {
        let s = &mut sum[c];
        (s.0, s.1, s.2) = (s.0 + p.x, s.1 + p.y, s.2 + 1.0);
    }
    let centre = |c: usize| (sum[c].0 / sum[c].2, sum[c].1 / sum[c].2);
    let mut reach = vec![0.0_f64; g.nodes.len()];
    for &(c, p) in &members {
        let (x, y) = centre(c);
        reach[c] = reach[c].max(((p.x - x) * (p.x - x) + (p.y - y) * (p.y - y)).sqrt() + p.r);
    }
    (0..g.nodes.len())
        .map(|c| {
            let (x, y) = Some(c).filter(|&c| sum[c].2 > 0.0).map(centre)?;
            let a = math::atan2(y - cy, x - cx);
            Some(NodePlace {
                x: x + reach[c] * math::cos(a),
                y: y + reach[c] * math::sin(a),
                r: 2.0,
            })
        })
        .collect()
}

/// The chain a node belongs to in the tree (itself, for a chain).
fn chain_of(g: &Graph, mut i: usize) -> Option<usize> {
    for _ in 0..4 {
        if g.nodes[i].kind == NodeKind::Chain {
            return Some(i);
        }
        i = g.nodes[i].parent?;
    }
    None
}

/// Each of `ids`' place on the ring of chains (see [`CLUSTER_ABOVE`]), in the simulation's units.
fn cluster_places(g: &Graph, ids: &[usize]) -> Vec<(f64, f64)> {
    let chain: Vec<Option<usize>> = ids.iter().map(|&i| chain_of(g, i)).collect();
    let mut count = vec![0.0_f64; g.nodes.len()];
    for c in chain.iter().flatten() {
        count[*c] += 1.0;
    }
    // Each chain's arc of the ring is as wide as its cluster, which grows as √members.
    let width: Vec<f64> = count.iter().map(|&m| 36.0 * m.sqrt()).collect();
    let ring = width.iter().sum::<f64>() / std::f64::consts::TAU;
    let mut place = vec![(0.0, 0.0); g.nodes.len()];
    let mut along = 0.0;
    for (c, w) in width.iter().enumerate().filter(|(_, &w)| w > 0.0) {
        let a = (along + w / 2.0) / ring.max(1.0);
        place[c] = (ring * math::cos(a), ring * math::sin(a));
        along += w;
    }
    // An industry sits inside the ring, towards its chains.
    let mut towards = vec![(0.0, 0.0, 0.0); g.nodes.len()];
    for (c, &w) in width.iter().enumerate().filter(|(_, &w)| w > 0.0) {
        if let Some(p) = g.nodes[c].parent.filter(|&p| g.nodes[p].kind == NodeKind::Industry) {
            let t = &mut towards[p];
            (t.0, t.1, t.2) = (t.0 + place[c].0 * w, t.1 + place[c].1 * w, t.2 + w);
        }
    }
    for (p, &(x, y, w)) in towards.iter().enumerate().filter(|(_, t)| t.2 > 0.0) {
        place[p] = (0.4 * x / w, 0.4 * y / w);
    }
    ids.iter().zip(&chain).map(|(&i, c)| place[c.unwrap_or(i)]).collect()
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
    let positions = net.simulate(g);
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
    // Scale the result into the area, leaving a margin for labels (wider round a ring of clusters,
    // whose chains are named outside it).
    let clustered = net.clustered();
    let margin = if clustered {
        64.0_f64.min(width * 0.12)
    } else {
        40.0_f64.min(width * 0.08)
    };
    let stretch = if clustered { 1.2 } else { 1.6 };
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
    let (kx, ky) = (kx.min(ky * stretch), ky.min(kx * stretch));
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
    let rims = if clustered {
        rims(g, ids, &places, cx, cy)
    } else {
        Vec::new()
    };
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
            // A chain of a clustered picture is named at its cluster's rim; other nodes beside themselves.
            let place = rims.get(i).copied().flatten().or(places[i])?;
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
        let p = Network::of(&g, &Filters::default()).simulate(&g);
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
    fn a_large_district_reads_as_its_chains() {
        let g = Graph::from_dataset(&crate::data::synthetic::synthetic(1_000));
        let net = Network::of(&g, &Filters::default());
        assert!(net.clustered());
        let at = net.simulate(&g);
        // Each chain's members: their centre, and how far they spread from it.
        let chains: Vec<usize> = (0..g.nodes.len())
            .filter(|&i| g.nodes[i].kind == NodeKind::Chain)
            .collect();
        let clusters: Vec<((f64, f64), f64)> = chains
            .iter()
            .map(|&c| {
                let members: Vec<(f64, f64)> = net
                    .ids
                    .iter()
                    .zip(&at)
                    .filter(|(&i, _)| g.nodes[i].kind == NodeKind::Enterprise && chain_of(&g, i) == Some(c))
                    .map(|(_, &p)| p)
                    .collect();
                let n = members.len() as f64;
                let (mx, my) = members.iter().fold((0.0, 0.0), |(x, y), p| (x + p.0 / n, y + p.1 / n));
                let spread = (members
                    .iter()
                    .map(|p| (p.0 - mx).powi(2) + (p.1 - my).powi(2))
                    .sum::<f64>()
                    / n)
                    .sqrt();
                ((mx, my), spread)
            })
            .collect();
        for (k, &((x, y), spread)) in clusters.iter().enumerate() {
            let nearest = clusters
                .iter()
                .enumerate()
                .filter(|&(j, _)| j != k)
                .map(|(_, ((u, v), _))| ((x - u).powi(2) + (y - v).powi(2)).sqrt())
                .fold(f64::MAX, f64::min);
            assert!(
                spread < nearest * 0.4,
                "chain {k}: members spread {spread:.0} from their centre, the next chain's is {nearest:.0} away"
            );
        }
        assert_eq!(at, net.simulate(&g), "deterministic");
        // Each chain is named, with no label over another, wide and narrow.
        for (w, h) in [(900.0, 565.0), (390.0, 468.0)] {
            let l = network_at(&g, &net, &at, &[], w, h, Lang::Zh);
            let named = l.labels.iter().filter(|b| chains.contains(&b.node)).count();
            assert_eq!(named, chains.len(), "at {w}×{h}");
            assert!(l.overlaps().is_empty());
        }
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
