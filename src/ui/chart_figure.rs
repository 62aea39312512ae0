//! A chart on the page: the SVG, its text alternative as a table, and downloads as SVG and PNG.

use leptos::prelude::*;

use super::download::{download_png, download_text};
use super::i18n::{t, Msg};
use crate::charts::{bar_chart, bullet_chart, dumbbell_chart, Bar, BarChart, Pair, Share};
use crate::markup::Markup;
use crate::model::Lang;

/// A drawn chart with the same numbers as a table.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ChartView {
    pub title: String,
    /// File name stem for downloads, ASCII so every system and locale keeps it; also the chart's
    /// key among the charts of a card or of the dashboard.
    pub file: String,
    /// The image, with a `<desc>` that reads out every row.
    pub svg: Markup,
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

/// The chart of `charts` whose file stem is `file`.
fn svg_of<'a>(charts: &'a [ChartView], file: &str) -> Option<&'a Markup> {
    charts.iter().find(|c| c.file == file).map(|c| &c.svg)
}

/// A chart as a figure: the SVG, the same numbers as a table (one of the two shown, `as_table`
/// first), a button to switch between them and buttons to download the SVG or a PNG. `drawn`
/// holds the chart (by its file stem) as drawn at the current width: a new width redraws the
/// image only, so the figure, its choice and the focus on its buttons stay. A figure is built
/// for one language (its card or dashboard is built anew in another), so it subscribes to
/// nothing that outlives it.
#[component]
pub fn ChartFigure(chart: ChartView, drawn: Memo<Vec<ChartView>>, as_table: bool, lang: Lang) -> impl IntoView {
    let as_table = RwSignal::new(as_table);
    let ChartView {
        title,
        file,
        headers,
        rows,
        ..
    } = chart;
    let svg = {
        let file = file.clone();
        move || drawn.with(|cs| svg_of(cs, &file).cloned().unwrap_or_default())
    };
    let head = headers
        .into_iter()
        .map(|h| view! { <th scope="col">{h}</th> })
        .collect_view();
    let body = rows
        .into_iter()
        .map(|r| {
            let mut cells = r.into_iter();
            let first = cells.next().unwrap_or_default();
            let cells = cells.map(|x| view! { <td>{x}</td> }).collect_view();
            view! { <tr><th scope="row">{first}</th>{cells}</tr> }
        })
        .collect_view();
    // The image as drawn now, saved as an SVG file or as a PNG at twice its size.
    let save = move |png: bool| {
        drawn.with_untracked(|cs| {
            if let Some(svg) = svg_of(cs, &file) {
                if png {
                    download_png(&file_name(&file, "png"), svg.html(), 2.0);
                } else {
                    download_text(&file_name(&file, "svg"), "image/svg+xml", svg.html());
                }
            }
        });
    };
    let save = StoredValue::new(save);
    let label = move || {
        let msg = if as_table.get() { Msg::ShowChart } else { Msg::ShowTable };
        t(msg, lang)
    };
    view! {
        <figure class="chart-box" data-testid="chart">
            <div class="chart-svg" class:hidden=move || as_table.get() inner_html=move || svg().into_html()></div>
            <table class="chart-table" class:hidden=move || !as_table.get()>
                <caption>{title}</caption>
                <thead><tr>{head}</tr></thead>
                <tbody>{body}</tbody>
            </table>
            <div class="chart-actions">
                <button type="button" class="chip" data-testid="chart-table-toggle"
                    aria-pressed=move || if as_table.get() { "true" } else { "false" }
                    on:click=move |_| as_table.update(|v| *v = !*v)
                >
                    {label}
                </button>
                <button type="button" class="chip" data-testid="chart-svg" on:click=move |_| save.with_value(|f| f(false))>"SVG"</button>
                <button type="button" class="chip" data-testid="chart-png" on:click=move |_| save.with_value(|f| f(true))>"PNG"</button>
            </div>
        </figure>
    }
}

/// A figure for each of `charts`: the list is fixed for the card or the dashboard that shows it
/// (built anew with it), while each chart is redrawn at a new width. With large text a chart
/// opens as its table, whose text is as large as the rest of the page (the chart's own text is
/// drawn 1.4 times larger, but smaller than 18 px).
#[component]
pub fn ChartList(charts: Memo<Vec<ChartView>>, as_table: bool, lang: Lang) -> impl IntoView {
    charts
        .get_untracked()
        .into_iter()
        .map(|chart| view! { <ChartFigure chart=chart drawn=charts as_table=as_table lang=lang /> })
        .collect_view()
}

/// The rows of a table of bars or shares: label, value.
fn label_value_rows<'a>(items: impl Iterator<Item = (&'a String, &'a String)>) -> Vec<Vec<String>> {
    items.map(|(label, value)| vec![label.clone(), value.clone()]).collect()
}

