//! DOM helpers shared by the graph and the list: elements by selector, the indexed item under an
//! event, and the roving tab stop (one item of a group takes Tab).

use wasm_bindgen::JsCast;

/// Every element under `root` that matches `selector`.
pub fn elements(root: &web_sys::Element, selector: &str) -> Vec<web_sys::Element> {
    let Ok(list) = root.query_selector_all(selector) else {
        return Vec::new();
    };
    (0..list.length())
        .filter_map(|k| list.item(k)?.dyn_into().ok())
        .collect()
}

/// The nearest element matching `selector` around an event's target, with its `data-i` index.
pub fn indexed_at(target: Option<web_sys::EventTarget>, selector: &str) -> Option<(usize, web_sys::Element)> {
    let el = target?.dyn_into::<web_sys::Element>().ok()?;
    let item = el.closest(selector).ok()??;
    let i = item.get_attribute("data-i")?.parse().ok()?;
    Some((i, item))
}

/// Makes `item` the one element of its `group` (the closest ancestor matching it) that Tab reaches.
pub fn make_tab_stop(item: &web_sys::Element, group: &str, items: &str) {
    if let Some(g) = item.closest(group).ok().flatten() {
        for other in elements(&g, &format!("{items}[tabindex='0']")) {
            let _ = other.set_attribute("tabindex", "-1");
        }
    }
    let _ = item.set_attribute("tabindex", "0");
}
