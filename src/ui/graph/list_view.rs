//! The list view: the whole graph as a keyboard-navigable tree, the text alternative to the drawing.

use std::collections::HashSet;
use std::sync::Arc;

use leptos::ev;
use leptos::prelude::*;
use leptos::reactive::computed::Selector;
use leptos::tachys::html::attribute::custom::custom_attribute;

use super::markup::swatch_class;
use crate::model::describe::Description;
use crate::model::graph::{Graph, NodeKind};
use crate::model::Lang;
use crate::ui::dom::{self, elements};
use crate::ui::i18n::Msg;
use crate::ui::state::{release_on_cleanup, AppState, Loaded};

/// Past this many nodes, chains start folded so the list stays quick to read and to draw.
const UNFOLD_ALL_BELOW: usize = 400;

/// What every item of one tree shares. Each item reads only its own part: its branch's fold,
/// whether it is the selected one or the tab stop (selectors: a change wakes two items, not all).
#[derive(Clone, Copy)]
struct TreeState {
    root: NodeRef<leptos::html::Ul>,
    /// The language, read by every item through the tree (see [`tree_memo`]).
    lang: Memo<Lang>,
    visible: Memo<Vec<bool>>,
    folded: RwSignal<HashSet<usize>>,
    selected: StoredValue<Selector<Option<usize>>>,
    /// The item that Tab reaches: the last focused (or selected) one while it is in the tree.
    tab_stop: RwSignal<Option<usize>>,
    tab: StoredValue<Selector<Option<usize>>>,
}

impl TreeState {
    fn toggle(self, i: usize) {
        self.folded.update(|f| {
            if !f.remove(&i) {
                f.insert(i);
            }
        });
    }

    /// Focuses the item `step` picks among all items in the order they are read.
    fn go(self, from: &web_sys::Element, step: impl FnOnce(usize, usize) -> usize) {
        let Some(root) = self.root.get_untracked() else { return };
        let items = elements(&root, "[role=treeitem]");
        let at = items.iter().position(|x| x == from).unwrap_or(0);
        if let Some(el) = items.get(step(at, items.len())) {
            dom::focus(el);
        }
    }
}

/// A memo of the tree's that reads state living longer than the tree. Items read such state
/// only through these, which let go of it when the tree goes (see [`release_on_cleanup`]):
/// hundreds of item memos reading the app's language directly left one each behind at every
/// visit of the list (the soak grew 13 KB a visit).
fn tree_memo<T: PartialEq + Send + Sync + 'static>(f: impl Fn() -> T + Send + Sync + 'static) -> Memo<T> {
    Memo::new(move |_| {
        release_on_cleanup();
        f()
    })
}

/// Whether node `i` has an item in the tree: it is visible and no branch above it is folded.
fn in_tree(g: &Graph, i: usize, visible: &[bool], folded: &HashSet<usize>) -> bool {
    visible.get(i) == Some(&true)
        && std::iter::successors(g.nodes[i].parent, |&p| g.nodes[p].parent).all(|p| !folded.contains(&p))
}

#[component]
pub fn ListView() -> impl IntoView {
    let state = AppState::expect();
    // Another dataset gets a tree of its own: its indices name other nodes.
    let tree = move || {
        let data = state.data();
        view! { <Tree data=data /> }
    };
    view! { <div class="list-view" data-testid="list-view">{tree}</div> }
}

#[component]
fn Tree(data: Arc<Loaded>) -> impl IntoView {
    let state = AppState::expect();
    let g = &data.graph;
    let Some(root) = g.nodes.iter().position(|n| n.kind == NodeKind::District) else {
        return ().into_any();
    };
    // Big graphs start with their chains folded.
    let folded = RwSignal::new(if g.nodes.len() < UNFOLD_ALL_BELOW {
        HashSet::new()
    } else {
        (0..g.nodes.len())
            .filter(|&i| g.nodes[i].kind == NodeKind::Chain)
            .collect()
    });
    let lang = tree_memo(move || state.lang.get());
    let visible = {
        let data = data.clone();
        tree_memo(move || state.filters.with(|f| f.visible(&data.graph)))
    };
    let selected = {
        let data = data.clone();
        tree_memo(move || {
            state
                .selected
                .with(|s| s.as_deref().and_then(|id| data.graph.index_of(id)))
        })
    };
    let tab_stop = RwSignal::new(selected.get_untracked());
    let tab = {
        let data = data.clone();
        move || {
            let t = tab_stop.get();
            let there = t.filter(|&t| visible.with(|v| folded.with(|f| in_tree(&data.graph, t, v, f))));
            there.or(Some(root))
        }
    };
    let tree = TreeState {
        root: NodeRef::new(),
        lang,
        visible,
        folded,
        selected: StoredValue::new(Selector::new(move || selected.get())),
        tab_stop,
        tab: StoredValue::new(Selector::new(tab)),
    };
    // A selection made elsewhere takes the tab stop and is scrolled into sight.
    Effect::new(move |_| {
        let Some(i) = selected.get() else { return };
        tab_stop.set(Some(i));
        let el = tree
            .root
            .get_untracked()
            .and_then(|root| root.query_selector(&format!("[data-i='{i}']")).ok().flatten());
        if let Some(el) = el {
            let opts = web_sys::ScrollIntoViewOptions::new();
            opts.set_block(web_sys::ScrollLogicalPosition::Nearest);
            el.scroll_into_view_with_scroll_into_view_options(&opts);
        }
    });
    view! {
        <ul class="tree" role="tree" node_ref=tree.root aria-label=state.text(Msg::ListLabel)>
            <TreeItem data=data i=root level=1 tree=tree />
        </ul>
    }
    .into_any()
}

