//! Percent charts: bullet bars for shares on a 0–100 track, and before→after dumbbells.

use std::iter::once;

use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, VPos};

use super::frame::{
    below_title, draw_title, no_data_chart, rgb, style, title_lines, Area, MAX_WIDTH, MIN_WIDTH, MUTED, SIDE, TEXT,
    TRACK, VALUE,
};
use super::plot::{build, draw_axis, draw_labels, fitting_ticks, foot_height, rows, Row, Tick};
use crate::markup::{Markup, SvgDrawError};
use crate::text_metrics::text_width;

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

/// Height of a bullet's track, in pixels.
const TRACK_H: i32 = 16;
/// Radius of a dumbbell's dots and the width of the ring of the hollow one.
const DOT: u32 = 7;
const RING: u32 = 3;
/// Gap between a mark and the value printed beside it, in pixels.
const GAP: i32 = 6;

/// Where everything of a percent chart goes, worked out before drawing.
struct Layout {
    width: u32,
    height: u32,
    title: Vec<String>,
    plot_top: i32,
    /// Extra room left and right of the track, for printed values.
    room: (i32, i32),
    rows: Vec<Row>,
    rows_h: i32,
    foot: i32,
    ticks: Vec<Tick>,
}

impl Layout {
    fn new<'t>(title: &str, width: u32, labels: impl Iterator<Item = &'t str>, band: i32, room: (i32, i32)) -> Layout {
        let title = title_lines(title, width);
        let inner = f64::from(width) - 2.0 * f64::from(SIDE);
        let (rows, rows_h) = rows(labels, inner, band);
        let plot_top = below_title(&title);
        let foot = foot_height(&[]);
        // Quarters where their labels fit, else halves, else the ends.
        let ticks = [25, 50, 100]
            .into_iter()
            .find_map(|step| {
                let ticks = (0..=100)
                    .step_by(step)
                    .map(|p| Tick {
                        at: f64::from(p),
                        text: format!("{p}%"),
                    })
                    .collect();
                fitting_ticks(ticks, &(0.0..100.0), width as i32, room)
            })
            .unwrap_or_default();
        Layout {
            width,
            height: (plot_top + rows_h + 1 + foot) as u32,
            title,
            plot_top,
            room,
            rows,
            rows_h,
            foot,
            ticks,
        }
    }

    /// Draws the title, the axis and the row labels; `marks` then draws in the rows.
    fn draw(
        &self,
        root: &Area,
        marks: impl FnOnce(&mut super::plot::Plot) -> Result<(), SvgDrawError>,
    ) -> Result<(), SvgDrawError> {
        draw_title(root, &self.title, self.width)?;
        let mut plot = build(root, self.plot_top, self.room, self.foot, 0.0..100.0, self.rows_h)?;
        draw_axis(&mut plot, &self.ticks, self.rows_h)?;
        draw_labels(root, self.plot_top, &self.rows, (SIDE, HPos::Left))?;
        marks(&mut plot)
    }
}

fn widest<'t>(texts: impl Iterator<Item = &'t str>) -> i32 {
    texts.map(|t| text_width(t, VALUE)).fold(0.0, f64::max).ceil() as i32
}

fn percent(v: f64) -> f64 {
    v.clamp(0.0, 100.0)
}

/// Bullet bars: each share filled along a 0–100 % track, its value printed after the track.
pub fn bullet_chart(title: &str, items: &[Share], width: u32, empty: &str) -> Markup {
    let width = width.clamp(MIN_WIDTH, MAX_WIDTH);
    let items: Vec<&Share> = items.iter().filter(|s| s.value.is_finite()).collect();
    if items.is_empty() {
        return no_data_chart(title, empty, width);
    }
    let room = (0, GAP + widest(items.iter().map(|s| s.value_text.as_str())));
    let l = Layout::new(title, width, items.iter().map(|s| s.label.as_str()), TRACK_H, room);
    Markup::plotters_svg((l.width, l.height), title, |root| {
        l.draw(root, |plot| {
            let band = |row: &Row| (f64::from(row.band), f64::from(row.band + TRACK_H));
            plot.draw_series(l.rows.iter().map(|row| {
                let (top, bottom) = band(row);
                Rectangle::new([(0.0, top), (100.0, bottom)], TRACK.filled())
            }))?;
            plot.draw_series(items.iter().zip(&l.rows).map(|(s, row)| {
                let (top, bottom) = band(row);
                Rectangle::new([(0.0, top), (percent(s.value), bottom)], rgb(s.rgb).filled())
            }))?;
            plot.draw_series(items.iter().zip(&l.rows).map(|(s, row)| {
                let middle = f64::from(row.band) + f64::from(TRACK_H) / 2.0;
                EmptyElement::at((100.0, middle))
                    + Text::new(
                        s.value_text.clone(),
                        (GAP, 0),
                        style(VALUE, &TEXT, HPos::Left, VPos::Center),
                    )
            }))?;
            Ok(())
        })
    })
    .unwrap_or_else(|_| no_data_chart(title, empty, width))
}

