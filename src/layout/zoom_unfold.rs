//! Semantic zoom of a large district's system view: zooming well into a folded chain unfolds it,
//! zooming back out folds it again.

use super::{Layout, NodePlace, Viewport};
use crate::math;

/// Zoomed in this many times the fitted view, the folded chain zoomed into unfolds.
pub const UNFOLD_AT: f64 = 2.0;

/// Zoomed back out below this many times the fitted view, a chain unfolded by zooming folds again.
pub const FOLD_BELOW: f64 = 1.5;

/// An unfolded chain is framed zoomed in at least this many times the fitted view: between the
/// two above, so it neither folds again nor reads as zoomed out.
pub const FRAME_FROM: f64 = 1.7;

/// What a settled view does to the chain unfolded by zooming.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum ZoomUnfold {
    /// Nothing changes.
    Keep,
    /// This chain unfolds (in place of any other unfolded by zooming).
    Open(usize),
    /// The chain unfolded by zooming folds again.
    Fold,
}

/// Where on screen the view zoomed about, going from `from` to `to`: the point that stayed put
/// (a wheel's or a pinch's pointer, the middle for the zoom buttons).
pub fn zoom_anchor(from: Viewport, to: Viewport, (w, h): (f64, f64)) -> (f64, f64) {
    if (from.k - to.k).abs() < 1e-9 {
        return (w / 2.0, h / 2.0);
    }
    let qx = (to.x - from.x) / (from.k - to.k);
    let qy = (to.y - from.y) / (from.k - to.k);
    to.apply(qx, qy)
}

/// The decision once the view of `layout` settles at `now`, having settled last at `before`:
/// `opened` is the chain unfolded by zooming, if any, and `fitted` the view that shows the whole
/// drawing in a `size` view. Only a zoom in unfolds: past [`UNFOLD_AT`] times the fitted zoom, the
/// chain (folded, or the one open) whose node is nearest the point the view zoomed about, within a
/// quarter of the view's shorter side. Fitting the view, or zooming out below [`FOLD_BELOW`] times
/// it, folds the chain again; panning changes nothing.
pub fn after_settle(
    layout: &Layout,
    opened: Option<usize>,
    before: Viewport,
    now: Viewport,
    fitted: Viewport,
    size: (f64, f64),
) -> ZoomUnfold {
    if opened.is_some() && now.k < fitted.k * FOLD_BELOW {
        return ZoomUnfold::Fold;
    }
    if now.k <= before.k * (1.0 + 1e-6) || now.k < fitted.k * UNFOLD_AT {
        return ZoomUnfold::Keep;
    }
    let at = zoom_anchor(before, now, size);
    let reach = size.0.min(size.1) / 4.0;
    let chains = layout.folded.iter().map(|&(c, _)| c).chain(opened);
    let nearest = chains
        .filter_map(|c| {
            let p = layout.nodes.get(c).copied().flatten()?;
            let (x, y) = now.apply(p.x, p.y);
            let d = math::hypot(x - at.0, y - at.1);
            (d <= reach).then_some((c, d))
        })
        .min_by(|a, b| a.1.total_cmp(&b.1));
    match nearest {
        Some((c, _)) if Some(c) != opened => ZoomUnfold::Open(c),
        _ => ZoomUnfold::Keep,
    }
}

/// The most places tried as the middle of a framing that cannot show every node.
const MAX_CENTRES: usize = 200;

