//! A chart on the page: the SVG, its text alternative as a table, and downloads as SVG and PNG.

use leptos::prelude::*;

use super::download::{download_png, download_text};
use super::i18n::{t, Msg};
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
    let desc = crate::charts::svg::escape_xml(&text.join("; "));
    svg.replacen("</title>", &format!("</title>\n<desc>{desc}</desc>"), 1)
}

#[component]
pub fn ChartFigure(chart: ChartView, lang: Lang) -> impl IntoView {
    // With large text a chart opens as its table, whose text is as large as the rest of the page;
    // the chart is one tap away (its own text is drawn 1.4 times larger, but smaller than 18 px).
    let large = use_context::<crate::ui::state::AppState>().is_some_and(|s| s.large_text.get_untracked());
    let as_table = RwSignal::new(large);
    let ChartView {
        title,
        file,
        svg,
        headers,
        rows,
    } = chart;
    let svg = describe(svg, &rows);
    let head = headers
        .into_iter()
        .map(|h| view! { <th scope="col">{h}</th> })
        .collect_view();
    let body = rows
        .into_iter()
        .map(|r| {
            let mut cells = r.into_iter();
            let first = cells.next().unwrap_or_default();
            view! { <tr><th scope="row">{first}</th>{cells.map(|c| view! { <td>{c}</td> }).collect_view()}</tr> }
        })
        .collect_view();
    let (svg_file, png_file) = (file_name(&file, "svg"), file_name(&file, "png"));
    let (svg_a, svg_b) = (svg.clone(), svg.clone());
    view! {
        <figure class="chart-box" data-testid="chart">
            <div class="chart-svg" class:hidden=move || as_table.get() inner_html=svg></div>
            <table class="chart-table" class:hidden=move || !as_table.get()>
                <caption>{title.clone()}</caption>
                <thead><tr>{head}</tr></thead>
                <tbody>{body}</tbody>
            </table>
            <div class="chart-actions">
                <button type="button" class="chip" aria-pressed=move || as_table.get().to_string() on:click=move |_| as_table.update(|v| *v = !*v) data-testid="chart-table-toggle">
                    {move || t(if as_table.get() { Msg::ShowChart } else { Msg::ShowTable }, lang)}
                </button>
                <button type="button" class="chip" data-testid="chart-svg" on:click=move |_| download_text(&svg_file, "image/svg+xml", &svg_a)>"SVG"</button>
                <button type="button" class="chip" data-testid="chart-png" on:click=move |_| download_png(&png_file, &svg_b, 2.0)>"PNG"</button>
            </div>
        </figure>
    }
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
            svg: bar_chart(&chart),
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
        let svg = bullet_chart(&title, &items, width, t(Msg::NoData, lang));
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
        let svg = dumbbell_chart(&title, &items, width, t(Msg::NoData, lang));
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
