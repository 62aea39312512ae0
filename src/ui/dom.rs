//! DOM helpers shared by the views: elements by selector, the indexed item under an event, the
//! roving tab stop (one item of a group takes Tab), and focus for HTML and SVG elements alike.

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

/// The nearest element matching `selector` around an event's target (the target itself or an ancestor).
pub fn closest_at(target: Option<web_sys::EventTarget>, selector: &str) -> Option<web_sys::Element> {
    target?.dyn_into::<web_sys::Element>().ok()?.closest(selector).ok()?
}

/// The nearest element matching `selector` around an event's target, with its `data-i` index.
pub fn indexed_at(target: Option<web_sys::EventTarget>, selector: &str) -> Option<(usize, web_sys::Element)> {
    let item = closest_at(target, selector)?;
    let i = item.get_attribute("data-i")?.parse().ok()?;
    Some((i, item))
}

/// Focuses an HTML or an SVG element (graph nodes are SVG).
pub fn focus(el: &web_sys::Element) {
    if let Some(h) = el.dyn_ref::<web_sys::HtmlElement>() {
        let _ = h.focus();
    } else if let Some(s) = el.dyn_ref::<web_sys::SvgElement>() {
        let _ = s.focus();
    }
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
