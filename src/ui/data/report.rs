//! The banner above the graph: loading progress, the full list of problems in a file, or which
//! data are shown. Built anew when the status changes; its texts follow the language in place.

use leptos::prelude::*;

use crate::model::{Finding, Lang};
use crate::ui::i18n::{t, Msg};
use crate::ui::state::{AppState, DataStatus, Loaded};

/// Every finding with its path, in a numbered list of `class`.
#[component]
fn Findings(findings: Vec<Finding>, class: &'static str) -> impl IntoView {
    let state = AppState::expect();
    let items = findings
        .into_iter()
        .map(|f| {
            let message = f.message;
            view! { <li><code>{f.path}</code>" "<span>{move || message.get(state.lang.get()).to_string()}</span></li> }
        })
        .collect_view();
    view! { <ol class=class>{items}</ol> }
}

/// Warnings, folded under their count; nothing when there are none.
#[component]
fn Warnings(warnings: Vec<Finding>) -> impl IntoView {
    let state = AppState::expect();
    let n = warnings.len();
    let summary = move || match state.lang.get() {
        Lang::Zh => format!("{n} 条提示（不影响显示）"),
        Lang::En => format!("{n} warnings (the data are shown)"),
    };
    (n > 0).then(|| {
        view! {
            <details class="warnings" data-testid="data-warnings">
                <summary>{summary}</summary>
                <Findings findings=warnings class="findings warning" />
            </details>
        }
    })
}

/// A file with errors: how many, which file, each of them; the data on screen stay.
#[component]
fn Failed(source: String, errors: Vec<Finding>, warnings: Vec<Finding>) -> impl IntoView {
    let state = AppState::expect();
    let n = errors.len();
    let title = move || match state.lang.get() {
        Lang::Zh => format!("数据文件有 {n} 处错误，未能显示；屏幕上仍是原来的数据。"),
        Lang::En => format!("The data file has {n} errors and was not shown; the previous data stay on screen."),
    };
    view! {
        <section class="data-bar failed" role="alert" data-testid="data-errors">
            <div class="data-bar-head">
                <strong>{title}</strong>
                <button type="button" class="data-dismiss" on:click=move |_| state.status.set(DataStatus::BuiltIn)>
                    {state.text(Msg::Close)}
                </button>
            </div>
            <p class="data-source">{move || format!("{}：{source}", t(Msg::File, state.lang.get()))}</p>
            <Findings findings=errors class="findings error" />
            <Warnings warnings=warnings />
        </section>
    }
}

/// Another dataset on screen (or previewed), with the way back to the built-in one.
#[component]
fn Shown(source: String, preview: bool, warnings: Vec<Finding>) -> impl IntoView {
    let state = AppState::expect();
    let label = if preview { Msg::Preview } else { Msg::ShowingFile };
    let what = move || {
        let lang = state.lang.get();
        let data = state.data();
        format!("{}：{}（{source}）", t(label, lang), data.dataset.meta.title.get(lang))
    };
    let synthetic = move || {
        state
            .data()
            .dataset
            .meta
            .synthetic
            .then(|| view! { <span class="badge synthetic">{state.text(Msg::Synthetic)}</span> })
    };
    let back = move |_| {
        state.show(Loaded::built_in());
        state.status.set(DataStatus::BuiltIn);
    };
    view! {
        <section class="data-bar shown" data-testid="data-shown">
            <div class="data-bar-head">
                <span>{what}" "{synthetic}</span>
                <button type="button" class="data-dismiss" on:click=back>{state.text(Msg::BackToBuiltIn)}</button>
            </div>
            <Warnings warnings=warnings />
        </section>
    }
}

/// The banner while a file loads: what is under way, the download (or reading), then the check
/// with the file's size.
#[component]
fn LoadingBar(source: String, checking: Option<u32>) -> impl IntoView {
    let state = AppState::expect();
    let stage = if checking.is_some() { "checking" } else { "reading" };
    let text = move || {
        let lang = state.lang.get();
        let doing = match checking {
            None => t(Msg::Downloading, lang).to_string(),
            Some(bytes) => format!("{} {:.1} MB", t(Msg::Checking, lang), f64::from(bytes) / 1e6),
        };
        format!("{} {source} · {doing}…", t(Msg::Loading, lang))
    };
    view! {
        <div class="data-bar loading" role="status" data-testid="data-loading" data-stage=stage>
            <span class="spinner" aria-hidden="true"></span>
            {text}
        </div>
    }
}

#[component]
pub fn DataReport() -> impl IntoView {
    let state = AppState::expect();
    let banner = move || match state.status.get() {
        DataStatus::BuiltIn => ().into_any(),
        DataStatus::Loading { source, checking } => view! { <LoadingBar source=source checking=checking /> }.into_any(),
        DataStatus::Failed {
            source,
            errors,
            warnings,
        } => view! { <Failed source=source errors=errors warnings=warnings /> }.into_any(),
        DataStatus::Shown {
            source,
            preview,
            warnings,
        } => view! { <Shown source=source preview=preview warnings=warnings /> }.into_any(),
    };
    view! { <div class="data-report">{banner}</div> }
}
