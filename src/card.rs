//! What a detail card shows for one node: its links, figures (stated and derived), honours,
//! people and a chain's segments, gathered from the dataset. It sits above both the model and
//! `metrics`, whose derived figures it shows, so that each layer depends only on those below.

use crate::metrics::{derived_for, Derived};
use crate::model::graph::{Graph, Node, NodeKind, Relation};
use crate::model::stages::{stages, LinkItem, StageView};
use crate::model::{Basis, Dataset, Fact, Grounds, Honour, Metric, Milestone, Person, ProjectStatus, Text};

/// How a linked node relates to the card's node.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LinkRole {
    BelongsTo,
    /// The industry an enterprise belongs to through its chain.
    Industry,
    Includes,
    ServedBy,
    Serves,
    Projects,
    PartOf,
    /// Enterprises in the same chain or served by the same programme.
    Related,
}

#[derive(Debug, Clone, PartialEq)]
pub struct LinkGroup {
    pub role: LinkRole,
    pub items: Vec<LinkItem>,
}

/// Everything the card of one node shows.
#[derive(Debug, Clone, PartialEq)]
pub struct Card<'a> {
    pub node: &'a Node,
    pub summary: Option<&'a Text>,
    pub status: Option<ProjectStatus>,
    pub groups: Vec<LinkGroup>,
    pub metrics: Vec<&'a Metric>,
    pub derived: Vec<Derived>,
    pub honours: Vec<&'a Honour>,
    pub people: Vec<&'a Person>,
    pub milestones: Vec<&'a Milestone>,
    /// Segments of a chain, upstream first (empty when the source gives none).
    pub stages: Vec<StageView>,
    /// Whether the segments are the source's or the editors' reading.
    pub stages_basis: Option<&'a Grounds>,
    /// Facts the source states in words.
    pub facts: Vec<&'a Fact>,
}

fn summary_of<'a>(d: &'a Dataset, id: &str) -> Option<&'a Text> {
    if d.district.id == id {
        return d.district.summary.as_ref();
    }
    d.enterprises
        .iter()
        .find(|x| x.id == id)
        .and_then(|x| x.summary.as_ref())
        .or_else(|| d.programmes.iter().find(|x| x.id == id).map(|x| &x.summary))
        .or_else(|| d.projects.iter().find(|x| x.id == id).and_then(|x| x.summary.as_ref()))
}

/// The card for node `id`, or `None` if there is no such node.
pub fn card<'a>(d: &'a Dataset, g: &'a Graph, id: &str) -> Option<Card<'a>> {
    let i = g.index_of(id)?;
    let node = &g.nodes[i];
    let mut groups: Vec<LinkGroup> = Vec::new();
    for (e, other) in g.edges_of(i) {
        let outgoing = e.from == i;
        let role = match (e.relation, outgoing) {
            (Relation::BelongsTo, true) => LinkRole::BelongsTo,
            (Relation::BelongsTo, false) => LinkRole::Includes,
            (Relation::Serves, true) => LinkRole::Serves,
            (Relation::Serves, false) => LinkRole::ServedBy,
            (Relation::PartOf, true) => LinkRole::PartOf,
            (Relation::PartOf, false) => LinkRole::Projects,
        };
        let item = LinkItem::of(g, other, e.basis, e.reason.clone(), e.source.clone());
        match groups.iter_mut().find(|gr| gr.role == role) {
            Some(gr) => gr.items.push(item),
            None => groups.push(LinkGroup {
                role,
                items: vec![item],
            }),
        }
    }
    if node.kind == NodeKind::Enterprise {
        add_industry(g, i, &mut groups);
        add_related(g, i, &mut groups);
    }
    crate::order::sort_by_key(&mut groups, |gr| gr.role as u8);
    Some(Card {
        node,
        summary: summary_of(d, id),
        status: d.projects.iter().find(|p| p.id == id).map(|p| p.status),
        groups,
        metrics: d.metrics.iter().filter(|m| m.entity == id).collect(),
        derived: derived_for(d, id),
        honours: d
            .honours
            .iter()
            .filter(|h| h.holders.iter().any(|l| l.id == id))
            .collect(),
        people: d.people.iter().filter(|p| p.enterprise == id).collect(),
        milestones: d.milestones.iter().filter(|m| m.entity == id).collect(),
        stages: stages(d, g, id),
        stages_basis: d
            .chains
            .iter()
            .find(|c| c.id == id)
            .and_then(|c| c.stages_basis.as_ref()),
        facts: d.facts.iter().filter(|f| f.entity == id).collect(),
    })
}