/// The view that frames `nodes` (an unfolded chain and its members, drawn at `places`) in a
/// `size` view: zoomed out from `now` as far as needed to show them all, centred on them; but
/// never below `min_k` (where the chain would fold again): then centred where most of them show.
pub fn framing(
    places: &[Option<NodePlace>],
    nodes: &[usize],
    now: Viewport,
    min_k: f64,
    (w, h): (f64, f64),
) -> Viewport {
    let drawn: Vec<NodePlace> = nodes.iter().filter_map(|&i| places.get(i).copied().flatten()).collect();
    let Some(first) = drawn.first() else { return now };
    let (x0, y0, x1, y1) = drawn
        .iter()
        .fold((first.x, first.y, first.x, first.y), |(x0, y0, x1, y1), p| {
            (
                x0.min(p.x - p.r),
                y0.min(p.y - p.r),
                x1.max(p.x + p.r),
                y1.max(p.y + p.r),
            )
        });
    // Room around them for their names, on screen.
    let pad = 56.0;
    let (room_w, room_h) = ((w - 2.0 * pad).max(1.0), (h - 2.0 * pad).max(1.0));
    let fits = (room_w / (x1 - x0).max(1.0)).min(room_h / (y1 - y0).max(1.0));
    let k = fits.min(now.k).max(min_k);
    let (cx, cy) = if k <= fits {
        ((x0 + x1) / 2.0, (y0 + y1) / 2.0)
    } else {
        // The node (the chain first) whose place, in the middle, shows the most of them.
        let (half_w, half_h) = (room_w / 2.0 / k, room_h / 2.0 / k);
        let inside = |c: &NodePlace, p: &NodePlace| (p.x - c.x).abs() <= half_w && (p.y - c.y).abs() <= half_h;
        let step = drawn.len().div_ceil(MAX_CENTRES);
        let best = drawn.iter().step_by(step).fold((first, 0), |best, c| {
            let n = drawn.iter().filter(|p| inside(c, p)).count();
            if n > best.1 {
                (c, n)
            } else {
                best
            }
        });
        // Then centred on those it shows, so the room left over is shared on both sides.
        let shown = drawn.iter().filter(|p| inside(best.0, p));
        let (x0, y0, x1, y1) = shown.fold((f64::MAX, f64::MAX, f64::MIN, f64::MIN), |(x0, y0, x1, y1), p| {
            (x0.min(p.x), y0.min(p.y), x1.max(p.x), y1.max(p.y))
        });
        ((x0 + x1) / 2.0, (y0 + y1) / 2.0)
    };
    Viewport {
        k,
        x: w / 2.0 - cx * k,
        y: h / 2.0 - cy * k,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::synthetic::synthetic;
    use crate::layout::radial_open;
    use crate::layout::Lettering;
    use crate::model::filter::Filters;
    use crate::model::graph::Graph;
    use crate::model::Lang;

    const SIZE: (f64, f64) = (900.0, 600.0);

    fn folded_and(open: Option<usize>) -> (Graph, Layout) {
        let g = Graph::from_dataset(&synthetic(400));
        let l = radial_open(&g, &Filters::default(), open, SIZE.0, SIZE.1, Lettering::from(Lang::Zh));
        (g, l)
    }

    /// The view zoomed by `k` about the point where node `c` is on screen.
    fn wheel_over(l: &Layout, c: usize, k: f64) -> Viewport {
        let p = l.nodes[c].unwrap();
        Viewport::IDENTITY.zoom_at(k, p.x, p.y)
    }

    /// The unfolded chain `c` and its members.
    fn chain_and_members(g: &Graph, c: usize) -> Vec<usize> {
        std::iter::once(c).chain(g.children(c)).collect()
    }

    #[test]
    fn an_unfolded_chain_is_framed_with_its_members_never_below_the_fold() {
        let (_, folded) = folded_and(None);
        let (c, members) = folded.folded[3];
        let (g, l) = folded_and(Some(c));
        let nodes = chain_and_members(&g, c);
        assert_eq!(nodes.len(), members + 1);
        let on_screen = |v: Viewport| {
            nodes
                .iter()
                .filter(|&&i| {
                    let p = l.nodes[i].unwrap();
                    let (x, y) = v.apply(p.x, p.y);
                    (0.0..=SIZE.0).contains(&x) && (0.0..=SIZE.1).contains(&y)
                })
                .count()
        };
        let zoomed = wheel_over(&folded, c, 2.6);
        // Room to show them all: zoomed out just enough, every one of them in view.
        let wide = framing(&l.nodes, &nodes, zoomed, 1.0, SIZE);
        assert!(wide.k < zoomed.k && wide.k >= 1.0);
        assert_eq!(on_screen(wide), nodes.len());
        // Not below the zoom where the chain would fold: the middle of them, most in view.
        let near = framing(&l.nodes, &nodes, zoomed, 2.0, SIZE);
        assert_eq!(near.k, 2.0);
        assert!(
            on_screen(near) * 2 > nodes.len(),
            "{} of {} in view",
            on_screen(near),
            nodes.len()
        );
        // Zoomed less than it takes to show them all, the zoom stays.
        let out = Viewport { k: 0.5, ..zoomed };
        assert_eq!(framing(&l.nodes, &nodes, out, 0.4, SIZE).k, 0.5);
        assert_eq!(
            framing(&l.nodes, &[], zoomed, 2.0, SIZE),
            zoomed,
            "nothing drawn to frame"
        );
    }

    #[test]
    fn the_anchor_is_the_point_that_stayed_put() {
        let v = Viewport::IDENTITY.zoom_at(2.5, 300.0, 200.0);
        let (x, y) = zoom_anchor(Viewport::IDENTITY, v, SIZE);
        assert!((x - 300.0).abs() < 1e-6 && (y - 200.0).abs() < 1e-6);
        let panned = v.pan(40.0, 0.0);
        assert_eq!(zoom_anchor(v, panned, SIZE), (450.0, 300.0), "no zoom: the middle");
    }

    #[test]
    fn zooming_well_into_a_folded_chain_unfolds_it() {
        let (_, l) = folded_and(None);
        let (c, _) = l.folded[3];
        let fit = Viewport::IDENTITY;
        assert_eq!(
            after_settle(&l, None, fit, wheel_over(&l, c, 2.0), fit, SIZE),
            ZoomUnfold::Open(c)
        );
        let short = wheel_over(&l, c, 1.9);
        assert_eq!(
            after_settle(&l, None, fit, short, fit, SIZE),
            ZoomUnfold::Keep,
            "not far enough in"
        );
        // Two steps: the second, from 1.9 to 2.2 about the same point, unfolds it.
        let p = l.nodes[c].unwrap();
        let (sx, sy) = short.apply(p.x, p.y);
        let second = short.zoom_at(2.2 / 1.9, sx, sy);
        assert_eq!(after_settle(&l, None, short, second, fit, SIZE), ZoomUnfold::Open(c));
    }

    #[test]
    fn zooming_in_away_from_chains_or_panning_unfolds_nothing() {
        let (_, l) = folded_and(None);
        let fit = Viewport::IDENTITY;
        // The middle of the drawing is the district, far from every chain.
        let middle = Viewport::IDENTITY.zoom_at(3.0, SIZE.0 / 2.0, SIZE.1 / 2.0);
        assert_eq!(after_settle(&l, None, fit, middle, fit, SIZE), ZoomUnfold::Keep);
        let (c, _) = l.folded[3];
        let zoomed = wheel_over(&l, c, 2.5);
        assert_eq!(
            after_settle(&l, None, zoomed, zoomed.pan(30.0, 0.0), fit, SIZE),
            ZoomUnfold::Keep
        );
    }

    #[test]
    fn an_unfolded_chain_stays_open_zoomed_further_and_folds_zoomed_out_or_fitted() {
        let (_, folded) = folded_and(None);
        let (c, _) = folded.folded[3];
        let (_, l) = folded_and(Some(c));
        assert!(l.folded.iter().all(|&(f, _)| f != c), "drawn unfolded");
        let fit = Viewport::IDENTITY;
        let v = wheel_over(&l, c, 2.5);
        let p = l.nodes[c].unwrap();
        let (sx, sy) = v.apply(p.x, p.y);
        let further = v.zoom_at(1.5, sx, sy);
        assert_eq!(after_settle(&l, Some(c), v, further, fit, SIZE), ZoomUnfold::Keep);
        let out = further.zoom_at(1.4 / further.k, sx, sy);
        assert_eq!(after_settle(&l, Some(c), further, out, fit, SIZE), ZoomUnfold::Fold);
        assert_eq!(after_settle(&l, Some(c), further, fit, fit, SIZE), ZoomUnfold::Fold);
        assert_eq!(
            after_settle(&l, None, further, fit, fit, SIZE),
            ZoomUnfold::Keep,
            "nothing to fold"
        );
        // Zoomed well into another folded chain, that one unfolds instead.
        let (other, _) = l.folded[0];
        let q = l.nodes[other].unwrap();
        let there = Viewport::IDENTITY.zoom_at(2.5, q.x, q.y);
        assert_eq!(
            after_settle(&l, Some(c), fit, there, fit, SIZE),
            ZoomUnfold::Open(other)
        );
    }
}
