//! Percent charts: bullet bars for shares on a 0–100 track, and before→after dumbbells.

use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};

use super::bars::{finish, MUTED, TEXT};
use super::FONT;

/// One share: label, value in percent (0–100), printed value, colour.
#[derive(Debug, Clone, PartialEq)]
pub struct Share {
    pub label: String,
    pub value: f64,
    pub value_text: String,
    pub rgb: (u8, u8, u8),
}

/// One before→after pair, in percent.
#[derive(Debug, Clone, PartialEq)]
pub struct Pair {
    pub label: String,
    pub before: f64,
    pub after: f64,
    pub before_text: String,
    pub after_text: String,
    pub rgb: (u8, u8, u8),
}

fn style(size: f64, colour: &RGBColor, h: HPos, v: VPos) -> TextStyle<'static> {
    (FONT, size).into_font().color(colour).pos(Pos::new(h, v))
}

/// Draws rows on a shared 0–100 % track: each row gets its label line and a band to draw in.
fn percent_rows<F>(title: &str, width: u32, rows: usize, mut row: F) -> Option<String>
where
    F: FnMut(
        &DrawingArea<SVGBackend, plotters::coord::Shift>,
        usize,
        f64,
        &dyn Fn(f64) -> i32,
    ) -> Result<(), Box<dyn std::error::Error>>,
{
    let width = width.clamp(240, 2000);
    let (top, row_h) = (48.0, 50.0);
    let height = (top + rows as f64 * row_h + 40.0) as u32;
    let (left, right) = (14.0, width as f64 - 60.0);
    let x = move |v: f64| (left + v.clamp(0.0, 100.0) / 100.0 * (right - left)).round() as i32;
    let mut svg = String::new();
    {
        let root = SVGBackend::with_string(&mut svg, (width, height)).into_drawing_area();
        let mut draw = || -> Result<(), Box<dyn std::error::Error>> {
            root.draw(&Text::new(
                title.to_string(),
                (width as i32 / 2, 10),
                style(18.0, &TEXT, HPos::Center, VPos::Top),
            ))?;
            let axis = (top + rows as f64 * row_h) as i32;
            for t in [0.0, 25.0, 50.0, 75.0, 100.0] {
                root.draw(&PathElement::new(
                    vec![(x(t), top as i32 - 6), (x(t), axis)],
                    RGBColor(229, 231, 235),
                ))?;
                root.draw(&Text::new(
                    format!("{t}%"),
                    (x(t), axis + 6),
                    style(13.0, &MUTED, HPos::Center, VPos::Top),
                ))?;
            }
            for i in 0..rows {
                row(&root, i, top + i as f64 * row_h, &x)?;
            }
            root.present()?;
            Ok(())
        };
        draw().ok()?;
    }
    Some(finish(svg, title))
}

/// Bullet bars: each share filled along a 0–100 % track.
pub fn bullet_chart(title: &str, items: &[Share], width: u32, empty: &str) -> String {
    let items: Vec<&Share> = items.iter().filter(|s| s.value.is_finite()).collect();
    if items.is_empty() {
        return super::bars::no_data_chart(title, empty, width);
    }
    percent_rows(title, width, items.len(), |root, i, row, x| {
        let s = items[i];
        let (r, g, b) = s.rgb;
        root.draw(&Text::new(
            s.label.clone(),
            (x(0.0), (row + 12.0) as i32),
            style(15.0, &TEXT, HPos::Left, VPos::Center),
        ))?;
        root.draw(&Rectangle::new(
            [(x(0.0), (row + 24.0) as i32), (x(100.0), (row + 42.0) as i32)],
            RGBColor(243, 244, 246).filled(),
        ))?;
        root.draw(&Rectangle::new(
            [
                (x(0.0), (row + 24.0) as i32),
                (x(s.value).max(x(0.0) + 1), (row + 42.0) as i32),
            ],
            RGBColor(r, g, b).filled(),
        ))?;
        root.draw(&Text::new(
            s.value_text.clone(),
            (x(100.0) + 6, (row + 33.0) as i32),
            style(14.0, &TEXT, HPos::Left, VPos::Center),
        ))?;
        Ok(())
    })
    .unwrap_or_else(|| super::bars::no_data_chart(title, empty, width))
}

