//! The "5+10" system view: district at the centre, industries, chains and enterprises on rings.

use std::f64::consts::{PI, TAU};

use crate::math;
use crate::model::filter::Filters;
use crate::model::graph::{Graph, NodeKind};
use crate::model::Lang;
use crate::text_metrics::text_width;

use super::labels::{place_labels, place_where_clear, wrap, LabelRequest};
use super::{EdgeLine, Layout, LineStyle, NodePlace, Rect};

/// Past this many enterprises their names are left to hover, focus and the list view (or, in the
/// system view, shown only where they fit), and the system view folds its largest chains.
pub const MAX_LABELLED_LEAVES: usize = 150;

/// In a large system view, a chain of more members than this is drawn folded.
const FOLD_ABOVE: usize = 8;

/// The most names of an unfolded chain's members the system view tries to place.
const MAX_MEMBER_LABELS: usize = 400;

/// Drawing sizes for each kind of node, in CSS pixels.
pub fn node_radius(kind: NodeKind) -> f64 {
    match kind {
        NodeKind::District => 30.0,
        NodeKind::Industry => 15.0,
        NodeKind::Chain => 9.0,
        _ => 5.5,
    }
}

/// How labels are set: the language of the names and whether large text is on.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Lettering {
    pub lang: Lang,
    /// Large-text mode: no label smaller than [`LARGE_TEXT`].
    pub large: bool,
}

impl From<Lang> for Lettering {
    fn from(lang: Lang) -> Lettering {
        Lettering { lang, large: false }
    }
}

/// The smallest label in large-text mode, in CSS pixels.
pub const LARGE_TEXT: f64 = 18.0;

impl Lettering {
    pub fn with_large(self, large: bool) -> Lettering {
        Lettering { large, ..self }
    }

    /// The area to lay a whole graph out on for a view of `width` × `height`: large text needs
    /// at least 640 × 640 for its labels to clear each other, and a smaller screen pans over it.
    pub fn canvas(self, width: f64, height: f64) -> (f64, f64) {
        if self.large {
            (width.max(640.0), height.max(640.0))
        } else {
            (width, height)
        }
    }

    /// Label font size for each kind of node, in CSS pixels.
    pub fn font(self, kind: NodeKind, width: f64) -> f64 {
        // Phones get compact labels; wall screens (kiosks read from metres away) get large ones.
        let (district, industry, chain, leaf) = match width {
            w if w < 600.0 => (15.0, 13.5, 12.0, 11.5),
            w if w < 1400.0 => (17.0, 15.0, 13.5, 12.5),
            _ => (22.0, 19.0, 16.5, 15.0),
        };
        let size = match kind {
            NodeKind::District => district,
            NodeKind::Industry => industry,
            NodeKind::Chain => chain,
            _ => leaf,
        };
        if self.large {
            // Keep the order of sizes: the district stays the largest, leaves the smallest.
            size + (LARGE_TEXT - leaf).max(0.0)
        } else {
            size
        }
    }
}

fn shown(kind: NodeKind) -> bool {
    matches!(
        kind,
        NodeKind::District | NodeKind::Industry | NodeKind::Chain | NodeKind::Enterprise
    )
}

/// The system-view tree: leaves in drawing order, each with its ancestors.
struct Tree {
    root: usize,
    /// Every shown node in depth-first order.
    order: Vec<usize>,
    /// Leaf slots: one per enterprise, and one for each chain or industry with no enterprise.
    leaves: Vec<usize>,
    /// Chains drawn with their members folded in, and how many members each holds.
    folded: Vec<(usize, usize)>,
}

