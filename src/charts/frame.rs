//! What every chart shares: text sizes and colours, text styles for plotters, the wrapped title
//! at the top, lines of text drawn one under another, and the chart that says there is no data.

use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};

use super::FONT;
use crate::markup::{Markup, SvgDrawError};
use crate::text_metrics::break_lines;

/// The area a chart draws on: plotters' SVG backend, in pixels from the top left.
pub(super) type Area<'a> = DrawingArea<SVGBackend<'a>, plotters::coord::Shift>;

/// Text sizes in CSS pixels as the reader sees them: at least 14 px, so at least 18 px in
/// large-text mode (which draws charts narrower and scales them up 1.4 times). Each is a size
/// that plotters writes exactly (13 or 15 would come out as 13.000000000000002).
pub(super) const TITLE: f64 = 16.0;
pub(super) const LABEL: f64 = 14.0;
pub(super) const VALUE: f64 = 14.0;
pub(super) const TICK: f64 = 14.0;
pub(super) const CAPTION: f64 = 14.0;

/// Line height for text of `px` pixels.
pub(super) fn line_height(px: f64) -> i32 {
    (px * 1.35).round() as i32
}

pub(super) const TEXT: RGBColor = RGBColor(31, 41, 55);
pub(super) const MUTED: RGBColor = RGBColor(75, 85, 99);
pub(super) const GRID: RGBColor = RGBColor(229, 231, 235);
pub(super) const AXIS: RGBColor = RGBColor(156, 163, 175);
pub(super) const TRACK: RGBColor = RGBColor(243, 244, 246);

/// Space around the drawing, in pixels.
pub(super) const SIDE: i32 = 12;
pub(super) const TOP: i32 = 10;
pub(super) const BOTTOM: i32 = 10;

/// Narrowest and widest chart drawn.
pub(super) const MIN_WIDTH: u32 = 240;
pub(super) const MAX_WIDTH: u32 = 2000;

/// Labels and titles wrap onto at most this many lines; beyond, the last ends with "…" (the
/// chart's table holds every text whole).
pub(super) const MAX_LINES: usize = 4;

/// A palette colour as plotters' colour.
pub(super) fn rgb((r, g, b): (u8, u8, u8)) -> RGBColor {
    RGBColor(r, g, b)
}

/// Text of `px` CSS pixels, anchored at (h, v). plotters' SVG backend writes the size divided
/// by 1.24, so it is given `px × 1.24`. The family is named as such: plotters reads a family
/// given as text by lower-casing it to look for a generic name, which brought the standard
/// library's Unicode case tables into the page.
pub(super) fn style(px: f64, colour: &RGBColor, h: HPos, v: VPos) -> TextStyle<'static> {
    (FontFamily::Name(FONT), px * 1.24)
        .into_font()
        .color(colour)
        .pos(Pos::new(h, v))
}

/// Draws `lines` one under another, the first one's top at `(x, y)`.
pub(super) fn draw_lines(
    area: &Area,
    lines: &[String],
    (x, y): (i32, i32),
    px: f64,
    style: &TextStyle,
) -> Result<(), SvgDrawError> {
    for (k, line) in lines.iter().enumerate() {
        area.draw_text(line, style, (x, y + k as i32 * line_height(px)))?;
    }
    Ok(())
}

/// A chart's title broken into lines for a chart `width` pixels wide.
pub(super) fn title_lines(title: &str, width: u32) -> Vec<String> {
    break_lines(title, TITLE, f64::from(width) - 2.0 * f64::from(SIDE), MAX_LINES)
}

/// Height of the title block: the top of what comes under it.
pub(super) fn below_title(lines: &[String]) -> i32 {
    TOP + lines.len() as i32 * line_height(TITLE) + 8
}

/// Draws the title, centred.
pub(super) fn draw_title(area: &Area, lines: &[String], width: u32) -> Result<(), SvgDrawError> {
    let centre = width as i32 / 2;
    let style = style(TITLE, &TEXT, HPos::Center, VPos::Top);
    draw_lines(area, lines, (centre, TOP), TITLE, &style)
}

#[cfg(test)]
#[test]
fn written_sizes_are_the_sizes_asked_for() {
    for px in [TITLE, LABEL, VALUE, TICK, CAPTION] {
        assert_eq!(format!("{}", px * 1.24 / 1.24), format!("{px}"));
    }
}

/// A titled chart that says there is nothing to draw.
pub fn no_data_chart(title: &str, empty_text: &str, width: u32) -> Markup {
    let width = width.clamp(MIN_WIDTH, MAX_WIDTH);
    let titled = title_lines(title, width);
    let message = break_lines(empty_text, LABEL, f64::from(width) - 2.0 * f64::from(SIDE), MAX_LINES);
    let top = below_title(&titled) + 16;
    let height = top + message.len() as i32 * line_height(LABEL) + 16 + BOTTOM;
    let drawn = Markup::plotters_svg((width, height as u32), title, |root| {
        draw_title(root, &titled, width)?;
        let muted = style(LABEL, &MUTED, HPos::Center, VPos::Top);
        draw_lines(root, &message, (width as i32 / 2, top), LABEL, &muted)
    });
    // Writing text into a string cannot fail; should plotters ever report otherwise, the page
    // still gets a well-formed, empty, named image.
    drawn.unwrap_or_else(|_| Markup::plotters_svg((width, 1), title, |_| Ok(())).unwrap_or_default())
}
