//! The banner above the graph: loading progress, the full list of problems in a file, or which data are shown.

use leptos::prelude::*;

use crate::data;
use crate::model::{Finding, Lang};
use crate::ui::i18n::{t, Msg};
use crate::ui::state::{AppState, DataStatus};

fn findings_list(findings: &[Finding], lang: Lang, class: &'static str) -> impl IntoView {
    let items = findings
        .iter()
        .map(|f| view! { <li><code>{f.path.clone()}</code>" "<span>{f.message.get(lang).to_string()}</span></li> })
        .collect_view();
    view! { <ol class=class>{items}</ol> }
}

fn warnings_view(warnings: &[Finding], lang: Lang) -> Option<impl IntoView> {
    (!warnings.is_empty()).then(|| {
        let summary = match lang {
            Lang::Zh => format!("{} 条提示（不影响显示）", warnings.len()),
            Lang::En => format!("{} warnings (the data are shown)", warnings.len()),
        };
        view! {
            <details class="warnings" data-testid="data-warnings">
                <summary>{summary}</summary>
                {findings_list(warnings, lang, "findings warning")}
            </details>
        }
    })
}

#[component]
pub fn DataReport() -> impl IntoView {
    let state = AppState::expect();
    let back_to_built_in = move |_| {
        state.show(data::wanzhou(), crate::model::search::Initials::built_in());
        state.status.set(DataStatus::BuiltIn);
    };
    let dismiss = move |_| state.status.set(DataStatus::BuiltIn);
    move || {
        let lang = state.lang.get();
        match state.status.get() {
            DataStatus::BuiltIn => None,
            DataStatus::Loading { source } => Some(
                view! {
                    <div class="data-bar loading" role="status" data-testid="data-loading">
                        <span class="spinner" aria-hidden="true"></span>
                        {format!("{} {source}", t(Msg::Loading, lang))}
                    </div>
                }
                .into_any(),
            ),
            DataStatus::Failed {
                source,
                errors,
                warnings,
            } => {
                let title = match lang {
                    Lang::Zh => format!("数据文件有 {} 处错误，未能显示；屏幕上仍是原来的数据。", errors.len()),
                    Lang::En => format!(
                        "The data file has {} errors and was not shown; the previous data stay on screen.",
                        errors.len()
                    ),
                };
                Some(
                    view! {
                        <section class="data-bar failed" role="alert" data-testid="data-errors">
                            <div class="data-bar-head">
                                <strong>{title}</strong>
                                <button type="button" class="data-dismiss" on:click=dismiss>{t(Msg::Close, lang)}</button>
                            </div>
                            <p class="data-source">{format!("{}：{source}", t(Msg::File, lang))}</p>
                            {findings_list(&errors, lang, "findings error")}
                            {warnings_view(&warnings, lang)}
                        </section>
                    }
                    .into_any(),
                )
            }
            DataStatus::Shown {
                source,
                preview,
                warnings,
            } => {
                let data = state.data();
                let meta = &data.dataset.meta;
                let label = if preview {
                    t(Msg::Preview, lang)
                } else {
                    t(Msg::ShowingFile, lang)
                };
                let synthetic = meta
                    .synthetic
                    .then(|| view! { <span class="badge synthetic">{t(Msg::Synthetic, lang)}</span> });
                Some(
                    view! {
                        <section class="data-bar shown" data-testid="data-shown">
                            <div class="data-bar-head">
                                <span>{format!("{label}：{}（{source}）", meta.title.get(lang))}" "{synthetic}</span>
                                <button type="button" class="data-dismiss" on:click=back_to_built_in>{t(Msg::BackToBuiltIn, lang)}</button>
                            </div>
                            {warnings_view(&warnings, lang)}
                        </section>
                    }
                    .into_any(),
                )
            }
        }
    }
}
