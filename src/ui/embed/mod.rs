//! Embed mode (`?mode=embed`): no page chrome, and a versioned `postMessage` conversation with the host page.

pub mod protocol;

use leptos::ev;
use leptos::prelude::*;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

use crate::model::Lang;
use crate::ui::state::AppState;
use crate::ui::url::View;
use protocol::{Field, HostMessage};

/// Where messages go: `?parent_origin=` when given, else any host.
fn target_origin() -> String {
    let query = window().location().search().unwrap_or_default();
    crate::ui::url::param(&query, "parent_origin").unwrap_or_else(|| "*".into())
}

fn post(message: &protocol::Outgoing) {
    let Ok(Some(parent)) = window().parent() else { return };
    let object = js_sys::Object::new();
    for (name, field) in message {
        let value = match field {
            Field::Text(s) => JsValue::from_str(s),
            Field::Number(n) => JsValue::from_f64(*n),
            Field::Null => JsValue::NULL,
        };
        let _ = js_sys::Reflect::set(&object, &JsValue::from_str(name), &value);
    }
    let _ = parent.post_message(&object, &target_origin());
}

/// A host's message as the protocol reads it.
struct HostData(JsValue);

impl protocol::Incoming for HostData {
    fn is_object(&self) -> bool {
        self.0.is_object()
    }
    fn number(&self, name: &str) -> Option<f64> {
        js_sys::Reflect::get(&self.0, &JsValue::from_str(name)).ok()?.as_f64()
    }
    fn text(&self, name: &str) -> Option<String> {
        js_sys::Reflect::get(&self.0, &JsValue::from_str(name))
            .ok()?
            .as_string()
    }
}

/// Starts the conversation: announces readiness, height and selections; obeys the host's requests.
pub fn start(state: AppState) {
    if let Some(root) = document().document_element() {
        let _ = root.class_list().add_1("embed");
    }
    post(&protocol::ready());
    // Height: whenever the page's content box changes size.
    let last = std::cell::Cell::new(0.0);
    let report = Closure::<dyn FnMut()>::new(move || {
        let h = document().document_element().map_or(0.0, |e| e.scroll_height() as f64);
        if (h - last.get()).abs() >= 1.0 {
            last.set(h);
            post(&protocol::height(h));
        }
    });
    if let (Ok(observer), Some(body)) = (
        web_sys::ResizeObserver::new(report.as_ref().unchecked_ref()),
        document().body(),
    ) {
        observer.observe(&body);
        std::mem::forget(observer);
    }
    report.forget();
    Effect::new(move |_| {
        let selected = state.selected.get();
        let data = state.data();
        let node = selected.as_deref().and_then(|id| data.graph.node(id));
        let lang = state.lang.get_untracked();
        post(&protocol::selection(
            node.map(|n| n.id.as_str()),
            node.map(|n| n.kind.code()),
            node.map(|n| n.name.get(lang)),
        ));
    });
    let allowed = crate::ui::url::param(&window().location().search().unwrap_or_default(), "parent_origin");
    let listener = window_event_listener(ev::message, move |e: web_sys::MessageEvent| {
        if allowed.as_deref().is_some_and(|o| o != e.origin()) {
            web_sys::console::warn_1(&format!("Chain Map: ignored a message from {}", e.origin()).into());
            return;
        }
        match protocol::parse(&HostData(e.data())) {
            Ok(HostMessage::Focus { id }) if state.data().graph.index_of(&id).is_some() => {
                if !state.view.get_untracked().is_graph() {
                    state.set_view(View::System);
                }
                state.select(Some(id));
            }
            Ok(HostMessage::Focus { id }) => web_sys::console::warn_1(&format!("Chain Map: no node \"{id}\"").into()),
            Ok(HostMessage::View(view)) => state.set_view(view),
            Ok(HostMessage::Lang { english }) => state.lang.set(if english { Lang::En } else { Lang::Zh }),
            Ok(HostMessage::Clear) => state.select(None),
            Err(reason) => web_sys::console::warn_1(&format!("Chain Map: ignored a message ({reason})").into()),
        }
    });
    on_cleanup(move || listener.remove());
}
