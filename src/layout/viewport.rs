//! The pan/zoom transform of a graph view: zoom about a point, pan, fit, centre on a node.

use super::Rect;
use crate::math;

/// Screen = layout × `k` + (`x`, `y`).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Viewport {
    pub k: f64,
    pub x: f64,
    pub y: f64,
}

impl Default for Viewport {
    fn default() -> Self {
        Viewport::IDENTITY
    }
}

pub const MIN_ZOOM: f64 = 0.25;
pub const MAX_ZOOM: f64 = 8.0;

impl Viewport {
    pub const IDENTITY: Viewport = Viewport { k: 1.0, x: 0.0, y: 0.0 };

    /// Scales by `factor` keeping the layout point under screen point (`px`, `py`) where it is.
    pub fn zoom_at(self, factor: f64, px: f64, py: f64) -> Viewport {
        if !factor.is_finite() || factor <= 0.0 {
            return self;
        }
        let k = (self.k * factor).clamp(MIN_ZOOM, MAX_ZOOM);
        let f = k / self.k;
        Viewport {
            k,
            x: px - (px - self.x) * f,
            y: py - (py - self.y) * f,
        }
    }

    pub fn pan(self, dx: f64, dy: f64) -> Viewport {
        Viewport {
            x: self.x + dx,
            y: self.y + dy,
            ..self
        }
    }

    /// The screen point of a layout point.
    pub fn apply(self, x: f64, y: f64) -> (f64, f64) {
        (x * self.k + self.x, y * self.k + self.y)
    }

    /// The layout point under a screen point.
    pub fn invert(self, x: f64, y: f64) -> (f64, f64) {
        ((x - self.x) / self.k, (y - self.y) / self.k)
    }

    /// Keeps the zoomed drawing (`width` × `height` at scale 1) from leaving the screen: at least a
    /// quarter of the view stays covered.
    pub fn clamp(self, width: f64, height: f64) -> Viewport {
        let k = self.k.clamp(MIN_ZOOM, MAX_ZOOM);
        let (mx, my) = (width * 0.75, height * 0.75);
        // Bounds from the view's size: `max` then `min` never panic, whatever a size may be.
        Viewport {
            k,
            x: self.x.max(-width * k + width - mx).min(mx),
            y: self.y.max(-height * k + height - my).min(my),
        }
    }

    /// Puts layout point (`x`, `y`) at the centre of a `width` × `height` view, zooming in to at least `min_k`.
    pub fn centre_on(self, x: f64, y: f64, width: f64, height: f64, min_k: f64) -> Viewport {
        let k = self.k.max(min_k).clamp(MIN_ZOOM, MAX_ZOOM);
        Viewport {
            k,
            x: width / 2.0 - x * k,
            y: height / 2.0 - y * k,
        }
    }

    /// The transform that shows `content` whole inside a `width` × `height` view, never enlarging.
    pub fn fit(content: Rect, width: f64, height: f64) -> Viewport {
        let (cw, ch) = (content.x1 - content.x0, content.y1 - content.y0);
        if cw <= 0.0 || ch <= 0.0 || width <= 0.0 || height <= 0.0 {
            return Viewport::IDENTITY;
        }
        let k = (width / cw).min(height / ch).clamp(MIN_ZOOM, 1.0);
        Viewport {
            k,
            x: (width - cw * k) / 2.0 - content.x0 * k,
            y: (height - ch * k) / 2.0 - content.y0 * k,
        }
    }

    /// Linear blend from `self` to `to` at `t` in 0..=1 (zoom blended geometrically).
    pub fn lerp(self, to: Viewport, t: f64) -> Viewport {
        let k = self.k * math::pow(to.k / self.k, t);
        Viewport {
            k,
            x: self.x + (to.x - self.x) * t,
            y: self.y + (to.y - self.y) * t,
        }
    }

    /// `k,x,y` with 3, 1 and 1 decimals, for the URL.
    pub fn code(self) -> String {
        format!("{:.3},{:.1},{:.1}", self.k, self.x, self.y)
    }

