//! A node's card as markup: its head and counts (above the charts), then its segments, figures,
//! honours, people, milestones and links (below them). Buttons carry `data-action` or, for links
//! to other nodes, `data-id`; the panel handles every click on a card with one listener.

use std::fmt::Write;

use super::figures::{derived_item, metric_item, source};
use crate::card::{Card, LinkGroup, LinkRole};
use crate::charts::svg::escape_xml as esc;
use crate::metrics::aggregate::{notable, tally};
use crate::metrics::{num, quantity};
use crate::model::graph::{Graph, NodeKind};
use crate::model::stages::{Coverage, LinkItem};
use crate::model::{Basis, Dataset, HonourLevel, Lang, MilestoneStatus, ProjectStatus};
use crate::ui::i18n::{t, Msg};

/// The card's head (kind, name in both languages, close button), summary, status and counts.
/// The kind's colour is set by the page (a strict content security policy refuses style attributes).
pub fn top(d: &Dataset, g: &Graph, c: &Card, lang: Lang) -> String {
    let mut out = String::with_capacity(1024);
    let other = if lang == Lang::Zh { Lang::En } else { Lang::Zh };
    let _ = write!(
        out,
        r#"<header class="card-head"><span class="kind">{}</span><h2 tabindex="-1">{}</h2><p class="alt-name" lang="{}">{}</p><button type="button" class="close" data-action="close" aria-label="{}">×</button></header>"#,
        esc(c.node.kind.label().get(lang)),
        esc(c.node.name.get(lang)),
        if other == Lang::En { "en" } else { "zh-CN" },
        esc(c.node.name.get(other)),
        t(Msg::Close, lang)
    );
    if let Some(s) = c.summary {
        let _ = write!(out, r#"<p class="summary">{}</p>"#, esc(s.get(lang)));
    }
    if let Some(s) = c.status {
        let _ = write!(out, r#"<p class="status">{}</p>"#, status_text(s, lang));
    }
    if matches!(c.node.kind, NodeKind::Chain | NodeKind::Industry) {
        tally_tiles(&mut out, d, g, &c.node.id, lang);
    }
    out
}

/// Everything below the card's charts.
pub fn rest(d: &Dataset, g: &Graph, c: &Card, lang: Lang) -> String {
    let mut out = String::with_capacity(4096);
    if c.node.kind == NodeKind::Chain {
        stages(&mut out, c, lang);
    }
    let top = notable(d, g, &c.node.id, 3);
    if c.node.kind == NodeKind::Industry && !top.is_empty() {
        open_section(&mut out, Msg::Notable, lang, r#"<ul class="figures">"#);
        for m in top {
            metric_item(&mut out, d, m, lang);
        }
        out.push_str("</ul></section>");
    }
    if !c.metrics.is_empty() || !c.derived.is_empty() {
        open_section(&mut out, Msg::Figures, lang, r#"<ul class="figures">"#);
        for m in &c.metrics {
            metric_item(&mut out, d, m, lang);
        }
        for x in &c.derived {
            derived_item(&mut out, x, lang);
        }
        out.push_str("</ul></section>");
    }
    if !c.metrics.is_empty() {
        let _ = write!(
            out,
            r#"<div class="export" data-testid="card-export"><span>{}</span><button type="button" class="chip" data-testid="export-csv" data-action="export-csv">CSV</button><button type="button" class="chip" data-testid="export-json" data-action="export-json">JSON</button></div>"#,
            t(Msg::Download, lang)
        );
    }
    if !c.honours.is_empty() {
        open_section(&mut out, Msg::Honours, lang, r#"<ul class="honours">"#);
        for h in &c.honours {
            let level = match h.level {
                HonourLevel::National => "national",
                HonourLevel::Municipal => "municipal",
                HonourLevel::District => "district",
            };
            let _ = write!(out, r#"<li class="honour {level}">{}"#, esc(h.name.get(lang)));
            source(&mut out, d, &h.source, lang);
            out.push_str("</li>");
        }
        out.push_str("</ul></section>");
    }
    if !c.people.is_empty() {
        open_section(&mut out, Msg::People, lang, r#"<ul class="people">"#);
        for p in &c.people {
            let _ = write!(
                out,
                r#"<li class="person"><strong>{}</strong> · {}"#,
                esc(p.name.get(lang)),
                esc(p.role.get(lang))
            );
            source(&mut out, d, &p.source, lang);
            out.push_str("</li>");
        }
        out.push_str("</ul></section>");
    }
    if !c.milestones.is_empty() {
        open_section(&mut out, Msg::Milestones, lang, r#"<ul class="milestones">"#);
        for m in &c.milestones {
            let status = t(
                if m.status == MilestoneStatus::Done {
                    Msg::Done
                } else {
                    Msg::Expected
                },
                lang,
            );
            let _ = write!(
                out,
                r#"<li class="milestone"><time>{}</time> {} <span class="badge">{status}</span>"#,
                esc(&m.date),
                esc(m.label.get(lang))
            );
            source(&mut out, d, &m.source, lang);
            out.push_str("</li>");
        }
        out.push_str("</ul></section>");
    }
    for group in &c.groups {
        links(&mut out, d, group, lang);
    }
    out
}

fn open_section(out: &mut String, title: Msg, lang: Lang, list: &str) {
    let _ = write!(
        out,
        r#"<section class="card-section"><h3>{}</h3>{list}"#,
        t(title, lang)
    );
}

fn badge(out: &mut String, basis: Basis, lang: Lang) {
    let _ = match basis {
        Basis::Stated => write!(out, r#"<span class="badge stated">{}</span>"#, t(Msg::Stated, lang)),
        Basis::Inferred => write!(out, r#"<span class="badge inferred">{}</span>"#, t(Msg::Inferred, lang)),
    };
}

fn group_title(role: LinkRole) -> Msg {
    match role {
        LinkRole::BelongsTo => Msg::BelongsTo,
        LinkRole::Includes => Msg::Includes,
        LinkRole::ServedBy => Msg::ServedBy,
        LinkRole::Serves => Msg::Serves,
        LinkRole::Projects => Msg::Projects,
        LinkRole::PartOf => Msg::BelongsTo,
        LinkRole::Industry => Msg::Industry,
        LinkRole::Related => Msg::Related,
    }
}

fn status_text(s: ProjectStatus, lang: Lang) -> &'static str {
    t(
        match s {
            ProjectStatus::Planned => Msg::Planned,
            ProjectStatus::UnderConstruction => Msg::UnderConstruction,
            ProjectStatus::Completed => Msg::Completed,
        },
        lang,
    )
}

/// A button that selects another node.
fn link_button(out: &mut String, item: &LinkItem, lang: Lang) {
    let _ = write!(
        out,
        r#"<button type="button" class="link-name" data-id="{}">{}</button>"#,
        esc(&item.id),
        esc(item.name.get(lang))
    );
}

fn links(out: &mut String, d: &Dataset, group: &LinkGroup, lang: Lang) {
    open_section(out, group_title(group.role), lang, r#"<ul class="links">"#);
    for item in &group.items {
        let class = if item.basis == Basis::Inferred {
            "link inferred"
        } else {
            "link"
        };
        let _ = write!(out, r#"<li class="{class}">"#);
        link_button(out, item, lang);
        let _ = write!(
            out,
            r#" <span class="link-kind">{}</span> "#,
            esc(item.kind.label().get(lang))
        );
        badge(out, item.basis, lang);
        out.push(' ');
        if let Some(p) = d.projects.iter().find(|p| p.id == item.id) {
            let _ = write!(
                out,
                r#"<span class="badge project-status">{}</span>"#,
                status_text(p.status, lang)
            );
        }
        if let Some(r) = &item.reason {
            let _ = write!(out, r#"<span class="reason">{}</span>"#, esc(r.get(lang)));
        }
        out.push_str("</li>");
    }
    out.push_str("</ul></section>");
}

fn tile(out: &mut String, label: &str, value: &str, title: Option<&str>) {
    let title = title.map(|t| format!(r#" title="{}""#, esc(t))).unwrap_or_default();
    let _ = write!(
        out,
        r#"<div class="tile"{title}><span class="tile-value">{}</span><span class="tile-label">{label}</span></div>"#,
        esc(value)
    );
}

/// Counts and sums over a chain's or an industry's members.
fn tally_tiles(out: &mut String, d: &Dataset, g: &Graph, id: &str, lang: Lang) {
    let n = tally(d, g, id);
    out.push_str(r#"<div class="tiles" data-testid="tally">"#);
    if g.node(id).is_some_and(|x| x.kind == NodeKind::Industry) {
        tile(out, t(Msg::Chains, lang), &n.chains.to_string(), None);
    }
    tile(out, t(Msg::Enterprises, lang), &n.enterprises.to_string(), None);
    tile(out, t(Msg::Planned, lang), &n.planned.to_string(), None);
    tile(out, t(Msg::UnderConstruction, lang), &n.under_way.to_string(), None);
    tile(out, t(Msg::Completed, lang), &n.completed.to_string(), None);
    tile(out, t(Msg::Figures, lang), &n.metrics.to_string(), None);
    if let Some((sum, ids)) = n.investment {
        let total = quantity(sum, "hundred_million_yuan", lang);
        let formula = format!("{} = {total}", ids.join(" + "));
        tile(out, t(Msg::Investment, lang), &total, Some(&formula));
    }
    out.push_str("</div>");
}

/// The chain's segments, upstream first, each marked present, planned or missing.
fn stages(out: &mut String, c: &Card, lang: Lang) {
    if c.stages.is_empty() {
        let _ = write!(
            out,
            r#"<section class="card-section"><h3>{}</h3><p class="note">{}</p></section>"#,
            t(Msg::Stages, lang),
            t(Msg::NoStages, lang)
        );
        return;
    }
    open_section(out, Msg::Stages, lang, r#"<ol class="segments" data-testid="stages">"#);
    for st in &c.stages {
        let (class, label) = match st.coverage {
            Coverage::Present => ("segment present", t(Msg::Present, lang)),
            Coverage::Planned => ("segment planned", t(Msg::Planned, lang)),
            Coverage::Missing => ("segment missing", t(Msg::Missing, lang)),
        };
        let _ = write!(
            out,
            r#"<li class="{class}" data-stage="{}"><span class="segment-step">{}</span><span class="segment-name">{}</span> <span class="badge coverage">{label}</span>"#,
            esc(&st.name.zh),
            num(st.step as f64, 0),
            esc(st.name.get(lang))
        );
        if st.basis == Basis::Inferred {
            badge(out, Basis::Inferred, lang);
        }
        out.push_str(r#"<div class="segment-members">"#);
        for e in &st.enterprises {
            link_button(out, e, lang);
        }
        for (p, status) in &st.projects {
            out.push_str(r#"<span class="segment-project">"#);
            link_button(out, p, lang);
            let _ = write!(
                out,
                r#" <span class="badge">{}</span></span>"#,
                status_text(*status, lang)
            );
        }
        out.push_str("</div>");
        if let Some(r) = &st.reason {
            let _ = write!(out, r#"<span class="reason">{}</span>"#, esc(r.get(lang)));
        }
        out.push_str("</li>");
    }
    out.push_str("</ol></section>");
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::card::card;
    use crate::data::wanzhou;

    fn both(d: &Dataset, id: &str, lang: Lang) -> String {
        let g = Graph::from_dataset(d);
        let c = card(d, &g, id).unwrap();
        top(d, &g, &c, lang) + &rest(d, &g, &c, lang)
    }

    #[test]
    fn every_card_of_the_built_in_data_lists_what_its_card_holds() {
        let d = wanzhou();
        let g = Graph::from_dataset(&d);
        for n in &g.nodes {
            let c = card(&d, &g, &n.id).unwrap();
            for lang in [Lang::Zh, Lang::En] {
                let html = top(&d, &g, &c, lang) + &rest(&d, &g, &c, lang);
                assert!(
                    html.contains(&format!(r#"<h2 tabindex="-1">{}</h2>"#, esc(n.name.get(lang)))),
                    "{}",
                    n.id
                );
                assert!(html.contains(r#"data-action="close""#));
                // Stated and computed figures (an industry also lists its notable ones).
                assert!(html.matches(r#"<li class="figure"#).count() >= c.metrics.len() + c.derived.len());
                assert_eq!(html.contains(r#"data-action="export-csv""#), !c.metrics.is_empty());
                let links: usize = c.groups.iter().map(|gr| gr.items.len()).sum();
                assert!(
                    html.matches(r#"class="link-name" data-id=""#).count() >= links,
                    "{}",
                    n.id
                );
                assert_eq!(html.matches("<section").count(), html.matches("</section>").count());
                assert_eq!(html.matches("<li").count(), html.matches("</li>").count());
                // A strict content security policy refuses style attributes.
                assert!(!html.contains("style="), "{}", n.id);
            }
        }
    }

    #[test]
    fn a_chain_card_shows_its_counts_and_segments() {
        let d = wanzhou();
        let html = both(&d, "ch-aluminium", Lang::Zh);
        assert!(html.contains(r#"<div class="tiles" data-testid="tally">"#));
        assert!(html.contains(r#"<ol class="segments" data-testid="stages">"#));
        assert!(
            html.contains(r#"<li class="segment missing""#),
            "the article names a missing segment"
        );
    }

    #[test]
    fn text_from_a_loaded_file_is_escaped() {
        let mut d = wanzhou();
        d.enterprises[0].name.zh = "<img src=x onerror=alert(1)>".into();
        let id = d.enterprises[0].id.clone();
        let html = both(&d, &id, Lang::Zh);
        assert!(!html.contains("<img"));
        assert!(html.contains("&lt;img src=x onerror=alert(1)&gt;"));
    }
}
