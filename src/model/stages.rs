//! A chain's segments from upstream to downstream, with the enterprises and projects in each and
//! what that says about the chain: present, planned or missing locally.

use super::graph::{Graph, NodeKind};
use super::types::{Basis, Dataset, ProjectStatus, Provenance, Text};

/// How much of a chain segment is there locally.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Coverage {
    /// Local enterprises work in it.
    Present,
    /// Only projects are laid out for it.
    Planned,
    /// Nobody and nothing: a gap to fill ("补链").
    Missing,
}

/// One segment of a chain as the card and the chain view show it.
#[derive(Debug, Clone, PartialEq)]
pub struct StageView {
    pub name: Text,
    pub step: u32,
    pub coverage: Coverage,
    pub enterprises: Vec<LinkItem>,
    pub projects: Vec<(LinkItem, ProjectStatus)>,
    pub basis: Basis,
    pub reason: Option<Text>,
    pub source: Option<Provenance>,
}

/// A linked node as a card or a segment lists it.
#[derive(Debug, Clone, PartialEq)]
pub struct LinkItem {
    pub id: String,
    pub name: Text,
    pub kind: NodeKind,
    pub basis: Basis,
    pub reason: Option<Text>,
    /// Where the source states the link.
    pub source: Option<Provenance>,
}

impl LinkItem {
    /// Node `other` of `g` as a link, with how the link is known.
    pub fn of(g: &Graph, other: usize, basis: Basis, reason: Option<Text>, source: Option<Provenance>) -> LinkItem {
        let o = &g.nodes[other];
        LinkItem {
            id: o.id.clone(),
            name: o.label.clone(),
            kind: o.kind,
            basis,
            reason,
            source,
        }
    }
}

/// A chain's segments with what covers each.
pub fn stages(d: &Dataset, g: &Graph, id: &str) -> Vec<StageView> {
    let Some(chain) = d.chains.iter().find(|c| c.id == id) else {
        return Vec::new();
    };
    let mut out: Vec<StageView> = chain
        .stages
        .iter()
        .map(|st| {
            let enterprises: Vec<LinkItem> = st
                .enterprises
                .iter()
                .filter_map(|l| {
                    Some(LinkItem::of(
                        g,
                        g.index_of(&l.id)?,
                        l.basis,
                        l.reason.clone(),
                        l.source.clone(),
                    ))
                })
                .collect();
            let projects: Vec<(LinkItem, ProjectStatus)> = st
                .projects
                .iter()
                .filter_map(|pid| {
                    let p = d.projects.iter().find(|p| &p.id == pid)?;
                    Some((LinkItem::of(g, g.index_of(pid)?, Basis::Stated, None, None), p.status))
                })
                .collect();
            let coverage = if !enterprises.is_empty() {
                Coverage::Present
            } else if !projects.is_empty() {
                Coverage::Planned
            } else {
                Coverage::Missing
            };
            StageView {
                name: st.name.clone(),
                step: st.step,
                coverage,
                enterprises,
                projects,
                basis: st.basis,
                reason: st.reason.clone(),
                source: st.source.clone(),
            }
        })
        .collect();
    crate::order::sort_by_key(&mut out, |s| s.step);
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::wanzhou;

    #[test]
    fn chain_stages_show_present_planned_and_missing() {
        let d = wanzhou();
        let g = Graph::from_dataset(&d);
        let aluminium = stages(&d, &g, "ch-aluminium");
        let cov: Vec<(&str, Coverage)> = aluminium.iter().map(|s| (s.name.zh.as_str(), s.coverage)).collect();
        assert_eq!(cov[0], ("氧化铝", Coverage::Present));
        assert!(cov.contains(&("电解铝", Coverage::Missing)));
        assert!(cov.contains(&("动力电池铝箔压延", Coverage::Planned)));
        assert!(stages(&d, &g, "ch-ships").is_empty());
        assert!(stages(&d, &g, "ent-jinlong").is_empty());
    }
}
