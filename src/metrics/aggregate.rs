//! Figures summed over a part of the tree: what a chain or an industry holds, computed from its members.

use std::collections::HashSet;

use crate::model::graph::{Graph, NodeKind};
use crate::model::{Dataset, Metric, MetricKind, ProjectStatus};

/// Counts and sums over a node and everything below it.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Tally {
    pub chains: usize,
    pub enterprises: usize,
    pub planned: usize,
    pub under_way: usize,
    pub completed: usize,
    /// Stated figures attached to the node or its members.
    pub metrics: usize,
    /// Investment of the members' projects, in 亿元, with the metric ids summed.
    pub investment: Option<(f64, Vec<String>)>,
}

/// The node and every node below it in the "5+10" tree.
pub fn subtree(g: &Graph, i: usize) -> HashSet<usize> {
    let mut seen = HashSet::from([i]);
    let mut stack = vec![i];
    while let Some(n) = stack.pop() {
        for c in g.children(n) {
            if seen.insert(c) {
                stack.push(c);
            }
        }
    }
    seen
}

/// Tallies node `id`: its chains and enterprises, their projects by status, their figures and investment.
pub fn tally(d: &Dataset, g: &Graph, id: &str) -> Tally {
    let Some(i) = g.index_of(id) else {
        return Tally::default();
    };
    let members = subtree(g, i);
    let ids: HashSet<&str> = members.iter().map(|&m| g.nodes[m].id.as_str()).collect();
    let count = |kind: NodeKind| members.iter().filter(|&&m| g.nodes[m].kind == kind).count();
    let mut t = Tally {
        chains: count(NodeKind::Chain),
        enterprises: count(NodeKind::Enterprise),
        ..Tally::default()
    };
    let in_tree = |l: &Option<crate::model::Link>| l.as_ref().is_some_and(|l| ids.contains(l.id.as_str()));
    let projects: Vec<&str> = d
        .projects
        .iter()
        .filter(|p| in_tree(&p.chain) || in_tree(&p.owner))
        .map(|p| p.id.as_str())
        .collect();
    for p in d.projects.iter().filter(|p| projects.contains(&p.id.as_str())) {
        match p.status {
            ProjectStatus::Planned => t.planned += 1,
            ProjectStatus::UnderConstruction => t.under_way += 1,
            ProjectStatus::Completed => t.completed += 1,
        }
    }
    let mine = |m: &&Metric| ids.contains(m.entity.as_str()) || projects.contains(&m.entity.as_str());
    t.metrics = d.metrics.iter().filter(mine).count();
    let invest: Vec<&Metric> = d
        .metrics
        .iter()
        .filter(mine)
        .filter(|m| m.measure.as_deref() == Some("investment") && m.unit == "hundred_million_yuan")
        .collect();
    if !invest.is_empty() {
        t.investment = Some((
            invest.iter().map(|m| m.value).sum(),
            invest.iter().map(|m| m.id.clone()).collect(),
        ));
    }
    t
}

/// The largest percent changes among a node's members, biggest first: what a card leads with.
pub fn notable<'a>(d: &'a Dataset, g: &Graph, id: &str, count: usize) -> Vec<&'a Metric> {
    let Some(i) = g.index_of(id) else { return Vec::new() };
    let ids: HashSet<&str> = subtree(g, i).into_iter().map(|m| g.nodes[m].id.as_str()).collect();
    let mut changes: Vec<&Metric> = d
        .metrics
        .iter()
        .filter(|m| ids.contains(m.entity.as_str()) && m.kind == MetricKind::Change && m.unit == "percent")
        .collect();
    crate::order::sort_by(&mut changes, |a, b| b.value.abs().total_cmp(&a.value.abs()));
    changes.truncate(count);
    changes
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::wanzhou;

    #[test]
    fn aluminium_chain_tally() {
        let d = wanzhou();
        let g = Graph::from_dataset(&d);
        let t = tally(&d, &g, "ch-aluminium");
        assert_eq!((t.enterprises, t.planned, t.under_way, t.completed), (1, 4, 0, 1));
        let (sum, ids) = t.investment.unwrap();
        assert_eq!(sum, 75.0);
        assert_eq!(ids, ["m-aluminium-investment"]);
    }

    #[test]
    fn industry_tally_covers_its_chains() {
        let d = wanzhou();
        let g = Graph::from_dataset(&d);
        let t = tally(&d, &g, "ind-pharmachem");
        assert_eq!((t.chains, t.enterprises, t.under_way), (2, 1, 4));
        assert_eq!(t.investment.unwrap().0, 15.4);
        assert_eq!(tally(&d, &g, "ind-energy"), Tally::default());
    }

    #[test]
    fn notable_figures_lead_with_the_largest_change() {
        let d = wanzhou();
        let g = Graph::from_dataset(&d);
        let top = notable(&d, &g, "ind-equipment", 2);
        assert_eq!(
            top.iter().map(|m| m.id.as_str()).collect::<Vec<_>>(),
            ["m-schneider-efficiency", "m-schneider-defects"]
        );
    }
}
