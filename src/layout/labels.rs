//! Greedy label placement: each label takes the first candidate spot clear of nodes and other labels.

use super::{LabelBox, NodePlace, Rect};
use crate::math;
use crate::text_metrics::text_width;

/// What to label and where its node is.
#[derive(Debug, Clone)]
pub struct LabelRequest {
    pub node: usize,
    pub text: String,
    pub font: f64,
    /// Direction of the node from the centre, in radians (decides which side is "outward").
    pub angle: f64,
    /// Draw the label on top of its own node (the district).
    pub inside: bool,
    /// Wrap onto more lines past this width.
    pub max_width: f64,
    pub place: NodePlace,
}

pub struct Placed {
    pub labels: Vec<LabelBox>,
    pub collisions: usize,
    /// Nodes whose label could not be placed clear (it sits at its first spot, overlapping).
    pub clashed: Vec<usize>,
}

/// Line height as a multiple of the font size.
pub const LINE: f64 = 1.3;

/// Breaks a label into lines no wider than `max_width` where it can: at spaces, or halfway through CJK text.
pub fn wrap(text: &str, font: f64, max_width: f64) -> Vec<String> {
    if text_width(text, font) <= max_width {
        return vec![text.to_string()];
    }
    if text.contains(' ') {
        let mut lines: Vec<String> = Vec::new();
        for word in text.split_whitespace() {
            match lines.last_mut() {
                Some(line) if text_width(&format!("{line} {word}"), font) <= max_width => {
                    line.push(' ');
                    line.push_str(word);
                }
                _ => lines.push(word.to_string()),
            }
        }
        return lines;
    }
    let chars: Vec<char> = text.chars().collect();
    if chars.iter().filter(|c| c.is_ascii_alphanumeric()).count() * 2 > chars.len() {
        // One long Latin word: breaking it would be worse than a wide label.
        return vec![text.to_string()];
    }
    let half = chars.len().div_ceil(2);
    vec![chars[..half].iter().collect(), chars[half..].iter().collect()]
}

fn candidates(req: &LabelRequest, w: f64, h: f64) -> Vec<(f64, f64)> {
    let NodePlace { x, y, r } = req.place;
    if req.inside {
        return vec![(x, y)];
    }
    let gap = 3.0;
    let (c, s) = (math::cos(req.angle), math::sin(req.angle));
    let side = if c < 0.0 { -1.0 } else { 1.0 };
    let out_x = x + side * (r + gap + w / 2.0);
    let below = y + r + gap + h / 2.0;
    let above = y - r - gap - h / 2.0;
    let vertical = if s > 0.0 { [below, above] } else { [above, below] };
    let mut spots = Vec::new();
    if c.abs() >= 0.42 {
        spots.extend([
            (out_x, y),
            (out_x, y + h * 0.7),
            (out_x, y - h * 0.7),
            (x, vertical[0]),
            (x, vertical[1]),
        ]);
    } else {
        spots.extend([
            (x, vertical[0]),
            (out_x, y),
            (x + side * w * 0.35, vertical[0]),
            (x - side * w * 0.35, vertical[0]),
            (x, vertical[1]),
        ]);
    }
    let far = if s > 0.0 { h * 1.1 } else { -h * 1.1 };
    let diag = side * (r + w / 2.0);
    spots.extend([
        (x + diag, vertical[0]),
        (x + diag, vertical[1]),
        (x - diag, vertical[0]),
        (x, vertical[0] + far),
        (out_x, y + far),
        (out_x, y - far),
        (x - side * (r + gap + w / 2.0), y),
    ]);
    spots
}

/// A label's lines, centre and box at the first spot where it clears `labels`, the `nodes` other
/// than its own and the edges of `bounds`; each way of breaking its text, widest first, is tried.
fn clear_spot(
    req: &LabelRequest,
    labels: &[LabelBox],
    nodes: &[Option<NodePlace>],
    bounds: Rect,
) -> Option<(Vec<String>, f64, f64, Rect)> {
    let mut shapes = vec![wrap(&req.text, req.font, req.max_width)];
    let narrow = wrap(&req.text, req.font, req.max_width * 0.6);
    if narrow != shapes[0] {
        shapes.push(narrow);
    }
    shapes.into_iter().find_map(|lines| {
        let (w, h) = extent(&lines, req.font);
        let clear = |rect: &Rect| {
            rect.inside(&bounds)
                && !labels.iter().any(|l| l.rect.intersects(rect))
                && !nodes
                    .iter()
                    .enumerate()
                    .any(|(i, n)| i != req.node && n.is_some_and(|p| rect.hits_circle(p.x, p.y, p.r + 1.0)))
        };
        let (x, y, rect) = candidates(req, w, h)
            .into_iter()
            .map(|(cx, cy)| (cx, cy, Rect::around(cx, cy, w, h)))
            .find(|(_, _, r)| clear(r))?;
        Some((lines, x, y, rect))
    })
}

