//! Parts of a card: a titled section, the counts of a chain or an industry, a chain's segments and
//! the links to other nodes (a link selects its node).

use std::sync::Arc;

use leptos::prelude::*;

use crate::card::{LinkGroup, LinkRole};
use crate::metrics::aggregate::tally;
use crate::metrics::{derived_for, num, quantity};
use crate::model::graph::{Graph, NodeKind};
use crate::model::stages::{Coverage, LinkItem, StageView};
use crate::model::{Basis, Dataset, Grounds, Lang, ProjectStatus, Text};
use crate::ui::i18n::{t, Msg};
use crate::ui::panel::figures::{cited, derived_row, metric_row, FigureItem, FigureRow, Source};
use crate::ui::state::{AppState, Loaded};

/// A section of a card under its heading.
#[component]
pub fn Section(title: Msg, lang: Lang, children: Children) -> impl IntoView {
    view! {
        <section class="card-section">
            <h3>{t(title, lang)}</h3>
            {children()}
        </section>
    }
}

pub fn status_msg(s: ProjectStatus) -> Msg {
    match s {
        ProjectStatus::Planned => Msg::Planned,
        ProjectStatus::UnderConstruction => Msg::UnderConstruction,
        ProjectStatus::Completed => Msg::Completed,
    }
}

fn group_title(role: LinkRole) -> Msg {
    match role {
        LinkRole::BelongsTo | LinkRole::PartOf => Msg::BelongsTo,
        LinkRole::Includes => Msg::Includes,
        LinkRole::ServedBy => Msg::ServedBy,
        LinkRole::Serves => Msg::Serves,
        LinkRole::Projects => Msg::Projects,
        LinkRole::Industry => Msg::Industry,
        LinkRole::Related => Msg::Related,
    }
}

/// Whether something is stated in the source or inferred, and the reason for an inference. An
/// inference that is the editors' reading of the source (a chain's segments, a period) says so.
#[component]
pub fn BasisMark(
    basis: Basis,
    #[prop(default = None)] reason: Option<Text>,
    #[prop(optional)] editors: bool,
    lang: Lang,
) -> impl IntoView {
    let (class, msg) = match (basis, editors) {
        (Basis::Stated, _) => ("badge stated", Msg::Stated),
        (Basis::Inferred, false) => ("badge inferred", Msg::Inferred),
        (Basis::Inferred, true) => ("badge inferred editors", Msg::EditorsReading),
    };
    let reason = reason.map(|r| view! { <span class="reason">{r.get(lang).to_string()}</span> });
    view! { <span class=class>{t(msg, lang)}</span>{reason} }
}

/// A button that selects another node.
#[component]
fn LinkButton(item: LinkItem, lang: Lang) -> impl IntoView {
    let state = AppState::expect();
    let LinkItem { id, name, .. } = item;
    view! {
        <button type="button" class="link-name" on:click=move |_| state.select(Some(id.clone()))>
            {name.get(lang).to_string()}
        </button>
    }
}

/// The figures of project `id`, stated then computed, shown under a link to it (none when `id`
/// is not a project).
pub fn project_rows(d: &Dataset, id: &str, lang: Lang) -> Vec<FigureRow> {
    if !d.projects.iter().any(|p| p.id == id) {
        return Vec::new();
    }
    let stated = d
        .metrics
        .iter()
        .filter(|m| m.entity == id)
        .map(|m| metric_row(d, m, lang));
    stated
        .chain(derived_for(d, id).iter().map(|x| derived_row(x, lang)))
        .collect()
}