/// An enterprise's industry, reached through its chain: inferred if any step is.
fn add_industry(g: &Graph, i: usize, groups: &mut Vec<LinkGroup>) {
    let Some(industry) = g.nodes[i].industry else { return };
    if g.edges_of(i).any(|(_, o)| o == industry) {
        return;
    }
    let mut basis = Basis::Stated;
    let mut at = i;
    while let Some(p) = g.nodes[at].parent {
        if g.edges_of(at).any(|(e, o)| o == p && e.basis == Basis::Inferred) {
            basis = Basis::Inferred;
        }
        if p == industry {
            break;
        }
        at = p;
    }
    let reason = Text {
        zh: "经由所属产业链".into(),
        en: "Through its chain".into(),
    };
    groups.push(LinkGroup {
        role: LinkRole::Industry,
        items: vec![LinkItem::of(g, industry, basis, Some(reason), None)],
    });
}

/// Other enterprises in the same chains, or served by the same programmes.
fn add_related(g: &Graph, i: usize, groups: &mut Vec<LinkGroup>) {
    let mut seen = std::collections::HashSet::from([i]);
    let mut items = Vec::new();
    for (_, hub) in g
        .edges_of(i)
        .filter(|(_, o)| matches!(g.nodes[*o].kind, NodeKind::Chain | NodeKind::Programme))
    {
        for (e, other) in g.edges_of(hub) {
            if g.nodes[other].kind == NodeKind::Enterprise && seen.insert(other) {
                items.push(LinkItem::of(g, other, e.basis, None, None));
            }
        }
    }
    if !items.is_empty() {
        groups.push(LinkGroup {
            role: LinkRole::Related,
            items,
        });
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::wanzhou;

    #[test]
    fn enterprise_card_gathers_everything() {
        let d = wanzhou();
        let g = Graph::from_dataset(&d);
        let c = card(&d, &g, "ent-changan-kuayue").unwrap();
        assert_eq!(c.node.kind, NodeKind::Enterprise);
        let belongs = c.groups.iter().find(|g| g.role == LinkRole::BelongsTo).unwrap();
        assert_eq!(belongs.items[0].id, "ch-auto");
        assert_eq!(belongs.items[0].basis, Basis::Inferred);
        assert!(c
            .groups
            .iter()
            .any(|g| g.role == LinkRole::ServedBy && g.items[0].id == "prog-enablement-centre"));
        assert_eq!(c.metrics.len(), 3);
        assert_eq!(c.people[0].name.zh, "张晓军");
        assert!(c.derived.iter().any(|x| x.unit == "per_hour"));
    }

    #[test]
    fn chain_card_lists_enterprises_and_projects() {
        let d = wanzhou();
        let g = Graph::from_dataset(&d);
        let c = card(&d, &g, "ch-aluminium").unwrap();
        let projects = c.groups.iter().find(|g| g.role == LinkRole::Projects).unwrap();
        assert_eq!(projects.items.len(), 5);
        let includes = c.groups.iter().find(|g| g.role == LinkRole::Includes).unwrap();
        assert_eq!(includes.items[0].id, "ent-jiulong-wanbo");
        assert_eq!(includes.items[0].basis, Basis::Stated);
    }

    #[test]
    fn enterprise_card_reaches_its_industry_and_neighbours() {
        let d = wanzhou();
        let g = Graph::from_dataset(&d);
        let c = card(&d, &g, "ent-jinlong").unwrap();
        let industry = c.groups.iter().find(|g| g.role == LinkRole::Industry).unwrap();
        assert_eq!(
            (industry.items[0].id.as_str(), industry.items[0].basis),
            ("ind-materials", Basis::Inferred)
        );
        let related = c.groups.iter().find(|g| g.role == LinkRole::Related).unwrap();
        let ids: Vec<&str> = related.items.iter().map(|x| x.id.as_str()).collect();
        assert!(
            ids.contains(&"ent-luyi") && ids.contains(&"ent-changan-kuayue"),
            "co-served by the centre: {ids:?}"
        );
        assert!(!ids.contains(&"ent-jinlong"));
    }

    #[test]
    fn a_chain_card_says_whose_reading_its_segments_are_and_the_district_card_has_its_facts() {
        let d = wanzhou();
        let g = Graph::from_dataset(&d);
        let c = card(&d, &g, "ch-salt-gas").unwrap();
        assert_eq!(c.stages_basis.map(|b| b.basis), Some(Basis::Inferred));
        assert!(card(&d, &g, "ch-ships").unwrap().stages_basis.is_none());
        let facts = card(&d, &g, "wanzhou").unwrap().facts;
        assert_eq!(facts.len(), 3);
        // A stated link carries the clause that states it to the card.
        let c = card(&d, &g, "ent-luyi").unwrap();
        let served = c.groups.iter().find(|g| g.role == LinkRole::ServedBy).unwrap();
        assert!(served.items[0]
            .source
            .as_ref()
            .is_some_and(|s| s.excerpt.contains("鲁意纺织")));
    }

    #[test]
    fn honours_and_unknown_ids() {
        let d = wanzhou();
        let g = Graph::from_dataset(&d);
        assert_eq!(card(&d, &g, "ent-luyi").unwrap().honours.len(), 1);
        assert!(card(&d, &g, "nope").is_none());
    }
}
