//! Horizontal bar charts (diverging around zero) for improvement figures and counts.

use crate::layout::labels::text_width;
use crate::math;

use super::svg::{Anchor, Baseline, Rgb, Svg};

/// One bar: its category label, value, the value as printed, and its colour.
#[derive(Debug, Clone, PartialEq)]
pub struct Bar {
    pub label: String,
    pub value: f64,
    pub value_text: String,
    pub rgb: (u8, u8, u8),
}

/// A whole chart: title, axis caption with unit, bars top to bottom, and drawing width in pixels.
#[derive(Debug, Clone, PartialEq)]
pub struct BarChart {
    pub title: String,
    pub axis: String,
    pub bars: Vec<Bar>,
    pub width: u32,
    /// Shown instead of bars when there are none.
    pub empty_text: String,
}

pub(super) const TEXT: Rgb = (31, 41, 55);
pub(super) const MUTED: Rgb = (75, 85, 99);
pub(super) const GRID: Rgb = (229, 231, 235);

/// Round tick values covering `lo..=hi`: steps of 1, 2 or 5 times a power of ten, about `count` of them.
pub fn nice_ticks(lo: f64, hi: f64, count: usize) -> Vec<f64> {
    let span = hi - lo;
    if !(span.is_finite() && span > 0.0) {
        return vec![lo];
    }
    let raw = span / count.max(1) as f64;
    let power = math::pow(10.0, math::log10(raw).floor());
    let step = [1.0, 2.0, 5.0, 10.0]
        .into_iter()
        .map(|m| m * power)
        .find(|s| *s >= raw)
        .unwrap_or(10.0 * power);
    let first = (lo / step).ceil() as i64;
    let last = (hi / step).floor() as i64;
    (first..=last)
        .map(|k| k as f64 * step)
        .map(|v| if v.abs() < step * 1e-9 { 0.0 } else { v })
        .collect()
}

/// Draws the chart; never panics, and an empty or unusable series gives a "no data" chart.
pub fn bar_chart(c: &BarChart) -> String {
    let width = c.width.clamp(240, 2000);
    let bars: Vec<&Bar> = c.bars.iter().filter(|b| b.value.is_finite()).collect();
    if bars.is_empty() {
        return no_data_chart(&c.title, &c.empty_text, width);
    }
    // Each row: its label on one line, the bar beneath it, so long labels never get cut.
    let (top, row_h, bottom) = (48.0, 50.0, 60.0);
    let height = (top + bars.len() as f64 * row_h + bottom) as u32;
    let lo = bars.iter().map(|b| b.value).fold(0.0, f64::min);
    let hi = bars.iter().map(|b| b.value).fold(0.0, f64::max);
    let span = (hi - lo).max(f64::EPSILON);
    // Room at each end for the printed values.
    let value_w = bars.iter().map(|b| text_width(&b.value_text, 14.0)).fold(0.0, f64::max) + 10.0;
    let (left, right) = (14.0, width as f64 - 14.0);
    let plot_w = right - left;
    let pad = span * value_w / (plot_w - 2.0 * value_w).max(plot_w * 0.4);
    let x_lo = if lo < 0.0 { lo - pad } else { 0.0 };
    let x_hi = if hi > 0.0 { hi + pad } else { 0.0 };
    let x = |v: f64| (left + (v - x_lo) / (x_hi - x_lo) * plot_w).round() as i32;
    let y_axis = (top + bars.len() as f64 * row_h) as i32;
    let mid = width as i32 / 2;

    let mut svg = Svg::new(width, height, &c.title);
    svg.text((mid, 10), 18.0, TEXT, Anchor::Middle, Baseline::Top, &c.title);
    for t in nice_ticks(x_lo, x_hi, 5) {
        // The zero line stands out from the grid.
        let stroke = if t == 0.0 { MUTED } else { GRID };
        svg.line((x(t), top as i32 - 6), (x(t), y_axis), stroke, 1);
        let label = crate::metrics::num(t, 1);
        svg.text((x(t), y_axis + 6), 13.0, MUTED, Anchor::Middle, Baseline::Top, &label);
    }
    svg.line((left as i32, y_axis), (right as i32, y_axis), (156, 163, 175), 1);
    svg.text((mid, y_axis + 28), 13.0, MUTED, Anchor::Middle, Baseline::Top, &c.axis);
    for (i, b) in bars.iter().enumerate() {
        let row = top + i as f64 * row_h;
        svg.text(
            (left as i32, (row + 12.0) as i32),
            15.0,
            TEXT,
            Anchor::Start,
            Baseline::Middle,
            &b.label,
        );
        let (x0, x1) = (x(0.0).min(x(b.value)), x(0.0).max(x(b.value)));
        svg.rect((x0, (row + 24.0) as i32), (x1.max(x0 + 1), (row + 42.0) as i32), b.rgb);
        let (anchor, at) = if b.value < 0.0 {
            (Anchor::End, x0 - 5)
        } else {
            (Anchor::Start, x1 + 5)
        };
        svg.text(
            (at, (row + 33.0) as i32),
            14.0,
            TEXT,
            anchor,
            Baseline::Middle,
            &b.value_text,
        );
    }
    svg.finish()
}