/// The nodes linked to the card's node in one role, each with its kind, and a project's status
/// and figures, and whether the link is stated (and where) or inferred (and why).
#[component]
pub fn Links(data: Arc<Loaded>, group: LinkGroup, lang: Lang) -> impl IntoView {
    let items = group
        .items
        .into_iter()
        .map(|item| {
            let class = if item.basis == Basis::Inferred {
                "link inferred"
            } else {
                "link"
            };
            let (kind, basis, reason) = (item.kind.label().get(lang).to_string(), item.basis, item.reason.clone());
            let d = &data.dataset;
            let status = d
                .projects
                .iter()
                .find(|p| p.id == item.id)
                .map(|p| view! { <span class="badge project-status">{t(status_msg(p.status), lang)}</span> });
            let source = item
                .source
                .as_ref()
                .map(|s| view! { <Source cited=cited(d, s, lang) /> });
            let (rows, id) = (project_rows(d, &item.id, lang), item.id.clone());
            let figures = (!rows.is_empty()).then(|| {
                let items = rows
                    .into_iter()
                    .map(|row| view! { <FigureItem row=row lang=lang /> })
                    .collect_view();
                view! { <ul class="figures project-figures" data-testid="project-figures">{items}</ul> }
            });
            view! {
                <li class=class data-id=id>
                    <LinkButton item=item lang=lang />
                    " "<span class="link-kind">{kind}</span>" "
                    {status}" "
                    <BasisMark basis=basis reason=reason lang=lang />
                    {source}
                    {figures}
                </li>
            }
        })
        .collect_view();
    view! {
        <Section title=group_title(group.role) lang=lang>
            <ul class="links">{items}</ul>
        </Section>
    }
}

/// A count or a sum over a chain's or an industry's members.
#[derive(Clone, Debug, PartialEq)]
pub struct TileRow {
    pub label: &'static str,
    pub value: String,
    /// How a sum was made.
    pub title: Option<String>,
}

/// The counts and sums over the members of the chain or industry `id`.
pub fn tally_tiles(d: &Dataset, g: &Graph, id: &str, lang: Lang) -> Vec<TileRow> {
    let n = tally(d, g, id);
    let tile = |msg: Msg, value: usize| TileRow {
        label: t(msg, lang),
        value: value.to_string(),
        title: None,
    };
    let mut tiles = Vec::with_capacity(7);
    if g.node(id).is_some_and(|x| x.kind == NodeKind::Industry) {
        tiles.push(tile(Msg::Chains, n.chains));
    }
    tiles.extend([
        tile(Msg::Enterprises, n.enterprises),
        tile(Msg::Planned, n.planned),
        tile(Msg::UnderConstruction, n.under_way),
        tile(Msg::Completed, n.completed),
        tile(Msg::Figures, n.metrics),
    ]);
    if let Some((sum, ids)) = n.investment {
        let total = quantity(sum, "hundred_million_yuan", lang);
        tiles.push(TileRow {
            label: t(Msg::Investment, lang),
            title: Some(format!("{} = {total}", ids.join(" + "))),
            value: total,
        });
    }
    tiles
}

#[component]
pub fn Tally(tiles: Vec<TileRow>) -> impl IntoView {
    let tiles = tiles
        .into_iter()
        .map(|x| {
            view! {
                <div class="tile" title=x.title>
                    <span class="tile-value">{x.value}</span>
                    <span class="tile-label">{x.label}</span>
                </div>
            }
        })
        .collect_view();
    view! { <div class="tiles" data-testid="tally">{tiles}</div> }
}

/// A segment's class and the word for its coverage.
fn coverage(c: Coverage) -> (&'static str, Msg) {
    match c {
        Coverage::Present => ("segment present", Msg::Present),
        Coverage::Planned => ("segment planned", Msg::Planned),
        Coverage::Missing => ("segment missing", Msg::Missing),
    }
}

