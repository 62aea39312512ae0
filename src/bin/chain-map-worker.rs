//! The worker: reads and checks dataset files, writes JSON downloads and draws QR codes off the
//! page's thread, so the page's own code carries no JSON parser or writer and no QR encoder.
//! Spreadsheets have their own worker (`chain-map-sheets`), so this one stays small.
//!
//! Requests are `{id, kind, text?, bytes?}`: `load` (a JSON file's `bytes`) answers `{id, bytes}`,
//! a load report in the binary form of `Report::to_bytes`; `dataset-json` and `figures-json` (a
//! dataset or a list of figures in the binary form of `model::codec`) answer `{id, text}`; `qr`
//! (a link) answers `{id, modules}`, one byte per module (empty when the link is too long for a
//! code). Anything else answers `{id, error}`. It says `"ready"` once it listens.

#[path = "shared/host.rs"]
mod host;

use chain_map::model::codec;
use host::{bytes_of, field, reply_to, send, send_bytes, Scope};
use wasm_bindgen::JsValue;

fn answer(scope: &Scope, request: &JsValue) -> Result<(), JsValue> {
    let reply = reply_to(request)?;
    let bytes = || bytes_of(request, "bytes");
    let other_version = || "bytes from another version of the page".to_string();
    match field(request, "kind").as_string().as_deref() {
        Some("load") => send_bytes(
            scope,
            &reply,
            "bytes",
            &chain_map::model::load_bytes(&bytes()).to_bytes(),
        ),
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
            codec::figures_from_bytes(&bytes())
                .map(|f| chain_map::metrics::export::figures_json(&f))
                .ok_or_else(other_version),
        ),
        _ => send(scope, &reply, "", Err("unknown request".to_string())),
    }
}

fn main() {
    host::listen(answer);
}
