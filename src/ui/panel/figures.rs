//! Figures as a card and the dashboard list them: stated ones with their cited source, computed
//! ones with their formula. What a row says is worked out by plain functions (tested natively);
//! the components only lay it out.

use leptos::prelude::*;

use crate::metrics::{derived_value, metric_value, Derived};
use crate::model::{Basis, Dataset, Lang, Metric, Provenance};
use crate::ui::i18n::{t, Msg};

/// Where a stated fact comes from: "Source: section title, ¶n" and the quoted excerpt.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Cited {
    pub place: String,
    pub excerpt: String,
}

/// The source of `s` in `d`, in `lang`.
pub fn cited(d: &Dataset, s: &Provenance, lang: Lang) -> Cited {
    let section = d
        .meta
        .source
        .sections
        .iter()
        .find(|x| x.id == s.section)
        .map_or(s.section.as_str(), |x| x.title.get(lang));
    let place = match lang {
        Lang::Zh => format!("{}：{} 第{}段", t(Msg::Source, lang), section, s.paragraph),
        Lang::En => format!("{}: {}, ¶{}", t(Msg::Source, lang), section, s.paragraph),
    };
    Cited {
        place,
        excerpt: s.excerpt.clone(),
    }
}

/// One figure as listed: a stated one with its source, or a computed one with its formula.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct FigureRow {
    pub label: String,
    pub value: String,
    pub period: String,
    /// `inferred` when the editors worded the period.
    pub period_basis: Basis,
    pub origin: Origin,
}

#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum Origin {
    /// Stated in the source: the metric's id and where it is cited from.
    Stated { id: String, cited: Cited },
    /// Computed from stated figures by this formula.
    Computed { formula: String },
}

/// A stated figure as listed.
pub fn metric_row(d: &Dataset, m: &Metric, lang: Lang) -> FigureRow {
    FigureRow {
        label: m.label.get(lang).to_string(),
        value: metric_value(m, lang),
        period: m.period.get(lang).to_string(),
        period_basis: m.period_basis,
        origin: Origin::Stated {
            id: m.id.clone(),
            cited: cited(d, &m.source, lang),
        },
    }
}

/// A computed figure as listed.
pub fn derived_row(x: &Derived, lang: Lang) -> FigureRow {
    FigureRow {
        label: x.label.get(lang).to_string(),
        value: derived_value(x, lang),
        period: x.period.get(lang).to_string(),
        period_basis: Basis::Stated,
        origin: Origin::Computed {
            formula: x.formula.get(lang).to_string(),
        },
    }
}

/// The source, folded away until asked for (or `open`).
#[component]
pub fn Source(cited: Cited, #[prop(optional)] open: bool) -> impl IntoView {
    view! {
        <details class="source" open=open>
            <summary>{cited.place}</summary>
            <blockquote lang="zh-CN">"“"{cited.excerpt}"”"</blockquote>
        </details>
    }
}

/// A figure: label, value, period, then its source (`open`: unfolded) or its formula.
#[component]
pub fn FigureItem(row: FigureRow, lang: Lang, #[prop(optional)] open: bool) -> impl IntoView {
    let FigureRow {
        label,
        value,
        period,
        period_basis,
        origin,
    } = row;
    let editors = (period_basis == Basis::Inferred)
        .then(|| view! { " "<super::sections::BasisMark basis=period_basis editors=true lang=lang /> });
    let parts = view! {
        <span class="fig-label">{label}</span>
        <span class="fig-value">{value}</span>
        <span class="fig-period">{period}{editors}</span>
    };
    match origin {
        Origin::Stated { id, cited } => view! {
            <li class="figure" data-metric=id>{parts}<Source cited=cited open=open /></li>
        }
        .into_any(),
        Origin::Computed { formula } => view! {
            <li class="figure computed" title=formula.clone()>
                {parts}
                <span class="formula"><span class="badge computed">{t(Msg::Computed, lang)}</span>" "{formula.clone()}</span>
            </li>
        }
        .into_any(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::wanzhou;
    use crate::metrics::derived_for;

    #[test]
    fn a_source_names_its_section_and_paragraph_in_either_language() {
        let d = wanzhou();
        let m = d.metrics.iter().find(|m| m.id == "m-schneider-efficiency").unwrap();
        let section = d
            .meta
            .source
            .sections
            .iter()
            .find(|s| s.id == m.source.section)
            .unwrap();
        let zh = cited(&d, &m.source, Lang::Zh);
        assert_eq!(
            zh.place,
            format!("原文：{} 第{}段", section.title.zh, m.source.paragraph)
        );
        assert_eq!(zh.excerpt, m.source.excerpt);
        let en = cited(&d, &m.source, Lang::En).place;
        assert_eq!(en, format!("Source: {}, ¶{}", section.title.en, m.source.paragraph));
    }

    #[test]
    fn an_unknown_section_is_named_by_its_id() {
        let mut d = wanzhou();
        let mut s = d.metrics[0].source.clone();
        s.section = "s-<gone>".into();
        d.meta.source.sections.retain(|x| x.id != s.section);
        assert!(cited(&d, &s, Lang::En).place.contains("s-<gone>"));
    }

    #[test]
    fn rows_say_what_is_stated_and_what_is_computed() {
        let d = wanzhou();
        let m = d.metrics.iter().find(|m| m.id == "m-schneider-efficiency").unwrap();
        let row = metric_row(&d, m, Lang::Zh);
        assert_eq!((row.label.as_str(), row.value.as_str()), ("生产效率", "+139.18%"));
        assert!(matches!(&row.origin, Origin::Stated { id, .. } if id == "m-schneider-efficiency"));
        let x = derived_for(&d, "prog-project-library");
        let row = derived_row(&x[0], Lang::Zh);
        assert_eq!(row.value, "33.3%");
        assert!(matches!(&row.origin, Origin::Computed { formula } if formula == x[0].formula.zh.as_str()));
    }
}
