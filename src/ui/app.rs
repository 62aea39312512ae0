//! The page: header with title and language switch, the graph, the detail panel, the source line.

use leptos::ev;
use leptos::prelude::*;

use super::dashboard::Dashboard;
use super::data::{load_from_query, DataReport, DropZone, FilePicker};
use super::graph::SystemView;
use super::i18n::{t, Msg};
use super::panel::DetailPanel;
use super::state::AppState;
use crate::data;
use crate::model::Lang;

#[component]
pub fn App() -> impl IntoView {
    let state = AppState::new(data::wanzhou());
    provide_context(state);
    state.mirror_to_url();
    load_from_query(state);
    let query = window().location().search().unwrap_or_default();
    let mode = super::url::param(&query, "mode");
    match mode.as_deref() {
        Some("embed") => super::embed::start(state),
        Some("kiosk") => super::kiosk::start(state),
        _ => {}
    }
    let kiosk = (mode.as_deref() == Some("kiosk")).then(|| view! { <super::kiosk::KioskOverlay /> });

    let escape = window_event_listener(ev::keydown, move |e| {
        if e.key() == "Escape" {
            state.select(None);
        }
    });
    on_cleanup(move || escape.remove());

    let toggle_lang = move |_| {
        state
            .lang
            .update(|l| *l = if *l == Lang::Zh { Lang::En } else { Lang::Zh })
    };
    let title = move || state.data().dataset.meta.title.get(state.lang.get()).to_string();
    let source = move || {
        let lang = state.lang.get();
        let data = state.data();
        let s = &data.dataset.meta.source;
        let colon = if lang == Lang::Zh { "：" } else { ": " };
        format!(
            "{}{colon}{} · {} · {}",
            t(Msg::SourceLine, lang),
            s.publisher.get(lang),
            s.title.get(lang),
            s.date
        )
    };
    view! {
        <header class="top">
            <h1>{title}</h1>
            <nav class="views" aria-label=move || t(Msg::Overview, state.lang.get())>
                <button class="tab" data-testid="tab-map" aria-current=move || (!state.dashboard.get()).then_some("page") on:click=move |_| state.dashboard.set(false)>
                    {move || t(Msg::Map, state.lang.get())}
                </button>
                <button class="tab" data-testid="tab-dashboard" aria-current=move || state.dashboard.get().then_some("page") on:click=move |_| state.dashboard.set(true)>
                    {move || t(Msg::Overview, state.lang.get())}
                </button>
            </nav>
            <FilePicker />
            <button class="lang" data-testid="lang" on:click=toggle_lang aria-label=move || t(Msg::SwitchLanguageLabel, state.lang.get())>
                {move || t(Msg::SwitchLanguage, state.lang.get())}
            </button>
        </header>
        <DataReport />
        <DropZone />
        <main class="stage">
            <Show when=move || state.dashboard.get() fallback=|| view! { <SystemView /> <DetailPanel /> }>
                <Dashboard />
            </Show>
        </main>
        <footer class="source-line">{source}</footer>
        {kiosk}
    }
}
