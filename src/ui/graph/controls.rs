//! Controls around the graph: the search box, the legend with its filters, the chain picker.

use std::fmt::Write;

use leptos::ev;
use leptos::prelude::*;

use super::graph_view::SceneSlot;
use super::markup::swatch_class;
use crate::charts::svg::escape_xml as esc;
use crate::model::filter::{Filters, LinkKind};
use crate::model::graph::{Graph, NodeKind};
use crate::model::search::search;
use crate::model::Lang;
use crate::ui::dom::{closest_at, elements, indexed_at};
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

/// The legend's switches as markup: a button per industry (its mark, name and number of chains)
/// and per kind of link that can be hidden, pressed while shown. Rebuilt when the data or the
/// language change; a switch's pressed state is then kept by [`Legend`] without a rebuild.
fn legend_switches(g: &Graph, filters: &Filters, lang: Lang) -> (String, String) {
    let mut industries = String::new();
    for i in (0..g.nodes.len()).filter(|&i| g.nodes[i].kind == NodeKind::Industry) {
        let n = &g.nodes[i];
        let chains = g.children(i).filter(|&c| g.nodes[c].kind == NodeKind::Chain).count();
        let _ = write!(
            industries,
            r#"<li><button type="button" class="legend-item" data-testid="legend-industry" data-id="{}" aria-pressed="{}"><span class="{}" aria-hidden="true"></span><span>{}</span><span class="count">{chains}</span></button></li>"#,
            esc(&n.id),
            !filters.industries.contains(&n.id),
            swatch_class(NodeKind::Industry, g.industry_rank(i)),
            esc(n.label.get(lang))
        );
    }
    let sample = |class: &str| {
        format!(
            r#"<svg class="line-sample" width="28" height="10" aria-hidden="true"><line class="edge {class}" x1="1" y1="5" x2="27" y2="5"/></svg>"#
        )
    };
    let mut links = format!(
        r#"<li><span class="legend-item fixed">{}<span>{}</span></span></li>"#,
        sample("belongs"),
        t(Msg::LinkBelongs, lang)
    );
    for (k, msg, class) in [
        (LinkKind::Serves, Msg::LinkServes, "serves"),
        (LinkKind::Projects, Msg::LinkProjects, "part-of"),
        (LinkKind::Inferred, Msg::LinkInferred, "belongs inferred"),
    ] {
        let _ = write!(
            links,
            r#"<li><button type="button" class="legend-item" data-testid="legend-link" data-kind="{}" aria-pressed="{}">{}<span>{}</span></button></li>"#,
            k.code(),
            !filters.links.contains(&k),
            sample(class),
            t(msg, lang)
        );
    }
    (industries, links)
}

#[component]
pub fn Legend() -> impl IntoView {
    let state = AppState::expect();
    let wide = window()
        .inner_width()
        .ok()
        .and_then(|w| w.as_f64())
        .is_some_and(|w| w >= 900.0);
    let switches = Memo::new(move |_| {
        let data = state.data();
        state
            .filters
            .with_untracked(|f| legend_switches(&data.graph, f, state.lang.get()))
    });
    // A switch toggled keeps its element (and the focus): only the pressed states change.
    let root = NodeRef::<leptos::html::Details>::new();
    Effect::new(move |_| {
        let Some(root) = root.get() else { return };
        state.filters.with(|f| {
            for el in elements(&root, "[data-testid=legend-industry]") {
                let id = el.get_attribute("data-id").unwrap_or_default();
                let _ = el.set_attribute(
                    "aria-pressed",
                    if f.industries.contains(&id) { "false" } else { "true" },
                );
            }
            for el in elements(&root, "[data-testid=legend-link]") {
                let hidden = el
                    .get_attribute("data-kind")
                    .and_then(|code| LinkKind::from_code(&code))
                    .is_some_and(|k| f.links.contains(&k));
                let _ = el.set_attribute("aria-pressed", if hidden { "false" } else { "true" });
            }
        });
    });
    let on_click = move |e: ev::MouseEvent| {
        let Some(button) = closest_at(e.target(), "button.legend-item") else {
            return;
        };
        if let Some(id) = button.get_attribute("data-id") {
            state.filters.update(|f| f.toggle_industry(&id));
        } else if let Some(k) = button
            .get_attribute("data-kind")
            .and_then(|code| LinkKind::from_code(&code))
        {
            state.filters.update(|f| f.toggle_link(k));
        }
    };
    view! {
        <details class="legend" open=wide data-testid="legend" node_ref=root on:click=on_click>
            <summary>{state.text(Msg::Legend)}</summary>
            <ul class="legend-industries" inner_html=move || switches.with(|s| s.0.clone())></ul>
            <ul class="legend-links" inner_html=move || switches.with(|s| s.1.clone())></ul>
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
    fn legend_switches_show_what_is_hidden_as_not_pressed() {
        let g = Graph::from_dataset(&wanzhou());
        let (industries, links) = legend_switches(&g, &Filters::parse("ind-materials,~serves"), Lang::Zh);
        let count = g.nodes.iter().filter(|n| n.kind == NodeKind::Industry).count();
        assert_eq!(industries.matches(r#"data-testid="legend-industry""#).count(), count);
        assert!(industries.contains(r#"data-id="ind-materials" aria-pressed="false""#));
        assert_eq!(industries.matches(r#"aria-pressed="true""#).count(), count - 1);
        assert!(links.contains(r#"data-kind="serves" aria-pressed="false""#));
        assert!(links.contains(r#"data-kind="projects" aria-pressed="true""#));
        assert_eq!(links.matches("<button").count(), 3);
        assert!(!industries.contains("style=") && !links.contains("style="));
    }

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
