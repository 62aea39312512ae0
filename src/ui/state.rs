//! The one place the app's state lives: the data on screen, the selection and the language, mirrored in the URL.

use std::sync::Arc;

use leptos::prelude::*;
use wasm_bindgen::JsValue;

use super::url::UrlState;
use crate::model::graph::Graph;
use crate::model::{Dataset, Lang};

/// A dataset with the graph built from it.
pub struct Loaded {
    pub dataset: Dataset,
    pub graph: Graph,
}

impl Loaded {
    pub fn new(dataset: Dataset) -> Loaded {
        let graph = Graph::from_dataset(&dataset);
        Loaded { dataset, graph }
    }
}

/// Shared app state, provided as context.
#[derive(Clone, Copy)]
pub struct AppState {
    pub loaded: StoredValue<Arc<Loaded>>,
    pub selected: RwSignal<Option<String>>,
    pub lang: RwSignal<Lang>,
}

fn current_query() -> String {
    window().location().search().unwrap_or_default()
}

impl AppState {
    /// State for `dataset`, starting from what the URL says.
    pub fn new(dataset: Dataset) -> AppState {
        let loaded = Arc::new(Loaded::new(dataset));
        let url = UrlState::parse(&current_query());
        let selected = url
            .selected
            .filter(|id| loaded.graph.index_of(id).is_some());
        AppState {
            loaded: StoredValue::new(loaded),
            selected: RwSignal::new(selected),
            lang: RwSignal::new(url.lang),
        }
    }

    pub fn expect() -> AppState {
        expect_context::<AppState>()
    }

    pub fn data(&self) -> Arc<Loaded> {
        self.loaded.get_value()
    }

    pub fn select(&self, id: Option<String>) {
        self.selected.set(id);
    }

    /// Keeps the URL, the document language and the title in step with the state; back/forward restore it.
    pub fn mirror_to_url(self) {
        Effect::new(move |previous: Option<UrlState>| {
            let next = UrlState {
                selected: self.selected.get(),
                lang: self.lang.get(),
            };
            let query = next.merge_into(&current_query());
            if query != current_query() {
                let loc = window().location();
                let url = format!(
                    "{}{}{}",
                    loc.pathname().unwrap_or_default(),
                    query,
                    loc.hash().unwrap_or_default()
                );
                let history = window()
                    .history()
                    .expect("history is available in every browser");
                // A new selection is a step back/forward can return to; a language switch is not.
                let new_step = previous
                    .as_ref()
                    .is_some_and(|p| p.selected != next.selected);
                let _ = if new_step {
                    history.push_state_with_url(&JsValue::NULL, "", Some(&url))
                } else {
                    history.replace_state_with_url(&JsValue::NULL, "", Some(&url))
                };
            }
            let doc = document();
            if let Some(root) = doc.document_element() {
                let _ =
                    root.set_attribute("lang", if next.lang == Lang::En { "en" } else { "zh-CN" });
            }
            let data = self.data();
            let title = data.dataset.meta.title.get(next.lang);
            let node = next.selected.as_deref().and_then(|id| data.graph.node(id));
            doc.set_title(&match node {
                Some(n) => format!("{} · {}", n.name.get(next.lang), title),
                None => title.to_string(),
            });
            next
        });
        let handle = window_event_listener(leptos::ev::popstate, move |_| {
            let url = UrlState::parse(&current_query());
            let known = url
                .selected
                .filter(|id| self.data().graph.index_of(id).is_some());
            self.selected.set(known);
            self.lang.set(url.lang);
        });
        on_cleanup(move || handle.remove());
    }
}