/// The chain's segments, upstream first, each marked present, planned or missing, with the
/// enterprises and projects in it and where the source names it, and whether the list is the
/// editors' reading.
#[component]
pub fn Stages(data: Arc<Loaded>, stages: Vec<StageView>, basis: Option<Grounds>, lang: Lang) -> impl IntoView {
    if stages.is_empty() {
        return view! {
            <Section title=Msg::Stages lang=lang>
                <p class="note">{t(Msg::NoStages, lang)}</p>
            </Section>
        }
        .into_any();
    }
    let items = stages
        .into_iter()
        .map(|st| {
            let (class, label) = coverage(st.coverage);
            let who = st
                .enterprises
                .into_iter()
                .map(|e| {
                    let inferred =
                        (e.basis == Basis::Inferred).then(|| view! { <BasisMark basis=e.basis lang=lang /> });
                    view! { <LinkButton item=e lang=lang />{inferred} }
                })
                .collect_view();
            let projects = st
                .projects
                .into_iter()
                .map(|(p, status)| {
                    view! {
                        <span class="segment-project">
                            <LinkButton item=p lang=lang />" "<span class="badge">{t(status_msg(status), lang)}</span>
                        </span>
                    }
                })
                .collect_view();
            let inferred = (st.basis == Basis::Inferred).then(|| view! { <BasisMark basis=st.basis lang=lang /> });
            let reason = st
                .reason
                .map(|r| view! { <span class="reason">{r.get(lang).to_string()}</span> });
            let source = st
                .source
                .as_ref()
                .map(|s| view! { <Source cited=cited(&data.dataset, s, lang) /> });
            view! {
                <li class=class data-stage=st.name.zh.clone()>
                    <span class="segment-step">{num(f64::from(st.step), 0)}</span>
                    <span class="segment-name">{st.name.get(lang).to_string()}</span>
                    " "<span class="badge coverage">{t(label, lang)}</span>{inferred}
                    <div class="segment-members">{who}{projects}</div>
                    {reason}{source}
                </li>
            }
        })
        .collect_view();
    let basis = basis.map(|b| {
        view! { <p class="note" data-testid="stages-basis"><BasisMark basis=b.basis reason=b.reason editors=true lang=lang /></p> }
    });
    view! {
        <Section title=Msg::Stages lang=lang>
            {basis}
            <ol class="segments" data-testid="stages">{items}</ol>
        </Section>
    }
    .into_any()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::wanzhou;
    use crate::model::Metric;

    #[test]
    fn a_chain_sums_its_projects_investment_and_says_from_what() {
        let d = wanzhou();
        let g = Graph::from_dataset(&d);
        let tiles = tally_tiles(&d, &g, "ch-aluminium", Lang::Zh);
        assert!(
            tiles.iter().all(|x| x.label != t(Msg::Chains, Lang::Zh)),
            "a chain has no chains tile"
        );
        let sum = tiles.iter().find(|x| x.label == t(Msg::Investment, Lang::Zh)).unwrap();
        assert_eq!(sum.value, "75亿元");
        let formula = sum.title.as_deref().unwrap();
        assert_eq!(
            formula, "m-aluminium-investment = 75亿元",
            "the metric summed, then the sum"
        );
    }

    #[test]
    fn an_industry_counts_its_chains_first() {
        let d = wanzhou();
        let g = Graph::from_dataset(&d);
        let tiles = tally_tiles(&d, &g, "ind-equipment", Lang::En);
        assert_eq!(
            (tiles[0].label, tiles[0].value.as_str()),
            (t(Msg::Chains, Lang::En), "3")
        );
        assert_eq!(tiles[1].label, t(Msg::Enterprises, Lang::En));
    }

    #[test]
    fn a_project_link_carries_the_projects_figures() {
        let d = wanzhou();
        let rows = project_rows(&d, "proj-coal-gasification", Lang::Zh);
        let stated: Vec<&Metric> = d
            .metrics
            .iter()
            .filter(|m| m.entity == "proj-coal-gasification")
            .collect();
        assert!(stated.len() >= 2);
        assert_eq!(
            rows.len(),
            stated.len() + derived_for(&d, "proj-coal-gasification").len()
        );
        for (row, m) in rows.iter().zip(&stated) {
            assert_eq!(row, &metric_row(&d, m, Lang::Zh));
        }
        let values: Vec<&str> = rows.iter().map(|r| r.value.as_str()).collect();
        assert!(values.iter().any(|v| v.ends_with("−20.4%")), "{values:?}");
        assert!(
            project_rows(&d, "ent-xiangyu", Lang::Zh).is_empty(),
            "an enterprise is not a project"
        );
        assert!(
            project_rows(&d, "proj-thermal-power", Lang::Zh).is_empty(),
            "a project without figures"
        );
    }

    #[test]
    fn every_coverage_has_its_own_class_and_word() {
        let all = [Coverage::Present, Coverage::Planned, Coverage::Missing].map(coverage);
        for (k, a) in all.iter().enumerate() {
            assert!(a.0.starts_with("segment "));
            assert!(all[k + 1..].iter().all(|b| b.0 != a.0 && b.1 != a.1));
        }
    }
}
