//! The list view's tree as markup: an item per visible node with its own row (shape, name, kind,
//! members and what a screen reader says), its open branch nested after it.

use std::collections::HashSet;
use std::fmt::Write;

use super::markup::swatch_class;
use crate::charts::svg::escape_xml as esc;
use crate::model::describe::Description;
use crate::model::graph::Graph;
use crate::model::Lang;

/// Which item takes the tab stop and which shows as selected when the tree is (re)built.
#[derive(Clone, Copy)]
pub struct Marks {
    pub tab: Option<usize>,
    pub selected: Option<usize>,
}

/// The tree below `root` (itself included): nodes not `visible` are left out, branches of nodes
/// in `folded` are closed.
pub fn tree(g: &Graph, root: usize, lang: Lang, visible: &[bool], folded: &HashSet<usize>, marks: Marks) -> String {
    let mut out = String::with_capacity(512 * g.nodes.len().min(4096));
    item(&mut out, g, root, 1, lang, visible, folded, marks);
    out
}

#[allow(clippy::too_many_arguments)]
fn item(
    out: &mut String,
    g: &Graph,
    i: usize,
    level: usize,
    lang: Lang,
    visible: &[bool],
    folded: &HashSet<usize>,
    marks: Marks,
) {
    let kids: Vec<usize> = g.children(i).filter(|&c| visible.get(c) == Some(&true)).collect();
    let open = !kids.is_empty() && !folded.contains(&i);
    let n = &g.nodes[i];
    let about = Description::of(g, i, lang);
    let expanded = if kids.is_empty() {
        String::new()
    } else {
        format!(r#" aria-expanded="{open}""#)
    };
    let owns = if open {
        format!(r#" aria-owns="tree-group-{i}""#)
    } else {
        String::new()
    };
    // The item holds only its own row; its open branch follows it and is attached with
    // `aria-owns`, so the item's name is its own and not the text of everything below it.
    let _ = write!(
        out,
        r#"<li role="none"><div role="treeitem" data-i="{i}" data-id="{}" aria-level="{level}"{expanded}{owns} aria-selected="{}" aria-labelledby="tree-name-{i}" tabindex="{}" class="tree-item {}"><div class="tree-row"><span class="twisty" aria-hidden="true">{}</span><span class="{}" aria-hidden="true"></span>"#,
        esc(&n.id),
        marks.selected == Some(i),
        if marks.tab == Some(i) { "0" } else { "-1" },
        n.kind.code(),
        if kids.is_empty() {
            ""
        } else if open {
            "▾"
        } else {
            "▸"
        },
        swatch_class(n.kind, g.industry_rank(i)),
    );
    // Spaces between the parts, so the row reads as words (the flex layout ignores them); then
    // what a screen reader says for the item: what the row shows, then its parent.
    let _ = write!(
        out,
        r#"<span class="tree-name">{}</span> <span class="tree-kind" aria-hidden="true">{}</span> "#,
        esc(n.name.get(lang)),
        esc(n.kind.label().get(lang))
    );
    if let Some(m) = &about.members {
        let _ = write!(out, r#"<span class="tree-count">{}</span>"#, esc(m));
    }
    let _ = write!(
        out,
        r#"<span class="sr-only" id="tree-name-{i}">{}</span></div></div>"#,
        esc(&about.spoken_as_row())
    );
    if open {
        let _ = write!(out, r#"<ul role="group" id="tree-group-{i}">"#);
        for c in kids {
            item(out, g, c, level + 1, lang, visible, folded, marks);
        }
        out.push_str("</ul>");
    }
    out.push_str("</li>");
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::wanzhou;
    use crate::model::filter::Filters;

    fn built_in() -> (Graph, Vec<bool>) {
        let g = Graph::from_dataset(&wanzhou());
        let visible = Filters::default().visible(&g);
        (g, visible)
    }

    #[test]
    fn the_whole_tree_lists_every_visible_node_once_at_its_depth() {
        let (g, visible) = built_in();
        let marks = Marks {
            tab: Some(0),
            selected: None,
        };
        let html = tree(&g, 0, Lang::Zh, &visible, &HashSet::new(), marks);
        let shown = (0..g.nodes.len()).filter(|&i| visible[i]).count();
        assert_eq!(html.matches(r#"role="treeitem""#).count(), shown);
        assert_eq!(html.matches(r#"tabindex="0""#).count(), 1);
        assert!(html.starts_with(r#"<li role="none"><div role="treeitem" data-i="0" data-id="wanzhou" aria-level="1" aria-expanded="true" aria-owns="tree-group-0""#));
        let chain = g.index_of("ch-aluminium").unwrap();
        assert!(html.contains(&format!(r#"data-i="{chain}" data-id="ch-aluminium" aria-level="3""#)));
        assert_eq!(html.matches("<li").count(), html.matches("</li>").count());
        assert_eq!(html.matches("<ul").count(), html.matches("</ul>").count());
        assert!(
            !html.contains("style="),
            "a strict content security policy refuses style attributes"
        );
    }

    #[test]
    fn a_folded_branch_keeps_its_item_and_hides_its_members() {
        let (g, visible) = built_in();
        let chain = g.index_of("ch-aluminium").unwrap();
        let members: Vec<usize> = g.children(chain).collect();
        assert!(!members.is_empty());
        let folded: HashSet<usize> = [chain].into();
        let marks = Marks {
            tab: None,
            selected: Some(chain),
        };
        let html = tree(&g, 0, Lang::En, &visible, &folded, marks);
        assert!(html.contains(&format!(
            r#"data-i="{chain}" data-id="ch-aluminium" aria-level="3" aria-expanded="false" aria-selected="true""#
        )));
        assert!(!html.contains(&format!("tree-group-{chain}")));
        let open = tree(&g, 0, Lang::En, &visible, &HashSet::new(), marks);
        let items = |h: &str| h.matches(r#"role="treeitem""#).count();
        assert!(items(&html) < items(&open), "its members are not listed under it");
    }
}
