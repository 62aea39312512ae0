//! Controls around the graph: the search box, the legend with its filters, the chain picker.

use std::fmt::Write;

use leptos::ev;
use leptos::prelude::*;

use super::draw::swatch;
use super::graph_view::SceneSlot;
use super::markup::swatch_class;
use crate::charts::svg::escape_xml as esc;
use crate::model::filter::LinkKind;
use crate::model::graph::{Graph, NodeKind};
use crate::model::search::search;
use crate::model::Lang;
use crate::ui::dom::{elements, indexed_at};
use crate::ui::i18n::{t, Msg};
use crate::ui::state::AppState;
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

/// The search's options as markup (rebuilt on every keystroke, so they carry no handlers: the
/// list takes their pointer events), or a note that nothing matched.
fn search_options(g: &Graph, results: &[usize], active: usize, lang: Lang) -> String {
    if results.is_empty() {
        return format!(
            r#"<li class="search-empty" role="presentation">{}</li>"#,
            t(Msg::NoResults, lang)
        );
    }
    let mut out = String::new();
    for (k, &i) in results.iter().enumerate() {
        let n = &g.nodes[i];
        let _ = write!(
            out,
            r#"<li id="search-option-{k}" role="option" class="search-option" aria-selected="{}" data-i="{k}" data-id="{}"><span class="{}" aria-hidden="true"></span><span class="option-name">{}</span><span class="option-kind">{}</span></li>"#,
            active == k,
            esc(&n.id),
            swatch_class(n.kind, g.industry_rank(i)),
            esc(n.name.get(lang)),
            esc(n.kind.label().get(lang))
        );
    }
    out
}

#[component]
pub fn SearchBox() -> impl IntoView {
    let state = AppState::expect();
    let query = RwSignal::new(String::new());
    let active = RwSignal::new(0_usize);
    let open = RwSignal::new(false);
    let results = Memo::new(move |_| {
        query.with(|q| {
            let data = state.data();
            search(&data.graph, &data.initials, q, 8)
        })
    });
    let choose = move |k: usize| {
        if let Some(&i) = results.with_untracked(|r| r.get(k).copied()).as_ref() {
            query.set(
                state.data().graph.nodes[i]
                    .name
                    .get(state.lang.get_untracked())
                    .to_string(),
            );
            open.set(false);
            reveal(state, i);
        }
    };
    let on_key = move |e: ev::KeyboardEvent| {
        let n = results.with_untracked(Vec::len);
        match e.key().as_str() {
            "ArrowDown" if n > 0 => {
                e.prevent_default();
                open.set(true);
                active.update(|a| *a = (*a + 1) % n);
            }
            "ArrowUp" if n > 0 => {
                e.prevent_default();
                open.set(true);
                active.update(|a| *a = (*a + n - 1) % n);
            }
            "Enter" => {
                e.prevent_default();
                choose(active.get_untracked());
            }
            "Escape" => {
                e.stop_propagation();
                open.set(false);
                query.set(String::new());
            }
            _ => {}
        }
    };
    let options = move || {
        let lang = state.lang.get();
        let data = state.data();
        results.with(|r| search_options(&data.graph, r, active.get_untracked(), lang))
    };
    // The options carry no handlers or effects of their own (they are rebuilt on every keystroke):
    // the list takes their pointer events, and a change of the active one is marked from here.
    let list = NodeRef::<leptos::html::Ul>::new();
    Effect::new(move |_| {
        let a = active.get();
        if let Some(ul) = list.get() {
            for (k, el) in elements(&ul, "[role=option]").iter().enumerate() {
                let _ = el.set_attribute("aria-selected", if k == a { "true" } else { "false" });
            }
        }
    });
    let on_pick = move |e: ev::MouseEvent| {
        if let Some((k, _)) = indexed_at(e.target(), "[role=option]") {
            choose(k);
        }
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
                    active.set(0);
                    open.set(true);
                }
                on:keydown=on_key
                on:focus=move |_| open.set(true)
                on:blur=move |_| open.set(false)
            />
            <ul id="search-results" role="listbox" class="search-results" node_ref=list class:hidden=move || !expanded() aria-label=state.text(Msg::Search)
                on:pointerdown=move |e| e.prevent_default() on:click=on_pick inner_html=options></ul>
        </div>
    }
}

