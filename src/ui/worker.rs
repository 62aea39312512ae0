//! The page's side of the workers (`src/bin/chain-map-worker.rs` for JSON files and QR codes,
//! `src/bin/chain-map-sheets.rs` for spreadsheets): each started on first use, kept for later
//! requests, and started again after a failure.

use std::cell::RefCell;
use std::collections::HashMap;

use js_sys::{Array, Function, Object, Promise, Reflect, Uint8Array};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

use crate::charts::qr::QrModules;
use crate::model::Report;
use crate::ui::state::Loaded;

/// Which worker a request goes to.
#[derive(Clone, Copy)]
enum Which {
    Checks,
    Sheets,
}

impl Which {
    /// The worker's loader, next to the page (Trunk names worker files after their binary).
    fn script(self) -> &'static str {
        match self {
            Which::Checks => "chain-map-worker_loader.js",
            Which::Sheets => "chain-map-sheets_loader.js",
        }
    }
}

#[derive(Default)]
struct Helper {
    worker: Option<web_sys::Worker>,
    ready: bool,
    next_id: u32,
    /// Requests not yet sent because the worker is still starting, each with what it hands over.
    queued: Vec<(Object, Array)>,
    /// Each sent request's (resolve, reject) until its answer comes.
    waiting: HashMap<u32, (Function, Function)>,
}

thread_local! {
    static HELPERS: RefCell<[Helper; 2]> = RefCell::new(Default::default());
}

fn with_helper<T>(which: Which, f: impl FnOnce(&mut Helper) -> T) -> T {
    HELPERS.with_borrow_mut(|h| f(&mut h[which as usize]))
}

fn field(data: &JsValue, name: &str) -> JsValue {
    Reflect::get(data, &JsValue::from_str(name)).unwrap_or(JsValue::UNDEFINED)
}

/// Every waiting request fails with `message`, and the next request starts a new worker.
fn fail_all(which: Which, message: &str) {
    let waiting = with_helper(which, |h| {
        if let Some(w) = h.worker.take() {
            w.terminate();
        }
        h.ready = false;
        h.queued.clear();
        std::mem::take(&mut h.waiting)
    });
    for (_, (_, reject)) in waiting {
        let _ = reject.call1(&JsValue::NULL, &message.into());
    }
}

fn on_message(which: Which, e: web_sys::MessageEvent) {
    let data = e.data();
    if data.as_string().as_deref() == Some("ready") {
        // A request that cannot be sent fails now, rather than wait for an answer that never comes.
        let refused: Vec<(Function, JsValue)> = with_helper(which, |h| {
            h.ready = true;
            let Some(w) = h.worker.clone() else { return Vec::new() };
            let queued = std::mem::take(&mut h.queued);
            (queued.into_iter())
                .filter_map(|(request, handed)| {
                    let e = w.post_message_with_transfer(&request, &handed).err()?;
                    let id = field(&request, "id").as_f64()? as u32;
                    h.waiting.remove(&id).map(|(_, reject)| (reject, e))
                })
                .collect()
        });
        for (reject, e) in refused {
            let _ = reject.call1(&JsValue::NULL, &e);
        }
        return;
    }
    let id = field(&data, "id").as_f64().unwrap_or(-1.0) as u32;
    if let Some((resolve, _)) = with_helper(which, |h| h.waiting.remove(&id)) {
        let _ = resolve.call1(&JsValue::NULL, &data);
    }
}

fn start(which: Which) -> Result<web_sys::Worker, JsValue> {
    let options = web_sys::WorkerOptions::new();
    options.set_type(web_sys::WorkerType::Module);
    let worker = web_sys::Worker::new_with_options(which.script(), &options)?;
    let message = Closure::<dyn Fn(web_sys::MessageEvent)>::new(move |e| on_message(which, e));
    worker.set_onmessage(Some(message.as_ref().unchecked_ref()));
    message.forget();
    let error = Closure::<dyn Fn(web_sys::Event)>::new(move |e: web_sys::Event| {
        e.prevent_default();
        fail_all(which, "the worker stopped");
    });
    worker.set_onerror(Some(error.as_ref().unchecked_ref()));
    error.forget();
    Ok(worker)
}