/// Dumbbells: a hollow dot at the value before, a filled one after, joined by a line.
pub fn dumbbell_chart(title: &str, items: &[Pair], width: u32, empty: &str) -> String {
    let items: Vec<&Pair> = items
        .iter()
        .filter(|p| p.before.is_finite() && p.after.is_finite())
        .collect();
    if items.is_empty() {
        return super::bars::no_data_chart(title, empty, width);
    }
    percent_rows(title, width, items.len(), |root, i, row, x| {
        let p = items[i];
        let colour = RGBColor(p.rgb.0, p.rgb.1, p.rgb.2);
        let y = (row + 33.0) as i32;
        root.draw(&Text::new(
            p.label.clone(),
            (x(0.0), (row + 12.0) as i32),
            style(15.0, &TEXT, HPos::Left, VPos::Center),
        ))?;
        root.draw(&PathElement::new(
            vec![(x(p.before), y), (x(p.after), y)],
            colour.stroke_width(4),
        ))?;
        root.draw(&Circle::new(
            (x(p.before), y),
            7,
            ShapeStyle {
                color: colour.to_rgba(),
                filled: false,
                stroke_width: 3,
            },
        ))?;
        root.draw(&Circle::new((x(p.after), y), 8, colour.filled()))?;
        let rising = p.after >= p.before;
        let (bh, ah) = if rising {
            (HPos::Right, HPos::Left)
        } else {
            (HPos::Left, HPos::Right)
        };
        let nudge = if rising { 12 } else { -12 };
        root.draw(&Text::new(
            p.before_text.clone(),
            (x(p.before) - nudge, y),
            style(14.0, &MUTED, bh, VPos::Center),
        ))?;
        root.draw(&Text::new(
            p.after_text.clone(),
            (x(p.after) + nudge, y),
            style(14.0, &TEXT, ah, VPos::Center),
        ))?;
        Ok(())
    })
    .unwrap_or_else(|| super::bars::no_data_chart(title, empty, width))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bullet_draws_a_track_and_a_fill_per_share() {
        let items = [("数控化率", 71.9), ("普及率", 75.2)].map(|(l, v)| Share {
            label: l.into(),
            value: v,
            value_text: format!("{v}%"),
            rgb: (0, 114, 178),
        });
        let svg = bullet_chart("数字化", &items, 400, "暂无数据");
        assert_eq!(svg.matches("fill=\"#F3F4F6\"").count(), 2);
        assert_eq!(svg.matches("fill=\"#0072B2\"").count(), 2);
        assert!(svg.contains("71.9%") && svg.contains("数控化率") && svg.contains("100%"));
    }

    #[test]
    fn dumbbell_marks_before_and_after() {
        let p = Pair {
            label: "自动化率".into(),
            before: 15.0,
            after: 45.0,
            before_text: "15%".into(),
            after_text: "45%".into(),
            rgb: (0, 158, 115),
        };
        let svg = dumbbell_chart("前后对比", &[p], 400, "暂无数据");
        assert_eq!(svg.matches("<circle").count(), 2);
        assert!(svg.contains(">\n15%") || svg.contains("15%\n"));
        assert!(svg.contains("自动化率"));
    }

    #[test]
    fn empty_and_escaped() {
        assert!(bullet_chart("t", &[], 300, "暂无数据").contains("暂无数据"));
        assert!(dumbbell_chart("t", &[], 300, "暂无数据").contains("暂无数据"));
        let s = Share {
            label: "<script>x</script>".into(),
            value: 50.0,
            value_text: "50%".into(),
            rgb: (1, 2, 3),
        };
        assert!(!bullet_chart("<b>", &[s], 300, "-").contains("<script"));
    }
}
