//! The search box: a combobox whose options are the best matches by name, pinyin initials or English.

use std::sync::Arc;

use leptos::ev;
use leptos::prelude::*;

use super::graph_view::SceneSlot;
use super::markup::swatch_class;
use crate::model::graph::NodeKind;
use crate::model::search::search;
use crate::ui::i18n::Msg;
use crate::ui::state::{AppState, Loaded};
use crate::ui::url::View;

/// Shows node `i` wherever it can be seen: back in the legend, in a view that draws it, centred.
fn reveal(state: AppState, i: usize) {
    let data = state.data();
    let g = &data.graph;
    let n = &g.nodes[i];
    if let Some(ind) = n.industry {
        let id = &g.nodes[ind].id;
        if state.filters.with_untracked(|f| f.industries.contains(id)) {
            state.filters.update(|f| f.toggle_industry(id));
        }
    }
    match state.view.get_untracked() {
        View::System if matches!(n.kind, NodeKind::Programme | NodeKind::Project) => state.set_view(View::Network),
        View::Chain => {
            let chain =
                std::iter::successors(Some(i), |&k| g.nodes[k].parent).find(|&k| g.nodes[k].kind == NodeKind::Chain);
            match chain {
                Some(c) => state.chain.set(Some(g.nodes[c].id.clone())),
                None => state.set_view(View::Network),
            }
        }
        View::Dashboard => state.set_view(View::System),
        _ => {}
    }
    state.select(Some(n.id.clone()));
    if let Some(scene) = SceneSlot::get() {
        scene.centre_on(i);
    }
}

/// Option `k` of the results, node `i`. Which option is active changes only its `aria-selected`;
/// a click chooses it (the list keeps the focus in the box meanwhile).
#[component]
fn SearchOption(
    data: Arc<Loaded>,
    k: usize,
    i: usize,
    active: ReadSignal<usize>,
    choose: Callback<usize>,
) -> impl IntoView {
    let state = AppState::expect();
    let g = &data.graph;
    let n = &g.nodes[i];
    let (name, kind) = (n.name.clone(), n.kind.label());
    view! {
        <li id=format!("search-option-{k}") role="option" class="search-option"
            aria-selected=move || (active.get() == k).to_string() data-id=n.id.clone()
            on:click=move |_| choose.run(i)>
            <span class=swatch_class(n.kind, g.industry_rank(i)) aria-hidden="true"></span>
            <span class="option-name">{move || name.get(state.lang.get()).to_string()}</span>
            <span class="option-kind">{move || kind.get(state.lang.get()).to_string()}</span>
        </li>
    }
}

#[component]
pub fn SearchBox() -> impl IntoView {
    let state = AppState::expect();
    let query = RwSignal::new(String::new());
    let (active, set_active) = signal(0_usize);
    let open = RwSignal::new(false);
    let results = Memo::new(move |_| {
        query.with(|q| {
            let data = state.data();
            search(&data.graph, &data.initials, q, 8)
        })
    });
    let choose = Callback::new(move |i: usize| {
        query.set(
            state.data().graph.nodes[i]
                .name
                .get(state.lang.get_untracked())
                .to_string(),
        );
        open.set(false);
        reveal(state, i);
    });
    let on_key = move |e: ev::KeyboardEvent| {
        let n = results.with_untracked(Vec::len);
        match e.key().as_str() {
            "ArrowDown" if n > 0 => {
                e.prevent_default();
                open.set(true);
                set_active.update(|a| *a = (*a + 1) % n);
            }
            "ArrowUp" if n > 0 => {
                e.prevent_default();
                open.set(true);
                set_active.update(|a| *a = (*a + n - 1) % n);
            }
            "Enter" => {
                e.prevent_default();
                if let Some(i) = results.with_untracked(|r| r.get(active.get_untracked()).copied()) {
                    choose.run(i);
                }
            }
            "Escape" => {
                e.stop_propagation();
                open.set(false);
                query.set(String::new());
            }
            _ => {}
        }
    };
    // Built anew for each list of results (another dataset gives other results): choosing another
    // active option changes only its mark. A keyed `For` here kept an owner per option ever shown
    // on the box's owner, which lives as long as the page (the soak grew with every search).
    let options = move || {
        let data = state.data();
        results
            .get()
            .into_iter()
            .enumerate()
            .map(|(k, i)| view! { <SearchOption data=data.clone() k=k i=i active=active choose=choose /> })
            .collect_view()
    };
    let none = move || {
        results
            .with(Vec::is_empty)
            .then(|| view! { <li class="search-empty" role="presentation">{state.text(Msg::NoResults)}</li> })
    };
    let expanded = move || open.get() && !query.with(String::is_empty);
    view! {
        <div class="search" role="search">
            <input
                type="search"
                class="search-input"
                data-testid="search"
                role="combobox"
                aria-autocomplete="list"
                aria-controls="search-results"
                aria-expanded=move || expanded().to_string()
                aria-activedescendant=move || (expanded() && results.with(|r| !r.is_empty())).then(|| format!("search-option-{}", active.get()))
                aria-label=state.text(Msg::Search)
                placeholder=state.text(Msg::SearchPlaceholder)
                prop:value=query
                on:input=move |e| {
                    query.set(event_target_value(&e));
                    set_active.set(0);
                    open.set(true);
                }
                on:keydown=on_key
                on:focus=move |_| open.set(true)
                on:blur=move |_| open.set(false)
            />
            <ul id="search-results" role="listbox" class="search-results" class:hidden=move || !expanded() aria-label=state.text(Msg::Search)
                on:pointerdown=move |e| e.prevent_default()>
                {options}
                {none}
            </ul>
        </div>
    }
}
