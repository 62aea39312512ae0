//! Graph layouts: where each node and label goes, in CSS pixels. Pure and deterministic.

pub mod detail;
pub mod force;
pub mod labels;
pub mod nav;
pub mod network;
pub mod radial;
pub mod stages;
pub mod viewport;
pub mod zoom_unfold;

pub use network::network;
pub use radial::{radial, radial_open, Lettering};
pub use stages::stages;
pub use viewport::Viewport;

use crate::model::graph::{Edge, Relation};
use crate::model::stages::Coverage;
use crate::model::Basis;

/// An axis-aligned box.
#[derive(Debug, Clone, Copy, PartialEq, Default)]
pub struct Rect {
    pub x0: f64,
    pub y0: f64,
    pub x1: f64,
    pub y1: f64,
}

impl Rect {
    pub fn around(cx: f64, cy: f64, w: f64, h: f64) -> Rect {
        Rect {
            x0: cx - w / 2.0,
            y0: cy - h / 2.0,
            x1: cx + w / 2.0,
            y1: cy + h / 2.0,
        }
    }

    pub fn intersects(&self, o: &Rect) -> bool {
        self.x0 < o.x1 && o.x0 < self.x1 && self.y0 < o.y1 && o.y0 < self.y1
    }

    pub fn inside(&self, o: &Rect) -> bool {
        self.x0 >= o.x0 && self.y0 >= o.y0 && self.x1 <= o.x1 && self.y1 <= o.y1
    }

    /// Whether the box touches a circle.
    pub fn hits_circle(&self, x: f64, y: f64, r: f64) -> bool {
        // The box's own bounds: `max` then `min` never panic, even for an empty or NaN box.
        let nx = x.max(self.x0).min(self.x1);
        let ny = y.max(self.y0).min(self.y1);
        (nx - x).powi(2) + (ny - y).powi(2) < r * r
    }
}

/// A node's centre and drawn radius.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct NodePlace {
    pub x: f64,
    pub y: f64,
    pub r: f64,
}

/// A placed label: its text centred at (x, y), and the box it covers.
#[derive(Debug, Clone, PartialEq)]
pub struct LabelBox {
    pub node: usize,
    pub text: String,
    /// The text broken into lines (see [`labels::wrap`]).
    pub lines: Vec<String>,
    pub x: f64,
    pub y: f64,
    pub font: f64,
    pub rect: Rect,
    /// Drawn on top of its own node (light text on the disc).
    pub on_node: bool,
}

/// How a drawn line looks: by the relation it stands for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LineStyle {
    BelongsTo,
    Serves,
    PartOf,
    /// A node the source ties to nothing, hung from the district so it is not lost.
    Unlinked,
}

/// A line between two drawn nodes.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct EdgeLine {
    pub a: usize,
    pub b: usize,
    pub style: LineStyle,
    pub inferred: bool,
}

impl EdgeLine {
    /// The line drawn for an edge.
    pub fn of(e: &Edge) -> EdgeLine {
        EdgeLine {
            a: e.from,
            b: e.to,
            style: match e.relation {
                Relation::BelongsTo => LineStyle::BelongsTo,
                Relation::Serves => LineStyle::Serves,
                Relation::PartOf => LineStyle::PartOf,
            },
            inferred: e.basis == Basis::Inferred,
        }
    }
}

/// A segment of a chain drawn as a box holding its members (chain view).
#[derive(Debug, Clone, PartialEq)]
pub struct Band {
    pub rect: Rect,
    /// The segment's name broken into lines, drawn at the top of the box.
    pub title: Vec<String>,
    pub font: f64,
    pub coverage: Coverage,
    /// Whether the segment itself is inferred rather than named by the source.
    pub inferred: bool,
    /// A segment of the chain (false: the box of members placed in no segment).
    pub segment: bool,
}

/// Node and label positions for one view at one size.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Layout {
    pub width: f64,
    pub height: f64,
    /// Indexed like `Graph::nodes`; `None` for nodes this view does not draw.
    pub nodes: Vec<Option<NodePlace>>,
    pub labels: Vec<LabelBox>,
    pub edges: Vec<EdgeLine>,
    /// Chain segments (chain view only), upstream first.
    pub bands: Vec<Band>,
    /// Labels that could not be placed clear of everything else.
    pub collisions: usize,
    /// Drawn for large text: shown at full size (panned), never shrunk to fit the view.
    pub full_size: bool,
    /// Chains drawn folded (system view of a large graph), each with its number of members.
    pub folded: Vec<(usize, usize)>,
}

impl Layout {
    /// The box around every drawn node, label and band.
    pub fn content(&self) -> Option<Rect> {
        let nodes = self
            .nodes
            .iter()
            .flatten()
            .map(|p| Rect::around(p.x, p.y, 2.0 * p.r, 2.0 * p.r));
        let rects = nodes
            .chain(self.labels.iter().map(|l| l.rect))
            .chain(self.bands.iter().map(|b| b.rect));
        rects.reduce(|a, b| Rect {
            x0: a.x0.min(b.x0),
            y0: a.y0.min(b.y0),
            x1: a.x1.max(b.x1),
            y1: a.y1.max(b.y1),
        })
    }

    /// Pairs of labels whose boxes overlap (indices into `labels`).
    pub fn overlaps(&self) -> Vec<(usize, usize)> {
        let mut out = Vec::new();
        for (i, a) in self.labels.iter().enumerate() {
            for (j, b) in self.labels.iter().enumerate().skip(i + 1) {
                if a.rect.intersects(&b.rect) {
                    out.push((i, j));
                }
            }
        }
        out
    }
}
