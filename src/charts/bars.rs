//! Horizontal bar charts (diverging around zero) for improvement figures and counts.

use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};

use crate::layout::labels::text_width;

use super::FONT;

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

/// Escapes text for use inside SVG/XML markup.
pub fn escape_xml(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '&' => out.push_str("&amp;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            c => out.push(c),
        }
    }
    out
}

/// Gives the plotters SVG an accessible name and the `chart` class.
fn finish(svg: String, title: &str) -> String {
    let title = escape_xml(title);
    svg.replacen(
        "<svg ",
        &format!("<svg class=\"chart\" role=\"img\" aria-label=\"{title}\" "),
        1,
    )
    .replacen(">\n", &format!(">\n<title>{title}</title>\n"), 1)
}

const TEXT: RGBColor = RGBColor(31, 41, 55);
const MUTED: RGBColor = RGBColor(75, 85, 99);

/// Draws the chart; never panics, and an empty or unusable series gives a "no data" chart.
pub fn bar_chart(c: &BarChart) -> String {
    let width = c.width.clamp(240, 2000);
    let bars: Vec<&Bar> = c.bars.iter().filter(|b| b.value.is_finite()).collect();
    if bars.is_empty() {
        return no_data(c, width);
    }
    let rows = bars.len();
    // Each row: its label on one line, the bar beneath it, so long labels never get cut.
    let row_h = 52;
    let height = (48 + rows * row_h + 56) as u32;
    let lo = bars.iter().map(|b| b.value).fold(0.0, f64::min);
    let hi = bars.iter().map(|b| b.value).fold(0.0, f64::max);
    let span = (hi - lo).max(f64::EPSILON);
    // Room at each end for the printed values.
    let value_w = bars.iter().map(|b| text_width(&b.value_text, 14.0)).fold(0.0, f64::max) + 10.0;
    let plot_w = (width as f64 - 40.0).max(120.0);
    let pad = span * value_w / (plot_w - 2.0 * value_w).max(plot_w * 0.4);
    let x_lo = if lo < 0.0 { lo - pad } else { 0.0 };
    let x_hi = if hi > 0.0 { hi + pad } else { 0.0 };
    let y_top = rows as f64;

    let mut svg = String::new();
    {
        let root = SVGBackend::with_string(&mut svg, (width, height)).into_drawing_area();
        let drawn = (|| -> Result<(), Box<dyn std::error::Error + '_>> {
            let mut chart = ChartBuilder::on(&root)
                .caption(&c.title, (FONT, 20).into_font().color(&TEXT))
                .margin(12)
                .x_label_area_size(44)
                .y_label_area_size(4)
                .build_cartesian_2d(x_lo..x_hi, 0.0..y_top)?;
            chart
                .configure_mesh()
                .disable_y_mesh()
                .y_labels(0)
                .light_line_style(TRANSPARENT)
                .bold_line_style(RGBColor(229, 231, 235))
                .axis_style(RGBColor(156, 163, 175))
                .x_desc(&c.axis)
                .x_labels(5)
                .x_label_formatter(&|v| crate::metrics::num(*v, 1))
                .label_style((FONT, 15).into_font().color(&MUTED))
                .axis_desc_style((FONT, 15).into_font().color(&MUTED))
                .draw()?;
            // Row i (top to bottom) spans y_top-i-1 .. y_top-i: label in the upper half, bar in the lower.
            let base = |i: usize| y_top - i as f64 - 1.0;
            let label_style = (FONT, 16)
                .into_font()
                .color(&TEXT)
                .pos(Pos::new(HPos::Left, VPos::Center));
            chart.draw_series(bars.iter().enumerate().map(|(i, b)| {
                Text::new(
                    b.label.clone(),
                    (x_lo + span * 0.005, base(i) + 0.72),
                    label_style.clone(),
                )
            }))?;
            chart.draw_series(bars.iter().enumerate().map(|(i, b)| {
                let (r, g, bl) = b.rgb;
                Rectangle::new(
                    [(0.0, base(i) + 0.12), (b.value, base(i) + 0.48)],
                    RGBColor(r, g, bl).filled(),
                )
            }))?;
            chart.draw_series([PathElement::new(vec![(0.0, 0.0), (0.0, y_top)], RGBColor(75, 85, 99))])?;
            chart.draw_series(bars.iter().enumerate().map(|(i, b)| {
                let pos = if b.value < 0.0 {
                    Pos::new(HPos::Right, VPos::Center)
                } else {
                    Pos::new(HPos::Left, VPos::Center)
                };
                let nudge = if b.value < 0.0 { -span * 0.015 } else { span * 0.015 };
                Text::new(
                    b.value_text.clone(),
                    (b.value + nudge, base(i) + 0.3),
                    (FONT, 16).into_font().color(&TEXT).pos(pos),
                )
            }))?;
            root.present()?;
            Ok(())
        })();
        if drawn.is_err() {
            drop(root);
            return no_data(c, width);
        }
    }
    finish(svg, &c.title)
}

fn no_data(c: &BarChart, width: u32) -> String {
    let mut svg = String::new();
    {
        let root = SVGBackend::with_string(&mut svg, (width, 120)).into_drawing_area();
        let style = (FONT, 15)
            .into_font()
            .color(&MUTED)
            .pos(Pos::new(HPos::Center, VPos::Center));
        let title = (FONT, 17)
            .into_font()
            .color(&TEXT)
            .pos(Pos::new(HPos::Center, VPos::Top));
        let w = width as i32;
        // Drawing plain text on an SVG string cannot fail in a way worth reporting.
        let _ = root.draw(&Text::new(c.title.clone(), (w / 2, 12), title));
        let _ = root.draw(&Text::new(c.empty_text.clone(), (w / 2, 72), style));
        let _ = root.present();
    }
    finish(svg, &c.title)
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
    fn all_zero_values_still_draw() {
        let svg = bar_chart(&chart(vec![bar("a", 0.0), bar("b", 0.0)]));
        assert!(svg.contains(">\na\n") || svg.contains("a\n</text>"), "{svg}");
    }
}