/// The width and height of a label of `lines` set at `font`.
fn extent(lines: &[String], font: f64) -> (f64, f64) {
    let w = lines.iter().map(|l| text_width(l, font)).fold(0.0, f64::max) + 2.0;
    (w, font * (LINE * lines.len() as f64 + 0.1))
}

fn label_box(req: &LabelRequest, (lines, x, y, rect): (Vec<String>, f64, f64, Rect)) -> LabelBox {
    LabelBox {
        node: req.node,
        text: req.text.clone(),
        lines,
        x,
        y,
        font: req.font,
        rect,
        on_node: req.inside,
    }
}

/// Places labels in order of importance (larger fonts first), avoiding nodes, labels and the edges of `bounds`.
pub fn place_labels(requests: &[LabelRequest], nodes: &[Option<NodePlace>], bounds: Rect) -> Placed {
    let mut order: Vec<&LabelRequest> = requests.iter().collect();
    crate::order::sort_by(&mut order, |a, b| b.font.total_cmp(&a.font));
    let mut labels: Vec<LabelBox> = Vec::with_capacity(requests.len());
    let mut clashed = Vec::new();
    for req in order {
        let spot = clear_spot(req, &labels, nodes, bounds).unwrap_or_else(|| {
            clashed.push(req.node);
            let lines = wrap(&req.text, req.font, req.max_width);
            let (w, h) = extent(&lines, req.font);
            let (cx, cy) = candidates(req, w, h)[0];
            (lines, cx, cy, Rect::around(cx, cy, w, h))
        });
        labels.push(label_box(req, spot));
    }
    Placed {
        labels,
        collisions: clashed.len(),
        clashed,
    }
}

/// Adds a label for each of `requests`, in their order, where one fits clear of every label and
/// node: the rest stay unlabelled. How a crowded drawing decides whose names show.
pub fn place_where_clear(
    labels: &mut Vec<LabelBox>,
    requests: &[LabelRequest],
    nodes: &[Option<NodePlace>],
    bounds: Rect,
) {
    for req in requests {
        if let Some(spot) = clear_spot(req, labels, nodes, bounds) {
            labels.push(label_box(req, spot));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wraps_long_labels() {
        assert_eq!(
            wrap("Aluminium and aluminium alloys", 12.0, 110.0),
            ["Aluminium and", "aluminium alloys"]
        );
        assert_eq!(wrap("铝及铝合金材料", 12.0, 60.0), ["铝及铝合", "金材料"]);
        assert_eq!(wrap("医药", 12.0, 60.0), ["医药"]);
    }

    #[test]
    fn second_label_moves_off_the_first() {
        let place = NodePlace {
            x: 100.0,
            y: 100.0,
            r: 5.0,
        };
        let req = |node| LabelRequest {
            node,
            text: "铝及铝合金".into(),
            font: 12.0,
            angle: 0.0,
            inside: false,
            max_width: 200.0,
            place,
        };
        let bounds = Rect {
            x0: 0.0,
            y0: 0.0,
            x1: 400.0,
            y1: 400.0,
        };
        let placed = place_labels(&[req(0), req(1)], &[Some(place), None], bounds);
        assert_eq!(placed.collisions, 0);
        assert!(!placed.labels[0].rect.intersects(&placed.labels[1].rect));
    }

    #[test]
    fn reports_a_label_that_cannot_fit() {
        let place = NodePlace { x: 5.0, y: 5.0, r: 2.0 };
        let req = LabelRequest {
            node: 0,
            text: "很长很长的名字".into(),
            font: 14.0,
            angle: 0.0,
            inside: false,
            max_width: 200.0,
            place,
        };
        let placed = place_labels(
            &[req],
            &[Some(place)],
            Rect {
                x0: 0.0,
                y0: 0.0,
                x1: 20.0,
                y1: 20.0,
            },
        );
        assert_eq!(placed.collisions, 1);
    }
}
