//! The worker: reads and checks dataset files, writes JSON downloads and draws QR codes off the
//! page's thread, so the page's own code carries no JSON parser or writer and no QR encoder.
//! Spreadsheets have their own worker (`chain-map-sheets`), so this one stays small.
//!
//! Requests are `{id, kind, text?, bytes?, ids?}`: `load` (a JSON file's `bytes`) answers
//! `{id, bytes, dataset?}` (see `host::send_report`); `dataset-json` (a dataset in the binary form
//! of `model::codec`) and `figures-json` (likewise, with the `ids` of the figures to write) answer
//! `{id, text}`; `qr` (a link) answers `{id, modules}`, one byte per module (empty when the link
//! is too long for a code). Anything else answers `{id, error}`. It says `"ready"` once it listens.

#[path = "shared/host.rs"]
mod host;

use chain_map::model::codec;
use chain_map::model::{Dataset, Metric};
use host::{bytes_of, field, reply_to, send, send_bytes, send_report, Scope};
use wasm_bindgen::JsValue;

/// The dataset's figures named in `ids` (an array of metric ids), in that order.
fn figures(dataset: &Dataset, ids: &JsValue) -> Vec<Metric> {
    js_sys::Array::from(ids)
        .iter()
        .filter_map(|id| id.as_string())
        .filter_map(|id| dataset.metrics.iter().find(|m| m.id == id).cloned())
        .collect()
}

fn answer(scope: &Scope, request: &JsValue) -> Result<(), JsValue> {
    let reply = reply_to(request)?;
    let bytes = || bytes_of(request, "bytes");
    let other_version = || "bytes from another version of the page".to_string();
    match field(request, "kind").as_string().as_deref() {
        Some("load") => send_report(scope, &reply, chain_map::model::load_bytes(&bytes())),
        Some("qr") => {
            let text = field(request, "text").as_string().unwrap_or_default();
            let modules = chain_map::charts::qr::QrModules::of(&text).map(|q| q.to_bytes());
            send_bytes(scope, &reply, "modules", &modules.unwrap_or_default())
        }
        Some("dataset-json") => send(
            scope,
            &reply,
            "text",
            codec::dataset_from_bytes(&bytes())
                .and_then(|d| serde_json::to_string_pretty(&d).ok())
                .ok_or_else(other_version),
        ),
        Some("figures-json") => send(
            scope,
            &reply,
            "text",
            codec::dataset_from_bytes(&bytes())
                .map(|d| chain_map::metrics::export::figures_json(&figures(&d, &field(request, "ids"))))
                .ok_or_else(other_version),
        ),
        _ => send(scope, &reply, "", Err("unknown request".to_string())),
    }
}

fn main() {
    host::listen(answer);
}