/// The chains to fold (their member counts, indexed like the graph's nodes, 0 for the rest): every
/// chain of more than [`FOLD_ABOVE`] members, then the largest others until at most
/// [`MAX_LABELLED_LEAVES`] leaf slots remain; never `open`.
fn chains_to_fold(g: &Graph, visible: &[bool], open: Option<usize>) -> Vec<usize> {
    let mut members = vec![0usize; g.nodes.len()];
    let mut leaves = 0;
    for (i, n) in g.nodes.iter().enumerate() {
        if n.kind == NodeKind::Enterprise && visible[i] {
            leaves += 1;
            if let Some(p) = n.parent.filter(|&p| visible[p]) {
                members[p] += 1;
            }
        }
    }
    let mut chains: Vec<usize> = (0..g.nodes.len())
        .filter(|&i| g.nodes[i].kind == NodeKind::Chain && members[i] > 1 && Some(i) != open)
        .collect();
    crate::order::sort_by(&mut chains, |&a, &b| members[b].cmp(&members[a]));
    let mut fold = vec![0usize; g.nodes.len()];
    for c in chains {
        if leaves <= MAX_LABELLED_LEAVES && members[c] <= FOLD_ABOVE {
            continue;
        }
        leaves -= members[c] - 1;
        fold[c] = members[c];
    }
    fold
}

fn build_tree(g: &Graph, visible: &[bool], open: Option<usize>) -> Option<Tree> {
    let root = g.nodes.iter().position(|n| n.kind == NodeKind::District)?;
    let fold = chains_to_fold(g, visible, open);
    let mut t = Tree {
        root,
        order: Vec::new(),
        leaves: Vec::new(),
        folded: (0..g.nodes.len())
            .filter(|&i| fold[i] > 0)
            .map(|i| (i, fold[i]))
            .collect(),
    };
    fn walk(g: &Graph, visible: &[bool], fold: &[usize], i: usize, t: &mut Tree) {
        t.order.push(i);
        if fold[i] > 0 {
            t.leaves.push(i);
            return;
        }
        let mut kids: Vec<usize> = g
            .children(i)
            .filter(|&c| shown(g.nodes[c].kind) && visible[c])
            .collect();
        // Chains before direct enterprises, enterprises with no industry last.
        crate::order::sort_by_key(&mut kids, |&c| match g.nodes[c].kind {
            NodeKind::Industry => 0,
            NodeKind::Chain => 1,
            _ if g.nodes[c].industry.is_some() => 2,
            _ => 3,
        });
        if kids.is_empty() && i != t.root {
            t.leaves.push(i);
        }
        for c in kids {
            walk(g, visible, fold, c, t);
        }
    }
    walk(g, visible, &fold, root, &mut t);
    Some(t)
}

/// The lines of the system view: each drawn node to its tree parent, by the link that puts it there.
fn tree_lines(g: &Graph, filters: &Filters, places: &[Option<NodePlace>]) -> Vec<EdgeLine> {
    let drawn = |i: usize| places[i].is_some();
    (0..g.nodes.len())
        .filter(|&i| drawn(i))
        .filter_map(|i| {
            let p = g.nodes[i].parent.filter(|&p| drawn(p))?;
            match g.edges_of(i).find(|(e, o)| *o == p && e.from == i) {
                Some((e, _)) => filters.shows_edge(e).then(|| EdgeLine::of(e)),
                None => Some(EdgeLine {
                    a: i,
                    b: p,
                    style: LineStyle::Unlinked,
                    inferred: false,
                }),
            }
        })
        .collect()
}

/// Lays out the system view to fit a `width` × `height` drawing area, labels in `lang`, leaving
/// out what `filters` hide.
///
/// Deterministic: the same graph, filters and size give the same layout.
///
/// Labels that cannot clear each other in the area (large text, or a short strip of a screen at
/// 200 % zoom) get a larger one, grown along its short side first, up to 2.5 times: the layout's
/// `width` and `height` then exceed the view, which pans over it.
pub fn radial(g: &Graph, filters: &Filters, width: f64, height: f64, text: impl Into<Lettering>) -> Layout {
    radial_open(g, filters, None, width, height, text)
}

/// The chain whose members a selection of node `i` unfolds: the chain itself, or an enterprise's.
pub fn chain_to_open(g: &Graph, i: usize) -> Option<usize> {
    match g.nodes.get(i)?.kind {
        NodeKind::Chain => Some(i),
        NodeKind::Enterprise => g.nodes[i].parent.filter(|&p| g.nodes[p].kind == NodeKind::Chain),
        _ => None,
    }
}

