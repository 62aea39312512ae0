//! Lists on a card: stated figures with their cited source, computed figures with their formula.

use leptos::prelude::*;

use crate::metrics::{derived_value, metric_value, Derived};
use crate::model::{Dataset, Lang, Metric, Provenance};
use crate::ui::i18n::{t, Msg};

/// "Source: section title, ¶n" followed by the quoted excerpt, folded away until asked for.
pub fn source_view(d: &Dataset, s: &Provenance, lang: Lang) -> impl IntoView {
    let section = d
        .meta
        .source
        .sections
        .iter()
        .find(|x| x.id == s.section)
        .map(|x| x.title.get(lang).to_string())
        .unwrap_or_else(|| s.section.clone());
    let place = match lang {
        Lang::Zh => format!("{}：{} 第{}段", t(Msg::Source, lang), section, s.paragraph),
        Lang::En => format!("{}: {}, ¶{}", t(Msg::Source, lang), section, s.paragraph),
    };
    view! {
        <details class="source">
            <summary>{place}</summary>
            <blockquote lang="zh-CN">"“"{s.excerpt.clone()}"”"</blockquote>
        </details>
    }
}

pub fn metric_item(d: &Dataset, m: &Metric, lang: Lang) -> impl IntoView {
    view! {
        <li class="figure" data-metric=m.id.clone()>
            <span class="fig-label">{m.label.get(lang).to_string()}</span>
            <span class="fig-value">{metric_value(m, lang)}</span>
            <span class="fig-period">{m.period.get(lang).to_string()}</span>
            {source_view(d, &m.source, lang)}
        </li>
    }
}

pub fn derived_item(x: &Derived, lang: Lang) -> impl IntoView {
    let formula = x.formula.get(lang).to_string();
    let tooltip = formula.clone();
    view! {
        <li class="figure computed" title=tooltip>
            <span class="fig-label">{x.label.get(lang).to_string()}</span>
            <span class="fig-value">{derived_value(x, lang)}</span>
            <span class="fig-period">{x.period.get(lang).to_string()}</span>
            <span class="formula"><span class="badge computed">{t(Msg::Computed, lang)}</span>" "{formula}</span>
        </li>
    }
}
