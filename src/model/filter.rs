//! Legend filters: which industries and which kinds of link are switched off, and what stays visible.

use std::borrow::Borrow;

use super::graph::{Edge, Graph, NodeKind, Relation};
use super::Basis;

/// A kind of link the legend can switch off (belongs-to links are the structure and always stay).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum LinkKind {
    /// A programme serves an enterprise.
    Serves,
    /// A project belongs to an enterprise, chain or programme.
    Projects,
    /// Any link the article does not state outright.
    Inferred,
}

impl LinkKind {
    pub const ALL: [LinkKind; 3] = [LinkKind::Serves, LinkKind::Projects, LinkKind::Inferred];

    pub fn code(self) -> &'static str {
        match self {
            LinkKind::Serves => "serves",
            LinkKind::Projects => "projects",
            LinkKind::Inferred => "inferred",
        }
    }

    pub fn from_code(s: &str) -> Option<LinkKind> {
        LinkKind::ALL.into_iter().find(|k| k.code() == s)
    }
}

/// What the legend has switched off.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Filters {
    /// Ids of hidden industries.
    pub industries: Set<String>,
    pub links: Set<LinkKind>,
}

/// A small ordered set: a sorted list, which is all a legend's few switches need (and far less
/// code in the wasm than a B-tree).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Set<T>(Vec<T>);

impl<T> Default for Set<T> {
    fn default() -> Self {
        Set(Vec::new())
    }
}

impl<T: Ord> Set<T> {
    fn find<Q: Ord + ?Sized>(&self, q: &Q) -> Result<usize, usize>
    where
        T: Borrow<Q>,
    {
        self.0.binary_search_by(|x| x.borrow().cmp(q))
    }

    pub fn contains<Q: Ord + ?Sized>(&self, q: &Q) -> bool
    where
        T: Borrow<Q>,
    {
        self.find(q).is_ok()
    }

    /// Adds `x`; false if it was there already.
    pub fn insert(&mut self, x: T) -> bool {
        match self.find(&x) {
            Ok(_) => false,
            Err(at) => {
                self.0.insert(at, x);
                true
            }
        }
    }

    /// Takes `q` out; false if it was not there.
    pub fn remove<Q: Ord + ?Sized>(&mut self, q: &Q) -> bool
    where
        T: Borrow<Q>,
    {
        self.find(q).map(|at| self.0.remove(at)).is_ok()
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// The members in order.
    pub fn iter(&self) -> std::slice::Iter<'_, T> {
        self.0.iter()
    }
}

impl Filters {
    /// Reads `ind-a,ind-b,~serves` (link kinds carry a `~`); unknown link kinds are ignored.
    pub fn parse(s: &str) -> Filters {
        let mut f = Filters::default();
        for part in s.split(',').map(str::trim).filter(|p| !p.is_empty()) {
            match part.strip_prefix('~') {
                Some(code) => {
                    if let Some(k) = LinkKind::from_code(code) {
                        f.links.insert(k);
                    }
                }
                None => {
                    f.industries.insert(part.to_string());
                }
            }
        }
        f
    }

    /// The inverse of [`Filters::parse`]; empty when nothing is hidden.
    pub fn code(&self) -> String {
        let links = self.links.iter().map(|k| format!("~{}", k.code()));
        self.industries
            .iter()
            .cloned()
            .chain(links)
            .collect::<Vec<_>>()
            .join(",")
    }

    pub fn is_empty(&self) -> bool {
        self.industries.is_empty() && self.links.is_empty()
    }

    /// Switches an industry on or off.
    pub fn toggle_industry(&mut self, id: &str) {
        if !self.industries.remove(id) {
            self.industries.insert(id.to_string());
        }
    }

    pub fn toggle_link(&mut self, kind: LinkKind) {
        if !self.links.remove(&kind) {
            self.links.insert(kind);
        }
    }

    /// Whether the legend lets this edge be drawn.
    pub fn shows_edge(&self, e: &Edge) -> bool {
        let kind_on = match e.relation {
            Relation::BelongsTo => true,
            Relation::Serves => !self.links.contains(&LinkKind::Serves),
            Relation::PartOf => !self.links.contains(&LinkKind::Projects),
        };
        kind_on && !(e.basis == Basis::Inferred && self.links.contains(&LinkKind::Inferred))
    }

    /// Which nodes stay on the map. A hidden industry takes its chains along, and the enterprises
    /// that belong to nothing else still shown; programmes and projects stay while one of their
    /// links is shown and leads to a node that stays.
    pub fn visible(&self, g: &Graph) -> Vec<bool> {
        let mut on = vec![false; g.nodes.len()];
        let order = [
            NodeKind::District,
            NodeKind::Industry,
            NodeKind::Chain,
            NodeKind::Enterprise,
            NodeKind::Programme,
            NodeKind::Project,
        ];
        for kind in order {
            for i in (0..g.nodes.len()).filter(|&i| g.nodes[i].kind == kind) {
                on[i] = match kind {
                    NodeKind::District => true,
                    NodeKind::Industry => !self.industries.contains(&g.nodes[i].id),
                    _ => {
                        // Links out of this node towards kinds already decided.
                        let mut outs = g.edges_of(i).filter(|(e, _)| e.from == i).peekable();
                        if outs.peek().is_none() {
                            true
                        } else {
                            let relation_hidden = kind != NodeKind::Chain && kind != NodeKind::Enterprise;
                            outs.any(|(e, o)| on[o] && (!relation_hidden || self.shows_edge(e)))
                        }
                    }
                };
            }
        }
        on
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::wanzhou;

    #[test]
    fn code_round_trips() {
        let f = Filters::parse("ind-b, ind-a,~serves,~bogus,");
        assert_eq!(f.code(), "ind-a,ind-b,~serves");
        assert_eq!(Filters::parse(&f.code()), f);
        assert!(Filters::parse("").is_empty());
        // Repeats count once; toggling twice gives back what was there.
        let mut f = Filters::parse("ind-a,ind-a,~serves,~serves");
        assert_eq!(f.code(), "ind-a,~serves");
        f.toggle_industry("ind-c");
        f.toggle_link(LinkKind::Inferred);
        assert_eq!(f.code(), "ind-a,ind-c,~serves,~inferred");
        f.toggle_industry("ind-c");
        f.toggle_link(LinkKind::Inferred);
        assert_eq!(f.code(), "ind-a,~serves");
    }

    #[test]
    fn hiding_an_industry_hides_its_chains_and_their_enterprises() {
        let g = Graph::from_dataset(&wanzhou());
        let mut f = Filters::default();
        assert!(f.visible(&g).iter().all(|&v| v));
        f.toggle_industry("ind-materials");
        let on = f.visible(&g);
        let vis = |id: &str| on[g.index_of(id).unwrap()];
        assert!(!vis("ind-materials") && !vis("ch-aluminium") && !vis("ent-jiulong-wanbo"));
        assert!(vis("ind-equipment") && vis("ch-lighting") && vis("ent-schneider"));
        assert!(vis("ent-luyi"), "an enterprise tied to nothing stays");
        f.toggle_industry("ind-materials");
        assert!(f.is_empty());
    }

    #[test]
    fn hiding_a_link_kind_takes_its_programmes_along() {
        let g = Graph::from_dataset(&wanzhou());
        let f = Filters::parse("~serves");
        let on = f.visible(&g);
        let centre = g.index_of("prog-enablement-centre").unwrap();
        assert!(!on[centre]);
        let serves = g.edges.iter().find(|e| e.relation == Relation::Serves).unwrap();
        assert!(!f.shows_edge(serves));
        assert!(Filters::default().shows_edge(serves));
    }
}
