//! The banner above the graph: loading progress, the full list of problems in a file, or which
//! data are shown. Written as markup (tested natively); its buttons carry `data-action`.

use std::fmt::Write;

use leptos::ev;
use leptos::prelude::*;

use crate::charts::svg::escape_xml as esc;
use crate::data;
use crate::model::{Finding, Lang, Text};
use crate::ui::dom::closest_at;
use crate::ui::i18n::{t, Msg};
use crate::ui::state::{AppState, DataStatus};

fn findings_list(out: &mut String, findings: &[Finding], lang: Lang, class: &str) {
    let _ = write!(out, r#"<ol class="{class}">"#);
    for f in findings {
        let _ = write!(
            out,
            "<li><code>{}</code> <span>{}</span></li>",
            esc(&f.path),
            esc(f.message.get(lang))
        );
    }
    out.push_str("</ol>");
}

fn warnings_list(out: &mut String, warnings: &[Finding], lang: Lang) {
    if warnings.is_empty() {
        return;
    }
    let summary = match lang {
        Lang::Zh => format!("{} 条提示（不影响显示）", warnings.len()),
        Lang::En => format!("{} warnings (the data are shown)", warnings.len()),
    };
    let _ = write!(
        out,
        r#"<details class="warnings" data-testid="data-warnings"><summary>{summary}</summary>"#
    );
    findings_list(out, warnings, lang, "findings warning");
    out.push_str("</details>");
}

/// The banner for `status`; `title` and `synthetic` describe the dataset on screen. Empty while
/// the built-in data are shown.
pub fn banner(status: &DataStatus, title: &Text, synthetic: bool, lang: Lang) -> String {
    let mut out = String::new();
    match status {
        DataStatus::BuiltIn => {}
        DataStatus::Loading { source } => {
            let _ = write!(
                out,
                r#"<div class="data-bar loading" role="status" data-testid="data-loading"><span class="spinner" aria-hidden="true"></span>{} {}</div>"#,
                t(Msg::Loading, lang),
                esc(source)
            );
        }
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
            let _ = write!(
                out,
                r#"<section class="data-bar failed" role="alert" data-testid="data-errors"><div class="data-bar-head"><strong>{title}</strong><button type="button" class="data-dismiss" data-action="dismiss">{}</button></div><p class="data-source">{}：{}</p>"#,
                t(Msg::Close, lang),
                t(Msg::File, lang),
                esc(source)
            );
            findings_list(&mut out, errors, lang, "findings error");
            warnings_list(&mut out, warnings, lang);
            out.push_str("</section>");
        }
        DataStatus::Shown {
            source,
            preview,
            warnings,
        } => {
            let label = t(if *preview { Msg::Preview } else { Msg::ShowingFile }, lang);
            let synthetic = if synthetic {
                format!(r#"<span class="badge synthetic">{}</span>"#, t(Msg::Synthetic, lang))
            } else {
                String::new()
            };
            let _ = write!(
                out,
                r#"<section class="data-bar shown" data-testid="data-shown"><div class="data-bar-head"><span>{label}：{}（{}） {synthetic}</span><button type="button" class="data-dismiss" data-action="built-in">{}</button></div>"#,
                esc(title.get(lang)),
                esc(source),
                t(Msg::BackToBuiltIn, lang)
            );
            warnings_list(&mut out, warnings, lang);
            out.push_str("</section>");
        }
    }
    out
}

#[component]
pub fn DataReport() -> impl IntoView {
    let state = AppState::expect();
    let on_click = move |e: ev::MouseEvent| {
        let action = closest_at(e.target(), "[data-action]").and_then(|b| b.get_attribute("data-action"));
        match action.as_deref() {
            Some("built-in") => {
                state.show(data::wanzhou(), crate::model::search::Initials::built_in());
                state.status.set(DataStatus::BuiltIn);
            }
            Some("dismiss") => state.status.set(DataStatus::BuiltIn),
            _ => {}
        }
    };
    let html = move || {
        let lang = state.lang.get();
        let data = state.data();
        let meta = &data.dataset.meta;
        state.status.with(|s| banner(s, &meta.title, meta.synthetic, lang))
    };
    view! { <div class="data-report" on:click=on_click inner_html=html></div> }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn finding(path: &str, zh: &str) -> Finding {
        Finding {
            path: path.into(),
            message: Text {
                zh: zh.into(),
                en: "x".into(),
            },
            severity: crate::model::Severity::Error,
        }
    }

    #[test]
    fn each_status_has_its_banner_and_every_finding_is_listed_escaped() {
        let title = Text {
            zh: "测试".into(),
            en: "Test".into(),
        };
        assert_eq!(banner(&DataStatus::BuiltIn, &title, false, Lang::Zh), "");
        let loading = banner(
            &DataStatus::Loading {
                source: "a<b>.json".into(),
            },
            &title,
            false,
            Lang::En,
        );
        assert!(loading.contains(r#"data-testid="data-loading""#) && loading.contains("a&lt;b&gt;.json"));
        let failed = DataStatus::Failed {
            source: "f.json".into(),
            errors: vec![finding("$.a", "错<一>"), finding("$.b", "错二")],
            warnings: vec![finding("$.c", "提示")],
        };
        let html = banner(&failed, &title, false, Lang::Zh);
        assert!(html.contains("数据文件有 2 处错误"));
        assert!(html.contains(r#"<ol class="findings error"><li><code>$.a</code> <span>错&lt;一&gt;</span></li>"#));
        assert!(html.contains(r#"data-testid="data-warnings"><summary>1 条提示"#));
        assert!(html.contains(r#"data-action="dismiss""#));
        let shown = DataStatus::Shown {
            source: "s.json".into(),
            preview: true,
            warnings: vec![],
        };
        let html = banner(&shown, &title, true, Lang::En);
        assert!(html.contains("Test（s.json）") && html.contains("badge synthetic"));
        assert!(html.contains(r#"data-action="built-in""#) && !html.contains("data-warnings"));
    }
}
