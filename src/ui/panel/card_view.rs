//! The detail panel and the card it shows for the selected node.

use leptos::ev;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

use super::card_markup;
use super::chart::card_charts;
use crate::card::{card, Card};
use crate::charts::palette::industry_hex;
use crate::metrics::export::figures_csv;
use crate::model::{Lang, Metric};
use crate::ui::chart_figure::{self, chart_width, figure};
use crate::ui::dom::closest_at;
use crate::ui::download::{download_text, download_written};
use crate::ui::i18n::{t, Msg};
use crate::ui::state::AppState;

#[component]
pub fn DetailPanel() -> impl IntoView {
    let state = AppState::expect();
    let panel = NodeRef::<leptos::html::Div>::new();
    let width = RwSignal::new(360_u32);
    let measure = move || {
        if let Some(el) = panel.get_untracked() {
            let w = el.client_width() as u32;
            if w > 0 {
                width.set(w.saturating_sub(40).max(240));
            }
        }
    };
    // A new selection (from the graph, a search or a link in the card) opens its card at the top.
    Effect::new(move |_| {
        state.selected.track();
        if let Some(el) = panel.get_untracked() {
            el.set_scroll_top(0);
        }
        measure();
    });
    let resize = window_event_listener(ev::resize, move |_| measure());
    on_cleanup(move || resize.remove());

    let body = move || {
        let lang = state.lang.get();
        match state.selected.get() {
            None => view! { <p class="panel-empty">{t(Msg::PanelEmpty, lang)}</p> }.into_any(),
            Some(id) => {
                let data = state.data();
                match card(&data.dataset, &data.graph, &id) {
                    Some(c) => card_view(&c, lang, chart_width(width.get(), state.large_text.get())).into_any(),
                    None => view! { <p class="panel-empty">{t(Msg::PanelEmpty, lang)}</p> }.into_any(),
                }
            }
        }
    };
    let full = RwSignal::new(false);
    Effect::new(move |_| {
        if state.selected.get().is_none() {
            full.set(false);
        }
    });
    // Beside the graph it is a complementary region; on a phone, open, a modal dialog.
    let sheet = super::focus::sheet_focus(panel);
    let dialog = move || sheet.get() && state.selected.with(Option::is_some);
    let on_key = move |e: ev::KeyboardEvent| {
        if let Some(p) = panel.get_untracked().filter(|_| dialog()) {
            super::focus::trap_tab(&e, &p);
        }
    };
    // Links to other nodes, the close, chart and download buttons: one handler for every card, so a new
    // card adds no closures.
    let on_click = move |e: ev::MouseEvent| {
        if chart_figure::on_click(e.target(), state.lang.get_untracked()) {
            return;
        }
        let Some(el) = closest_at(e.target(), ".link-name[data-id], [data-action]") else {
            return;
        };
        if let Some(id) = el.get_attribute("data-id") {
            return state.select(Some(id));
        }
        match el.get_attribute("data-action").as_deref() {
            Some("close") => state.select(None),
            Some("export-csv") => export(state, false),
            Some("export-json") => export(state, true),
            _ => {}
        }
    };
    view! {
        <div
            class="panel"
            id="panel"
            tabindex="-1"
            class:open=move || state.selected.get().is_some()
            class:full=full
            node_ref=panel
            data-testid="panel"
            role=move || if dialog() { "dialog" } else { "complementary" }
            aria-modal=move || dialog().then_some("true")
            aria-label=state.text(Msg::Details)
            on:keydown=on_key
            on:click=on_click
        >
            <super::sheet::SheetHandle panel=panel full=full />
            {body}
        </div>
    }
}

fn card_view(c: &Card, lang: Lang, width: u32) -> impl IntoView {
    let state = AppState::expect();
    let data = state.data();
    let (d, g) = (&data.dataset, &data.graph);
    let mut inside = card_markup::top(d, g, c, lang);
    let as_table = state.large_text.get_untracked();
    for chart in card_charts(d, g, c, lang, width) {
        figure(&mut inside, chart, as_table, lang);
    }
    inside.push_str(&card_markup::rest(d, g, c, lang));
    // The kind's mark in its industry's colour, set through the style object, which a strict
    // content security policy allows (a style attribute in markup it refuses).
    let article = NodeRef::<leptos::html::Article>::new();
    let colour = g.index_of(&c.node.id).map(|i| industry_hex(g.industry_rank(i)));
    Effect::new(move |_| {
        let kind = article
            .get()
            .and_then(|a| a.query_selector(".card-head .kind").ok().flatten());
        if let (Some(kind), Some(colour)) = (kind, &colour) {
            let _ = kind
                .unchecked_into::<web_sys::HtmlElement>()
                .style()
                .set_property("border-color", colour);
        }
    });
    view! { <article node_ref=article class="card" data-testid="card" data-kind=c.node.kind.code() data-id=c.node.id.clone() inner_html=inside></article> }
}

/// The card's figures as a CSV or JSON download.
fn export(state: AppState, json: bool) {
    let Some(id) = state.selected.get_untracked() else {
        return;
    };
    let data = state.data();
    let Some(c) = card(&data.dataset, &data.graph, &id) else {
        return;
    };
    let name = c.node.id.clone();
    if json {
        let ms: Vec<Metric> = c.metrics.iter().map(|m| (*m).clone()).collect();
        download_written(format!("{name}.json"), "application/json", async move {
            crate::ui::worker::figures_json(&ms).await
        });
    } else {
        download_text(
            &format!("{name}.csv"),
            "text/csv;charset=utf-8",
            &figures_csv(&c.metrics),
        );
    }
}