/// Starts the spreadsheet worker while the visitor chooses a file (the file picker is open), so
/// that it is ready when the file comes: starting it takes a few hundred milliseconds.
pub fn prepare_for_file() {
    prepare(Which::Sheets);
}

/// Starts the worker that will check the file at `url` (a link's `?data=`) while it downloads.
pub fn prepare_for_link(url: &str) {
    prepare(if is_spreadsheet(url, &[]) {
        Which::Sheets
    } else {
        Which::Checks
    });
}

fn prepare(which: Which) {
    with_helper(which, |h| {
        if h.worker.is_none() {
            h.worker = start(which).ok();
        }
    });
}

/// Sends `{kind, name: value, …}` and waits for the answer. The memory of each `Uint8Array`
/// value is handed to the worker, not copied (a 20,000-enterprise file is 18 MB): it is empty
/// here afterwards. Each must be the whole of a buffer of its own (a file's, or a copy).
async fn ask(which: Which, kind: &str, fields: &[(&str, JsValue)]) -> Result<JsValue, String> {
    let request = Object::new();
    let handed = Array::new();
    let _ = Reflect::set(&request, &"kind".into(), &kind.into());
    for (name, value) in fields {
        let _ = Reflect::set(&request, &(*name).into(), value);
        if let Some(bytes) = value.dyn_ref::<Uint8Array>() {
            handed.push(&bytes.buffer());
        }
    }
    let mut sent: Result<(), String> = Ok(());
    let answer = Promise::new(&mut |resolve, reject| {
        sent = with_helper(which, |h| {
            if h.worker.is_none() {
                h.worker = Some(start(which).map_err(|e| format!("{e:?}"))?);
            }
            h.next_id += 1;
            let id = h.next_id;
            let _ = Reflect::set(&request, &"id".into(), &id.into());
            h.waiting.insert(id, (resolve, reject));
            match (&h.worker, h.ready) {
                (Some(w), true) => w.post_message_with_transfer(&request, &handed).map_err(|e| {
                    h.waiting.remove(&id);
                    format!("{e:?}")
                }),
                _ => {
                    h.queued.push((request.clone(), handed.clone()));
                    Ok(())
                }
            }
        });
    });
    sent?;
    let data = JsFuture::from(answer)
        .await
        .map_err(|e| e.as_string().unwrap_or_else(|| format!("{e:?}")))?;
    match field(&data, "error").as_string() {
        Some(e) => Err(e),
        None => Ok(data),
    }
}

fn bytes_field(data: &JsValue, name: &str) -> Option<Vec<u8>> {
    let bytes: Uint8Array = field(data, name).dyn_into().ok()?;
    Some(bytes.to_vec())
}

/// A dataset's binary form as a request field.
fn dataset_field(data: &Loaded) -> JsValue {
    Uint8Array::from(&data.bytes[..]).into()
}

/// Whether a file is a spreadsheet (or claims to be one), for the spreadsheet worker: a zip or
/// OLE2 file (`.xlsx`, `.xls`), or a name ending in `.xlsx`, `.xls` or `.csv`.
fn is_spreadsheet(name: &str, bytes: &[u8]) -> bool {
    let name = name.to_ascii_lowercase();
    bytes.starts_with(b"PK\x03\x04")
        || bytes.starts_with(&[0xD0, 0xCF, 0x11, 0xE0])
        || [".xlsx", ".xls", ".csv"].iter().any(|ext| name.ends_with(ext))
}

