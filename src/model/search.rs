//! Search over node names: Chinese, English, and pinyin initials (`jl` finds 金龙).

use super::codec::{binary_forms, Binary, Reader};
use super::graph::{Graph, NodeKind};

mod table {
    include!(concat!(env!("OUT_DIR"), "/initials.rs"));
}

/// The pinyin initials of the Han characters in one dataset's names (`金` → `j`; `重` → `z`, `c`).
/// The built-in dataset's come with the app; a loaded file's come from the worker, which has the
/// full table (the page's code does not).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Initials {
    /// The characters, in ascending order.
    pub han: Vec<u32>,
    /// Each character's letters, its usual reading's first.
    pub letters: Vec<String>,
}

binary_forms! { INITIALS_SCHEMA;
    Initials { han, letters }
}

impl Initials {
    /// The built-in dataset's characters (written by the build script).
    pub fn built_in() -> Initials {
        Initials {
            han: table::BUILT_IN.iter().map(|&(c, _)| u32::from(c)).collect(),
            letters: table::BUILT_IN.iter().map(|&(_, l)| l.to_string()).collect(),
        }
    }

    /// The characters of every node name and label of `g` that the full table knows.
    pub fn for_graph(g: &Graph) -> Initials {
        let mut chars: Vec<char> = g
            .nodes
            .iter()
            .flat_map(|n| n.name.zh.chars().chain(n.label.zh.chars()))
            .filter(|c| !c.is_ascii())
            .collect();
        crate::order::sort(&mut chars);
        chars.dedup();
        let (han, letters) = chars
            .into_iter()
            .filter_map(|c| {
                let l = full_table(c);
                (!l.is_empty()).then(|| (c as u32, l.into_iter().map(char::from).collect()))
            })
            .unzip();
        Initials { han, letters }
    }

    /// The first letters of a character's readings (lowercase ASCII); letters and digits stand for themselves.
    pub fn of(&self, c: char) -> Vec<u8> {
        if c.is_ascii_alphanumeric() {
            return vec![c.to_ascii_lowercase() as u8];
        }
        match self.han.binary_search(&(c as u32)) {
            Ok(at) => self.letters[at].bytes().collect(),
            Err(_) => Vec::new(),
        }
    }
}

/// A character's letters from the full table (GB 2312 level 1 and the built-in data's characters).
fn full_table(c: char) -> Vec<u8> {
    let Ok(code) = u16::try_from(c as u32) else {
        return Vec::new();
    };
    let Ok(at) = table::HAN.binary_search(&code) else {
        return Vec::new();
    };
    let mut out = vec![table::LETTERS[at]];
    let from = table::EXTRA.partition_point(|&(k, _)| k < code);
    out.extend(
        table::EXTRA[from..]
            .iter()
            .take_while(|&&(k, _)| k == code)
            .map(|&(_, l)| l),
    );
    out
}

/// Lower case for search, one character for one: ASCII, Latin-1, Latin Extended-A, Greek, Cyrillic
/// and full-width Latin letters, as `char::to_lowercase` gives them; every other character as it is.
/// (The standard library's full Unicode tables would add about 6 KB to the page.)
pub fn fold(s: &str) -> String {
    s.chars().map(fold_char).collect()
}

fn fold_char(c: char) -> char {
    let u = c as u32;
    let lower = match u {
        0x41..=0x5A | 0xC0..=0xD6 | 0xD8..=0xDE | 0x391..=0x3A1 | 0x3A3..=0x3AB | 0x410..=0x42F => u + 0x20,
        0xFF21..=0xFF3A => u + 0x20,
        0x400..=0x40F => u + 0x50,
        0x386 => 0x3AC,
        0x388..=0x38A => u + 0x25,
        0x38C => 0x3CC,
        0x38E | 0x38F => u + 0x3F,
        // Latin Extended-A: capitals and small letters alternate, in two runs.
        0x100..=0x12F | 0x132..=0x137 | 0x14A..=0x177 if u.is_multiple_of(2) => u + 1,
        0x139..=0x148 | 0x179..=0x17E if !u.is_multiple_of(2) => u + 1,
        0x178 => 0xFF,
        _ => u,
    };
    char::from_u32(lower).unwrap_or(c)
}

/// Where `query` (lowercase ASCII letters) runs through the initials of `name`, if it does.
fn initials_match(name: &str, query: &[u8], initials: &Initials) -> Option<usize> {
    let letters: Vec<Vec<u8>> = name.chars().map(|c| initials.of(c)).filter(|l| !l.is_empty()).collect();
    if query.is_empty() || letters.len() < query.len() {
        return None;
    }
    (0..=letters.len() - query.len())
        .find(|&start| query.iter().enumerate().all(|(k, q)| letters[start + k].contains(q)))
}

/// How well a node matched: smaller is better.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
struct Score {
    /// 0: a name starts with the query; 1: a word starts with it; 2: it occurs inside; 3: initials.
    class: u8,
    at: usize,
    kind: u8,
    len: usize,
}

fn kind_rank(k: NodeKind) -> u8 {
    match k {
        NodeKind::Industry => 0,
        NodeKind::Chain => 1,
        NodeKind::Enterprise => 2,
        NodeKind::Programme => 3,
        NodeKind::Project => 4,
        NodeKind::District => 5,
    }
}

