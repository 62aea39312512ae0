//! The detail panel and the card it shows for the selected node.

use leptos::ev;
use leptos::prelude::*;

use super::chart::card_charts;
use super::figures::{derived_item, metric_item, source_view};
use crate::charts::palette::industry_hex;
use crate::metrics::aggregate::{notable, tally};
use crate::metrics::export::figures_csv;
use crate::metrics::{num, quantity};
use crate::model::card::{card, Card, Coverage, LinkGroup, LinkItem, LinkRole};
use crate::model::graph::{Graph, NodeKind};
use crate::model::{Basis, Dataset, HonourLevel, Lang, Metric, MilestoneStatus, ProjectStatus};
use crate::ui::chart_figure::chart_width;
use crate::ui::chart_figure::ChartFigure;
use crate::ui::dom::closest_at;
use crate::ui::download::{download_text, download_written};
use crate::ui::i18n::{t, Msg};
use crate::ui::state::AppState;

#[component]
pub fn DetailPanel() -> impl IntoView {
    let state = AppState::expect();
    let panel = NodeRef::<leptos::html::Div>::new();
    let width = RwSignal::new(360_u32);
    let measure = move || {
        if let Some(el) = panel.get_untracked() {
            let w = el.client_width() as u32;
            if w > 0 {
                width.set(w.saturating_sub(40).max(240));
            }
        }
    };
    // A new selection (from the graph, a search or a link in the card) opens its card at the top.
    Effect::new(move |_| {
        state.selected.track();
        if let Some(el) = panel.get_untracked() {
            el.set_scroll_top(0);
        }
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
                    Some(c) => card_view(&c, lang, chart_width(width.get(), state.large_text.get())).into_any(),
                    None => view! { <p class="panel-empty">{t(Msg::PanelEmpty, lang)}</p> }.into_any(),
                }
            }
        }
    };
    let full = RwSignal::new(false);
    Effect::new(move |_| {
        if state.selected.get().is_none() {
            full.set(false);
        }
    });
    // Beside the graph it is a complementary region; on a phone, open, a modal dialog.
    let sheet = super::focus::sheet_focus(panel);
    let dialog = move || sheet.get() && state.selected.with(Option::is_some);
    let on_key = move |e: ev::KeyboardEvent| {
        if let Some(p) = panel.get_untracked().filter(|_| dialog()) {
            super::focus::trap_tab(&e, &p);
        }
    };
    // Links to other nodes: one handler for every card, so a new card adds no closures.
    let on_link = move |e: ev::MouseEvent| {
        if let Some(id) = closest_at(e.target(), ".link-name[data-id]").and_then(|l| l.get_attribute("data-id")) {
            state.select(Some(id));
        }
    };
    view! {
        <div
            class="panel"
            id="panel"
            tabindex="-1"
            class:open=move || state.selected.get().is_some()
            class:full=full
            node_ref=panel
            data-testid="panel"
            role=move || if dialog() { "dialog" } else { "complementary" }
            aria-modal=move || dialog().then_some("true")
            aria-label=move || t(Msg::Details, state.lang.get())
            on:keydown=on_key
            on:click=on_link
        >
            <super::sheet::SheetHandle panel=panel full=full />
            {body}
        </div>
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
        LinkRole::Industry => Msg::Industry,
        LinkRole::Related => Msg::Related,
    }
}