/// The item of node `i`: its own row only, its open branch following it and attached with
/// `aria-owns`, so that the item's name is its own and not the text of everything below it.
#[component]
fn TreeItem(data: Arc<Loaded>, i: usize, level: usize, tree: TreeState) -> AnyView {
    let state = AppState::expect();
    let g = &data.graph;
    let n = &g.nodes[i];
    let (kind, id, swatch) = (n.kind, n.id.clone(), swatch_class(n.kind, g.industry_rank(i)));
    let about = {
        let data = data.clone();
        Memo::new(move |_| Description::of(&data.graph, i, tree.lang.get()))
    };
    // Leaves (most nodes of a big graph) need no branch state.
    let branch = g.children(i).next().is_some().then(|| {
        let data = data.clone();
        let kids = Memo::new(move |_| {
            tree.visible
                .with(|v| data.graph.children(i).filter(|&c| v[c]).collect::<Vec<_>>())
        });
        let open = Memo::new(move |_| kids.with(|k| !k.is_empty()) && !tree.folded.with(|f| f.contains(&i)));
        (kids, open)
    });
    let expandable = move || branch.is_some_and(|(kids, _)| kids.with(|k| !k.is_empty()));
    let open = move || branch.is_some_and(|(_, open)| open.get());
    let item = NodeRef::<leptos::html::Div>::new();
    let focus = move || {
        if let Some(el) = item.get_untracked() {
            dom::focus(&el);
        }
    };
    let select = move || state.select(state.data().graph.nodes.get(i).map(|n| n.id.clone()));
    let on_key = move |e: ev::KeyboardEvent| {
        let Some(el) = item.get_untracked() else { return };
        match e.key().as_str() {
            "ArrowDown" => tree.go(&el, |at, _| at + 1),
            "ArrowUp" => tree.go(&el, |at, _| at.saturating_sub(1)),
            "Home" => tree.go(&el, |_, _| 0),
            "End" => tree.go(&el, |_, n| n.saturating_sub(1)),
            "ArrowRight" if expandable() => {
                if open() {
                    tree.go(&el, |at, _| at + 1);
                } else {
                    tree.toggle(i);
                }
            }
            "ArrowRight" => {}
            "ArrowLeft" if open() => tree.toggle(i),
            "ArrowLeft" => {
                let parent = el
                    .closest("[role=group]")
                    .ok()
                    .flatten()
                    .and_then(|g| g.previous_element_sibling());
                if let Some(parent) = parent {
                    dom::focus(&parent);
                }
            }
            "Enter" | " " => select(),
            _ => return,
        }
        e.prevent_default();
    };
    let group = move || {
        let (kids, _) = branch?;
        let data = Arc::clone(&data);
        open().then(|| {
            view! {
                <ul role="group" id=format!("tree-group-{i}")>
                    <For each=move || kids.get() key=|&c| c let:c>
                        <TreeItem data=data.clone() i=c level=level + 1 tree=tree />
                    </For>
                </ul>
            }
        })
    };
    let members = about.with_untracked(|d| d.members.is_some()).then(|| {
        view! { <span class="tree-count">{move || about.with(|d| d.members.clone())}</span> }
    });
    view! {
        <li role="none">
            <div
                role="treeitem"
                node_ref=item
                data-i=i
                data-id={id}
                // Leptos names no `aria-level` attribute of its own.
                {..custom_attribute("aria-level", level)}
                aria-expanded=move || expandable().then(|| open().to_string())
                aria-owns=move || open().then(|| format!("tree-group-{i}"))
                aria-selected=move || tree.selected.with_value(|s| s.selected(&Some(i))).to_string()
                aria-labelledby=format!("tree-name-{i}")
                tabindex=move || if tree.tab.with_value(|s| s.selected(&Some(i))) { "0" } else { "-1" }
                class=format!("tree-item {}", kind.code())
                on:keydown=on_key
                on:focusin=move |_| tree.tab_stop.set(Some(i))
            >
                <div class="tree-row" on:click=move |_| { select(); focus(); }>
                    <span class="twisty" aria-hidden="true" on:click=move |e| {
                        e.stop_propagation();
                        if expandable() {
                            tree.toggle(i);
                        } else {
                            select();
                        }
                        focus();
                    }>
                        {move || if !expandable() { "" } else if open() { "▾" } else { "▸" }}
                    </span>
                    <span class=swatch aria-hidden="true"></span>
                    // Spaces between the parts, so the row reads as words (the flex layout ignores them).
                    <span class="tree-name">{move || about.with(|d| d.name.clone())}</span>
                    " "
                    <span class="tree-kind" aria-hidden="true">{move || kind.label().get(tree.lang.get()).to_string()}</span>
                    " "
                    {members}
                    // What a screen reader says for the item: what the row shows, then its parent.
                    <span class="sr-only" id=format!("tree-name-{i}")>{move || about.with(Description::spoken_as_row)}</span>
                </div>
            </div>
            {group}
        </li>
    }
    .into_any()
}
