//! The page: header with title and language switch, the graph, the detail panel, the source line.

use leptos::ev;
use leptos::prelude::*;

use super::dashboard::Dashboard;
use super::data::{load_from_query, DataMenu, DataReport, DropZone};
use super::graph::{ChainPicker, GraphView, Legend, ListView, SceneSlot, SearchBox};
use super::i18n::{t, Msg};
use super::panel::DetailPanel;
use super::state::{AppState, Loaded};
use super::url::View;
use crate::model::Lang;

#[component]
pub fn App() -> impl IntoView {
    let state = AppState::new(Loaded::built_in());
    provide_context(state);
    provide_context(SceneSlot(StoredValue::new_local(None)));
    state.mirror_to_url();
    super::display::apply(state);
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
        if e.key() == "Escape" && !e.default_prevented() {
            state.select(None);
        }
    });
    announce_changes(state);
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
        // The credit line as the source words it: "…供稿" (supplied by), not a publisher.
        let credit = match lang {
            Lang::Zh => format!("{}{}", s.publisher.zh, t(Msg::SuppliedBy, lang)),
            Lang::En => format!("{} {}", t(Msg::SuppliedBy, lang), s.publisher.get(lang)),
        };
        format!(
            "{}{colon}{credit} · {} · {}",
            t(Msg::SourceLine, lang),
            s.title.get(lang),
            s.date
        )
    };
    let tab = move |v: View| {
        view! {
            <button type="button"
                class="tab"
                data-testid=format!("tab-{}", if v == View::System { "map" } else { v.code() })
                aria-current=move || (state.view.get() == v).then_some("page")
                on:click=move |_| state.set_view(v)
            >
                {move || super::i18n::view_name(v, state.lang.get())}
            </button>
        }
    };
    // The three graph views share one drawing (so nodes glide between them); only a change to or
    // from the list or the dashboard builds the main area anew.
    let surface = Memo::new(move |_| match state.view.get() {
        View::Dashboard => View::Dashboard,
        View::List => View::List,
        _ => View::System,
    });
    let main = move || match surface.get() {
        View::Dashboard => view! { <Dashboard /> }.into_any(),
        View::List => view! { <ListView /> <DetailPanel /> }.into_any(),
        _ => view! { <GraphView /> <DetailPanel /> }.into_any(),
    };
    // Built once: a view change only shows or hides its parts.
    let toolbar = view! {
        <section
            class="toolbar"
            class:hidden=move || state.view.get() == View::Dashboard
            aria-label=state.text(Msg::Toolbar)
        >
            <SearchBox />
            {move || (state.view.get() == View::Chain).then(|| view! { <ChainPicker /> })}
            <Legend />
        </section>
    };
    view! {
        <a class="skip-link" href="#main" on:click=skip_to("main")>{state.text(Msg::SkipToMap)}</a>
        // Built once and hidden while there is no card to skip to (not rebuilt on every selection).
        <a
            class="skip-link"
            class:hidden=move || !state.selected.with(Option::is_some) || state.view.get() == View::Dashboard
            href="#panel"
            on:click=skip_to("panel")
        >
            {state.text(Msg::SkipToPanel)}
        </a>
        <header class="top">
            <h1>{title}</h1>
            <nav class="views" aria-label=state.text(Msg::ViewsLabel)>
                {View::ALL.map(tab)}
            </nav>
            <DataMenu />
            <super::display::DisplayMenu />
            <button type="button"
                class="lang"
                data-testid="lang"
                on:click=toggle_lang
                lang=move || if state.lang.get() == Lang::Zh { "en" } else { "zh-CN" }
                title=state.text(Msg::SwitchLanguageLabel)
            >
                {state.text(Msg::SwitchLanguage)}
            </button>
        </header>
        <DataReport />
        <DropZone />
        {toolbar}
        <main class="stage" id="main" tabindex="-1">{main}</main>
        <footer class="source-line">{source}</footer>
        <div class="sr-only" role="status" aria-live="polite" data-testid="announce">{move || state.announce.get()}</div>
        {kiosk}
    }
}

/// A skip link's click: focus its target without adding a `#` to the URL.
fn skip_to(id: &'static str) -> impl Fn(ev::MouseEvent) + Copy {
    move |e| {
        e.prevent_default();
        if let Some(el) = document().get_element_by_id(id) {
            super::dom::focus(&el);
        }
    }
}

/// Tells screen readers what was selected and which view is showing.
fn announce_changes(state: AppState) {
    Effect::new(move |prev: Option<(Option<String>, View)>| {
        let (sel, view) = (state.selected.get(), state.view.get());
        let lang = state.lang.get_untracked();
        let colon = if lang == Lang::Zh { "：" } else { ": " };
        if let Some((old_sel, old_view)) = prev {
            let data = state.data();
            let message = if old_view != view {
                Some(format!(
                    "{}{colon}{}",
                    t(Msg::NowShowing, lang),
                    super::i18n::view_name(view, lang)
                ))
            } else if old_sel != sel {
                Some(match sel.as_deref().and_then(|id| data.graph.index_of(id)) {
                    Some(i) => format!(
                        "{}{colon}{}",
                        t(Msg::Selected, lang),
                        super::graph::node_label(&data.graph, i, lang)
                    ),
                    None => t(Msg::Cleared, lang).to_string(),
                })
            } else {
                None
            };
            if let Some(m) = message {
                state.announce.set(m);
            }
        }
        (sel, view)
    });
}
