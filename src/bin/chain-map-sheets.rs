//! The spreadsheet worker: reads `.xlsx` workbooks and `.csv` sheets into checked datasets and
//! writes workbooks (`calamine`, `rust_xlsxwriter`), started only when a spreadsheet is opened or
//! asked for.
//!
//! Requests are `{id, kind, name?, bytes?, base?}`: `load` (a file's `name` and `bytes`; for a
//! `.csv` sheet, `base` is the dataset on screen in the binary form of `model::codec`) answers
//! `{id, bytes, dataset?}` (see `host::send_report`); `dataset-xlsx` (a
//! dataset, likewise) and `template-xlsx` answer `{id, bytes}`, an `.xlsx` file. Anything else,
//! or a failure, answers `{id, error}`. It says `"ready"` once it listens.

#[path = "shared/host.rs"]
mod host;

use chain_map::model::codec;
use chain_map::workbook;
use host::{bytes_of, field, reply_to, send, send_bytes, send_report, Scope};
use wasm_bindgen::JsValue;

fn answer(scope: &Scope, request: &JsValue) -> Result<(), JsValue> {
    let reply = reply_to(request)?;
    let bytes = bytes_of(request, "bytes");
    let written = match field(request, "kind").as_string().as_deref() {
        Some("load") => {
            let name = field(request, "name").as_string().unwrap_or_default();
            let base = codec::dataset_from_bytes(&bytes_of(request, "base"));
            let report = workbook::load_file(&name, &bytes, base.as_ref());
            return send_report(scope, &reply, report);
        }
        Some("template-xlsx") => workbook::template(),
        Some("dataset-xlsx") => codec::dataset_from_bytes(&bytes)
            .ok_or_else(|| "bytes from another version of the page".to_string())
            .and_then(|d| workbook::workbook(&d)),
        _ => Err("unknown request".to_string()),
    };
    match written {
        Ok(file) => send_bytes(scope, &reply, "bytes", &file),
        Err(e) => send(scope, &reply, "", Err(e)),
    }
}

fn main() {
    host::listen(answer);
}