#[component]
pub fn Legend() -> impl IntoView {
    let state = AppState::expect();
    let wide = window()
        .inner_width()
        .ok()
        .and_then(|w| w.as_f64())
        .is_some_and(|w| w >= 900.0);
    // Built when the data change; only the texts follow the language, so nothing is rebuilt then.
    let industries = move || {
        let data = state.data();
        let g = &data.graph;
        (0..g.nodes.len())
            .filter(|&i| g.nodes[i].kind == NodeKind::Industry)
            .map(|i| {
                let id = g.nodes[i].id.clone();
                let label = g.nodes[i].label.clone();
                let shown = {
                    let id = id.clone();
                    move || !state.filters.with(|f| f.industries.contains(&id))
                };
                let toggle = {
                    let id = id.clone();
                    move |_| state.filters.update(|f| f.toggle_industry(&id))
                };
                let chains = g.children(i).filter(|&c| g.nodes[c].kind == NodeKind::Chain).count();
                view! {
                    <li>
                        <button type="button" class="legend-item" data-testid="legend-industry" data-id=id aria-pressed=move || shown().to_string() on:click=toggle>
                            {swatch(NodeKind::Industry, g.industry_rank(i))}
                            <span>{move || label.get(state.lang.get()).to_string()}</span>
                            <span class="count">{chains}</span>
                        </button>
                    </li>
                }
            })
            .collect_view()
    };
    let sample = |class: &'static str| {
        view! { <svg class="line-sample" width="28" height="10" aria-hidden="true"><line class=format!("edge {class}") x1="1" y1="5" x2="27" y2="5" /></svg> }
    };
    let links = [
        (LinkKind::Serves, Msg::LinkServes, "serves"),
        (LinkKind::Projects, Msg::LinkProjects, "part-of"),
        (LinkKind::Inferred, Msg::LinkInferred, "belongs inferred"),
    ]
    .into_iter()
    .map(|(k, msg, class)| {
        view! {
            <li>
                <button type="button" class="legend-item" data-testid="legend-link" data-kind=k.code() aria-pressed=move || (!state.filters.with(|f| f.links.contains(&k))).to_string() on:click=move |_| state.filters.update(|f| f.toggle_link(k))>
                    {sample(class)}<span>{move || t(msg, state.lang.get())}</span>
                </button>
            </li>
        }
    })
    .collect_view();
    view! {
        <details class="legend" open=wide data-testid="legend">
            <summary>{state.text(Msg::Legend)}</summary>
            <ul class="legend-industries">{industries}</ul>
            <ul class="legend-links">
                <li><span class="legend-item fixed">{sample("belongs")}<span>{state.text(Msg::LinkBelongs)}</span></span></li>
                {links}
            </ul>
            <button type="button" class="chip show-all" class:hidden=move || state.filters.with(|f| f.is_empty()) on:click=move |_| state.filters.set(Default::default())>
                {state.text(Msg::ShowAll)}
            </button>
        </details>
    }
}

#[component]
pub fn ChainPicker() -> impl IntoView {
    let state = AppState::expect();
    let current = Memo::new(move |_| {
        let data = state.data();
        super::graph_view::chain_in_view(state).map(|i| data.graph.nodes[i].id.clone())
    });
    let options = move || {
        let lang = state.lang.get();
        let data = state.data();
        data.dataset
            .chains
            .iter()
            .map(|c| {
                let id = c.id.clone();
                let sel = {
                    let id = id.clone();
                    move || current.get().as_deref() == Some(id.as_str())
                };
                view! { <option value=id selected=sel>{c.name.get(lang).to_string()}</option> }
            })
            .collect_view()
    };
    view! {
        <label class="chain-picker">
            <span>{state.text(Msg::ChooseChain)}</span>
            <select data-testid="chain-picker" on:change=move |e| state.chain.set(Some(event_target_value(&e)))>
                {options}
            </select>
        </label>
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::wanzhou;
    use crate::model::search::Initials;

    #[test]
    fn search_options_mark_the_active_one_and_escape_names() {
        let mut d = wanzhou();
        d.enterprises[0].name.zh = "铝<b>&".into();
        let g = Graph::from_dataset(&d);
        let hits = search(&g, &Initials::for_graph(&g), "铝", 8);
        assert!(hits.len() >= 2);
        let html = search_options(&g, &hits, 1, Lang::Zh);
        assert_eq!(html.matches(r#"role="option""#).count(), hits.len());
        assert_eq!(html.matches(r#"aria-selected="true""#).count(), 1);
        assert!(html.contains(
            r#"<li id="search-option-1" role="option" class="search-option" aria-selected="true" data-i="1""#
        ));
        let odd = search_options(&g, &search(&g, &Initials::for_graph(&g), "<b>", 8), 0, Lang::Zh);
        assert!(
            odd.contains(r#"<span class="option-name">铝&lt;b&gt;&amp;</span>"#),
            "{odd}"
        );
        assert!(!odd.contains("<b>"));
        let none = search_options(&g, &[], 0, Lang::En);
        assert_eq!(
            none,
            format!(
                r#"<li class="search-empty" role="presentation">{}</li>"#,
                t(Msg::NoResults, Lang::En)
            )
        );
    }
}
