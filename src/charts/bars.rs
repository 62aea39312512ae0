//! Horizontal bar charts (diverging around zero) for improvement figures and counts.

use std::iter::once;
use std::ops::Range;

use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, VPos};

use super::frame::{
    below_title, draw_title, no_data_chart, rgb, style, title_lines, Area, CAPTION, MAX_LINES, MAX_WIDTH, MIN_WIDTH,
    MUTED, SIDE, TEXT, VALUE,
};
use super::plot::{build, draw_axis, draw_caption, draw_labels, fitting_ticks, foot_height, rows, Row, Tick};
use crate::markup::{Markup, SvgDrawError};
use crate::metrics::num;
use crate::text_metrics::{break_lines, text_width};

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

/// Height of a bar, in pixels.
const BAR: i32 = 16;
/// Gap between a bar's end and its printed value, in pixels.
const GAP: i32 = 5;
/// Gap between the zero line and the labels, in pixels.
const LABEL_GAP: i32 = 6;

/// A round step of 1, 2 or 5 times a power of ten giving about `count` steps over `span`, and
/// the decimals it needs. Powers of ten come from multiplying and dividing (no logarithm), so
/// the browser and native builds pick the same step.
fn nice_step(span: f64, count: usize) -> Option<(f64, usize)> {
    let raw = span / count.max(1) as f64;
    if !(raw.is_finite() && raw > 0.0) {
        return None;
    }
    let (mut power, mut decimals) = (1.0, 0_usize);
    while power * 10.0 <= raw {
        power *= 10.0;
    }
    while power > raw {
        power /= 10.0;
        decimals += 1;
    }
    let (m, extra) = [(1.0, 0), (2.0, 0), (5.0, 0), (10.0, 1)]
        .into_iter()
        .find(|(m, _)| m * power >= raw)
        .unwrap_or((10.0, 1));
    Some((m * power, decimals.saturating_sub(extra)))
}

/// Round tick values covering `lo..=hi`: steps of 1, 2 or 5 times a power of ten, about `count` of them.
pub fn nice_ticks(lo: f64, hi: f64, count: usize) -> Vec<f64> {
    let Some((step, _)) = nice_step(hi - lo, count) else {
        return vec![lo];
    };
    let first = (lo / step).ceil() as i64;
    let last = (hi / step).floor() as i64;
    (first..=last)
        .map(|k| k as f64 * step)
        .map(|v| if v.abs() < step * 1e-9 { 0.0 } else { v })
        .collect()
}

/// Where everything of a bar chart goes, worked out before drawing.
struct Layout {
    width: u32,
    height: u32,
    title: Vec<String>,
    plot_top: i32,
    rows: Vec<Row>,
    /// Where the rows' labels are anchored, and how.
    labels_at: (i32, HPos),
    rows_h: i32,
    foot: i32,
    x: Range<f64>,
    ticks: Vec<Tick>,
    caption: Vec<String>,
}

impl Layout {
    /// `None` when the values cannot be drawn on one scale.
    fn new(c: &BarChart, bars: &[&Bar], width: u32) -> Option<Layout> {
        let inner = f64::from(width) - 2.0 * f64::from(SIDE);
        let title = title_lines(&c.title, width);
        let caption = break_lines(&c.axis, CAPTION, inner, MAX_LINES);
        let lo = bars.iter().map(|b| b.value).fold(0.0, f64::min);
        let hi = bars.iter().map(|b| b.value).fold(0.0, f64::max);
        // All zero: any scale will do; the bars are drawn at zero.
        let hi = if lo == hi { 1.0 } else { hi };
        let span = hi - lo;
        if !span.is_finite() {
            return None;
        }
        // Room beside the longest bar on each side for the printed values.
        let value_w = bars
            .iter()
            .map(|b| text_width(&b.value_text, VALUE))
            .fold(0.0, f64::max)
            + f64::from(GAP)
            + 2.0;
        let room = |needed: bool| if needed { value_w } else { 0.0 };
        let (left, right) = (room(lo < 0.0), room(hi > 0.0));
        // Printed values are short (a number, a unit, a qualifier); should they ever be long,
        // the bars still keep 40 % of the width.
        let bars_px = (inner - 1.0 - left - right).max(inner * 0.4);
        let x = lo - left / bars_px * span..hi + right / bars_px * span;
        let ticks = (2..=5).rev().find_map(|count| {
            let (_, decimals) = nice_step(x.end - x.start, count)?;
            let ticks = nice_ticks(x.start, x.end, count)
                .into_iter()
                .map(|at| Tick {
                    at,
                    text: num(at, decimals),
                })
                .collect();
            fitting_ticks(ticks, &x, width as i32, (0, 0))
        });
        // Labels start beside the zero line, on its wider side, so that none crosses it.
        let zero = f64::from(SIDE) + (-x.start / (x.end - x.start) * (inner - 1.0) + 1e-3).floor();
        let (before, after) = (
            zero - f64::from(SIDE + LABEL_GAP),
            f64::from(width as i32 - SIDE - LABEL_GAP) - zero,
        );
        let (labels_at, wrap) = if after >= before {
            ((zero as i32 + LABEL_GAP, HPos::Left), after)
        } else {
            ((zero as i32 - LABEL_GAP, HPos::Right), before)
        };
        let (rows, rows_h) = rows(bars.iter().map(|b| b.label.as_str()), wrap, BAR);
        let plot_top = below_title(&title);
        let foot = foot_height(&caption);
        Some(Layout {
            labels_at,
            width,
            height: (plot_top + rows_h + 1 + foot) as u32,
            title,
            plot_top,
            rows,
            rows_h,
            foot,
            x,
            ticks: ticks.unwrap_or_default(),
            caption,
        })
    }
}

