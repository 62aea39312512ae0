//! A node's card: its head and counts, its charts, then its segments, figures, honours, people,
//! milestones and links to other nodes.

use std::sync::Arc;

use leptos::prelude::*;

use super::chart::card_charts;
use super::figures::{cited, derived_row, metric_row, FigureItem, Source};
use super::sections::{status_msg, tally_tiles, Links, Section, Stages, Tally};
use crate::card::card;
use crate::charts::palette::industry_hex;
use crate::metrics::aggregate::notable;
use crate::model::graph::NodeKind;
use crate::model::{HonourLevel, Lang, MilestoneStatus, ProgrammeKind, Quantity};
use crate::ui::chart_figure::{chart_width, ChartList};
use crate::ui::download::download_written;
use crate::ui::i18n::{t, Msg};
use crate::ui::state::{release_on_cleanup, AppState, Loaded};
use crate::ui::worker::{figures_file, FiguresFile};

/// The card of node `id` in `lang` (`pinned`: shown without a selection, so with no close button), its charts drawn to fit a box `width` pixels wide (redrawn
/// when it changes) and, with large text, shown first as tables. Nothing in it subscribes to
/// state that outlives it except its charts' drawing, which lets go when the card goes.
#[component]
pub fn CardView(
    data: Arc<Loaded>,
    id: String,
    lang: Lang,
    width: RwSignal<u32>,
    large_text: bool,
    #[prop(optional)] pinned: bool,
) -> impl IntoView {
    let state = AppState::expect();
    let (d, g) = (&data.dataset, &data.graph);
    let Some(c) = card(d, g, &id) else {
        return view! { <p class="panel-empty">{t(Msg::PanelEmpty, lang)}</p> }.into_any();
    };
    let charts = {
        let (data, id) = (data.clone(), id.clone());
        Memo::new(move |_| {
            release_on_cleanup();
            let w = chart_width(width.get(), large_text);
            card(&data.dataset, &data.graph, &id)
                .map_or_else(Vec::new, |c| card_charts(&data.dataset, &data.graph, &c, lang, w))
        })
    };
    let other = if lang == Lang::Zh { Lang::En } else { Lang::Zh };
    // The kind's mark in its industry's colour, set through the style object (`style:`), which a
    // strict content security policy allows (a style attribute it refuses).
    let colour = g.index_of(&c.node.id).map(|i| industry_hex(g.industry_rank(i)));
    let programme = d.programmes.iter().find(|p| p.id == id);
    let kind = match programme.map(|p| p.kind) {
        Some(ProgrammeKind::Platform) => t(Msg::Platform, lang).to_string(),
        Some(ProgrammeKind::Plan) => t(Msg::Plan, lang).to_string(),
        Some(ProgrammeKind::Policy) => t(Msg::Policy, lang).to_string(),
        Some(ProgrammeKind::Campaign) => t(Msg::Campaign, lang).to_string(),
        None => c.node.kind.label().get(lang).to_string(),
    };
    let programme_source = programme
        .and_then(|p| p.source.as_ref())
        .map(|s| view! { <div data-testid="programme-source"><Source cited=cited(d, s, lang) /></div> });
    let summary = c
        .summary
        .map(|s| view! { <p class="summary">{s.get(lang).to_string()}</p> });
    let status = c
        .status
        .map(|s| view! { <p class="status">{t(status_msg(s), lang)}</p> });
    let tally = matches!(c.node.kind, NodeKind::Chain | NodeKind::Industry)
        .then(|| view! { <Tally tiles=tally_tiles(d, g, &c.node.id, lang) /> });
    let stages = (c.node.kind == NodeKind::Chain).then(|| {
        view! { <Stages data=data.clone() stages=c.stages.clone() basis=c.stages_basis.cloned() lang=lang /> }
    });
    let facts = (!c.facts.is_empty()).then(|| {
        let items = c
            .facts
            .iter()
            .map(|f| {
                let word = match f.quantity {
                    Quantity::All => Msg::All,
                    Quantity::NotOne => Msg::NotOne,
                    Quantity::Pending => Msg::Pending,
                };
                view! {
                    <li class="fact" data-fact=f.id.clone()>
                        {f.label.get(lang).to_string()}" "<span class="badge">{t(word, lang)}</span>
                        <Source cited=cited(d, &f.source, lang) />
                    </li>
                }
            })
            .collect_view();
        view! { <Section title=Msg::Facts lang=lang><ul class="facts">{items}</ul></Section> }
    });
    let top = notable(d, g, &c.node.id, 3);
    let notable = (c.node.kind == NodeKind::Industry && !top.is_empty()).then(|| {
        let items = top
            .into_iter()
            .map(|m| view! { <FigureItem row=metric_row(d, m, lang) lang=lang /> })
            .collect_view();
        view! { <Section title=Msg::Notable lang=lang><ul class="figures">{items}</ul></Section> }
    });
    let figures = (!c.metrics.is_empty() || !c.derived.is_empty()).then(|| {
        let stated = c.metrics.iter().map(|m| metric_row(d, m, lang));
        let items = stated
            .chain(c.derived.iter().map(|x| derived_row(x, lang)))
            .map(|row| view! { <FigureItem row=row lang=lang /> })
            .collect_view();
        view! { <Section title=Msg::Figures lang=lang><ul class="figures">{items}</ul></Section> }
    });
    let export = (!c.metrics.is_empty()).then(|| {
        let (csv, json) = (data.clone(), data.clone());
        let (csv_id, json_id) = (id.clone(), id.clone());
        view! {
            <div class="export" data-testid="card-export">
                <span>{t(Msg::Download, lang)}</span>
                <button type="button" class="chip" data-testid="export-csv" on:click=move |_| export(&csv, &csv_id, false)>"CSV"</button>
                <button type="button" class="chip" data-testid="export-json" on:click=move |_| export(&json, &json_id, true)>"JSON"</button>
            </div>
        }
    });
    let honours = (!c.honours.is_empty()).then(|| {
        let items = c
            .honours
            .iter()
            .map(|h| {
                let class = match h.level {
                    HonourLevel::National => "honour national",
                    HonourLevel::Municipal => "honour municipal",
                    HonourLevel::District => "honour district",
                };
                view! { <li class=class>{h.name.get(lang).to_string()}<Source cited=cited(d, &h.source, lang) /></li> }
            })
            .collect_view();
        view! { <Section title=Msg::Honours lang=lang><ul class="honours">{items}</ul></Section> }
    });
    let people = (!c.people.is_empty()).then(|| {
        let items = c
            .people
            .iter()
            .map(|p| {
                view! {
                    <li class="person">
                        <strong>{p.name.get(lang).to_string()}</strong>" · "{p.role.get(lang).to_string()}
                        <Source cited=cited(d, &p.source, lang) />
                    </li>
                }
            })
            .collect_view();
        view! { <Section title=Msg::People lang=lang><ul class="people">{items}</ul></Section> }
    });
    let milestones = (!c.milestones.is_empty()).then(|| {
        let items = c
            .milestones
            .iter()
            .map(|m| {
                let status = t(if m.status == MilestoneStatus::Done { Msg::Done } else { Msg::Expected }, lang);
                view! {
                    <li class="milestone">
                        <time>{m.date.clone()}</time>" "{m.label.get(lang).to_string()}" "<span class="badge">{status}</span>
                        <Source cited=cited(d, &m.source, lang) />
                    </li>
                }
            })
            .collect_view();
        view! { <Section title=Msg::Milestones lang=lang><ul class="milestones">{items}</ul></Section> }
    });
    let links = c
        .groups
        .iter()
        .map(|group| view! { <Links data=data.clone() group=group.clone() lang=lang /> })
        .collect_view();
    view! {
        <article class="card" data-testid="card" data-kind=c.node.kind.code() data-id=c.node.id.clone()>
            <header class="card-head">
                <span class="kind" style:border-color=colour>{kind}</span>
                <h2 tabindex="-1">{c.node.name.get(lang).to_string()}</h2>
                <p class="alt-name" lang=if other == Lang::En { "en" } else { "zh-CN" }>{c.node.name.get(other).to_string()}</p>
                {(!pinned).then(|| view! {
                    <button type="button" class="close" aria-label=t(Msg::Close, lang) on:click=move |_| state.select(None)>"×"</button>
                })}
            </header>
            {summary}
            {programme_source}
            {status}
            {tally}
            <ChartList charts=charts as_table=large_text lang=lang />
            {stages}
            {notable}
            {figures}
            {facts}
            {export}
            {honours}
            {people}
            {milestones}
            {links}
        </article>
    }
    .into_any()
}

/// The figures of node `id` as a CSV or JSON download, written in the worker.
fn export(data: &Arc<Loaded>, id: &str, json: bool) {
    let Some(c) = card(&data.dataset, &data.graph, id) else {
        return;
    };
    let ids: Vec<String> = c.metrics.iter().map(|m| m.id.clone()).collect();
    let data = data.clone();
    let (format, ext, mime) = if json {
        (FiguresFile::Json, "json", "application/json")
    } else {
        (FiguresFile::Csv, "csv", "text/csv;charset=utf-8")
    };
    download_written(format!("{id}.{ext}"), mime, async move {
        figures_file(&data, Some(&ids), format)
            .await
            .map(wasm_bindgen::JsValue::from)
    });
}
