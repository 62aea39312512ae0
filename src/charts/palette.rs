//! The one palette: a colour-blind-safe hue per industry (Okabe–Ito) and a shape per industry,
//! so colour is never the only cue; greys and discs for the rest.

use crate::math;

/// RGB of each industry, by its rank among the dataset's industries.
pub const INDUSTRY: [(u8, u8, u8); 8] = [
    (0, 114, 178),   // blue
    (213, 94, 0),    // vermillion
    (0, 158, 115),   // bluish green
    (204, 121, 167), // reddish purple
    (230, 159, 0),   // orange
    (86, 180, 233),  // sky blue
    (153, 119, 0),   // olive
    (120, 94, 240),  // violet
];

/// Neutral grey for nodes that belong to no industry.
pub const NEUTRAL: (u8, u8, u8) = (107, 114, 128);

/// Colour for a node of the given industry rank (none → grey).
pub fn industry_rgb(rank: Option<usize>) -> (u8, u8, u8) {
    rank.map_or(NEUTRAL, |r| INDUSTRY[r % INDUSTRY.len()])
}

/// The same colour as `#rrggbb`.
pub fn industry_hex(rank: Option<usize>) -> String {
    let (r, g, b) = industry_rgb(rank);
    format!("#{r:02x}{g:02x}{b:02x}")
}

/// The shape of an industry's marks (its own node, its chains and enterprises).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Shape {
    Disc,
    Triangle,
    Hexagon,
    Star,
    TriangleDown,
}

/// Shapes by industry rank, repeating after five (the colours then tell them apart). Squares and
/// diamonds are left to programmes and projects.
pub const SHAPES: [Shape; 5] = [
    Shape::Disc,
    Shape::Triangle,
    Shape::Hexagon,
    Shape::Star,
    Shape::TriangleDown,
];

/// The shape for a node of the given industry rank (none → disc).
pub fn industry_shape(rank: Option<usize>) -> Shape {
    rank.map_or(Shape::Disc, |r| SHAPES[r % SHAPES.len()])
}

impl Shape {
    /// A name for the shape, e.g. for a CSS class.
    pub fn code(self) -> &'static str {
        match self {
            Shape::Disc => "disc",
            Shape::Triangle => "triangle",
            Shape::Hexagon => "hexagon",
            Shape::Star => "star",
            Shape::TriangleDown => "triangle-down",
        }
    }

    /// The corners of the shape around (0, 0) for a mark as heavy as a disc of radius `r`, as an
    /// SVG `points` list; `None` for the disc itself.
    pub fn points(self, r: f64) -> Option<String> {
        let polygon = |n: usize, radius: f64, turn: f64| -> Vec<(f64, f64)> {
            (0..n)
                .map(|k| {
                    let a = turn + k as f64 * std::f64::consts::TAU / n as f64;
                    (radius * math::sin(a), -radius * math::cos(a))
                })
                .collect()
        };
        let corners = match self {
            Shape::Disc => return None,
            Shape::Triangle => polygon(3, r * 1.4, 0.0),
            Shape::TriangleDown => polygon(3, r * 1.4, std::f64::consts::PI),
            Shape::Hexagon => polygon(6, r * 1.1, std::f64::consts::FRAC_PI_6),
            Shape::Star => {
                let (outer, inner) = (
                    polygon(5, r * 1.45, 0.0),
                    polygon(5, r * 0.62, std::f64::consts::PI / 5.0),
                );
                outer.into_iter().zip(inner).flat_map(|(a, b)| [a, b]).collect()
            }
        };
        Some(
            corners
                .iter()
                .map(|(x, y)| format!("{x:.1},{y:.1}"))
                .collect::<Vec<_>>()
                .join(" "),
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn five_industries_five_shapes() {
        let shapes: Vec<Shape> = (0..5).map(|r| industry_shape(Some(r))).collect();
        for (k, a) in shapes.iter().enumerate() {
            assert!(!shapes[k + 1..].contains(a), "{a:?} used twice");
        }
        assert_eq!(industry_shape(None), Shape::Disc);
        assert_eq!(Shape::Disc.points(5.0), None);
        assert_eq!(Shape::Triangle.points(10.0).unwrap(), "0.0,-14.0 12.1,7.0 -12.1,7.0");
        assert_eq!(Shape::Star.points(10.0).unwrap().split(' ').count(), 10);
        assert_eq!(Shape::Hexagon.points(10.0).unwrap().split(' ').count(), 6);
    }

    #[test]
    fn hex_and_fallback() {
        assert_eq!(industry_hex(Some(0)), "#0072b2");
        assert_eq!(industry_hex(None), "#6b7280");
        assert_eq!(industry_hex(Some(9)), industry_hex(Some(1)));
    }
}
