//! A chart on the page as markup: the SVG, its text alternative as a table, and downloads as SVG and PNG.

use std::fmt::Write;

use super::dom::closest_at;
use super::download::{download_png, download_text};
use super::i18n::{t, Msg};
use crate::charts::svg::escape_xml as esc;
use crate::charts::{bar_chart, bullet_chart, dumbbell_chart, Bar, BarChart, Pair, Share};
use crate::model::Lang;

/// A drawn chart with the same numbers as a table.
#[derive(Debug, Clone, PartialEq)]
pub struct ChartView {
    pub title: String,
    /// File name stem for downloads, ASCII so every system and locale keeps it.
    pub file: String,
    pub svg: String,
    pub headers: Vec<String>,
    pub rows: Vec<Vec<String>>,
}

/// The width to draw a chart at for a box `box_width` wide. With large text it is drawn narrower
/// and scaled up 1.4 times to fill the box.
pub fn chart_width(box_width: u32, large_text: bool) -> u32 {
    if large_text {
        (f64::from(box_width) / 1.4).floor() as u32
    } else {
        box_width
    }
}

fn file_name(stem: &str, ext: &str) -> String {
    let stem: String = stem
        .chars()
        .map(|c| if c.is_ascii_alphanumeric() { c } else { '-' })
        .collect();
    let stem = stem.trim_matches('-');
    format!("{}.{ext}", if stem.is_empty() { "chart" } else { stem })
}

/// Adds a `<desc>` to the chart SVG that reads out every row, for screen readers.
fn describe(svg: String, rows: &[Vec<String>]) -> String {
    let text: Vec<String> = rows.iter().map(|r| r.join(" ")).collect();
    let desc = esc(&text.join("; "));
    svg.replacen("</title>", &format!("</title>\n<desc>{desc}</desc>"), 1)
}

