//! Graph layouts: where each node and label goes, in CSS pixels. Pure and deterministic.

pub mod labels;
pub mod radial;

pub use radial::radial;

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
        let nx = x.clamp(self.x0, self.x1);
        let ny = y.clamp(self.y0, self.y1);
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

/// Node and label positions for one view at one size.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Layout {
    pub width: f64,
    pub height: f64,
    /// Indexed like `Graph::nodes`; `None` for nodes this view does not draw.
    pub nodes: Vec<Option<NodePlace>>,
    pub labels: Vec<LabelBox>,
    /// Labels that could not be placed clear of everything else.
    pub collisions: usize,
}

impl Layout {
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
