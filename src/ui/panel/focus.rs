//! Focus for the card on phones: the bottom sheet is a modal dialog that keeps Tab inside and
//! gives the focus back to where it came from when it closes.

use leptos::ev;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::ui::dom::{elements, focus};

/// Where the panel becomes a bottom sheet (as in panel.css).
const SHEET_QUERY: &str = "(max-width: 760px)";

const FOCUSABLE: &str = "a[href], button:not([disabled]), input:not([disabled]), select, summary, [tabindex='0']";

fn is_sheet() -> bool {
    window()
        .match_media(SHEET_QUERY)
        .ok()
        .flatten()
        .is_some_and(|m| m.matches())
}

/// Whether the panel is a bottom sheet right now (kept up to date on resize), and the focus
/// moves that make it a dialog: into the card when it opens, back to the opener when it closes.
pub fn sheet_focus(panel: NodeRef<leptos::html::Div>, open: Memo<bool>) -> RwSignal<bool> {
    let sheet = RwSignal::new(is_sheet());
    let resize = window_event_listener(ev::resize, move |_| {
        let now = is_sheet();
        if sheet.get_untracked() != now {
            sheet.set(now);
        }
    });
    on_cleanup(move || resize.remove());
    let opener = StoredValue::new_local(None::<web_sys::Element>);
    Effect::new(move |was_open: Option<bool>| {
        let open = open.get();
        if sheet.get_untracked() && was_open == Some(!open) {
            if open {
                opener.set_value(document().active_element());
                // The card is drawn in this same turn; focus its title once it is there.
                let into_card = move || {
                    if let Some(title) = panel
                        .get_untracked()
                        .and_then(|p| p.query_selector(".card-head h2").ok().flatten())
                    {
                        focus(&title);
                    }
                };
                request_animation_frame(into_card);
            } else if let Some(back) = opener.get_value() {
                // The opener, or what stands in its place if it was drawn anew: the node or tree
                // item of the same index (a number, so the selector holds no text from the data)
                // that still stands for the same id.
                let target = if back.is_connected() {
                    Some(back)
                } else {
                    redrawn(&back)
                };
                if let Some(el) = target {
                    focus(&el);
                }
            }
        }
        open
    });
    sheet
}

/// The element that now stands for the graph node or tree item `gone`, which was drawn anew.
fn redrawn(gone: &web_sys::Element) -> Option<web_sys::Element> {
    let i: usize = gone.get_attribute("data-i")?.parse().ok()?;
    let id = gone.get_attribute("data-id")?;
    let selector = format!(".graph-svg [data-i='{i}'], [role=treeitem][data-i='{i}']");
    elements(&document().document_element()?, &selector)
        .into_iter()
        .find(|el| el.get_attribute("data-id").as_deref() == Some(id.as_str()))
}

/// Keeps Tab and Shift+Tab inside the open sheet.
pub fn trap_tab(e: &ev::KeyboardEvent, panel: &web_sys::Element) {
    if e.key() != "Tab" {
        return;
    }
    let items: Vec<web_sys::Element> = elements(panel, FOCUSABLE)
        .into_iter()
        .filter(|el| {
            el.dyn_ref::<web_sys::HtmlElement>()
                .is_some_and(|h| h.offset_parent().is_some())
        })
        .collect();
    let (Some(first), Some(last)) = (items.first(), items.last()) else {
        return;
    };
    let active = document().active_element();
    let wrap_to = match (e.shift_key(), active.as_ref()) {
        (false, Some(a)) if a == last => Some(first),
        (true, Some(a)) if a == first || a == panel => Some(last),
        (_, Some(a)) if !panel.contains(Some(a)) => Some(first),
        _ => None,
    };
    if let Some(el) = wrap_to {
        e.prevent_default();
        focus(el);
    }
}