/// A titled chart that says there is nothing to draw.
pub fn no_data_chart(title_text: &str, empty_text: &str, width: u32) -> String {
    let mid = width as i32 / 2;
    let mut svg = Svg::new(width, 120, title_text);
    svg.text((mid, 12), 17.0, TEXT, Anchor::Middle, Baseline::Top, title_text);
    svg.text((mid, 72), 15.0, MUTED, Anchor::Middle, Baseline::Middle, empty_text);
    svg.finish()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn chart(bars: Vec<Bar>) -> BarChart {
        BarChart {
            title: "改造成效".into(),
            axis: "变化（%）".into(),
            bars,
            width: 480,
            empty_text: "暂无数据".into(),
        }
    }

    fn bar(label: &str, value: f64) -> Bar {
        Bar {
            label: label.into(),
            value,
            value_text: format!("{value}%"),
            rgb: (0, 114, 178),
        }
    }

    #[test]
    fn one_rect_per_bar_with_labels() {
        let svg = bar_chart(&chart(vec![
            bar("生产效率", 139.18),
            bar("运营成本", -28.5),
            bar("不良品率", -34.0),
        ]));
        assert!(svg.starts_with("<svg class=\"chart\" role=\"img\" aria-label=\"改造成效\""));
        assert_eq!(svg.matches("fill=\"#0072B2\"").count(), 3, "{svg}");
        for text in [
            "生产效率",
            "运营成本",
            "不良品率",
            "139.18%",
            "-28.5%",
            "变化（%）",
            "<title>改造成效</title>",
        ] {
            assert!(svg.contains(text), "missing {text}");
        }
    }

    #[test]
    fn hostile_text_is_escaped() {
        let mut c = chart(vec![
            bar("<script>alert(1)</script>", 5.0),
            bar("<img src=x onerror=alert(1)>", 3.0),
        ]);
        c.title = "\"><script>x</script>".into();
        let svg = bar_chart(&c);
        assert!(!svg.contains("<script") && !svg.contains("<img"), "{svg}");
        assert!(svg.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
    }

    #[test]
    fn empty_or_unusable_data_gives_no_data_chart() {
        for bars in [vec![], vec![bar("x", f64::NAN)], vec![bar("y", f64::INFINITY)]] {
            let svg = bar_chart(&chart(bars));
            assert!(svg.contains("暂无数据"));
            assert!(!svg.contains("<rect"));
        }
    }

    #[test]
    fn ticks_are_round_and_cover_the_range() {
        assert_eq!(nice_ticks(-40.0, 160.0, 5), [0.0, 50.0, 100.0, 150.0]);
        assert_eq!(nice_ticks(-35.0, 12.0, 5), [-30.0, -20.0, -10.0, 0.0, 10.0]);
        assert_eq!(nice_ticks(0.0, 4.4, 5), [0.0, 1.0, 2.0, 3.0, 4.0]);
        assert_eq!(nice_ticks(3.0, 3.0, 5), [3.0]);
        assert_eq!(nice_ticks(f64::NAN, 1.0, 5).len(), 1);
    }

    #[test]
    fn all_zero_values_still_draw() {
        let svg = bar_chart(&chart(vec![bar("a", 0.0), bar("b", 0.0)]));
        assert!(svg.contains(">\na\n") || svg.contains("a\n</text>"), "{svg}");
    }
}
