//! The dataset seen as a graph: one node per entity, one edge per relation.

use std::collections::HashMap;

use super::types::{Basis, Dataset, Link, Provenance, Text};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum NodeKind {
    District,
    Industry,
    Chain,
    Enterprise,
    Programme,
    Project,
}

impl NodeKind {
    pub fn label(self) -> Text {
        let (zh, en) = match self {
            NodeKind::District => ("区县", "District"),
            NodeKind::Industry => ("重点产业", "Key industry"),
            NodeKind::Chain => ("产业链", "Industrial chain"),
            NodeKind::Enterprise => ("企业", "Enterprise"),
            NodeKind::Programme => ("平台与计划", "Programme"),
            NodeKind::Project => ("项目", "Project"),
        };
        Text {
            zh: zh.into(),
            en: en.into(),
        }
    }

    pub fn code(self) -> &'static str {
        match self {
            NodeKind::District => "district",
            NodeKind::Industry => "industry",
            NodeKind::Chain => "chain",
            NodeKind::Enterprise => "enterprise",
            NodeKind::Programme => "programme",
            NodeKind::Project => "project",
        }
    }
}

/// What an edge says about its two ends.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Relation {
    /// The child belongs to the parent (industry → district, chain → industry, enterprise → chain).
    BelongsTo,
    /// A programme serves an enterprise.
    Serves,
    /// A project is carried by an enterprise, laid out in a chain, or listed in a programme.
    PartOf,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Node {
    pub id: String,
    pub kind: NodeKind,
    pub name: Text,
    /// Short label for the graph.
    pub label: Text,
    /// Index of the industry this node traces back to (for its colour), if any.
    pub industry: Option<usize>,
    /// Parent in the "5+10" tree (district → industry → chain → enterprise).
    pub parent: Option<usize>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Edge {
    pub from: usize,
    pub to: usize,
    pub relation: Relation,
    pub basis: Basis,
    pub reason: Option<Text>,
    pub source: Option<Provenance>,
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct Graph {
    pub nodes: Vec<Node>,
    pub edges: Vec<Edge>,
    index: HashMap<String, usize>,
    /// Edge indices touching each node.
    adjacency: Vec<Vec<usize>>,
    /// Tree children of each node.
    kids: Vec<Vec<usize>>,
    /// Rank of each industry node among the industries.
    ranks: Vec<Option<usize>>,
}

impl Graph {
    /// Builds the graph of a dataset. Links that do not resolve are skipped (validation reports them).
    pub fn from_dataset(d: &Dataset) -> Graph {
        let mut g = Graph::default();
        g.add(
            &d.district.id,
            NodeKind::District,
            &d.district.name,
            d.district.short.as_ref().unwrap_or(&d.district.name),
        );
        for x in &d.industries {
            g.add(&x.id, NodeKind::Industry, &x.name, x.short.as_ref().unwrap_or(&x.name));
        }
        for x in &d.chains {
            g.add(&x.id, NodeKind::Chain, &x.name, x.short.as_ref().unwrap_or(&x.name));
        }
        for x in &d.enterprises {
            g.add(&x.id, NodeKind::Enterprise, &x.name, &x.short);
        }
        for x in &d.programmes {
            g.add(&x.id, NodeKind::Programme, &x.name, &x.short);
        }
        for x in &d.projects {
            g.add(&x.id, NodeKind::Project, &x.name, &x.short);
        }
        for x in &d.industries {
            g.link(&x.id, &x.district, Relation::BelongsTo);
        }
        for x in &d.chains {
            if let Some(l) = &x.industry {
                g.link(&x.id, l, Relation::BelongsTo);
            }
        }
        for x in &d.enterprises {
            for l in x.chains.iter().chain(&x.industry) {
                g.link(&x.id, l, Relation::BelongsTo);
            }
        }
        for x in &d.programmes {
            for l in &x.serves {
                g.link(&x.id, l, Relation::Serves);
            }
        }
        for x in &d.projects {
            for l in [&x.owner, &x.chain, &x.programme].into_iter().flatten() {
                g.link(&x.id, l, Relation::PartOf);
            }
        }
        g.assign_tree(d);
        g
    }

    fn add(&mut self, id: &str, kind: NodeKind, name: &Text, label: &Text) {
        if self.index.contains_key(id) {
            return;
        }
        self.index.insert(id.to_string(), self.nodes.len());
        self.nodes.push(Node {
            id: id.into(),
            kind,
            name: name.clone(),
            label: label.clone(),
            industry: None,
            parent: None,
        });
    }

    fn link(&mut self, from: &str, link: &Link, relation: Relation) {
        if let (Some(&from), Some(&to)) = (self.index.get(from), self.index.get(&link.id)) {
            self.edges.push(Edge {
                from,
                to,
                relation,
                basis: link.basis,
                reason: link.reason.clone(),
                source: link.source.clone(),
            });
        }
    }

    /// Tree parent: the first belongs-to edge; enterprises with none hang from the district.
    /// Programmes hang from the district; projects from their owner, else their chain.
    /// Also builds the adjacency lists and industry ranks, so every look-up after this is cheap.
    fn assign_tree(&mut self, d: &Dataset) {
        let n = self.nodes.len();
        self.adjacency = vec![Vec::new(); n];
        for (k, e) in self.edges.iter().enumerate() {
            self.adjacency[e.from].push(k);
            if e.to != e.from {
                self.adjacency[e.to].push(k);
            }
        }
        let root = self.index.get(&d.district.id).copied();
        for i in 0..n {
            let first = |rel: Relation| {
                self.adjacency[i]
                    .iter()
                    .map(|&k| &self.edges[k])
                    .find(|e| e.from == i && e.relation == rel)
                    .map(|e| e.to)
            };
            self.nodes[i].parent = match self.nodes[i].kind {
                NodeKind::District => None,
                NodeKind::Project => first(Relation::PartOf),
                NodeKind::Programme => root,
                _ => first(Relation::BelongsTo).or(root),
            };
        }
        self.kids = vec![Vec::new(); n];
        for i in 0..n {
            if let Some(p) = self.nodes[i].parent {
                self.kids[p].push(i);
            }
        }
        let mut rank = 0;
        self.ranks = self
            .nodes
            .iter()
            .map(|node| {
                (node.kind == NodeKind::Industry).then(|| {
                    rank += 1;
                    rank - 1
                })
            })
            .collect();
        for i in 0..n {
            let mut at = Some(i);
            let mut steps = 0;
            while let Some(k) = at {
                if self.nodes[k].kind == NodeKind::Industry {
                    self.nodes[i].industry = Some(k);
                    break;
                }
                at = self.nodes[k].parent;
                steps += 1;
                // A cycle of links (rejected by validation) must not hang the app.
                if steps > n {
                    break;
                }
            }
        }
    }

    pub fn index_of(&self, id: &str) -> Option<usize> {
        self.index.get(id).copied()
    }

    pub fn node(&self, id: &str) -> Option<&Node> {
        self.index_of(id).map(|i| &self.nodes[i])
    }

    /// Tree children of a node, in data order.
    pub fn children(&self, i: usize) -> impl Iterator<Item = usize> + '_ {
        self.kids.get(i).into_iter().flatten().copied()
    }

    /// Every edge touching a node, with the node at its other end.
    pub fn edges_of(&self, i: usize) -> impl Iterator<Item = (&Edge, usize)> + '_ {
        self.adjacency.get(i).into_iter().flatten().map(move |&k| {
            let e = &self.edges[k];
            (e, if e.from == i { e.to } else { e.from })
        })
    }

    /// Orders `nodes` by how many edges each has, the most linked first (ties keep their order).
    pub fn most_linked_first(&self, nodes: &mut Vec<usize>) {
        let links = |i: usize| self.adjacency.get(i).map_or(0, Vec::len);
        crate::order::sort_by(nodes, |&a, &b| links(b).cmp(&links(a)));
    }

    /// Position of an industry among the industries (0-based), for its colour.
    pub fn industry_rank(&self, i: usize) -> Option<usize> {
        let industry = self.nodes.get(i)?.industry?;
        self.ranks.get(industry).copied().flatten()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::wanzhou;

    #[test]
    fn tree_hangs_every_enterprise_somewhere() {
        let g = Graph::from_dataset(&wanzhou());
        let district = g.index_of("wanzhou").unwrap();
        for n in g.nodes.iter().filter(|n| n.kind == NodeKind::Enterprise) {
            assert!(n.parent.is_some(), "{}", n.id);
        }
        let luyi = g.node("ent-luyi").unwrap();
        assert_eq!(
            luyi.parent,
            Some(district),
            "an enterprise with no chain hangs from the district"
        );
        let schneider = g.node("ent-schneider").unwrap();
        assert_eq!(g.nodes[schneider.parent.unwrap()].id, "ch-lighting");
        assert_eq!(g.nodes[schneider.industry.unwrap()].id, "ind-equipment");
    }

    #[test]
    fn industry_rank_orders_industries() {
        let g = Graph::from_dataset(&wanzhou());
        assert_eq!(g.industry_rank(g.index_of("ind-materials").unwrap()), Some(0));
        assert_eq!(g.industry_rank(g.index_of("ch-salt-gas").unwrap()), Some(3));
        assert_eq!(g.industry_rank(g.index_of("ent-luyi").unwrap()), None);
    }

    #[test]
    fn edges_of_lists_both_directions() {
        let g = Graph::from_dataset(&wanzhou());
        let centre = g.index_of("prog-enablement-centre").unwrap();
        let served: Vec<&str> = g.edges_of(centre).map(|(_, o)| g.nodes[o].id.as_str()).collect();
        assert!(served.contains(&"ent-jinlong") && served.contains(&"ent-xintianli"));
        let jinlong = g.index_of("ent-jinlong").unwrap();
        assert!(g
            .edges_of(jinlong)
            .any(|(e, o)| o == centre && e.relation == Relation::Serves));
    }
}
