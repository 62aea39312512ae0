//! Fetching a dataset by URL or reading a local file, then checking it (in the worker) before it replaces what is on screen.

use leptos::ev;
use leptos::prelude::*;
use leptos::task::spawn_local;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

use crate::ui::i18n::Msg;
use crate::ui::state::{AppState, DataStatus};
use crate::ui::url::UrlState;

/// Checks `text` (in the worker) and either shows it or reports every problem while the current data stay.
async fn accept(state: AppState, source: String, preview: bool, text: &str) {
    let report = match crate::ui::worker::check(text).await {
        Ok(report) => report,
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
    match report.dataset {
        Some(dataset) => {
            state.show(dataset, report.initials);
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

async fn fetch_text(url: &str) -> Result<String, String> {
    let response = JsFuture::from(window().fetch_with_str(url))
        .await
        .map_err(|e| format!("{e:?}"))?;
    let response: web_sys::Response = response.dyn_into().map_err(|_| "not a response".to_string())?;
    if !response.ok() {
        return Err(format!("HTTP {}", response.status()));
    }
    let text = JsFuture::from(response.text().map_err(|e| format!("{e:?}"))?)
        .await
        .map_err(|e| format!("{e:?}"))?;
    Ok(text.as_string().unwrap_or_default())
}

/// Starts loading `?data=` if the URL has it; the parameter stays in the URL so the link can be shared.
pub fn load_from_query(state: AppState) {
    let query = window().location().search().unwrap_or_default();
    let Some(url) = UrlState::parse(&query).data else {
        return;
    };
    state.status.set(DataStatus::Loading { source: url.clone() });
    spawn_local(async move {
        match fetch_text(&url).await {
            Ok(text) => accept(state, url, false, &text).await,
            Err(e) => failure(
                state,
                url,
                format!("无法获取数据文件（{e}）"),
                format!("could not fetch the data file ({e})"),
            ),
        }
    });
}

/// Reads a local file (nothing is uploaded) and previews it.
fn read_file(state: AppState, file: web_sys::File) {
    let name = file.name();
    state.status.set(DataStatus::Loading { source: name.clone() });
    spawn_local(async move {
        match JsFuture::from(file.text()).await {
            Ok(text) => accept(state, name, true, &text.as_string().unwrap_or_default()).await,
            Err(e) => failure(
                state,
                name,
                format!("无法读取文件（{e:?}）"),
                format!("could not read the file ({e:?})"),
            ),
        }
    });
}

/// A button that opens a local JSON file for preview.
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
            <input type="file" accept=".json,application/json" data-testid="file-input" on:change=on_change />
            <span>{state.text(Msg::OpenFile)}</span>
        </label>
    }
}

/// Accepts a JSON file dropped anywhere on the page, with a visible target while dragging.
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
