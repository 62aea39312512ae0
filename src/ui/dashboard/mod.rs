//! The district dashboard: every district-level indicator as charts and figure tiles, computed in the browser.

use leptos::ev;
use leptos::prelude::*;

use crate::charts::Bar;
use crate::metrics::derived_for;
use crate::model::{Lang, Metric, MetricKind, Scope};
use crate::ui::chart_figure::{chart_width, ChartList, ChartView};
use crate::ui::chart_series::{change_bars, metric_bar, shares};
use crate::ui::download::{download_workbook, download_written};
use crate::ui::i18n::{t, Msg};
use crate::ui::panel::{derived_row, metric_row, FigureItem};
use crate::ui::state::{release_on_cleanup, AppState};
use crate::ui::worker::{figures_file, FiguresFile};

const DISTRICT: (u8, u8, u8) = (51, 65, 85);

/// The charts of the district's figures: shares, changes, and counts of firms and of things.
fn charts(district: &[&Metric], derived: &[crate::metrics::Derived], lang: Lang, width: u32) -> Vec<ChartView> {
    let pick = |kind: MetricKind, units: &[&str]| -> Vec<&Metric> {
        district
            .iter()
            .copied()
            .filter(|m| m.kind == kind && units.contains(&m.unit.as_str()))
            .collect()
    };
    let mut out = Vec::new();
    let shares = shares(district, derived, DISTRICT, lang);
    if !shares.is_empty() {
        out.push(ChartView::bullet(t(Msg::Shares, lang).into(), shares, width, lang).named("district-shares"));
    }
    let changes = change_bars(district, derived, DISTRICT, lang);
    if !changes.is_empty() {
        out.push(
            ChartView::bars(
                t(Msg::Changes, lang).into(),
                t(Msg::ChangeAxis, lang),
                changes,
                width,
                lang,
            )
            .named("district-changes"),
        );
    }
    let firms: Vec<Bar> = pick(MetricKind::Count, &["enterprises", "households"])
        .into_iter()
        .map(|m| metric_bar(m, DISTRICT, lang))
        .collect();
    if !firms.is_empty() {
        out.push(
            ChartView::bars(
                t(Msg::CountsFirms, lang).into(),
                t(Msg::CountAxis, lang),
                firms,
                width,
                lang,
            )
            .named("district-firms"),
        );
    }
    let things: Vec<Bar> = pick(MetricKind::Count, &["items", "lines", "tasks", "machines"])
        .into_iter()
        .map(|m| metric_bar(m, DISTRICT, lang))
        .collect();
    if !things.is_empty() {
        out.push(
            ChartView::bars(
                t(Msg::CountsItems, lang).into(),
                t(Msg::CountAxis, lang),
                things,
                width,
                lang,
            )
            .named("district-counts"),
        );
    }
    out
}

#[component]
pub fn Dashboard() -> impl IntoView {
    let state = AppState::expect();
    let container = NodeRef::<leptos::html::Section>::new();
    let width = RwSignal::new(0_u32);
    let measure = move || {
        if let Some(el) = container.get_untracked() {
            width.set(el.client_width().max(0) as u32);
        }
    };
    Effect::new(move |_| measure());
    let resize = window_event_listener(ev::resize, move |_| measure());
    on_cleanup(move || resize.remove());

    let measured = Memo::new(move |_| width.get() > 0);
    // Built anew for each language, dataset and text size once the width is known; a new width
    // only redraws the charts.
    let body = move || {
        if !measured.get() {
            return None;
        }
        let (lang, data, large) = (state.lang.get(), state.data(), state.large_text.get());
        let figures = {
            let data = data.clone();
            Memo::new(move |_| {
                release_on_cleanup();
                // Two columns of charts on wide screens.
                let w = width.get();
                let box_w = if w >= 900 { (w - 72) / 2 } else { w.saturating_sub(32) }.max(240);
                let d = &data.dataset;
                let district: Vec<&Metric> = d.metrics.iter().filter(|m| m.scope == Scope::District).collect();
                charts(
                    &district,
                    &derived_for(d, &d.district.id),
                    lang,
                    chart_width(box_w, large),
                )
            })
        };
        let d = &data.dataset;
        let stated = d
            .metrics
            .iter()
            .filter(|m| m.scope == Scope::District)
            .map(|m| metric_row(d, m, lang));
        let tiles = stated
            .chain(derived_for(d, &d.district.id).iter().map(|x| derived_row(x, lang)))
            .map(|row| view! { <FigureItem row=row lang=lang /> })
            .collect_view();
        let all_csv = {
            let data = data.clone();
            move |_| {
                let data = data.clone();
                download_written("dataset-figures.csv".into(), "text/csv;charset=utf-8", async move {
                    figures_file(&data, None, FiguresFile::Csv)
                        .await
                        .map(wasm_bindgen::JsValue::from)
                });
            }
        };
        let whole = data.clone();
        let all_json = move |_| {
            let data = whole.clone();
            download_written("dataset.json".into(), "application/json", async move {
                crate::ui::worker::dataset_json(&data)
                    .await
                    .map(wasm_bindgen::JsValue::from)
            });
        };
        let shown = data.clone();
        let all_xlsx = move |_| download_workbook(Some(shown.clone()));
        Some(view! {
            <h2>{format!("{} · {}", t(Msg::Dashboard, lang), d.district.name.get(lang))}</h2>
            <div class="dash-charts"><ChartList charts=figures as_table=large lang=lang /></div>
            <h3>{t(Msg::Tiles, lang)}</h3>
            <ul class="figures dash-tiles" data-testid="dash-tiles">{tiles}</ul>
            <div class="export" data-testid="dataset-export">
                <span>{t(Msg::WholeDataset, lang)}</span>
                <button type="button" class="chip" data-testid="dataset-csv" on:click=all_csv>"CSV"</button>
                <button type="button" class="chip" data-testid="dataset-json" on:click=all_json>"JSON"</button>
                <button type="button" class="chip" data-testid="dataset-xlsx" on:click=all_xlsx>"Excel"</button>
                <button type="button" class="chip" data-testid="template-xlsx" on:click=move |_| download_workbook(None)>
                    {t(Msg::TemplateXlsx, lang)}
                </button>
            </div>
        })
    };
    view! {
        <section class="dashboard" node_ref=container data-testid="dashboard" aria-label=state.text(Msg::Dashboard)>
            {body}
        </section>
    }
}
