//! The checking worker: reads dataset files and draws QR codes off the page's thread, so the
//! page's own code carries neither the JSON parser and checks nor the QR encoder.
//!
//! Requests are `{id, kind: "load" | "qr", text}`; answers `{id, bytes}` (a load report in the
//! binary form of `Report::to_bytes`) or `{id, svg}`. It says `"ready"` once it listens.

use js_sys::{Array, Object, Reflect, Uint8Array};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

fn field(data: &JsValue, name: &str) -> JsValue {
    Reflect::get(data, &JsValue::from_str(name)).unwrap_or(JsValue::UNDEFINED)
}

fn answer(scope: &web_sys::DedicatedWorkerGlobalScope, request: &JsValue) -> Result<(), JsValue> {
    let reply = Object::new();
    Reflect::set(&reply, &"id".into(), &field(request, "id"))?;
    let text = field(request, "text").as_string().unwrap_or_default();
    match field(request, "kind").as_string().as_deref() {
        Some("load") => {
            let bytes = Uint8Array::from(&chain_map::model::load(&text).to_bytes()[..]);
            Reflect::set(&reply, &"bytes".into(), &bytes)?;
            scope.post_message_with_transfer(&reply, &Array::of1(&bytes.buffer()))
        }
        Some("qr") => {
            Reflect::set(&reply, &"svg".into(), &chain_map::charts::qr::qr_svg(&text).into())?;
            scope.post_message(&reply)
        }
        _ => {
            Reflect::set(&reply, &"error".into(), &"unknown request".into())?;
            scope.post_message(&reply)
        }
    }
}

fn main() {
    let scope: web_sys::DedicatedWorkerGlobalScope = js_sys::global().unchecked_into();
    let listening = scope.clone();
    let on_message = Closure::<dyn Fn(web_sys::MessageEvent)>::new(move |e: web_sys::MessageEvent| {
        if let Err(error) = answer(&listening, &e.data()) {
            web_sys::console::error_2(&"Chain Map worker:".into(), &error);
        }
    });
    scope.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
    on_message.forget();
    let _ = scope.post_message(&"ready".into());
}