/// Writes a chart as a figure: the SVG, the same numbers as a table (one of the two hidden), and
/// buttons to switch between them and to download the SVG or a PNG. The buttons carry
/// `data-action`; [`on_click`] handles them for every figure under one listener.
pub fn figure(out: &mut String, chart: ChartView, as_table: bool, lang: Lang) {
    let svg = describe(chart.svg, &chart.rows);
    let hidden = |on: bool| if on { " hidden" } else { "" };
    let _ = write!(
        out,
        r#"<figure class="chart-box" data-testid="chart" data-file="{}"><div class="chart-svg{}">{svg}</div><table class="chart-table{}"><caption>{}</caption><thead><tr>"#,
        esc(&chart.file),
        hidden(as_table),
        hidden(!as_table),
        esc(&chart.title)
    );
    for h in &chart.headers {
        let _ = write!(out, r#"<th scope="col">{}</th>"#, esc(h));
    }
    out.push_str("</tr></thead><tbody>");
    for row in &chart.rows {
        let mut cells = row.iter();
        let _ = write!(
            out,
            r#"<tr><th scope="row">{}</th>"#,
            esc(cells.next().map_or("", String::as_str))
        );
        for c in cells {
            let _ = write!(out, "<td>{}</td>", esc(c));
        }
        out.push_str("</tr>");
    }
    let _ = write!(
        out,
        r#"</tbody></table><div class="chart-actions"><button type="button" class="chip" aria-pressed="{as_table}" data-action="chart-table" data-testid="chart-table-toggle">{}</button><button type="button" class="chip" data-action="chart-svg" data-testid="chart-svg">SVG</button><button type="button" class="chip" data-action="chart-png" data-testid="chart-png">PNG</button></div></figure>"#,
        t(toggle_label(as_table), lang)
    );
}

fn toggle_label(as_table: bool) -> Msg {
    if as_table {
        Msg::ShowChart
    } else {
        Msg::ShowTable
    }
}

/// Handles a click on a figure's button (see [`figure`]); false if the click was not on one.
pub fn on_click(target: Option<web_sys::EventTarget>, lang: Lang) -> bool {
    let Some(button) = closest_at(target, "figure.chart-box [data-action^='chart-']") else {
        return false;
    };
    let Some(figure) = button.closest("figure.chart-box").ok().flatten() else {
        return false;
    };
    let stem = figure.get_attribute("data-file").unwrap_or_default();
    let svg = || {
        figure
            .query_selector(".chart-svg svg")
            .ok()
            .flatten()
            .map(|s| s.outer_html())
    };
    match button.get_attribute("data-action").as_deref() {
        Some("chart-table") => {
            let as_table = button.get_attribute("aria-pressed").as_deref() != Some("true");
            for (part, hide) in [(".chart-svg", as_table), (".chart-table", !as_table)] {
                if let Some(el) = figure.query_selector(part).ok().flatten() {
                    let _ = el.class_list().toggle_with_force("hidden", hide);
                }
            }
            let _ = button.set_attribute("aria-pressed", if as_table { "true" } else { "false" });
            button.set_text_content(Some(t(toggle_label(as_table), lang)));
        }
        Some("chart-svg") => {
            if let Some(svg) = svg() {
                download_text(&file_name(&stem, "svg"), "image/svg+xml", &svg);
            }
        }
        Some("chart-png") => {
            if let Some(svg) = svg() {
                download_png(&file_name(&stem, "png"), &svg, 2.0);
            }
        }
        _ => return false,
    }
    true
}

impl ChartView {
    /// Sets the download file name stem.
    pub fn named(mut self, stem: impl Into<String>) -> ChartView {
        self.file = stem.into();
        self
    }

    /// Horizontal bars (diverging around zero).
    pub fn bars(title: String, axis: &str, bars: Vec<Bar>, width: u32, lang: Lang) -> ChartView {
        let rows = bars
            .iter()
            .map(|b| vec![b.label.clone(), b.value_text.clone()])
            .collect();
        let chart = BarChart {
            title: title.clone(),
            axis: axis.into(),
            bars,
            width,
            empty_text: t(Msg::NoData, lang).into(),
        };
        ChartView {
            file: "chart".into(),
            svg: bar_chart(&chart).into_html(),
            title,
            headers: vec![t(Msg::Item, lang).into(), t(Msg::Value, lang).into()],
            rows,
        }
    }

    /// Shares on a 0–100 % track.
    pub fn bullet(title: String, items: Vec<Share>, width: u32, lang: Lang) -> ChartView {
        let rows = items
            .iter()
            .map(|s| vec![s.label.clone(), s.value_text.clone()])
            .collect();
        let svg = bullet_chart(&title, &items, width, t(Msg::NoData, lang)).into_html();
        ChartView {
            file: "chart".into(),
            svg,
            title,
            headers: vec![t(Msg::Item, lang).into(), t(Msg::Value, lang).into()],
            rows,
        }
    }

    /// Before → after pairs.
    pub fn dumbbell(title: String, items: Vec<Pair>, width: u32, lang: Lang) -> ChartView {
        let rows = items
            .iter()
            .map(|p| vec![p.label.clone(), p.before_text.clone(), p.after_text.clone()])
            .collect();
        let svg = dumbbell_chart(&title, &items, width, t(Msg::NoData, lang)).into_html();
        let headers = vec![
            t(Msg::Item, lang).into(),
            t(Msg::Before, lang).into(),
            t(Msg::After, lang).into(),
        ];
        ChartView {
            file: "chart".into(),
            svg,
            title,
            headers,
            rows,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::charts::Bar;

    fn chart() -> ChartView {
        let bars = vec![
            Bar {
                label: "生产效率".into(),
                value: 139.18,
                value_text: "+139.18%".into(),
                rgb: (0, 0, 0),
            },
            Bar {
                label: "<b>&".into(),
                value: -28.5,
                value_text: "−28.5%".into(),
                rgb: (0, 0, 0),
            },
        ];
        ChartView::bars("改造成效 \"A\"".into(), "%", bars, 320, Lang::Zh).named("ent-x-changes")
    }

    #[test]
    fn a_figure_shows_its_chart_or_its_table_and_escapes_every_cell() {
        let mut out = String::new();
        figure(&mut out, chart(), false, Lang::Zh);
        assert!(out.starts_with(r#"<figure class="chart-box" data-testid="chart" data-file="ent-x-changes"><div class="chart-svg"><svg class="chart""#));
        assert!(out.contains(r#"<table class="chart-table hidden"><caption>改造成效 &quot;A&quot;</caption>"#));
        assert_eq!(out.matches(r#"<th scope="row">"#).count(), 2);
        assert_eq!(out.matches(r#"<th scope="col">"#).count(), 2);
        assert!(out.contains(r#"<tr><th scope="row">&lt;b&gt;&amp;</th><td>−28.5%</td></tr>"#));
        assert!(out.contains(&format!(
            r#"aria-pressed="false" data-action="chart-table" data-testid="chart-table-toggle">{}</button>"#,
            t(Msg::ShowTable, Lang::Zh)
        )));
        assert!(out.contains("<desc>"), "the SVG reads out its rows");

        let mut table_first = String::new();
        figure(&mut table_first, chart(), true, Lang::En);
        assert!(
            table_first.contains(r#"<div class="chart-svg hidden">"#)
                && table_first.contains(r#"<table class="chart-table">"#)
        );
        assert!(table_first.contains(&format!(
            r#"aria-pressed="true" data-action="chart-table" data-testid="chart-table-toggle">{}</button>"#,
            t(Msg::ShowChart, Lang::En)
        )));
    }

    #[test]
    fn download_names_are_ascii() {
        assert_eq!(file_name("ent-x-changes", "svg"), "ent-x-changes.svg");
        assert_eq!(file_name("万州 figures", "png"), "figures.png");
        assert_eq!(file_name("万州", "png"), "chart.png");
    }
}
