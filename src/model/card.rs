//! What a detail card shows for one node: its links, figures, honours and people, gathered from the dataset.

use super::graph::{Graph, Node, NodeKind, Relation};
use super::types::{Basis, Dataset, Honour, Metric, Milestone, Person, ProjectStatus, Text};
use crate::metrics::{derived_for, Derived};

/// How a linked node relates to the card's node.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LinkRole {
    BelongsTo,
    Includes,
    ServedBy,
    Serves,
    Projects,
    PartOf,
}

#[derive(Debug, Clone, PartialEq)]
pub struct LinkItem {
    pub id: String,
    pub name: Text,
    pub kind: NodeKind,
    pub basis: Basis,
    pub reason: Option<Text>,
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
        let o = &g.nodes[other];
        let item = LinkItem {
            id: o.id.clone(),
            name: o.label.clone(),
            kind: o.kind,
            basis: e.basis,
            reason: e.reason.clone(),
        };
        match groups.iter_mut().find(|gr| gr.role == role) {
            Some(gr) => gr.items.push(item),
            None => groups.push(LinkGroup {
                role,
                items: vec![item],
            }),
        }
    }
    groups.sort_by_key(|gr| gr.role as u8);
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
    })
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
    fn honours_and_unknown_ids() {
        let d = wanzhou();
        let g = Graph::from_dataset(&d);
        assert_eq!(card(&d, &g, "ent-luyi").unwrap().honours.len(), 1);
        assert!(card(&d, &g, "nope").is_none());
    }
}