impl ChartView {
    /// Sets the download file name stem.
    pub fn named(mut self, stem: impl Into<String>) -> ChartView {
        self.file = stem.into();
        self
    }

    fn new(title: String, svg: Markup, headers: Vec<String>, rows: Vec<Vec<String>>) -> ChartView {
        // The chart reads out every row, for screen readers.
        let text: Vec<String> = rows.iter().map(|r| r.join(" ")).collect();
        let svg = svg.with_description(&text.join("; "));
        ChartView {
            title,
            file: "chart".into(),
            svg,
            headers,
            rows,
        }
    }

    /// Horizontal bars (diverging around zero).
    pub fn bars(title: String, axis: &str, bars: Vec<Bar>, width: u32, lang: Lang) -> ChartView {
        let rows = label_value_rows(bars.iter().map(|b| (&b.label, &b.value_text)));
        let chart = BarChart {
            title: title.clone(),
            axis: axis.into(),
            bars,
            width,
            empty_text: t(Msg::NoData, lang).into(),
        };
        let headers = vec![t(Msg::Item, lang).into(), t(Msg::Value, lang).into()];
        ChartView::new(title, bar_chart(&chart), headers, rows)
    }

    /// Shares on a 0–100 % track.
    pub fn bullet(title: String, items: Vec<Share>, width: u32, lang: Lang) -> ChartView {
        let rows = label_value_rows(items.iter().map(|s| (&s.label, &s.value_text)));
        let svg = bullet_chart(&title, &items, width, t(Msg::NoData, lang));
        let headers = vec![t(Msg::Item, lang).into(), t(Msg::Value, lang).into()];
        ChartView::new(title, svg, headers, rows)
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
        ChartView::new(title, svg, headers, rows)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::markup::element_names;

    fn bars(label: &str, value_text: &str) -> Vec<Bar> {
        vec![
            Bar {
                label: "生产效率".into(),
                value: 139.18,
                value_text: "+139.18%".into(),
                rgb: (0, 0, 0),
            },
            Bar {
                label: label.into(),
                value: -28.5,
                value_text: value_text.into(),
                rgb: (0, 0, 0),
            },
        ]
    }

    #[test]
    fn a_chart_table_has_one_row_per_value_and_the_headers_of_its_kind() {
        let c =
            ChartView::bars("改造成效".into(), "%", bars("运营成本", "−28.5%"), 320, Lang::Zh).named("ent-x-changes");
        assert_eq!(c.file, "ent-x-changes");
        assert_eq!(c.headers, [t(Msg::Item, Lang::Zh), t(Msg::Value, Lang::Zh)]);
        assert_eq!(c.rows, [["生产效率", "+139.18%"], ["运营成本", "−28.5%"]]);
        let pair = Pair {
            label: "数字化率".into(),
            before: 20.0,
            after: 71.9,
            before_text: "20%".into(),
            after_text: "71.9%".into(),
            rgb: (0, 0, 0),
        };
        let d = ChartView::dumbbell("前后".into(), vec![pair], 320, Lang::En);
        assert_eq!(
            d.headers,
            [
                t(Msg::Item, Lang::En),
                t(Msg::Before, Lang::En),
                t(Msg::After, Lang::En)
            ]
        );
        assert_eq!(d.rows, [["数字化率", "20%", "71.9%"]]);
    }

    #[test]
    fn the_image_reads_out_its_rows_after_its_title() {
        let c = ChartView::bars("改造成效".into(), "%", bars("运营成本", "−28.5%"), 320, Lang::Zh);
        let svg = c.svg.html();
        let desc = svg
            .find("<desc>生产效率 +139.18%; 运营成本 −28.5%</desc>")
            .expect("a desc");
        assert!(svg.find("</title>").is_some_and(|title| title < desc));
        assert_eq!(element_names(svg).iter().filter(|&&n| n == "desc").count(), 1);
    }

    #[test]
    fn hostile_text_in_a_chart_makes_no_element_of_its_own() {
        let hostile = "<x'\"&>";
        let plain = ChartView::bars("t".into(), "%", bars("a", "1"), 320, Lang::Zh);
        let bad = ChartView::bars(hostile.into(), hostile, bars(hostile, hostile), 320, Lang::Zh);
        assert_eq!(element_names(bad.svg.html()), element_names(plain.svg.html()));
        assert!(bad.svg.html().contains("&lt;x&#39;&quot;&amp;&gt;</desc>"));
    }

    #[test]
    fn download_names_are_ascii() {
        assert_eq!(file_name("ent-x-changes", "svg"), "ent-x-changes.svg");
        assert_eq!(file_name("万州 figures", "png"), "figures.png");
        assert_eq!(file_name("万州", "png"), "chart.png");
    }
}
