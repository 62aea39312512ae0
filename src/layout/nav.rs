//! Arrow-key moves through a drawn graph: to the best node in that direction, neighbours first.

use super::NodePlace;

/// A direction an arrow key points in (screen coordinates: y grows downwards).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Direction {
    Up,
    Down,
    Left,
    Right,
}

impl Direction {
    pub fn from_key(key: &str) -> Option<Direction> {
        Some(match key {
            "ArrowUp" => Direction::Up,
            "ArrowDown" => Direction::Down,
            "ArrowLeft" => Direction::Left,
            "ArrowRight" => Direction::Right,
            _ => return None,
        })
    }

    fn unit(self) -> (f64, f64) {
        match self {
            Direction::Up => (0.0, -1.0),
            Direction::Down => (0.0, 1.0),
            Direction::Left => (-1.0, 0.0),
            Direction::Right => (1.0, 0.0),
        }
    }
}

/// Cost of going from `a` to `b` in direction `d`, or `None` when `b` lies outside the 45° cone either side.
fn cost(a: NodePlace, b: NodePlace, d: Direction) -> Option<f64> {
    let (ux, uy) = d.unit();
    let (dx, dy) = (b.x - a.x, b.y - a.y);
    let along = dx * ux + dy * uy;
    let across = (dx * uy - dy * ux).abs();
    // Within 45° either side, and a real step forward.
    (along > 0.5 && across <= along).then_some(along + 2.0 * across)
}

/// The node to move to from `from` in direction `d`: the cheapest linked node in the cone, else
/// the cheapest of any drawn node in it. `places` is indexed by node; `neighbours` lists `from`'s links.
pub fn step(
    places: &[Option<NodePlace>],
    from: usize,
    neighbours: impl IntoIterator<Item = usize>,
    d: Direction,
) -> Option<usize> {
    let a = places.get(from).copied().flatten()?;
    let best = |it: &mut dyn Iterator<Item = usize>| {
        it.filter(|&i| i != from)
            .filter_map(|i| Some((i, cost(a, places.get(i).copied().flatten()?, d)?)))
            .min_by(|x, y| x.1.total_cmp(&y.1).then(x.0.cmp(&y.0)))
            .map(|(i, _)| i)
    };
    best(&mut neighbours.into_iter()).or_else(|| best(&mut (0..places.len())))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(x: f64, y: f64) -> Option<NodePlace> {
        Some(NodePlace { x, y, r: 5.0 })
    }

    #[test]
    fn prefers_neighbours_then_the_nearest_in_the_cone() {
        // 0 at the centre; 1 right and linked; 2 right and nearer but not linked; 3 above.
        let places = [at(0.0, 0.0), at(100.0, 10.0), at(40.0, 0.0), at(0.0, -50.0), None];
        assert_eq!(step(&places, 0, [1, 3], Direction::Right), Some(1));
        assert_eq!(step(&places, 0, [3], Direction::Right), Some(2));
        assert_eq!(step(&places, 0, [1, 3], Direction::Up), Some(3));
        assert_eq!(step(&places, 0, [1], Direction::Down), None);
        assert_eq!(step(&places, 1, [0], Direction::Left), Some(0));
        assert_eq!(
            step(&places, 4, [0], Direction::Left),
            None,
            "an undrawn node goes nowhere"
        );
        assert_eq!(Direction::from_key("ArrowLeft"), Some(Direction::Left));
        assert_eq!(Direction::from_key("a"), None);
    }
}
