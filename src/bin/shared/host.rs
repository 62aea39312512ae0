//! What both workers share: reading a request's fields, answering with bytes, and listening.

use chain_map::model::Report;
use js_sys::{Array, Object, Reflect, Uint8Array};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

pub type Scope = web_sys::DedicatedWorkerGlobalScope;

pub fn field(data: &JsValue, name: &str) -> JsValue {
    Reflect::get(data, &JsValue::from_str(name)).unwrap_or(JsValue::UNDEFINED)
}

/// A request's field of bytes (a `Uint8Array`), empty when absent.
pub fn bytes_of(request: &JsValue, name: &str) -> Vec<u8> {
    field(request, name)
        .dyn_into::<Uint8Array>()
        .map(|b| b.to_vec())
        .unwrap_or_default()
}

/// A reply that carries the request's id.
pub fn reply_to(request: &JsValue) -> Result<Object, JsValue> {
    let reply = Object::new();
    Reflect::set(&reply, &"id".into(), &field(request, "id"))?;
    Ok(reply)
}

/// Answers with `name: bytes`, the bytes handed over rather than copied.
pub fn send_bytes(scope: &Scope, reply: &Object, name: &str, bytes: &[u8]) -> Result<(), JsValue> {
    let bytes = Uint8Array::from(bytes);
    Reflect::set(reply, &name.into(), &bytes)?;
    scope.post_message_with_transfer(reply, &Array::of1(&bytes.buffer()))
}

/// Answers a `load` with the report, its dataset left out, as `bytes`, and the dataset's binary
/// form as `dataset` when there is one (both handed over): the page keeps the dataset's bytes.
pub fn send_report(scope: &Scope, reply: &Object, report: Report) -> Result<(), JsValue> {
    let (report, dataset) = report.into_parts();
    let transfer = Array::new();
    for (name, bytes) in [("bytes", Some(report.to_bytes())), ("dataset", dataset)] {
        if let Some(bytes) = bytes {
            let bytes = Uint8Array::from(&bytes[..]);
            Reflect::set(reply, &name.into(), &bytes)?;
            transfer.push(&bytes.buffer());
        }
    }
    scope.post_message_with_transfer(reply, &transfer)
}

/// Answers with `name: value`, or `error` when there is none.
pub fn send(scope: &Scope, reply: &Object, name: &str, value: Result<String, String>) -> Result<(), JsValue> {
    match value {
        Ok(v) => Reflect::set(reply, &name.into(), &v.into())?,
        Err(e) => Reflect::set(reply, &"error".into(), &e.into())?,
    };
    scope.post_message(reply)
}

/// Answers each message with `answer`, and says `"ready"` once listening.
pub fn listen(answer: fn(&Scope, &JsValue) -> Result<(), JsValue>) {
    let scope: Scope = js_sys::global().unchecked_into();
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
