//! What a screen reader says for a node: its name (with the short label the graph shows), kind, parent and members.

use super::graph::{Graph, NodeKind};
use super::Lang;

/// The parts of a node's spoken description, each already in the chosen language.
#[derive(Debug, Clone, PartialEq)]
pub struct Description {
    /// The short label first when the full name does not contain it: "金龙铜管（重庆平湖…）".
    pub title: String,
    /// The full name alone, as the list shows it.
    pub name: String,
    /// "产业链" / "industrial chain".
    pub kind: String,
    /// "属于先进材料" / "in Advanced materials" (the district is left out).
    pub parent: Option<String>,
    /// "2 家企业" / "2 enterprises": the members of the next level of the "5+10" tree.
    pub members: Option<String>,
    lang: Lang,
}

/// Whether `part` appears in `whole` as whole words ("Specialty food" is not in "Specialty foods");
/// Chinese, written without spaces, is compared by characters.
fn contains_words(whole: &str, part: &str) -> bool {
    if !part.is_ascii() {
        return whole.contains(part);
    }
    let words = |s: &str| -> Vec<String> {
        s.split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty())
            .map(str::to_ascii_lowercase)
            .collect()
    };
    let (whole, part) = (words(whole), words(part));
    !part.is_empty() && whole.windows(part.len()).any(|w| w == part.as_slice())
}

impl Description {
    pub fn of(g: &Graph, i: usize, lang: Lang) -> Description {
        let n = &g.nodes[i];
        let zh = lang == Lang::Zh;
        let (name, short) = (n.name.get(lang), n.label.get(lang));
        let title = match (contains_words(name, short), zh) {
            (true, _) => name.to_string(),
            (false, true) => format!("{short}（{name}）"),
            (false, false) => format!("{short} ({name})"),
        };
        let parent = n.parent.filter(|&p| g.nodes[p].kind != NodeKind::District).map(|p| {
            let p = g.nodes[p].name.get(lang);
            if zh {
                format!("属于{p}")
            } else {
                format!("in {p}")
            }
        });
        let member_kind = match n.kind {
            NodeKind::District => Some(NodeKind::Industry),
            NodeKind::Industry => Some(NodeKind::Chain),
            NodeKind::Chain => Some(NodeKind::Enterprise),
            _ => None,
        };
        let k = g.children(i).filter(|&c| Some(g.nodes[c].kind) == member_kind).count();
        let members = (k > 0).then(|| match (n.kind, zh) {
            (NodeKind::Chain, true) => format!("{k} 家企业"),
            (NodeKind::Chain, false) => format!("{k} enterprises"),
            (NodeKind::Industry, true) => format!("{k} 条产业链"),
            (NodeKind::Industry, false) => format!("{k} chains"),
            (_, true) => format!("{k} 个重点产业"),
            (_, false) => format!("{k} key industries"),
        });
        Description {
            title,
            name: name.to_string(),
            kind: n.kind.label().get(lang).to_ascii_lowercase(),
            parent,
            members,
            lang,
        }
    }

    fn join(&self, parts: [Option<&String>; 4]) -> String {
        let sep = if self.lang == Lang::Zh { "，" } else { ", " };
        parts
            .into_iter()
            .flatten()
            .map(String::as_str)
            .collect::<Vec<_>>()
            .join(sep)
    }

    /// For a node in the graph: "铝及铝合金材料，产业链，属于先进材料，2 家企业".
    pub fn spoken(&self) -> String {
        self.join([
            Some(&self.title),
            Some(&self.kind),
            self.parent.as_ref(),
            self.members.as_ref(),
        ])
    }

    /// For a row of the list, in the order the row shows it: full name, kind, members, then the parent.
    pub fn spoken_as_row(&self) -> String {
        self.join([
            Some(&self.name),
            Some(&self.kind),
            self.members.as_ref(),
            self.parent.as_ref(),
        ])
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data;

    fn described(id: &str, lang: Lang) -> Description {
        let g = Graph::from_dataset(&data::wanzhou());
        Description::of(&g, g.index_of(id).unwrap(), lang)
    }

    #[test]
    fn names_kind_parent_and_members() {
        let d = described("ch-aluminium", Lang::Zh);
        assert_eq!(d.spoken(), "铝及铝合金材料，产业链，属于先进材料，1 家企业");
        assert_eq!(d.spoken_as_row(), "铝及铝合金材料，产业链，1 家企业，属于先进材料");
        assert_eq!(
            described("ind-materials", Lang::En).spoken(),
            "Advanced materials, key industry, 3 chains"
        );
        assert!(described("wanzhou", Lang::Zh).spoken().ends_with("区县，5 个重点产业"));
    }

    #[test]
    fn short_label_comes_first_when_the_name_lacks_it() {
        let d = described("ent-jinlong", Lang::Zh);
        assert_eq!(d.title, "金龙铜管（重庆平湖金龙精密铜管有限公司）");
        assert_eq!(d.members, None);
        assert!(d.spoken_as_row().starts_with("重庆平湖金龙精密铜管有限公司，企业"));
        // "Specialty food" is a label of its own, not a part of "Specialty foods".
        assert!(described("ch-specialty-food", Lang::En)
            .title
            .starts_with("Specialty food ("));
        assert!(contains_words("Chongqing Jinlong Copper Tube Co.", "Jinlong Copper"));
        assert!(!contains_words("Specialty foods", "Specialty food"));
    }
}
