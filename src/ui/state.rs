//! The one place the app's state lives: the data on screen, the selection and the language, mirrored in the URL.

use std::sync::Arc;

use leptos::prelude::*;
use leptos::reactive::graph::{Observer, Subscriber};
use wasm_bindgen::JsValue;

use super::display::{self, Display};
use super::i18n::{t, Msg};
use super::url::{UrlState, View};
use crate::layout::Viewport;
use crate::model::filter::Filters;
use crate::model::graph::Graph;
use crate::model::search::Initials;
use crate::model::{codec, Dataset, Finding, Lang};

/// A dataset with the graph built from it and the pinyin initials of its names.
pub struct Loaded {
    pub dataset: Dataset,
    /// The dataset's binary form (`model::codec`) as it arrived: what the workers are sent, so
    /// the page only ever decodes that form and carries no encoder.
    pub bytes: Arc<[u8]>,
    pub graph: Graph,
    pub initials: Initials,
}

impl Loaded {
    /// The dataset in `bytes`; `None` for damaged bytes or bytes of another build.
    pub fn from_bytes(bytes: Arc<[u8]>, initials: Initials) -> Option<Loaded> {
        let dataset = codec::dataset_from_bytes(&bytes)?;
        let graph = Graph::from_dataset(&dataset);
        Some(Loaded {
            dataset,
            bytes,
            graph,
            initials,
        })
    }

    /// The built-in dataset.
    pub fn built_in() -> Loaded {
        Loaded::from_bytes(crate::data::WANZHOU_BIN.into(), Initials::built_in())
            .expect("the built-in dataset is valid (checked by tests)")
    }
}

/// Where the data on screen came from, and how loading another file went.
#[derive(Debug, Clone, PartialEq)]
pub enum DataStatus {
    /// The built-in dataset, nothing else asked for.
    BuiltIn,
    /// A file is being fetched or read (`checking: None`), or checked in the worker: its size in bytes.
    Loading { source: String, checking: Option<u32> },
    /// Another file is on screen (from `?data=`, or a local preview), perhaps with warnings.
    Shown {
        source: String,
        preview: bool,
        warnings: Vec<Finding>,
    },
    /// A file had errors; the previous data stay on screen.
    Failed {
        source: String,
        errors: Vec<Finding>,
        warnings: Vec<Finding>,
    },
}

/// Shared app state, provided as context.
#[derive(Clone, Copy)]
pub struct AppState {
    pub loaded: RwSignal<Arc<Loaded>>,
    pub status: RwSignal<DataStatus>,
    pub selected: RwSignal<Option<String>>,
    pub lang: RwSignal<Lang>,
    pub view: RwSignal<View>,
    /// What the legend has switched off.
    pub filters: RwSignal<Filters>,
    /// Pan and zoom of the graph as last settled (`None`: fitted to the view).
    pub viewport: RwSignal<Option<Viewport>>,
    /// The chain the chain view shows (`None`: the selected node's chain, else the first with segments).
    pub chain: RwSignal<Option<String>>,
    /// The chain a large district's system view unfolds because the visitor zoomed into it (its
    /// id); set and cleared as the view settles (`layout::zoom_unfold`), never by the chain view.
    pub unfolded: RwSignal<Option<String>>,
    /// The node under the pointer or keyboard focus (not part of the URL).
    pub hover: RwSignal<Option<usize>>,
    /// The last message for screen readers (an aria-live region reads it out).
    pub announce: RwSignal<String>,
    /// Colour theme and text size.
    pub display: RwSignal<Display>,
    /// Whether large text is on: what layouts and charts depend on (a theme change redraws none of them).
    pub large_text: Memo<bool>,
}

/// Takes the effect or memo now running off the lists of what it reads once its owner is cleaned
/// up (it runs again, or its view goes). reactive_graph leaves a reactive node that goes on the
/// subscriber list of each source it read until that source changes, and a memo never lets go
/// of them: views built anew read the data, the text size and the chain, which rarely or never
/// change, and left one behind each at every visit (the soak grew with every view switch).
pub fn release_on_cleanup() {
    if let Some(me) = Observer::get() {
        on_cleanup(move || me.clear_sources(&me));
    }
}

fn current_query() -> String {
    window().location().search().unwrap_or_default()
}

impl AppState {
    /// A message in the current language, as a reactive text or attribute value. Every such
    /// text is this one closure type, so the wasm holds one copy of its rendering code.
    pub fn text(self, msg: Msg) -> impl Fn() -> &'static str + Copy + Send + Sync + 'static {
        move || {
            release_on_cleanup();
            t(msg, self.lang.get())
        }
    }

