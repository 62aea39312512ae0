//! The grip of the bottom sheet on phones: drag it up to enlarge the panel, down to close it.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::ui::i18n::Msg;
use crate::ui::state::AppState;

/// Drag distance that closes the sheet or opens it full height, in CSS pixels.
const SNAP: f64 = 60.0;

#[component]
pub fn SheetHandle(panel: NodeRef<leptos::html::Div>, full: RwSignal<bool>, home: RwSignal<bool>) -> impl IntoView {
    let state = AppState::expect();
    let start = StoredValue::new(None::<(i32, f64)>);
    let moved = StoredValue::new(0.0_f64);
    let style = move |dy: Option<f64>| {
        if let Some(el) = panel.get_untracked() {
            let el: &web_sys::HtmlElement = el.unchecked_ref();
            let _ = match dy {
                Some(d) => el
                    .style()
                    .set_property("transform", &format!("translateY({:.0}px)", d.max(0.0))),
                None => el.style().remove_property("transform").map(|_| ()),
            };
        }
    };
    let down = move |e: web_sys::PointerEvent| {
        start.set_value(Some((e.pointer_id(), e.client_y() as f64)));
        moved.set_value(0.0);
        if let Some(t) = e.target().and_then(|t| t.dyn_into::<web_sys::Element>().ok()) {
            let _ = t.set_pointer_capture(e.pointer_id());
        }
    };
    let drag = move |e: web_sys::PointerEvent| {
        let Some((id, y0)) = start.get_value() else { return };
        if id != e.pointer_id() {
            return;
        }
        let dy = e.client_y() as f64 - y0;
        moved.set_value(dy);
        style(Some(dy));
    };
    let up = move |_e: web_sys::PointerEvent| {
        if start.get_value().is_none() {
            return;
        }
        start.set_value(None);
        style(None);
        let dy = moved.get_value();
        if dy > SNAP {
            if full.get_untracked() {
                full.set(false);
            } else {
                state.select(None);
                home.set(false);
            }
        } else if dy < -SNAP / 2.0 {
            full.set(true);
        } else if dy.abs() < 4.0 {
            full.update(|f| *f = !*f);
        }
    };
    view! {
        <button type="button"
            class="sheet-handle"
            data-testid="sheet-handle"
            aria-label=state.text(Msg::DragSheet)
            aria-expanded=move || full.get().to_string()
            on:pointerdown=down
            on:pointermove=drag
            on:pointerup=up
            on:pointercancel=move |_| {
                start.set_value(None);
                style(None);
            }
            on:keydown=move |e| {
                if e.key() == "Enter" || e.key() == " " {
                    e.prevent_default();
                    full.update(|f| *f = !*f);
                }
            }
        >
            <span class="grip" aria-hidden="true"></span>
        </button>
    }
}