fn group_view(d: &Dataset, group: &LinkGroup, lang: Lang) -> impl IntoView {
    let items = group
        .items
        .iter()
        .map(|item| {
            let id = item.id.clone();
            let reason = item
                .reason
                .as_ref()
                .map(|r| view! { <span class="reason">{r.get(lang).to_string()}</span> });
            let status = d
                .projects
                .iter()
                .find(|p| p.id == item.id)
                .map(|p| view! { <span class="badge project-status">{status_text(p.status, lang)}</span> });
            view! {
                <li class=if item.basis == Basis::Inferred { "link inferred" } else { "link" }>
                    <button type="button" class="link-name" data-id=id>
                        {item.name.get(lang).to_string()}
                    </button>
                    " "
                    <span class="link-kind">{item.kind.label().get(lang).to_string()}</span>
                    " "
                    {badge(item.basis, lang)}
                    " "
                    {status}
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
    let charts = card_charts(d, g, c, lang, width)
        .into_iter()
        .map(|chart| view! { <ChartFigure chart=chart lang=lang /> })
        .collect_view();
    let tally = matches!(c.node.kind, NodeKind::Chain | NodeKind::Industry).then(|| tally_view(d, g, &c.node.id, lang));
    let stages = (c.node.kind == NodeKind::Chain).then(|| stages_view(c, lang));
    let top = notable(d, g, &c.node.id, 3);
    let notable = (c.node.kind == NodeKind::Industry && !top.is_empty()).then(|| {
        let items = top.into_iter().map(|m| metric_item(d, m, lang)).collect_view();
        view! { <section class="card-section"><h3>{t(Msg::Notable, lang)}</h3><ul class="figures">{items}</ul></section> }
    });
    let export = (!c.metrics.is_empty()).then(|| {
        let ms: Vec<Metric> = c.metrics.iter().map(|m| (*m).clone()).collect();
        let name = c.node.id.clone();
        let (csv_ms, csv_name) = (ms.clone(), name.clone());
        view! {
            <div class="export" data-testid="card-export">
                <span>{t(Msg::Download, lang)}</span>
                <button type="button" class="chip" data-testid="export-csv" on:click=move |_| {
                    let refs: Vec<&Metric> = csv_ms.iter().collect();
                    download_text(&format!("{csv_name}.csv"), "text/csv;charset=utf-8", &figures_csv(&refs));
                }>"CSV"</button>
                <button type="button" class="chip" data-testid="export-json" on:click=move |_| {
                    let ms = ms.clone();
                    download_written(format!("{name}.json"), "application/json", async move {
                        crate::ui::worker::figures_json(&ms).await
                    });
                }>"JSON"</button>
            </div>
        }
    });
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
    let groups = c.groups.iter().map(|gr| group_view(d, gr, lang)).collect_view();
    let status = c.status.map(|s| view! { <p class="status">{status_text(s, lang)}</p> });
    let summary = c
        .summary
        .map(|s| view! { <p class="summary">{s.get(lang).to_string()}</p> });
    view! {
        <article class="card" data-testid="card" data-kind=c.node.kind.code() data-id=c.node.id.clone()>
            <header class="card-head">
                <span class="kind" style:border-color=colour>{c.node.kind.label().get(lang).to_string()}</span>
                <h2 tabindex="-1">{c.node.name.get(lang).to_string()}</h2>
                <p class="alt-name" lang=if other == Lang::En { "en" } else { "zh-CN" }>{c.node.name.get(other).to_string()}</p>
                <button type="button" class="close" aria-label=t(Msg::Close, lang) on:click=move |_| state.select(None)>"×"</button>
            </header>
            {summary}
            {status}
            {tally}
            {charts}
            {stages}
            {notable}
            {figures}
            {export}
            {honours}
            {people}
            {milestones}
            {groups}
        </article>
    }
}

fn tile(label: &'static str, value: String, title: Option<String>) -> impl IntoView {
    view! {
        <div class="tile" title=title>
            <span class="tile-value">{value}</span>
            <span class="tile-label">{label}</span>
        </div>
    }
}

/// Counts and sums over a chain's or an industry's members.
fn tally_view(d: &Dataset, g: &Graph, id: &str, lang: Lang) -> impl IntoView {
    let t_ = tally(d, g, id);
    let chains = (g.node(id).is_some_and(|n| n.kind == NodeKind::Industry))
        .then(|| tile(t(Msg::Chains, lang), t_.chains.to_string(), None));
    let investment = t_.investment.map(|(sum, ids)| {
        let formula = format!("{} = {}", ids.join(" + "), quantity(sum, "hundred_million_yuan", lang));
        tile(
            t(Msg::Investment, lang),
            quantity(sum, "hundred_million_yuan", lang),
            Some(formula),
        )
    });
    view! {
        <div class="tiles" data-testid="tally">
            {chains}
            {tile(t(Msg::Enterprises, lang), t_.enterprises.to_string(), None)}
            {tile(t(Msg::Planned, lang), t_.planned.to_string(), None)}
            {tile(t(Msg::UnderConstruction, lang), t_.under_way.to_string(), None)}
            {tile(t(Msg::Completed, lang), t_.completed.to_string(), None)}
            {tile(t(Msg::Figures, lang), t_.metrics.to_string(), None)}
            {investment}
        </div>
    }
}

/// A button that selects another node; its click is handled once for the whole panel.
fn link_button(item: &LinkItem, lang: Lang) -> impl IntoView {
    view! {
        <button type="button" class="link-name" data-id=item.id.clone()>
            {item.name.get(lang).to_string()}
        </button>
    }
}

/// The chain's segments, upstream first, each marked present, planned or missing.
fn stages_view(c: &Card, lang: Lang) -> impl IntoView {
    if c.stages.is_empty() {
        return view! { <section class="card-section"><h3>{t(Msg::Stages, lang)}</h3><p class="note">{t(Msg::NoStages, lang)}</p></section> }.into_any();
    }
    let items = c
        .stages
        .iter()
        .map(|st| {
            let (class, label) = match st.coverage {
                Coverage::Present => ("segment present", t(Msg::Present, lang)),
                Coverage::Planned => ("segment planned", t(Msg::Planned, lang)),
                Coverage::Missing => ("segment missing", t(Msg::Missing, lang)),
            };
            let who = st.enterprises.iter().map(|e| link_button(e, lang)).collect_view();
            let projects = st
                .projects
                .iter()
                .map(|(p, status)| view! { <span class="segment-project">{link_button(p, lang)}" "<span class="badge">{status_text(*status, lang)}</span></span> })
                .collect_view();
            let reason = st.reason.as_ref().map(|r| view! { <span class="reason">{r.get(lang).to_string()}</span> });
            let inferred = (st.basis == Basis::Inferred).then(|| badge(Basis::Inferred, lang));
            view! {
                <li class=class data-stage=st.name.zh.clone()>
                    <span class="segment-step">{num(st.step as f64, 0)}</span>
                    <span class="segment-name">{st.name.get(lang).to_string()}</span>
                    " "<span class="badge coverage">{label}</span>{inferred}
                    <div class="segment-members">{who}{projects}</div>
                    {reason}
                </li>
            }
        })
        .collect_view();
    view! { <section class="card-section"><h3>{t(Msg::Stages, lang)}</h3><ol class="segments" data-testid="stages">{items}</ol></section> }.into_any()
}