    /// State for the `loaded` dataset, starting from what the URL says.
    pub fn new(loaded: Loaded) -> AppState {
        let loaded = Arc::new(loaded);
        let url = UrlState::parse(&current_query());
        let display = RwSignal::new(url.display.unwrap_or_else(display::remembered));
        // With another dataset on its way, the selection may name one of its nodes: keep it until it arrives.
        let selected = url
            .selected
            .filter(|id| url.data.is_some() || loaded.graph.index_of(id).is_some());
        let unfolded = url
            .unfolded
            .filter(|id| url.data.is_some() || loaded.graph.index_of(id).is_some());
        AppState {
            loaded: RwSignal::new(loaded),
            status: RwSignal::new(DataStatus::BuiltIn),
            selected: RwSignal::new(selected),
            lang: RwSignal::new(url.lang),
            view: RwSignal::new(url.view),
            filters: RwSignal::new(url.filters),
            viewport: RwSignal::new(url.viewport),
            chain: RwSignal::new(url.chain),
            unfolded: RwSignal::new(unfolded),
            hover: RwSignal::new(None),
            announce: RwSignal::new(String::new()),
            display,
            large_text: Memo::new(move |_| display.with(|d| d.large_text)),
        }
    }

    pub fn expect() -> AppState {
        expect_context::<AppState>()
    }

    /// The data on screen; read in an effect or memo, it lets go of what that read when it goes
    /// (see [`release_on_cleanup`]).
    pub fn data(&self) -> Arc<Loaded> {
        release_on_cleanup();
        self.loaded.get()
    }

    /// Puts another dataset on screen, keeping the selection if the new data has that node.
    pub fn show(&self, loaded: Loaded) {
        let loaded = Arc::new(loaded);
        let keep = self
            .selected
            .get_untracked()
            .filter(|id| loaded.graph.index_of(id).is_some());
        let open = self
            .unfolded
            .get_untracked()
            .filter(|id| loaded.graph.index_of(id).is_some());
        self.selected.set(keep);
        self.unfolded.set(open);
        self.loaded.set(loaded);
    }

    pub fn select(&self, id: Option<String>) {
        self.selected.set(id);
    }

    /// Switches the main view; the new view starts fitted, with no chain unfolded by zooming.
    pub fn set_view(&self, view: View) {
        if self.view.get_untracked() != view {
            self.viewport.set(None);
            self.unfolded.set(None);
            self.hover.set(None);
            self.view.set(view);
        }
    }

    /// Keeps the URL, the document language and the title in step with the state; back/forward restore it.
    pub fn mirror_to_url(self) {
        Effect::new(move |previous: Option<UrlState>| {
            let next = UrlState {
                selected: self.selected.get(),
                lang: self.lang.get(),
                data: None,
                view: self.view.get(),
                filters: self.filters.get(),
                viewport: self.viewport.get(),
                chain: self.chain.get(),
                unfolded: self.unfolded.get(),
                display: Some(self.display.get()),
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
                let history = window().history().expect("history is available in every browser");
                // A new selection or view is a step back/forward can return to; zoom, filters and language are not.
                let new_step = previous.as_ref().is_some_and(|p| {
                    p.selected != next.selected
                        || p.view != next.view
                        || (p.chain != next.chain && next.view == View::Chain)
                });
                let _ = if new_step {
                    history.push_state_with_url(&JsValue::NULL, "", Some(&url))
                } else {
                    history.replace_state_with_url(&JsValue::NULL, "", Some(&url))
                };
            }
            let doc = document();
            // Set only when it changes: any write of `lang` restyles the whole page (the browser's
            // own `:lang()` rules), thousands of elements on a large map at every settled zoom.
            let lang = if next.lang == Lang::En { "en" } else { "zh-CN" };
            if let Some(root) = doc
                .document_element()
                .filter(|r| r.get_attribute("lang").as_deref() != Some(lang))
            {
                let _ = root.set_attribute("lang", lang);
            }
            let data = self.data();
            let title = data.dataset.meta.title.get(next.lang);
            let node = next.selected.as_deref().and_then(|id| data.graph.node(id));
            let view = super::i18n::view_name(next.view, next.lang);
            doc.set_title(&match node {
                Some(n) => format!("{} · {} · {}", n.name.get(next.lang), view, title),
                None => format!("{view} · {title}"),
            });
            next
        });
        let handle = window_event_listener(leptos::ev::popstate, move |_| {
            let url = UrlState::parse(&current_query());
            let known = url.selected.filter(|id| self.data().graph.index_of(id).is_some());
            self.selected.set(known);
            self.lang.set(url.lang);
            self.view.set(url.view);
            self.filters.set(url.filters);
            self.viewport.set(url.viewport);
            self.chain.set(url.chain);
            self.unfolded.set(url.unfolded);
            if let Some(d) = url.display {
                self.display.set(d);
            }
        });
        on_cleanup(move || handle.remove());
    }
}