/// Reads and checks a dataset file in a worker: JSON, `.xlsx`, or a `.csv` sheet that updates
/// `base` (the data on screen). The report comes without its dataset: that is the second part,
/// ready to show, when there were no errors. `bytes` are handed to the worker: empty afterwards.
pub async fn check(name: &str, bytes: &Uint8Array, base: Option<&Loaded>) -> Result<(Report, Option<Loaded>), String> {
    // The file's first bytes say whether it is a workbook; all of them go to the worker as they
    // are, never copied into the page's memory.
    let head = bytes.subarray(0, 8).to_vec();
    let mut fields = vec![("name", name.into()), ("bytes", bytes.into())];
    if let Some(d) = base {
        fields.push(("base", dataset_field(d)));
    }
    let which = if is_spreadsheet(name, &head) {
        Which::Sheets
    } else {
        Which::Checks
    };
    let data = ask(which, "load", &fields).await?;
    let other_version = || "a report from another version of the page".to_string();
    let mut report = bytes_field(&data, "bytes")
        .and_then(|b| Report::from_bytes(&b))
        .ok_or_else(other_version)?;
    let loaded = match bytes_field(&data, "dataset") {
        Some(b) => Some(Loaded::from_bytes(b.into(), std::mem::take(&mut report.initials)).ok_or_else(other_version)?),
        None => None,
    };
    Ok((report, loaded))
}

/// A dataset as an `.xlsx` workbook, or without one the blank template (说明 filled in, one
/// example row per sheet), written in the spreadsheet worker: the file's bytes as a `Uint8Array`.
pub async fn workbook_xlsx(data: Option<&Loaded>) -> Result<JsValue, String> {
    let (kind, fields) = match data {
        Some(d) => ("dataset-xlsx", vec![("bytes", dataset_field(d))]),
        None => ("template-xlsx", Vec::new()),
    };
    Ok(field(&ask(Which::Sheets, kind, &fields).await?, "bytes"))
}

/// The QR code of `text`, found in the worker (`None` when the text is too long for a code).
pub async fn qr_code(text: &str) -> Result<Option<QrModules>, String> {
    let data = ask(Which::Checks, "qr", &[("text", text.into())]).await?;
    let bytes: Uint8Array = field(&data, "modules")
        .dyn_into()
        .map_err(|_| "no QR code".to_string())?;
    Ok(QrModules::from_bytes(&bytes.to_vec()))
}

/// The text the worker writes for a request.
async fn json(kind: &str, fields: &[(&str, JsValue)]) -> Result<String, String> {
    let data = ask(Which::Checks, kind, fields).await?;
    field(&data, "text").as_string().ok_or_else(|| "no text".to_string())
}

/// A dataset as a JSON file's text, written in the worker.
pub async fn dataset_json(data: &Loaded) -> Result<String, String> {
    json("dataset-json", &[("bytes", dataset_field(data))]).await
}

/// A file of the dataset's figures, written in the worker: a JSON array in the dataset's format, or CSV.
#[derive(Clone, Copy)]
pub enum FiguresFile {
    Json,
    Csv,
}

/// The dataset's figures named in `ids` (all of them without `ids`) as a file's text, written in
/// the worker.
pub async fn figures_file(data: &Loaded, ids: Option<&[String]>, format: FiguresFile) -> Result<String, String> {
    let mut fields = vec![("bytes", dataset_field(data))];
    if let Some(ids) = ids {
        let ids: js_sys::Array = ids.iter().map(|id| JsValue::from_str(id)).collect();
        fields.push(("ids", ids.into()));
    }
    let kind = match format {
        FiguresFile::Json => "figures-json",
        FiguresFile::Csv => "figures-csv",
    };
    json(kind, &fields).await
}

/// Where the force simulation leaves each node of the network view of `data` under `filters`
/// (their code), in the order of [`crate::layout::network::Network`]; run in the worker.
pub async fn network_positions(data: &Loaded, filters: &str) -> Result<Vec<(f64, f64)>, String> {
    let answer = ask(
        Which::Checks,
        "network",
        &[("bytes", dataset_field(data)), ("filters", filters.into())],
    )
    .await?;
    let bytes = bytes_field(&answer, "positions").ok_or_else(|| "no positions".to_string())?;
    Ok(crate::layout::network::positions_from_bytes(&bytes))
}
