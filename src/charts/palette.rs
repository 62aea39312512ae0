//! The one palette: a colour-blind-safe hue per industry (Okabe–Ito), greys for the rest.

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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hex_and_fallback() {
        assert_eq!(industry_hex(Some(0)), "#0072b2");
        assert_eq!(industry_hex(None), "#6b7280");
        assert_eq!(industry_hex(Some(9)), industry_hex(Some(1)));
    }
}