    /// Reads [`Viewport::code`]; anything malformed or out of range gives `None`.
    pub fn parse(s: &str) -> Option<Viewport> {
        let mut it = s
            .split(',')
            .map(|p| crate::model::decimal::parse_decimal(p.trim()).filter(|v| v.is_finite()));
        let (k, x, y) = (it.next()??, it.next()??, it.next()??);
        if it.next().is_some() || !(MIN_ZOOM..=MAX_ZOOM).contains(&k) || x.abs() > 1e6 || y.abs() > 1e6 {
            return None;
        }
        Some(Viewport { k, x, y })
    }

    pub fn is_identity(self) -> bool {
        (self.k - 1.0).abs() < 1e-3 && self.x.abs() < 0.05 && self.y.abs() < 0.05
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn zoom_keeps_the_point_under_the_pointer() {
        let v = Viewport::IDENTITY.pan(30.0, -10.0);
        let (lx, ly) = v.invert(200.0, 150.0);
        let z = v.zoom_at(2.0, 200.0, 150.0);
        let (sx, sy) = z.apply(lx, ly);
        assert!((sx - 200.0).abs() < 1e-9 && (sy - 150.0).abs() < 1e-9);
        assert_eq!(z.k, 2.0);
        assert_eq!(Viewport::IDENTITY.zoom_at(1e9, 0.0, 0.0).k, MAX_ZOOM);
        assert_eq!(Viewport::IDENTITY.zoom_at(f64::NAN, 0.0, 0.0), Viewport::IDENTITY);
    }

    #[test]
    fn fit_and_centre() {
        let content = Rect {
            x0: 100.0,
            y0: 100.0,
            x1: 500.0,
            y1: 300.0,
        };
        let v = Viewport::fit(content, 200.0, 200.0);
        assert_eq!(v.k, 0.5);
        assert_eq!(v.apply(100.0, 100.0), (0.0, 50.0));
        let c = Viewport::IDENTITY.centre_on(50.0, 80.0, 400.0, 300.0, 1.5);
        assert_eq!(c.apply(50.0, 80.0), (200.0, 150.0));
        assert_eq!(c.k, 1.5);
    }

    #[test]
    fn clamp_keeps_the_drawing_in_view() {
        let far = Viewport {
            k: 1.0,
            x: 5000.0,
            y: -5000.0,
        }
        .clamp(400.0, 300.0);
        assert!(far.x <= 300.0 && far.y >= -225.0);
        // A view not yet measured (or measured as nonsense) must not stop the page.
        for (w, h) in [(f64::NAN, 300.0), (-400.0, 300.0), (0.0, 0.0)] {
            let v = far.clamp(w, h);
            assert_eq!(v.k, 1.0, "{w}×{h}");
        }
    }

    #[test]
    fn url_code_round_trips_and_rejects_junk() {
        let v = Viewport {
            k: 1.75,
            x: -12.25,
            y: 40.0,
        };
        assert_eq!(v.code(), "1.750,-12.2,40.0");
        let back = Viewport::parse(&v.code()).unwrap();
        assert!((back.k - 1.75).abs() < 1e-9 && (back.x + 12.2).abs() < 1e-9);
        for junk in [
            "", "1,2", "1,2,3,4", "x,1,1", "100,0,0", "NaN,0,0", "1,1e9,0", "inf,0,0",
        ] {
            assert_eq!(Viewport::parse(junk), None, "{junk}");
        }
        assert_eq!(Viewport::parse("2,0,0"), Some(Viewport { k: 2.0, x: 0.0, y: 0.0 }));
    }

    #[test]
    fn lerp_ends_where_it_should() {
        let a = Viewport::IDENTITY;
        let b = Viewport {
            k: 4.0,
            x: 100.0,
            y: 50.0,
        };
        assert_eq!(a.lerp(b, 0.0), a);
        assert_eq!(a.lerp(b, 1.0), b);
        assert!((a.lerp(b, 0.5).k - 2.0).abs() < 1e-9);
    }
}
