//! The list view: the whole graph as a keyboard-navigable tree, the text alternative to the drawing.

use std::collections::HashSet;

use leptos::ev;
use leptos::prelude::*;

use super::draw::swatch;
use crate::model::describe::Description;
use crate::model::graph::{Graph, NodeKind};
use crate::model::Lang;
use crate::ui::dom::{self, closest_at, elements, indexed_at, make_tab_stop};
use crate::ui::i18n::{t, Msg};
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
        root.map(|r| {
            item(
                g,
                r,
                1,
                lang,
                &visible,
                &folded,
                Marks {
                    tab: first,
                    selected: sel,
                },
            )
        })
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
            <ul class="tree" role="tree" node_ref=tree aria-label=move || t(Msg::ListLabel, state.lang.get()) on:click=on_click on:keydown=on_key>
                {body}
            </ul>
        </div>
    }
}

/// Which item takes the tab stop and which shows as selected when the tree is (re)built.
#[derive(Clone, Copy)]
struct Marks {
    tab: Option<usize>,
    selected: Option<usize>,
}

fn item(
    g: &Graph,
    i: usize,
    level: usize,
    lang: Lang,
    visible: &[bool],
    folded: &HashSet<usize>,
    marks: Marks,
) -> AnyView {
    let kids: Vec<usize> = g.children(i).filter(|&c| visible[c]).collect();
    let open = !kids.is_empty() && !folded.contains(&i);
    let expanded = (!kids.is_empty()).then(|| open.to_string());
    let n = &g.nodes[i];
    let group = open.then(|| {
        let items = kids
            .iter()
            .map(|&c| item(g, c, level + 1, lang, visible, folded, marks))
            .collect_view();
        view! { <ul role="group" id=format!("tree-group-{i}")>{items}</ul> }
    });
    let about = Description::of(g, i, lang);
    let members = about
        .members
        .clone()
        .map(|m| view! { <span class="tree-count">{m}</span> });
    // The item holds only its own row; its open branch follows it and is attached with
    // `aria-owns`, so the item's name is its own and not the text of everything below it.
    view! {
        <li role="none">
            <div
                role="treeitem"
                data-i=i
                data-id=n.id.clone()
                prop:ariaLevel=level.to_string()
                aria-expanded=expanded
                aria-owns=open.then(|| format!("tree-group-{i}"))
                aria-selected=if marks.selected == Some(i) { "true" } else { "false" }
                aria-labelledby=format!("tree-name-{i}")
                tabindex=if marks.tab == Some(i) { "0" } else { "-1" }
                class=format!("tree-item {}", n.kind.code())
            >
                <div class="tree-row">
                    <span class="twisty" aria-hidden="true">{if kids.is_empty() { "" } else if open { "▾" } else { "▸" }}</span>
                    {swatch(n.kind, g.industry_rank(i))}
                    // Spaces between the parts, so the row reads as words (the flex layout ignores them).
                    <span class="tree-name">{n.name.get(lang).to_string()}</span>
                    " "
                    <span class="tree-kind" aria-hidden="true">{n.kind.label().get(lang).to_string()}</span>
                    " "
                    {members}
                    // What a screen reader says for the item: what the row shows, then its parent.
                    <span class="sr-only" id=format!("tree-name-{i}")>{about.spoken_as_row()}</span>
                </div>
            </div>
            {group}
        </li>
    }
    .into_any()
}