/// Dumbbells: a hollow dot at the value before, a filled one after, joined by a line; each value
/// printed outside its dot.
pub fn dumbbell_chart(title: &str, items: &[Pair], width: u32, empty: &str) -> Markup {
    let width = width.clamp(MIN_WIDTH, MAX_WIDTH);
    let items: Vec<&Pair> = items
        .iter()
        .filter(|p| p.before.is_finite() && p.after.is_finite())
        .collect();
    if items.is_empty() {
        return no_data_chart(title, empty, width);
    }
    // Rising pairs print the value before on the left, falling ones the value after.
    let rising = |p: &Pair| p.after >= p.before;
    let (left_texts, right_texts): (Vec<&str>, Vec<&str>) = items
        .iter()
        .map(|p| {
            if rising(p) {
                (p.before_text.as_str(), p.after_text.as_str())
            } else {
                (p.after_text.as_str(), p.before_text.as_str())
            }
        })
        .unzip();
    let margin = |texts: Vec<&str>| (DOT + RING) as i32 + GAP + widest(texts.into_iter());
    let room = (margin(left_texts), margin(right_texts));
    let band = 2 * (DOT + RING) as i32;
    let l = Layout::new(title, width, items.iter().map(|p| p.label.as_str()), band, room);
    Markup::plotters_svg((l.width, l.height), title, |root| {
        l.draw(root, |plot| {
            let middle = |row: &Row| f64::from(row.band + band / 2);
            let ends = |p: &Pair, row: &Row| ((percent(p.before), middle(row)), (percent(p.after), middle(row)));
            plot.draw_series(items.iter().zip(&l.rows).map(|(p, row)| {
                let (before, after) = ends(p, row);
                PathElement::new(vec![before, after], rgb(p.rgb).stroke_width(4))
            }))?;
            plot.draw_series(items.iter().zip(&l.rows).map(|(p, row)| {
                let ring = ShapeStyle {
                    color: rgb(p.rgb).to_rgba(),
                    filled: false,
                    stroke_width: RING,
                };
                Circle::new(ends(p, row).0, DOT, ring)
            }))?;
            plot.draw_series(
                items
                    .iter()
                    .zip(&l.rows)
                    .map(|(p, row)| Circle::new(ends(p, row).1, DOT + 1, rgb(p.rgb).filled())),
            )?;
            let nudge = (DOT + RING) as i32 + GAP;
            for (p, row) in items.iter().zip(&l.rows) {
                let (before, after) = ends(p, row);
                let (h_before, h_after, dx) = if rising(p) {
                    (HPos::Right, HPos::Left, nudge)
                } else {
                    (HPos::Left, HPos::Right, -nudge)
                };
                plot.draw_series(once(
                    EmptyElement::at(before)
                        + Text::new(
                            p.before_text.clone(),
                            (-dx, 0),
                            style(VALUE, &MUTED, h_before, VPos::Center),
                        ),
                ))?;
                plot.draw_series(once(
                    EmptyElement::at(after)
                        + Text::new(
                            p.after_text.clone(),
                            (dx, 0),
                            style(VALUE, &TEXT, h_after, VPos::Center),
                        ),
                ))?;
            }
            Ok(())
        })
    })
    .unwrap_or_else(|_| no_data_chart(title, empty, width))
}
