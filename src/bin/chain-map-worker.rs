//! The worker: reads and checks dataset files, writes JSON downloads and draws QR codes off the
//! page's thread, so the page's own code carries no JSON parser or writer and no QR encoder.
//!
//! Requests are `{id, kind, text?, bytes?, name?, base?}`: `load` (a file's `name` and `bytes`:
//! JSON, `.xlsx`, or a `.csv` sheet that updates `base`, the dataset on screen in the binary form
//! of `model::codec`) answers `{id, bytes}`, a load report in the binary form of
//! `Report::to_bytes`; `dataset-json` and `figures-json` (a dataset or a list of figures in the
//! binary form of `model::codec`) answer `{id, text}`; `dataset-xlsx` (a dataset, likewise) and
//! `template-xlsx` answer `{id, bytes}`, an `.xlsx` file; `qr` (a link) answers `{id, modules}`,
//! one byte per module (empty when the link is too long for a code). Anything else answers
//! `{id, error}`. It says `"ready"` once it listens.

use chain_map::model::codec;
use js_sys::{Array, Object, Reflect, Uint8Array};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

fn field(data: &JsValue, name: &str) -> JsValue {
    Reflect::get(data, &JsValue::from_str(name)).unwrap_or(JsValue::UNDEFINED)
}

/// Answers `{id, bytes}`, the bytes handed over rather than copied.
fn send_bytes(scope: &web_sys::DedicatedWorkerGlobalScope, reply: &Object, bytes: &[u8]) -> Result<(), JsValue> {
    let bytes = Uint8Array::from(bytes);
    Reflect::set(reply, &"bytes".into(), &bytes)?;
    scope.post_message_with_transfer(reply, &Array::of1(&bytes.buffer()))
}

fn answer(scope: &web_sys::DedicatedWorkerGlobalScope, request: &JsValue) -> Result<(), JsValue> {
    let reply = Object::new();
    Reflect::set(&reply, &"id".into(), &field(request, "id"))?;
    let text = || field(request, "text").as_string().unwrap_or_default();
    let bytes_of = |name: &str| {
        field(request, name)
            .dyn_into::<Uint8Array>()
            .map(|b| b.to_vec())
            .unwrap_or_default()
    };
    let bytes = || bytes_of("bytes");
    let other_version = || "bytes from another version of the page".to_string();
    let (name, value): (&str, Result<String, String>) = match field(request, "kind").as_string().as_deref() {
        Some("load") => {
            let name = field(request, "name").as_string().unwrap_or_default();
            let base = codec::dataset_from_bytes(&bytes_of("base"));
            let report = chain_map::workbook::load_file(&name, &bytes(), base.as_ref());
            return send_bytes(scope, &reply, &report.to_bytes());
        }
        Some(kind @ ("dataset-xlsx" | "template-xlsx")) => {
            let written = if kind == "template-xlsx" {
                chain_map::workbook::template()
            } else {
                codec::dataset_from_bytes(&bytes())
                    .ok_or_else(other_version)
                    .and_then(|d| chain_map::workbook::workbook(&d))
            };
            match written {
                Ok(file) => return send_bytes(scope, &reply, &file),
                Err(e) => ("", Err(e)),
            }
        }
        Some("qr") => {
            let modules = chain_map::charts::qr::QrModules::of(&text()).map(|q| q.to_bytes());
            let modules = Uint8Array::from(&modules.unwrap_or_default()[..]);
            Reflect::set(&reply, &"modules".into(), &modules)?;
            return scope.post_message_with_transfer(&reply, &Array::of1(&modules.buffer()));
        }
        Some("dataset-json") => (
            "text",
            codec::dataset_from_bytes(&bytes())
                .and_then(|d| serde_json::to_string_pretty(&d).ok())
                .ok_or_else(other_version),
        ),
        Some("figures-json") => (
            "text",
            codec::figures_from_bytes(&bytes())
                .map(|f| chain_map::metrics::export::figures_json(&f))
                .ok_or_else(other_version),
        ),
        _ => ("", Err("unknown request".to_string())),
    };
    match value {
        Ok(v) => Reflect::set(&reply, &name.into(), &v.into())?,
        Err(e) => Reflect::set(&reply, &"error".into(), &e.into())?,
    };
    scope.post_message(&reply)
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
