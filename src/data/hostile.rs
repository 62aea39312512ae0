//! Test support: the built-in dataset with every text and every id made of markup characters, to
//! check that every writer of markup keeps them as text.

use std::collections::HashMap;

use serde_json::Value;

use crate::model::Dataset;

/// What every text and id is made of.
pub const HOSTILE: &str = "<x'\"&>";

/// Keys whose string values name an id (of a node, a section or an entity).
const ID_KEYS: [&str; 6] = ["id", "entity", "enterprise", "section", "holders", "projects"];

fn rewrite(value: &mut Value, key: Option<&str>, ids: &mut HashMap<String, String>) {
    match value {
        Value::Object(map) => {
            for (k, v) in map.iter_mut() {
                rewrite(v, Some(k), ids);
            }
        }
        Value::Array(items) => items.iter_mut().for_each(|v| rewrite(v, key, ids)),
        Value::String(s) => match key {
            Some("zh" | "en") => *s = HOSTILE.to_string(),
            Some(k) if ID_KEYS.contains(&k) => {
                let next = ids.len();
                *s = ids
                    .entry(s.clone())
                    .or_insert_with(|| format!("{HOSTILE}{next}"))
                    .clone();
            }
            _ => {}
        },
        _ => {}
    }
}

/// The built-in dataset with every name, label and other text `<x'"&>`, and every id `<x'"&>` and
/// a number (the links still resolve).
pub fn hostile_wanzhou() -> Dataset {
    let mut json = serde_json::to_value(crate::data::wanzhou()).expect("the dataset serialises");
    rewrite(&mut json, None, &mut HashMap::new());
    serde_json::from_value(json).expect("the rewritten dataset is still a dataset")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::graph::Graph;

    #[test]
    fn every_node_keeps_its_links_with_hostile_names_and_ids() {
        let plain = Graph::from_dataset(&crate::data::wanzhou());
        let hostile = Graph::from_dataset(&hostile_wanzhou());
        assert_eq!(plain.nodes.len(), hostile.nodes.len());
        for (a, b) in plain.nodes.iter().zip(&hostile.nodes) {
            assert!(b.id.starts_with(HOSTILE) && b.name.zh == HOSTILE, "{}", b.id);
            assert_eq!(a.parent, b.parent, "{}", a.id);
        }
    }
}