/// Draws the chart; never panics, and an empty or unusable series gives a "no data" chart.
pub fn bar_chart(c: &BarChart) -> Markup {
    let width = c.width.clamp(MIN_WIDTH, MAX_WIDTH);
    let bars: Vec<&Bar> = c.bars.iter().filter(|b| b.value.is_finite()).collect();
    let layout = (!bars.is_empty()).then(|| Layout::new(c, &bars, width)).flatten();
    let Some(layout) = layout else {
        return no_data_chart(&c.title, &c.empty_text, width);
    };
    Markup::plotters_svg((layout.width, layout.height), &c.title, |root| {
        draw(root, &layout, &bars)
    })
    .unwrap_or_else(|_| no_data_chart(&c.title, &c.empty_text, width))
}

fn draw(root: &Area, l: &Layout, bars: &[&Bar]) -> Result<(), SvgDrawError> {
    draw_title(root, &l.title, l.width)?;
    let mut plot = build(root, l.plot_top, (0, 0), l.foot, l.x.clone(), l.rows_h)?;
    draw_axis(&mut plot, &l.ticks, l.rows_h)?;
    draw_caption(root, l.plot_top, l.rows_h, &l.caption)?;
    draw_labels(root, l.plot_top, &l.rows, l.labels_at)?;
    // A bar too short to see is drawn one pixel long, so every value has its mark.
    let pixel = (l.x.end - l.x.start) / f64::from(plot.plotting_area().dim_in_pixel().0.max(2) - 1);
    let end = |v: f64| match v {
        v if v.abs() >= pixel => v,
        v if v < 0.0 => -pixel,
        _ => pixel,
    };
    plot.draw_series(bars.iter().zip(&l.rows).map(|(b, row)| {
        let (top, bottom) = (f64::from(row.band), f64::from(row.band + BAR));
        Rectangle::new([(0.0, top), (end(b.value), bottom)], rgb(b.rgb).filled())
    }))?;
    // The zero line stands out from the grid, over the bars' roots.
    plot.draw_series(once(PathElement::new(
        vec![(0.0, 0.0), (0.0, f64::from(l.rows_h))],
        MUTED.stroke_width(2),
    )))?;
    plot.draw_series(bars.iter().zip(&l.rows).map(|(b, row)| {
        let middle = f64::from(row.band) + f64::from(BAR) / 2.0;
        let (h, dx) = if b.value < 0.0 {
            (HPos::Right, -GAP)
        } else {
            (HPos::Left, GAP)
        };
        EmptyElement::at((end(b.value), middle))
            + Text::new(b.value_text.clone(), (dx, 0), style(VALUE, &TEXT, h, VPos::Center))
    }))?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ticks_are_round_and_cover_the_range() {
        assert_eq!(nice_ticks(-40.0, 160.0, 5), [0.0, 50.0, 100.0, 150.0]);
        assert_eq!(nice_ticks(-35.0, 12.0, 5), [-30.0, -20.0, -10.0, 0.0, 10.0]);
        assert_eq!(nice_ticks(0.0, 4.4, 5), [0.0, 1.0, 2.0, 3.0, 4.0]);
        assert_eq!(nice_ticks(3.0, 3.0, 5), [3.0]);
        assert_eq!(nice_ticks(f64::NAN, 1.0, 5).len(), 1);
    }

    #[test]
    fn steps_carry_the_decimals_they_need() {
        assert_eq!(nice_step(200.0, 5), Some((50.0, 0)));
        assert_eq!(nice_step(1.0, 5), Some((0.2, 1)));
        assert_eq!(nice_step(0.04, 4), Some((0.01, 2)));
        assert_eq!(nice_step(0.9, 1), Some((1.0, 0)));
        assert_eq!(nice_step(f64::INFINITY, 5), None);
    }
}
