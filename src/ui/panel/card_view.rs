//! The detail panel and the card it shows for the selected node.

use leptos::ev;
use leptos::prelude::*;

use super::chart::card_chart;
use super::figures::{derived_item, metric_item, source_view};
use crate::charts::palette::industry_hex;
use crate::model::card::{card, Card, LinkGroup, LinkRole};
use crate::model::{Basis, HonourLevel, Lang, MilestoneStatus, ProjectStatus};
use crate::ui::i18n::{t, Msg};
use crate::ui::state::AppState;

#[component]
pub fn DetailPanel() -> impl IntoView {
    let state = AppState::expect();
    let panel = NodeRef::<leptos::html::Aside>::new();
    let width = RwSignal::new(360_u32);
    let measure = move || {
        if let Some(el) = panel.get_untracked() {
            let w = el.client_width() as u32;
            if w > 0 {
                width.set(w.saturating_sub(40).max(240));
            }
        }
    };
    Effect::new(move |_| {
        state.selected.track();
        measure();
    });
    let resize = window_event_listener(ev::resize, move |_| measure());
    on_cleanup(move || resize.remove());

    let body = move || {
        let lang = state.lang.get();
        match state.selected.get() {
            None => view! { <p class="panel-empty">{t(Msg::PanelEmpty, lang)}</p> }.into_any(),
            Some(id) => {
                let data = state.data();
                match card(&data.dataset, &data.graph, &id) {
                    Some(c) => card_view(&c, lang, width.get()).into_any(),
                    None => view! { <p class="panel-empty">{t(Msg::PanelEmpty, lang)}</p> }.into_any(),
                }
            }
        }
    };
    view! {
        <aside class="panel" class:open=move || state.selected.get().is_some() node_ref=panel data-testid="panel" aria-live="polite">
            {body}
        </aside>
    }
}

fn badge(basis: Basis, lang: Lang) -> impl IntoView {
    match basis {
        Basis::Stated => view! { <span class="badge stated">{t(Msg::Stated, lang)}</span> },
        Basis::Inferred => view! { <span class="badge inferred">{t(Msg::Inferred, lang)}</span> },
    }
}

fn group_title(role: LinkRole) -> Msg {
    match role {
        LinkRole::BelongsTo => Msg::BelongsTo,
        LinkRole::Includes => Msg::Includes,
        LinkRole::ServedBy => Msg::ServedBy,
        LinkRole::Serves => Msg::Serves,
        LinkRole::Projects => Msg::Projects,
        LinkRole::PartOf => Msg::BelongsTo,
    }
}

fn group_view(group: &LinkGroup, lang: Lang) -> impl IntoView {
    let state = AppState::expect();
    let items = group
        .items
        .iter()
        .map(|item| {
            let id = item.id.clone();
            let reason = item
                .reason
                .as_ref()
                .map(|r| view! { <span class="reason">{r.get(lang).to_string()}</span> });
            view! {
                <li class=if item.basis == Basis::Inferred { "link inferred" } else { "link" }>
                    <button class="link-name" data-id=id.clone() on:click=move |_| state.select(Some(id.clone()))>
                        {item.name.get(lang).to_string()}
                    </button>
                    " "
                    <span class="link-kind">{item.kind.label().get(lang).to_string()}</span>
                    " "
                    {badge(item.basis, lang)}
                    {reason}
                </li>
            }
        })
        .collect_view();
    view! {
        <section class="card-section">
            <h3>{t(group_title(group.role), lang)}</h3>
            <ul class="links">{items}</ul>
        </section>
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

fn card_view(c: &Card, lang: Lang, width: u32) -> impl IntoView {
    let state = AppState::expect();
    let data = state.data();
    let d = &data.dataset;
    let g = &data.graph;
    let other = if lang == Lang::Zh { Lang::En } else { Lang::Zh };
    let colour = g
        .index_of(&c.node.id)
        .map(|i| industry_hex(g.industry_rank(i)))
        .unwrap_or_default();
    let chart = card_chart(d, g, c, lang, width)
        .map(|svg| view! { <figure class="chart-box" data-testid="card-chart" inner_html=svg></figure> });
    let figures = (!c.metrics.is_empty() || !c.derived.is_empty()).then(|| {
        let stated = c.metrics.iter().map(|m| metric_item(d, m, lang)).collect_view();
        let computed = c.derived.iter().map(|x| derived_item(x, lang)).collect_view();
        view! {
            <section class="card-section">
                <h3>{t(Msg::Figures, lang)}</h3>
                <ul class="figures">{stated}{computed}</ul>
            </section>
        }
    });
    let honours = (!c.honours.is_empty()).then(|| {
        let items = c
            .honours
            .iter()
            .map(|h| {
                let level = match h.level {
                    HonourLevel::National => "national",
                    HonourLevel::Municipal => "municipal",
                    HonourLevel::District => "district",
                };
                view! { <li class=format!("honour {level}")>{h.name.get(lang).to_string()}{source_view(d, &h.source, lang)}</li> }
            })
            .collect_view();
        view! { <section class="card-section"><h3>{t(Msg::Honours, lang)}</h3><ul class="honours">{items}</ul></section> }
    });
    let people = (!c.people.is_empty()).then(|| {
        let items = c
            .people
            .iter()
            .map(|p| view! { <li class="person"><strong>{p.name.get(lang).to_string()}</strong>" · "{p.role.get(lang).to_string()}{source_view(d, &p.source, lang)}</li> })
            .collect_view();
        view! { <section class="card-section"><h3>{t(Msg::People, lang)}</h3><ul class="people">{items}</ul></section> }
    });
    let milestones = (!c.milestones.is_empty()).then(|| {
        let items = c
            .milestones
            .iter()
            .map(|m| {
                let status = t(if m.status == MilestoneStatus::Done { Msg::Done } else { Msg::Expected }, lang);
                view! { <li class="milestone"><time>{m.date.clone()}</time>" "{m.label.get(lang).to_string()}" "<span class="badge">{status}</span>{source_view(d, &m.source, lang)}</li> }
            })
            .collect_view();
        view! { <section class="card-section"><h3>{t(Msg::Milestones, lang)}</h3><ul class="milestones">{items}</ul></section> }
    });
    let groups = c.groups.iter().map(|gr| group_view(gr, lang)).collect_view();
    let status = c.status.map(|s| view! { <p class="status">{status_text(s, lang)}</p> });
    let summary = c
        .summary
        .map(|s| view! { <p class="summary">{s.get(lang).to_string()}</p> });
    view! {
        <article class="card" data-testid="card" data-kind=c.node.kind.code() data-id=c.node.id.clone()>
            <header class="card-head">
                <span class="kind" style:border-color=colour>{c.node.kind.label().get(lang).to_string()}</span>
                <h2>{c.node.name.get(lang).to_string()}</h2>
                <p class="alt-name" lang=if other == Lang::En { "en" } else { "zh-CN" }>{c.node.name.get(other).to_string()}</p>
                <button class="close" aria-label=t(Msg::Close, lang) on:click=move |_| state.select(None)>"×"</button>
            </header>
            {summary}
            {status}
            {chart}
            {figures}
            {honours}
            {people}
            {milestones}
            {groups}
        </article>
    }
}
