//! The list view: the whole graph as a keyboard-navigable tree, the text alternative to the drawing.

use std::collections::HashSet;

use leptos::ev;
use leptos::prelude::*;

use super::list_markup::{self, Marks};
use crate::model::graph::NodeKind;
use crate::ui::dom::{self, closest_at, elements, indexed_at, make_tab_stop};
use crate::ui::i18n::Msg;
use crate::ui::state::AppState;

/// Past this many nodes, chains start folded so the list stays quick to read and to draw.
const UNFOLD_ALL_BELOW: usize = 400;

/// The tree item under an event's target, with its node index.
fn item_of(target: Option<web_sys::EventTarget>) -> Option<(usize, web_sys::Element)> {
    indexed_at(target, "[role=treeitem]")
}

fn focus(el: &web_sys::Element) {
    make_tab_stop(el, "[role=tree]", "[role=treeitem]");
    dom::focus(el);
}

#[component]
pub fn ListView() -> impl IntoView {
    let state = AppState::expect();
    let folded = RwSignal::new(HashSet::<usize>::new());
    // Start with chains folded in big graphs.
    Effect::new(move |_| {
        let data = state.data();
        let g = &data.graph;
        let fold: HashSet<usize> = if g.nodes.len() < UNFOLD_ALL_BELOW {
            HashSet::new()
        } else {
            (0..g.nodes.len())
                .filter(|&i| g.nodes[i].kind == NodeKind::Chain)
                .collect()
        };
        folded.set(fold);
    });
    let tree = NodeRef::<leptos::html::Ul>::new();
    // Folding draws the tree anew; the item folded or unfolded keeps the focus.
    let toggle = move |i: usize| {
        folded.update(|f| {
            if !f.remove(&i) {
                f.insert(i);
            }
        });
        leptos::task::spawn_local(async move {
            leptos::task::tick().await;
            let again = tree
                .get_untracked()
                .and_then(|root| root.query_selector(&format!("[data-i='{i}']")).ok().flatten());
            if let Some(el) = again {
                focus(&el);
            }
        });
    };
    let on_click = move |e: ev::MouseEvent| {
        let Some((i, item)) = item_of(e.target()) else { return };
        let on_twisty = closest_at(e.target(), ".twisty").is_some();
        if on_twisty {
            toggle(i);
        } else {
            state.select(state.data().graph.nodes.get(i).map(|n| n.id.clone()));
        }
        focus(&item);
    };
    let on_key = move |e: ev::KeyboardEvent| {
        let Some((i, item)) = item_of(e.target()) else { return };
        let Some(root) = tree.get_untracked() else { return };
        let items = elements(&root, "[role=treeitem]");
        let at = items.iter().position(|x| x == &item).unwrap_or(0);
        let expandable = item.get_attribute("aria-expanded");
        let go = |k: usize| {
            if let Some(el) = items.get(k) {
                focus(el);
            }
        };
        match e.key().as_str() {
            "ArrowDown" => go(at + 1),
            "ArrowUp" => go(at.saturating_sub(1)),
            "Home" => go(0),
            "End" => go(items.len().saturating_sub(1)),
            "ArrowRight" => match expandable.as_deref() {
                Some("false") => toggle(i),
                Some("true") => go(at + 1),
                _ => {}
            },
            "ArrowLeft" => {
                if expandable.as_deref() == Some("true") {
                    toggle(i);
                } else if let Some(parent) = item
                    .closest("[role=group]")
                    .ok()
                    .flatten()
                    .and_then(|g| g.previous_element_sibling())
                {
                    focus(&parent);
                }
            }
            "Enter" | " " => state.select(state.data().graph.nodes.get(i).map(|n| n.id.clone())),
            _ => return,
        }
        e.prevent_default();
    };
    let body = move || {
        let data = state.data();
        let g = &data.graph;
        let lang = state.lang.get();
        let visible = state.filters.with(|f| f.visible(g));
        let folded = folded.get();
        let sel = state.selected.get_untracked().and_then(|id| g.index_of(&id));
        let root = g.nodes.iter().position(|n| n.kind == NodeKind::District);
        let first = sel.filter(|&s| visible[s]).or(root);
        let marks = Marks {
            tab: first,
            selected: sel,
        };
        root.map(|r| list_markup::tree(g, r, lang, &visible, &folded, marks))
            .unwrap_or_default()
    };
    // Selection shows in the list without redrawing it.
    Effect::new(move |prev: Option<Option<usize>>| {
        let sel = state
            .selected
            .with(|s| s.as_deref().and_then(|id| state.data().graph.index_of(id)));
        let Some(root) = tree.get() else { return sel };
        for (i, on) in [(prev.flatten(), false), (sel, true)] {
            let Some(i) = i else { continue };
            if let Ok(Some(el)) = root.query_selector(&format!("[data-i='{i}']")) {
                let _ = el.set_attribute("aria-selected", if on { "true" } else { "false" });
                if on {
                    let opts = web_sys::ScrollIntoViewOptions::new();
                    opts.set_block(web_sys::ScrollLogicalPosition::Nearest);
                    el.scroll_into_view_with_scroll_into_view_options(&opts);
                }
            }
        }
        sel
    });
    view! {
        <div class="list-view" data-testid="list-view">
            <ul class="tree" role="tree" node_ref=tree aria-label=state.text(Msg::ListLabel) on:click=on_click on:keydown=on_key inner_html=body></ul>
        </div>
    }
}