/// Whether the system view of `g` under `filters` folds chains: it has more enterprises than
/// [`MAX_LABELLED_LEAVES`].
pub fn folds(g: &Graph, filters: &Filters) -> bool {
    let visible = filters.visible(g);
    let enterprises = (0..g.nodes.len())
        .filter(|&i| visible[i] && g.nodes[i].kind == NodeKind::Enterprise)
        .count();
    enterprises > MAX_LABELLED_LEAVES
}

/// [`radial`] for a large graph, with chain `open`'s members unfolded (drawn and named where their
/// names fit) while the largest other chains are drawn folded, with their member counts.
pub fn radial_open(
    g: &Graph,
    filters: &Filters,
    open: Option<usize>,
    width: f64,
    height: f64,
    text: impl Into<Lettering>,
) -> Layout {
    let text = text.into();
    let mut layout = radial_in(g, filters, open, width, height, text);
    let (mut w, mut h) = (width, height);
    while layout.collisions > 0 && w * h < 6.25 * width * height {
        if h < 0.7 * w {
            h *= 1.15;
        } else if w < 0.7 * h {
            w *= 1.15;
        } else {
            (w, h) = (w * 1.15, h * 1.15);
        }
        layout = radial_in(g, filters, open, w, h, text);
    }
    layout
}

fn radial_in(g: &Graph, filters: &Filters, open: Option<usize>, width: f64, height: f64, text: Lettering) -> Layout {
    let visible = filters.visible(g);
    let Some(tree) = build_tree(g, &visible, open) else {
        return Layout::default();
    };
    let slots = tree.leaves.len().max(1) as f64;
    // Group gaps: a little extra angle between top-level sectors so the groups read apart.
    let sector_of = |leaf: usize| {
        let mut at = leaf;
        while let Some(p) = g.nodes[at].parent {
            if p == tree.root {
                break;
            }
            at = p;
        }
        at
    };
    let sectors = {
        let mut s: Vec<usize> = tree.leaves.iter().map(|&l| sector_of(l)).collect();
        s.dedup();
        s.len() as f64
    };
    // An unfolded chain of many members takes at most half the circle; the rest keep their room.
    let in_open =
        |leaf: usize| open.is_some() && g.nodes[leaf].parent == open && g.nodes[leaf].kind == NodeKind::Enterprise;
    let members = tree.leaves.iter().filter(|&&l| in_open(l)).count() as f64;
    let member_weight = ((slots - members).max(1.0) / members.max(1.0)).min(1.0);
    let weight = |leaf: usize| if in_open(leaf) { member_weight } else { 1.0 };
    let slots: f64 = tree.leaves.iter().map(|&l| weight(l)).sum::<f64>().max(1.0);
    let gap = 0.6;
    let step = TAU / (slots + sectors * gap);
    let mut angle = vec![f64::NAN; g.nodes.len()];
    let mut a = -PI / 2.0 + step / 2.0;
    let mut last_sector = None;
    for &leaf in &tree.leaves {
        let s = sector_of(leaf);
        if last_sector.is_some_and(|l| l != s) {
            a += step * gap;
        }
        last_sector = Some(s);
        let w = weight(leaf);
        angle[leaf] = a + step * (w - 1.0) / 2.0;
        a += step * w;
    }
    // Inner nodes sit at the middle of their descendants' span.
    for &i in tree.order.iter().rev() {
        if !angle[i].is_nan() || i == tree.root {
            continue;
        }
        let kids: Vec<f64> = g.children(i).map(|c| angle[c]).filter(|a| !a.is_nan()).collect();
        if let (Some(first), Some(last)) = (kids.first(), kids.last()) {
            angle[i] = (first + last) / 2.0;
        }
    }

    // Rank of each node among the nodes of its ring, for staggering.
    let mut stagger_rank = vec![0usize; g.nodes.len()];
    for kind in [NodeKind::Chain, NodeKind::Enterprise] {
        let mut ring_nodes: Vec<usize> = tree
            .order
            .iter()
            .copied()
            .filter(|&i| g.nodes[i].kind == kind && !angle[i].is_nan())
            .collect();
        crate::order::sort_by(&mut ring_nodes, |&a, &b| angle[a].total_cmp(&angle[b]));
        for (rank, i) in ring_nodes.into_iter().enumerate() {
            stagger_rank[i] = rank;
        }
    }
    let max_width = (width * 0.2).clamp(84.0, 170.0);
    // Leaves on the left and right carry their labels outward: keep room for the widest.
    let leaf_font = text.font(NodeKind::Enterprise, width);
    let widest_leaf = tree
        .leaves
        .iter()
        .map(|&l| {
            wrap(g.nodes[l].label.get(text.lang), leaf_font, max_width)
                .iter()
                .map(|t| text_width(t, leaf_font))
                .fold(0.0, f64::max)
        })
        .fold(0.0, f64::max);
    let margin = 8.0;
    let rx_max = (width / 2.0 - margin - widest_leaf * 0.5).max(width * 0.2);
    let ry_max = height / 2.0 - margin - leaf_font * 2.0;
    let attempt = Attempt {
        g,
        tree: &tree,
        angle: &angle,
        stagger_rank: &stagger_rank,
        width,
        height,
        text,
        max_width,
        // A folded drawing names its unfolded members only where they fit.
        label_leaves: tree.leaves.len() <= MAX_LABELLED_LEAVES && tree.folded.is_empty(),
    };
    // Largest rings first; the first arrangement with every label clear wins, else the one with fewest clashes.
    let mut best = Layout::default();
    'search: for step in 0..14 {
        let scale = 1.1 - 0.05 * step as f64;
        for inner in [0.36, 0.44, 0.3] {
            let rx = rx_max * scale;
            let layout = attempt.run(rx, (ry_max * scale).min(rx * 1.8), inner);
            let clear = layout.collisions == 0;
            if best.labels.is_empty() || layout.collisions < best.collisions {
                best = layout;
            }
            if clear {
                break 'search;
            }
        }
    }
    if !attempt.label_leaves {
        attempt.name_members(&mut best);
    }
    best.edges = tree_lines(g, filters, &best.nodes);
    best.folded = tree.folded.clone();
    best
}

