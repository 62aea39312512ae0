//! Lists on a card and the dashboard as markup: stated figures with their cited source, computed
//! figures with their formula. Every piece of text is escaped.

use std::fmt::Write;

use crate::charts::svg::escape_xml as esc;
use crate::metrics::{derived_value, metric_value, Derived};
use crate::model::{Dataset, Lang, Metric, Provenance};
use crate::ui::i18n::{t, Msg};

/// "Source: section title, ¶n" followed by the quoted excerpt, folded away until asked for.
pub fn source(out: &mut String, d: &Dataset, s: &Provenance, lang: Lang) {
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
    let _ = write!(
        out,
        r#"<details class="source"><summary>{}</summary><blockquote lang="zh-CN">“{}”</blockquote></details>"#,
        esc(&place),
        esc(&s.excerpt)
    );
}

/// A stated figure: label, value, period and source.
pub fn metric_item(out: &mut String, d: &Dataset, m: &Metric, lang: Lang) {
    let _ = write!(
        out,
        r#"<li class="figure" data-metric="{}"><span class="fig-label">{}</span><span class="fig-value">{}</span><span class="fig-period">{}</span>"#,
        esc(&m.id),
        esc(m.label.get(lang)),
        esc(&metric_value(m, lang)),
        esc(m.period.get(lang))
    );
    source(out, d, &m.source, lang);
    out.push_str("</li>");
}

/// A computed figure: label, value, period and the formula it comes from.
pub fn derived_item(out: &mut String, x: &Derived, lang: Lang) {
    let formula = esc(x.formula.get(lang));
    let _ = write!(
        out,
        r#"<li class="figure computed" title="{formula}"><span class="fig-label">{}</span><span class="fig-value">{}</span><span class="fig-period">{}</span><span class="formula"><span class="badge computed">{}</span> {formula}</span></li>"#,
        esc(x.label.get(lang)),
        esc(&derived_value(x, lang)),
        esc(x.period.get(lang)),
        t(Msg::Computed, lang)
    );
}
