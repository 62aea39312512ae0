//! Fetching a dataset by URL or reading a local file (JSON, `.xlsx`, or one sheet as `.csv`), then
//! checking it (in the worker) before it replaces what is on screen.

use js_sys::Uint8Array;
use leptos::ev;
use leptos::prelude::*;
use leptos::task::spawn_local;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

use crate::ui::i18n::Msg;
use crate::ui::state::{AppState, DataStatus};
use crate::ui::url::UrlState;

/// Checks a file (in the worker) and either shows it or reports every problem while the current
/// data stay. A `.csv` sheet updates one list of the data on screen, which go along with it.
async fn accept(state: AppState, source: String, preview: bool, bytes: &Uint8Array) {
    state.status.set(DataStatus::Loading {
        source: source.clone(),
        checking: Some(bytes.length()),
    });
    let current = state.data();
    let base = source.to_ascii_lowercase().ends_with(".csv").then_some(&*current);
    let (report, loaded) = match crate::ui::worker::check(&source, bytes, base).await {
        Ok(checked) => checked,
        Err(e) => {
            return failure(
                state,
                source,
                "无法检查数据文件：检查程序未能启动，请刷新页面后重试".into(),
                format!(
                    "could not check the data file: the checker did not start ({e}); reload the page and try again"
                ),
            )
        }
    };
    match loaded {
        Some(loaded) => {
            state.show(loaded);
            state.status.set(DataStatus::Shown {
                source,
                preview,
                warnings: report.warnings,
            });
        }
        None => state.status.set(DataStatus::Failed {
            source,
            errors: report.errors,
            warnings: report.warnings,
        }),
    }
}

fn failure(state: AppState, source: String, zh: String, en: String) {
    let finding = crate::model::Finding {
        severity: crate::model::Severity::Error,
        path: "$".into(),
        message: crate::model::Text { zh, en },
    };
    state.status.set(DataStatus::Failed {
        source,
        errors: vec![finding],
        warnings: Vec::new(),
    });
}

/// The bytes behind a `Response` or a `File` (`arrayBuffer()`), left in JavaScript's memory.
async fn array_bytes(buffer: Result<js_sys::Promise, wasm_bindgen::JsValue>) -> Result<Uint8Array, String> {
    let buffer = JsFuture::from(buffer.map_err(|e| format!("{e:?}"))?)
        .await
        .map_err(|e| format!("{e:?}"))?;
    Ok(Uint8Array::new(&buffer))
}

/// The file at `url`: the download `boot.js` started for the link's `?data=` while the page
/// loaded, if it is that one, else a new one.
async fn fetch_bytes(url: &str) -> Result<Uint8Array, String> {
    let global: js_sys::Object = js_sys::global().unchecked_into();
    let early = js_sys::Reflect::get(&global, &"chainMapData".into())
        .ok()
        .filter(|d| {
            js_sys::Reflect::get(d, &"url".into())
                .ok()
                .and_then(|u| u.as_string())
                .as_deref()
                == Some(url)
        })
        .and_then(|d| js_sys::Reflect::get(&d, &"response".into()).ok())
        .and_then(|r| r.dyn_into::<js_sys::Promise>().ok());
    let _ = js_sys::Reflect::delete_property(&global, &"chainMapData".into());
    // A download that failed early (it answers null) is tried again here, to report why.
    let early = match early {
        Some(p) => JsFuture::from(p)
            .await
            .ok()
            .filter(|r| r.is_instance_of::<web_sys::Response>()),
        None => None,
    };
    let response = match early {
        Some(r) => r,
        None => JsFuture::from(window().fetch_with_str(url))
            .await
            .map_err(|e| format!("{e:?}"))?,
    };
    let response: web_sys::Response = response.dyn_into().map_err(|_| "not a response".to_string())?;
    if !response.ok() {
        return Err(format!("HTTP {}", response.status()));
    }
    array_bytes(response.array_buffer()).await
}

/// Starts loading `?data=` if the URL has it; the parameter stays in the URL so the link can be shared.
pub fn load_from_query(state: AppState) {
    let query = window().location().search().unwrap_or_default();
    let Some(url) = UrlState::parse(&query).data else {
        return;
    };
    state.status.set(DataStatus::Loading {
        source: url.clone(),
        checking: None,
    });
    crate::ui::worker::prepare_for_link(&url);
    spawn_local(async move {
        match fetch_bytes(&url).await {
            Ok(bytes) => accept(state, url, false, &bytes).await,
            Err(e) => failure(
                state,
                url,
                format!("无法获取数据文件（{e}）"),
                format!("could not fetch the data file ({e})"),
            ),
        }
        settled();
    });
}

/// Tells `boot.js` that the link's file is in, shown or refused: the offline copy of the app,
/// which it holds back so as not to slow that file down, is made now.
fn settled() {
    let done = js_sys::Reflect::get(&js_sys::global(), &"chainMapSettled".into());
    if let Ok(done) = done.and_then(|d| d.dyn_into::<js_sys::Function>()) {
        let _ = done.call0(&wasm_bindgen::JsValue::NULL);
    }
}

/// Reads a local file (nothing is uploaded) and previews it.
fn read_file(state: AppState, file: web_sys::File) {
    let name = file.name();
    state.status.set(DataStatus::Loading {
        source: name.clone(),
        checking: None,
    });
    spawn_local(async move {
        match array_bytes(Ok(file.array_buffer())).await {
            Ok(bytes) => accept(state, name, true, &bytes).await,
            Err(e) => failure(
                state,
                name,
                format!("无法读取文件（{e}）"),
                format!("could not read the file ({e})"),
            ),
        }
    });
}

/// A button that opens a local data file (JSON, `.xlsx`, or one sheet as `.csv`) for preview.
#[component]
pub fn FilePicker() -> impl IntoView {
    let state = AppState::expect();
    let on_change = move |ev: ev::Event| {
        let input: web_sys::HtmlInputElement = event_target(&ev);
        if let Some(file) = input.files().and_then(|files| files.get(0)) {
            read_file(state, file);
        }
        input.set_value("");
    };
    view! {
        <label class="file-picker">
            <input type="file" accept=".json,.xlsx,.csv,application/json" data-testid="file-input"
                on:click=|_| crate::ui::worker::prepare_for_file() on:change=on_change />
            <span>{state.text(Msg::OpenFile)}</span>
        </label>
    }
}

/// Accepts a data file dropped anywhere on the page, with a visible target while dragging.
#[component]
pub fn DropZone() -> impl IntoView {
    let state = AppState::expect();
    let dragging = RwSignal::new(false);
    let has_files = |ev: &ev::DragEvent| {
        ev.data_transfer()
            .is_some_and(|dt| dt.types().iter().any(|t| t.as_string().as_deref() == Some("Files")))
    };
    let over = window_event_listener(ev::dragover, move |ev| {
        if has_files(&ev) {
            ev.prevent_default();
            dragging.set(true);
        }
    });
    let leave = window_event_listener(ev::dragleave, move |ev| {
        if ev.related_target().is_none() {
            dragging.set(false);
        }
    });
    let drop = window_event_listener(ev::drop, move |ev| {
        ev.prevent_default();
        dragging.set(false);
        if let Some(file) = ev.data_transfer().and_then(|dt| dt.files()).and_then(|f| f.get(0)) {
            read_file(state, file);
        }
    });
    on_cleanup(move || {
        over.remove();
        leave.remove();
        drop.remove();
    });
    view! {
        <Show when=move || dragging.get()>
            <div class="drop-zone" aria-hidden="true">{state.text(Msg::DropHere)}</div>
        </Show>
    }
}