/// Room kept around a node for its hover and selection halo.
const HALO: f64 = 6.0;

/// Whether a node and its halo lie wholly inside the drawing area.
fn node_inside(p: &NodePlace, width: f64, height: f64) -> bool {
    let r = p.r + HALO;
    p.x - r >= 0.0 && p.x + r <= width && p.y - r >= 0.0 && p.y + r <= height
}

/// Everything one layout attempt needs besides the ring sizes.
struct Attempt<'a> {
    g: &'a Graph,
    tree: &'a Tree,
    angle: &'a [f64],
    stagger_rank: &'a [usize],
    width: f64,
    height: f64,
    text: Lettering,
    max_width: f64,
    /// Label every enterprise (small graphs) or only the industries and chains (large or folded
    /// ones, whose members are then named where they fit).
    label_leaves: bool,
}

impl Attempt<'_> {
    /// A node's label: its short name, and for a folded chain how many members it holds.
    fn label(&self, i: usize) -> String {
        let name = self.g.nodes[i].label.get(self.text.lang);
        let unit = if self.text.lang == Lang::Zh { "家" } else { "firms" };
        match self.tree.folded.iter().find(|&&(c, _)| c == i) {
            Some((_, n)) => format!("{name} · {n} {unit}"),
            None => name.to_string(),
        }
    }

    /// Names the enterprises of a layout whose leaves are too many to all be named: the most
    /// linked first, each where its name fits clear of every other label and node.
    fn name_members(&self, layout: &mut Layout) {
        let g = self.g;
        let mut members: Vec<usize> = self
            .tree
            .leaves
            .iter()
            .copied()
            .filter(|&i| g.nodes[i].kind == NodeKind::Enterprise)
            .collect();
        g.most_linked_first(&mut members);
        let requests: Vec<LabelRequest> = members
            .into_iter()
            .take(MAX_MEMBER_LABELS)
            .filter_map(|i| {
                Some(LabelRequest {
                    node: i,
                    text: self.label(i),
                    font: self.text.font(NodeKind::Enterprise, self.width),
                    angle: self.angle[i],
                    inside: false,
                    max_width: self.max_width,
                    place: layout.nodes[i]?,
                })
            })
            .collect();
        let bounds = Rect {
            x0: 0.0,
            y0: 0.0,
            x1: layout.width,
            y1: layout.height,
        };
        place_where_clear(&mut layout.labels, &requests, &layout.nodes, bounds);
    }

    /// Places nodes on ellipses of radii `rx`, `ry` (industries at `inner` of that) and labels them.
    fn run(&self, rx: f64, ry: f64, inner: f64) -> Layout {
        let (g, angle) = (self.g, self.angle);
        let (cx, cy) = (self.width / 2.0, self.height / 2.0);
        let mut places = vec![None; g.nodes.len()];
        let root_label = text_width(
            g.nodes[self.tree.root].label.get(self.text.lang),
            self.text.font(NodeKind::District, self.width),
        );
        // A short district name sits on its disc; a long one goes beside it rather than swelling the disc.
        let root_fits = root_label / 2.0 + 4.0 <= 44.0;
        let root_r = if root_fits {
            node_radius(NodeKind::District).max(root_label / 2.0 + 4.0)
        } else {
            node_radius(NodeKind::District)
        };
        places[self.tree.root] = Some(NodePlace {
            x: cx,
            y: cy,
            r: root_r,
        });
        for &i in &self.tree.order {
            if i == self.tree.root || angle[i].is_nan() {
                continue;
            }
            let kind = g.nodes[i].kind;
            // Enterprises hanging straight from the district or an industry still sit on the outer ring.
            let ring = match kind {
                NodeKind::Industry => inner,
                NodeKind::Chain => 0.68,
                _ => 1.0,
            };
            // Neighbours near the top and bottom alternate in and out so their labels stack apart.
            let stagger = if self.stagger_rank[i] % 2 == 1 {
                -0.09 * math::sin(angle[i]).abs()
            } else {
                0.0
            };
            let k = ring + stagger;
            // Industries keep clear of the district disc, however small the rings get.
            let floor = if kind == NodeKind::Industry {
                root_r + node_radius(kind) + 10.0
            } else {
                0.0
            };
            let (px, py) = ((rx * k).max(floor), (ry * k).max(floor));
            places[i] = Some(NodePlace {
                x: cx + px * math::cos(angle[i]),
                y: cy + py * math::sin(angle[i]),
                r: node_radius(kind),
            });
        }
        let requests: Vec<LabelRequest> = self
            .tree
            .order
            .iter()
            .filter(|&&i| self.label_leaves || g.nodes[i].kind != NodeKind::Enterprise)
            .filter_map(|&i| {
                let kind = g.nodes[i].kind;
                Some(LabelRequest {
                    node: i,
                    text: self.label(i),
                    font: self.text.font(kind, self.width),
                    angle: angle[i],
                    inside: kind == NodeKind::District && root_fits,
                    max_width: self.max_width,
                    place: places[i]?,
                })
            })
            .collect();
        let bounds = Rect {
            x0: 0.0,
            y0: 0.0,
            x1: self.width,
            y1: self.height,
        };
        // Unlabelled leaves are small dots: labels may pass over them, which keeps big graphs cheap.
        let obstacles: Vec<Option<NodePlace>> = if self.label_leaves {
            places.clone()
        } else {
            places
                .iter()
                .enumerate()
                .map(|(i, p)| p.filter(|_| g.nodes[i].kind != NodeKind::Enterprise))
                .collect()
        };
        let placed = place_labels(&requests, &obstacles, bounds);
        // A node whose focus halo would be cut by the edge counts as a clash too.
        let clipped = places
            .iter()
            .flatten()
            .filter(|p| !node_inside(p, self.width, self.height))
            .count();
        Layout {
            width: self.width,
            height: self.height,
            nodes: places,
            labels: placed.labels,
            collisions: placed.collisions + clipped,
            full_size: self.text.large,
            ..Layout::default()
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::wanzhou;

    fn layout(w: f64, h: f64, lang: impl Into<Lettering>) -> (Graph, Layout) {
        let g = Graph::from_dataset(&wanzhou());
        let l = radial(&g, &Filters::default(), w, h, lang);
        (g, l)
    }

    #[test]
    fn places_the_whole_system() {
        let (g, l) = layout(900.0, 700.0, Lang::Zh);
        for (i, n) in g.nodes.iter().enumerate() {
            assert_eq!(l.nodes[i].is_some(), shown(n.kind), "{}", n.id);
        }
        assert_eq!(l.labels.len(), g.nodes.iter().filter(|n| shown(n.kind)).count());
    }

    #[test]
    fn no_overlap_on_desktop_and_phone_in_both_languages_and_large_text() {
        for (w, h) in [
            (900.0, 700.0),
            (1280.0, 740.0),
            (390.0, 700.0),
            (360.0, 560.0),
            (1650.0, 1000.0),
            (640.0, 400.0),
            (900.0, 570.0),
            (640.0, 230.0),
        ] {
            for (lang, large) in [(Lang::Zh, false), (Lang::En, false), (Lang::Zh, true), (Lang::En, true)] {
                let (_, l) = layout(w, h, Lettering { lang, large });
                // Large text on a small screen may take a larger area, which the view pans over.
                assert!(large || (l.width, l.height) == (w, h) || h < 300.0);
                let (w, h) = (l.width, l.height);
                if large {
                    assert!(l.labels.iter().all(|b| b.font >= LARGE_TEXT), "{w}×{h} {lang:?}");
                }
                assert_eq!(l.collisions, 0, "{w}×{h} {lang:?}");
                assert!(l.overlaps().is_empty(), "{w}×{h} {lang:?}: {:?}", l.overlaps());
                for p in l.nodes.iter().flatten() {
                    assert!(
                        node_inside(p, w, h),
                        "{w}×{h} {lang:?}: node at {p:?} is cut by the edge"
                    );
                }
                for b in &l.labels {
                    assert!(
                        b.rect.x0 >= 0.0 && b.rect.x1 <= w && b.rect.y0 >= 0.0 && b.rect.y1 <= h,
                        "{w}×{h} {lang:?} {:?}",
                        b
                    );
                }
            }
        }
    }

    #[test]
    fn deterministic() {
        let (_, a) = layout(800.0, 600.0, Lang::Zh);
        let (_, b) = layout(800.0, 600.0, Lang::Zh);
        assert_eq!(a, b);
    }

    #[test]
    fn chains_sit_between_their_industry_and_enterprises() {
        let (g, l) = layout(900.0, 700.0, Lang::Zh);
        let at = |id: &str| l.nodes[g.index_of(id).unwrap()].unwrap();
        let d = |p: NodePlace| ((p.x - 450.0).powi(2) + (p.y - 350.0).powi(2)).sqrt();
        assert!(d(at("ind-materials")) < d(at("ch-aluminium")));
        assert!(d(at("ch-aluminium")) < d(at("ent-jiulong-wanbo")));
    }

    #[test]
    fn filtered_industries_leave_the_layout_with_their_lines() {
        let g = Graph::from_dataset(&wanzhou());
        let f = Filters::parse("ind-materials,~inferred");
        let l = radial(&g, &f, 900.0, 700.0, Lang::Zh);
        let at = |id: &str| l.nodes[g.index_of(id).unwrap()];
        assert!(at("ind-materials").is_none() && at("ch-aluminium").is_none());
        assert!(at("ch-lighting").is_some());
        assert!(l
            .edges
            .iter()
            .all(|e| l.nodes[e.a].is_some() && l.nodes[e.b].is_some() && !e.inferred));
        let all = radial(&g, &Filters::default(), 900.0, 700.0, Lang::Zh);
        assert!(all.edges.iter().any(|e| e.inferred));
        assert!(all.edges.iter().any(|e| e.style == LineStyle::Unlinked));
        assert_eq!(all.collisions, 0);
    }

    #[test]
    fn large_graphs_fold_their_chains_into_counts_and_unfold_the_open_one() {
        use crate::data::synthetic::synthetic;
        for (n, w, h) in [(400, 1212.0, 565.0), (5000, 1212.0, 565.0), (5000, 390.0, 480.0)] {
            let g = Graph::from_dataset(&synthetic(n));
            let f = Filters::default();
            assert!(folds(&g, &f));
            let closed = radial(&g, &f, w, h, Lang::Zh);
            let enterprises = |l: &Layout| {
                (0..g.nodes.len())
                    .filter(|&i| g.nodes[i].kind == NodeKind::Enterprise && l.nodes[i].is_some())
                    .count()
            };
            assert_eq!(enterprises(&closed), 0, "{n}: every chain folded");
            assert_eq!(closed.folded.len(), 10);
            assert_eq!(closed.folded.iter().map(|&(_, m)| m).sum::<usize>(), n);
            for &(c, m) in &closed.folded {
                let label = closed
                    .labels
                    .iter()
                    .find(|l| l.node == c)
                    .expect("a folded chain is named");
                assert_eq!(label.text, format!("{} · {m} 家", g.nodes[c].label.zh));
            }
            assert_eq!(closed.collisions, 0, "{n} at {w}×{h}");
            assert!(closed.overlaps().is_empty());

            let chain = g.index_of("ch-3").unwrap();
            let member = g
                .children(chain)
                .find(|&i| g.nodes[i].kind == NodeKind::Enterprise)
                .unwrap();
            assert_eq!(chain_to_open(&g, member), Some(chain));
            let open = radial_open(&g, &f, Some(chain), w, h, Lang::Zh);
            assert!(open.nodes[member].is_some(), "{n}: the open chain's members are drawn");
            assert_eq!(open.collisions, 0, "{n} at {w}×{h}: industries and chains named clear");
            if w > 1000.0 {
                // On a desktop the unfolded picture fits the view: members' names never grow it.
                assert_eq!((open.width, open.height), (w, h), "{n}");
            }
            assert_eq!(open.folded.len(), 9);
            assert!(open.folded.iter().all(|&(c, _)| c != chain));
            assert_eq!(enterprises(&open), g.children(chain).count());
            let named = open
                .labels
                .iter()
                .filter(|l| g.nodes[l.node].kind == NodeKind::Enterprise)
                .count();
            assert!(named >= 5, "{n} at {w}×{h}: {named} members named");
            assert!(open.overlaps().is_empty(), "{n}: {:?}", open.overlaps());
            assert!(open
                .edges
                .iter()
                .all(|e| open.nodes[e.a].is_some() && open.nodes[e.b].is_some()));
        }
    }

    #[test]
    fn the_built_in_system_is_never_folded() {
        let g = Graph::from_dataset(&wanzhou());
        assert!(!folds(&g, &Filters::default()));
        let chain = g.index_of("ch-aluminium").unwrap();
        let open = radial_open(&g, &Filters::default(), Some(chain), 900.0, 700.0, Lang::Zh);
        assert_eq!(open, radial(&g, &Filters::default(), 900.0, 700.0, Lang::Zh));
        assert!(open.folded.is_empty());
    }

    #[test]
    fn empty_graph_gives_empty_layout() {
        assert_eq!(
            radial(&Graph::default(), &Filters::default(), 800.0, 600.0, Lang::Zh),
            Layout::default()
        );
    }
}
