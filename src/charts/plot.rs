//! The plotting area every chart shares: rows top to bottom (a label above a band to draw in),
//! a horizontal value axis with round ticks, and the plotters chart that maps values to pixels.
//!
//! The chart's y axis counts pixels down from the top of the rows, so rows may differ in height
//! (a label that wraps takes more lines) and every edge falls on a whole pixel.

use std::ops::Range;

use plotters::coord::types::RangedCoordf64;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, VPos};

use super::frame::{
    draw_lines, line_height, style, Area, AXIS, CAPTION, GRID, LABEL, MAX_LINES, MUTED, SIDE, TEXT, TICK,
};
use crate::markup::SvgDrawError;
use crate::text_metrics::{break_lines, text_width};

/// The plotters chart the rows are drawn in: values along x, pixels down the rows along y.
pub(super) type Plot<'a, 'b> = ChartContext<'a, SVGBackend<'b>, Cartesian2d<RangedCoordf64, RangedCoordf64>>;

/// One row: its label's lines and where its band starts, in pixels from the top of the rows.
pub(super) struct Row {
    pub label: Vec<String>,
    pub top: i32,
    pub band: i32,
}

/// Lays out rows for `labels`, each label wrapped to `wrap` pixels above a band `band` pixels
/// high; returns the rows and their total height.
pub(super) fn rows<'t>(labels: impl Iterator<Item = &'t str>, wrap: f64, band: i32) -> (Vec<Row>, i32) {
    // A little air under the title block; the grid lines start there.
    let mut top = 6;
    let rows: Vec<Row> = labels
        .map(|text| {
            let label = break_lines(text, LABEL, wrap, MAX_LINES);
            let band_top = top + label.len() as i32 * line_height(LABEL) + 3;
            let row = Row {
                label,
                top,
                band: band_top,
            };
            top = band_top + band + 12;
            row
        })
        .collect();
    (rows, top)
}

/// A tick on the value axis: where it is and what it says.
pub(super) struct Tick {
    pub at: f64,
    pub text: String,
}

/// Keeps the ticks whose labels fit in a chart `width` pixels wide when the value range `x` is
/// drawn from `SIDE + left` to `width - SIDE - right - 1`; `None` if neighbouring labels would
/// overlap (the caller then tries fewer ticks).
pub(super) fn fitting_ticks(
    ticks: Vec<Tick>,
    x: &Range<f64>,
    width: i32,
    (left, right): (i32, i32),
) -> Option<Vec<Tick>> {
    let (x0, x1) = (f64::from(SIDE + left), f64::from(width - SIDE - right - 1));
    let px = |v: f64| x0 + (v - x.start) / (x.end - x.start) * (x1 - x0);
    let half = |t: &Tick| text_width(&t.text, TICK) / 2.0;
    let overlap = ticks
        .windows(2)
        .any(|p| px(p[1].at) - px(p[0].at) < half(&p[0]) + half(&p[1]) + 8.0);
    (!overlap).then(|| {
        ticks
            .into_iter()
            .filter(|t| px(t.at) - half(t) >= 1.0 && px(t.at) + half(t) <= f64::from(width - 1))
            .collect()
    })
}

/// The height of what is drawn under the rows: tick labels, then the caption's lines.
pub(super) fn foot_height(caption: &[String]) -> i32 {
    let caption_h = if caption.is_empty() {
        0
    } else {
        4 + caption.len() as i32 * line_height(CAPTION)
    };
    5 + line_height(TICK) + caption_h + super::frame::BOTTOM
}

/// Builds the chart over the rows: `plot_top` pixels down, `left`/`right` extra pixels in from
/// the sides, values `x` across, `rows_h` pixels of rows, `foot` pixels under them.
pub(super) fn build<'a, 'b>(
    root: &'a Area<'b>,
    plot_top: i32,
    (left, right): (i32, i32),
    foot: i32,
    x: Range<f64>,
    rows_h: i32,
) -> Result<Plot<'a, 'b>, SvgDrawError> {
    ChartBuilder::on(root)
        .margin_top(plot_top)
        .margin_left(SIDE + left)
        .margin_right(SIDE + right)
        .x_label_area_size(foot)
        // Reversed, so y counts pixels down from the top of the rows.
        .build_cartesian_2d(x, f64::from(rows_h)..0.0)
}

/// Draws the value axis: a grid line per tick, the axis line under the rows and the tick labels
/// under it.
pub(super) fn draw_axis(plot: &mut Plot, ticks: &[Tick], rows_h: i32) -> Result<(), SvgDrawError> {
    let bottom = f64::from(rows_h);
    plot.draw_series(
        ticks
            .iter()
            .map(|t| PathElement::new(vec![(t.at, 0.0), (t.at, bottom)], GRID.stroke_width(1))),
    )?;
    let x = plot.x_range();
    plot.draw_series(std::iter::once(PathElement::new(
        vec![(x.start, bottom), (x.end, bottom)],
        AXIS.stroke_width(1),
    )))?;
    let tick_style = style(TICK, &MUTED, HPos::Center, VPos::Top);
    plot.draw_series(
        ticks
            .iter()
            .map(|t| EmptyElement::at((t.at, bottom)) + Text::new(t.text.clone(), (0, 5), tick_style.clone())),
    )?;
    Ok(())
}

/// Draws the caption centred under the tick labels of rows that start `plot_top` pixels down.
pub(super) fn draw_caption(root: &Area, plot_top: i32, rows_h: i32, caption: &[String]) -> Result<(), SvgDrawError> {
    let (width, _) = root.dim_in_pixel();
    let y = plot_top + rows_h + 5 + line_height(TICK) + 4;
    let caption_style = style(CAPTION, &MUTED, HPos::Center, VPos::Top);
    draw_lines(root, caption, (width as i32 / 2, y), CAPTION, &caption_style)
}

/// Draws each row's label above its band, anchored at `x` as `h` says (the plot itself may
/// start further in, to leave room for printed values).
pub(super) fn draw_labels(root: &Area, plot_top: i32, rows: &[Row], (x, h): (i32, HPos)) -> Result<(), SvgDrawError> {
    let label_style = style(LABEL, &TEXT, h, VPos::Top);
    for row in rows {
        draw_lines(root, &row.label, (x, plot_top + row.top), LABEL, &label_style)?;
    }
    Ok(())
}
