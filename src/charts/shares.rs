//! Percent charts: bullet bars for shares on a 0–100 track, and before→after dumbbells.

use super::bars::{no_data_chart, GRID, MUTED, TEXT};
use super::svg::{Anchor, Baseline, Svg};

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

/// Draws rows on a shared 0–100 % track: each row gets its label line and a band to draw in.
fn percent_rows(
    title: &str,
    width: u32,
    rows: usize,
    mut row: impl FnMut(&mut Svg, usize, f64, &dyn Fn(f64) -> i32),
) -> String {
    let width = width.clamp(240, 2000);
    let (top, row_h) = (48.0, 50.0);
    let height = (top + rows as f64 * row_h + 40.0) as u32;
    let (left, right) = (14.0, width as f64 - 60.0);
    let x = move |v: f64| (left + v.clamp(0.0, 100.0) / 100.0 * (right - left)).round() as i32;
    let mut svg = Svg::new(width, height, title);
    svg.text((width as i32 / 2, 10), 18.0, TEXT, Anchor::Middle, Baseline::Top, title);
    let axis = (top + rows as f64 * row_h) as i32;
    for t in [0.0, 25.0, 50.0, 75.0, 100.0] {
        svg.line((x(t), top as i32 - 6), (x(t), axis), GRID, 1);
        svg.text(
            (x(t), axis + 6),
            13.0,
            MUTED,
            Anchor::Middle,
            Baseline::Top,
            &format!("{t}%"),
        );
    }
    for i in 0..rows {
        row(&mut svg, i, top + i as f64 * row_h, &x);
    }
    svg.finish()
}

/// Bullet bars: each share filled along a 0–100 % track.
pub fn bullet_chart(title: &str, items: &[Share], width: u32, empty: &str) -> String {
    let items: Vec<&Share> = items.iter().filter(|s| s.value.is_finite()).collect();
    if items.is_empty() {
        return no_data_chart(title, empty, width);
    }
    percent_rows(title, width, items.len(), |svg, i, row, x| {
        let s = items[i];
        svg.text(
            (x(0.0), (row + 12.0) as i32),
            15.0,
            TEXT,
            Anchor::Start,
            Baseline::Middle,
            &s.label,
        );
        let (y0, y1) = ((row + 24.0) as i32, (row + 42.0) as i32);
        svg.rect((x(0.0), y0), (x(100.0), y1), (243, 244, 246));
        svg.rect((x(0.0), y0), (x(s.value).max(x(0.0) + 1), y1), s.rgb);
        svg.text(
            (x(100.0) + 6, (row + 33.0) as i32),
            14.0,
            TEXT,
            Anchor::Start,
            Baseline::Middle,
            &s.value_text,
        );
    })
}

/// Dumbbells: a hollow dot at the value before, a filled one after, joined by a line.
pub fn dumbbell_chart(title: &str, items: &[Pair], width: u32, empty: &str) -> String {
    let items: Vec<&Pair> = items
        .iter()
        .filter(|p| p.before.is_finite() && p.after.is_finite())
        .collect();
    if items.is_empty() {
        return no_data_chart(title, empty, width);
    }
    percent_rows(title, width, items.len(), |svg, i, row, x| {
        let p = items[i];
        let y = (row + 33.0) as i32;
        svg.text(
            (x(0.0), (row + 12.0) as i32),
            15.0,
            TEXT,
            Anchor::Start,
            Baseline::Middle,
            &p.label,
        );
        svg.line((x(p.before), y), (x(p.after), y), p.rgb, 4);
        svg.circle((x(p.before), y), 7, p.rgb, Some(3));
        svg.circle((x(p.after), y), 8, p.rgb, None);
        let rising = p.after >= p.before;
        let (before, after) = if rising {
            (Anchor::End, Anchor::Start)
        } else {
            (Anchor::Start, Anchor::End)
        };
        let nudge = if rising { 12 } else { -12 };
        svg.text(
            (x(p.before) - nudge, y),
            14.0,
            MUTED,
            before,
            Baseline::Middle,
            &p.before_text,
        );
        svg.text(
            (x(p.after) + nudge, y),
            14.0,
            TEXT,
            after,
            Baseline::Middle,
            &p.after_text,
        );
    })
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