/// Nodes whose name or short label matches `query`, best first, at most `limit`.
pub fn search(g: &Graph, initials: &Initials, query: &str, limit: usize) -> Vec<usize> {
    let q = fold(query.trim());
    if q.is_empty() {
        return Vec::new();
    }
    let letters: Option<Vec<u8>> = q
        .bytes()
        .all(|b| b.is_ascii_alphanumeric())
        .then(|| q.bytes().collect());
    let mut hits: Vec<(Score, usize)> = g
        .nodes
        .iter()
        .enumerate()
        .filter_map(|(i, n)| {
            let names = [&n.name.zh, &n.label.zh, &n.name.en, &n.label.en];
            let text = names
                .iter()
                .filter_map(|name| {
                    let lower = fold(name);
                    let at = lower.find(&q)?;
                    let word_start = at == 0 || !lower[..at].ends_with(|c: char| c.is_alphanumeric());
                    let class = match (at, word_start) {
                        (0, _) => 0,
                        (_, true) if name.is_ascii() => 1,
                        _ => 2,
                    };
                    Some((class, lower[..at].chars().count()))
                })
                .min();
            let by_initials = || {
                let l = letters.as_ref()?;
                [&n.label.zh, &n.name.zh]
                    .iter()
                    .filter_map(|name| initials_match(name, l, initials))
                    .min()
                    .map(|at| (3, at))
            };
            let (class, at) = text.or_else(by_initials)?;
            let score = Score {
                class,
                at,
                kind: kind_rank(n.kind),
                len: n.name.zh.chars().count(),
            };
            Some((score, i))
        })
        .collect();
    crate::order::sort(&mut hits);
    hits.into_iter().take(limit).map(|(_, i)| i).collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::wanzhou;

    fn names(g: &Graph, q: &str) -> Vec<String> {
        search(g, &Initials::built_in(), q, 8)
            .into_iter()
            .map(|i| g.nodes[i].id.clone())
            .collect()
    }

    #[test]
    fn initials_cover_common_characters_and_their_readings() {
        let g = Graph::from_dataset(&wanzhou());
        let mut names = g.clone();
        names.nodes[0].name.zh = "猫重金，😀A".into();
        let i = Initials::for_graph(&names);
        assert_eq!(i.of('金'), b"j");
        assert_eq!(i.of('龙'), b"l");
        assert!(
            i.of('重').contains(&b'z') && i.of('重').contains(&b'c'),
            "重 reads zhòng and chóng"
        );
        assert_eq!(i.of('A'), b"a");
        assert!(i.of('，').is_empty() && i.of('😀').is_empty());
        // A common character outside the built-in data.
        assert_eq!(i.of('猫'), b"m");
        assert_eq!(Initials::built_in().of('猫'), b"");
    }

    #[test]
    fn the_built_in_initials_are_the_full_tables_for_every_built_in_name() {
        let g = Graph::from_dataset(&wanzhou());
        let (built_in, full) = (Initials::built_in(), Initials::for_graph(&g));
        assert!(full.han.len() > 100);
        for (c, letters) in full.han.iter().zip(&full.letters) {
            let c = char::from_u32(*c).unwrap();
            assert_eq!(built_in.of(c), letters.as_bytes(), "{c}");
        }
    }

    #[test]
    fn finds_by_chinese_english_and_initials() {
        let g = Graph::from_dataset(&wanzhou());
        let jl = names(&g, "jl");
        assert!(jl.contains(&"ent-jinlong".to_string()), "{jl:?}");
        assert!(jl.contains(&"ent-jiulong-wanbo".to_string()), "九龙 is jl too: {jl:?}");
        assert_eq!(names(&g, "Schneider")[0], "ent-schneider");
        assert_eq!(names(&g, "schn")[0], "ent-schneider");
        assert_eq!(names(&g, "金龙")[0], "ent-jinlong");
        assert_eq!(names(&g, " 铝 ")[0], "ch-aluminium");
        assert_eq!(
            names(&g, "cqphjl"),
            ["ent-jinlong"],
            "重庆平湖金龙… by its full name's initials"
        );
        assert!(names(&g, "").is_empty());
        assert!(names(&g, "zzzzzz").is_empty());
        assert!(search(&g, &Initials::built_in(), "l", 3).len() <= 3);
    }

    #[test]
    fn folding_matches_the_standard_lower_case_where_it_applies() {
        let covered =
            |u: u32| matches!(u, 0x41..=0x5A | 0xC0..=0x17F | 0x386..=0x3AB | 0x400..=0x42F | 0xFF21..=0xFF3A);
        for u in 0..0x3_0000 {
            let Some(c) = char::from_u32(u) else { continue };
            let std: Vec<char> = c.to_lowercase().collect();
            if covered(u) && std.len() == 1 {
                assert_eq!(fold_char(c), std[0], "U+{u:04X} {c}");
            } else if !covered(u) {
                assert_eq!(fold_char(c), c, "U+{u:04X} {c}");
            }
        }
        assert_eq!(
            fold("Société ÉLECTRIQUE Ωμέγα МОСКВА ＡＢＣ 万州"),
            "société électrique ωμέγα москва ａｂｃ 万州"
        );
    }

    #[test]
    fn text_matches_rank_before_initials() {
        let g = Graph::from_dataset(&wanzhou());
        // "lu" is in English names (Aluminium, Luyi) and the initials of nothing better.
        let hits = names(&g, "luyi");
        assert_eq!(hits[0], "ent-luyi");
    }
}
