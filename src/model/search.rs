//! Search over node names: Chinese, English, and pinyin initials (`jl` finds 金龙).
//!
//! Lower case for search comes from the host's `toLowerCase` in the page, not `str::to_lowercase`,
//! whose Unicode tables measured 6,363 B brotli of first load (4,980 B for `char::to_lowercase`).

use super::codec::{binary_forms, Binary, Reader};
use super::graph::{Graph, NodeKind};
use super::types::Dataset;

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

    /// The characters of every name and short name in `d` (those the graph shows and search
    /// reads) that the full table knows. Read from the dataset, not its graph: the worker would
    /// build a 20,000-enterprise graph only for this (a fifth of its check).
    pub fn for_dataset(d: &Dataset) -> Initials {
        let district = [&d.district.name, d.district.short.as_ref().unwrap_or(&d.district.name)];
        let industries = (d.industries.iter()).flat_map(|x| [&x.name, x.short.as_ref().unwrap_or(&x.name)]);
        let chains = (d.chains.iter()).flat_map(|x| [&x.name, x.short.as_ref().unwrap_or(&x.name)]);
        let enterprises = d.enterprises.iter().flat_map(|x| [&x.name, &x.short]);
        let programmes = d.programmes.iter().flat_map(|x| [&x.name, &x.short]);
        let projects = d.projects.iter().flat_map(|x| [&x.name, &x.short]);
        let mut chars: Vec<char> = (district.into_iter())
            .chain(industries)
            .chain(chains)
            .chain(enterprises)
            .chain(programmes)
            .chain(projects)
            .flat_map(|t| t.zh.chars())
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

/// Lower case for search, as `str::to_lowercase` gives it: text of ASCII and caseless scripts
/// (Chinese, Japanese kana, Hangul) here; any other in the browser by the host's `toLowerCase`
/// (the same Unicode mapping, final sigma included), natively by the standard library's.
pub fn fold(s: &str) -> String {
    if s.chars().all(|c| c.is_ascii() || caseless(c)) {
        s.to_ascii_lowercase()
    } else {
        lower_case(s)
    }
}

/// Blocks with no letter that has a lower case: CJK radicals and punctuation, kana, ideographs
/// (and their supplements), Hangul syllables.
fn caseless(c: char) -> bool {
    matches!(c as u32, 0x2E80..=0x9FFF | 0xAC00..=0xD7A3 | 0xF900..=0xFAFF | 0x2_0000..=0x3_FFFF)
}

#[cfg(target_arch = "wasm32")]
fn lower_case(s: &str) -> String {
    js_sys::JsString::from(s).to_lower_case().into()
}

#[cfg(not(target_arch = "wasm32"))]
fn lower_case(s: &str) -> String {
    s.to_lowercase()
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
        let mut d = wanzhou();
        d.district.name.zh = "猫重金，😀A".into();
        let i = Initials::for_dataset(&d);
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
    fn a_datasets_initials_cover_every_name_and_label_its_graph_shows() {
        for d in [wanzhou(), crate::data::synthetic::synthetic(300)] {
            let i = Initials::for_dataset(&d);
            let g = Graph::from_dataset(&d);
            let shown = g.nodes.iter().flat_map(|n| n.name.zh.chars().chain(n.label.zh.chars()));
            for c in shown.filter(|c| !c.is_ascii()) {
                assert_eq!(i.of(c), full_table(c), "{c}");
            }
            assert!(i.han.len() > 10);
        }
    }

    #[test]
    fn the_built_in_initials_are_the_full_tables_for_every_built_in_name() {
        let (built_in, full) = (Initials::built_in(), Initials::for_dataset(&wanzhou()));
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
    fn the_blocks_left_as_they_are_have_no_lower_case() {
        for u in (0..0x11_0000).filter(|&u| char::from_u32(u).is_some_and(caseless)) {
            let c = char::from_u32(u).unwrap();
            assert_eq!(c.to_lowercase().collect::<String>(), c.to_string(), "U+{u:04X}");
        }
    }

    #[test]
    fn folding_is_the_standard_lower_case() {
        for s in ["重庆 CHONGQING 万州", "ABC한국어 ぁァ", "𠀀 XYZ", ""] {
            assert_eq!(fold(s), s.to_lowercase(), "{s}");
        }
    }

    #[test]
    fn finds_names_in_any_case_of_any_script() {
        let mut g = Graph::from_dataset(&wanzhou());
        g.nodes[3].name.en = "Société ÉLECTRIQUE Ωμέγα МОСКВА ＡＢＣ Ԁԃ".into();
        let id = g.nodes[3].id.clone();
        for q in ["société électrique", "SOCIÉTÉ", "ωμέγα", "москва", "ａｂｃ", "ԁԃ"] {
            assert_eq!(names(&g, q).first(), Some(&id), "{q}");
        }
    }

    #[test]
    fn text_matches_rank_before_initials() {
        let g = Graph::from_dataset(&wanzhou());
        // "lu" is in English names (Aluminium, Luyi) and the initials of nothing better.
        let hits = names(&g, "luyi");
        assert_eq!(hits[0], "ent-luyi");
    }
}
