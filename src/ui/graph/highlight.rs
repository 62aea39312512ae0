//! Focus highlighting with one subscriber: on a change of focus, only the nodes and edges whose
//! state changes are touched, so selecting in a graph of thousands of nodes stays instant.

use std::cell::RefCell;
use std::collections::HashSet;
use std::rc::Rc;

use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// The drawn elements of one rendered graph, indexed by node.
#[derive(Default)]
struct Drawn {
    nodes: Vec<Option<web_sys::Element>>,
    /// For each node, the edges drawn to it, with the node at the other end.
    edges: Vec<Vec<(usize, web_sys::Element)>>,
}

impl Drawn {
    /// Reads the elements of `svg`: nodes carry `data-i`, edges `data-a` and `data-b`.
    fn collect(svg: &web_sys::Element, count: usize) -> Drawn {
        let mut d = Drawn {
            nodes: vec![None; count],
            edges: vec![Vec::new(); count],
        };
        let index = |el: &web_sys::Element, attr: &str| {
            el.get_attribute(attr)
                .and_then(|v| v.parse::<usize>().ok())
                .filter(|&i| i < count)
        };
        if let Ok(list) = svg.query_selector_all("[data-i]") {
            for k in 0..list.length() {
                let Some(el) = list.item(k).and_then(|n| n.dyn_into::<web_sys::Element>().ok()) else {
                    continue;
                };
                if let Some(i) = index(&el, "data-i") {
                    d.nodes[i] = Some(el);
                }
            }
        }
        if let Ok(list) = svg.query_selector_all("[data-a]") {
            for k in 0..list.length() {
                let Some(el) = list.item(k).and_then(|n| n.dyn_into::<web_sys::Element>().ok()) else {
                    continue;
                };
                if let (Some(a), Some(b)) = (index(&el, "data-a"), index(&el, "data-b")) {
                    d.edges[a].push((b, el.clone()));
                    d.edges[b].push((a, el));
                }
            }
        }
        d
    }
}

fn toggle(el: &web_sys::Element, class: &str, on: bool) {
    let _ = el.class_list().toggle_with_force(class, on);
}

/// Keeps the `focusing` class on `svg`, `lit` on the focused nodes and the edges between them, and
/// `selected`/`aria-pressed` on the selected node, in step with `focus` and `selected`.
pub fn use_highlight(
    svg: NodeRef<leptos::svg::Svg>,
    count: usize,
    focus: Memo<Option<HashSet<usize>>>,
    selected: Memo<Option<usize>>,
) {
    let drawn: Rc<RefCell<Option<Drawn>>> = Rc::default();
    Effect::new(move |previous: Option<(HashSet<usize>, Option<usize>)>| {
        let lit = focus.get().unwrap_or_default();
        let sel = selected.get();
        let Some(root) = svg.get() else {
            return (HashSet::new(), None);
        };
        let root: web_sys::Element = root.unchecked_into();
        let mut cache = drawn.borrow_mut();
        let d = cache.get_or_insert_with(|| Drawn::collect(&root, count));
        let (old_lit, old_sel) = previous.unwrap_or_default();
        for &i in old_lit.difference(&lit) {
            if let Some(el) = &d.nodes[i] {
                toggle(el, "lit", false);
            }
            for (_, e) in &d.edges[i] {
                toggle(e, "lit", false);
            }
        }
        for &i in &lit {
            if let Some(el) = &d.nodes[i] {
                toggle(el, "lit", true);
            }
            for (other, e) in &d.edges[i] {
                toggle(e, "lit", lit.contains(other));
            }
        }
        toggle(&root, "focusing", !lit.is_empty());
        if old_sel != sel {
            for (i, on) in [(old_sel, false), (sel, true)] {
                if let Some(el) = i.and_then(|i| d.nodes[i].as_ref()) {
                    toggle(el, "selected", on);
                    let _ = el.set_attribute("aria-pressed", if on { "true" } else { "false" });
                }
            }
        }
        (lit, sel)
    });
}
