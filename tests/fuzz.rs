//! Property tests: arbitrary bytes, arbitrary JSON and mutated datasets never make the loader panic.

use chain_map::card::card;
use chain_map::data::WANZHOU_JSON;
use chain_map::layout::radial;
use chain_map::metrics::derived;
use chain_map::model::filter::Filters;
use chain_map::model::graph::Graph;
use chain_map::model::{load, load_bytes, Lang};
use proptest::prelude::*;
use serde_json::Value;

fn json() -> impl Strategy<Value = Value> {
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::Bool),
        any::<f64>()
            .prop_filter("finite", |f| f.is_finite())
            .prop_map(|f| serde_json::json!(f)),
        any::<i64>().prop_map(|i| serde_json::json!(i)),
        "\\PC{0,12}".prop_map(Value::String),
        prop_oneof![
            Just("chain-map/1"),
            Just("percent"),
            Just("stated"),
            Just("inferred"),
            Just("change"),
            Just("ind-materials")
        ]
        .prop_map(|s| Value::String(s.into())),
    ];
    leaf.prop_recursive(5, 64, 8, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..8).prop_map(Value::Array),
            prop::collection::btree_map(
                prop_oneof![
                    Just("format".to_string()),
                    Just("id".to_string()),
                    Just("zh".to_string()),
                    Just("value".to_string()),
                    "[a-z]{1,6}"
                ],
                inner,
                0..8
            )
            .prop_map(|m| Value::Object(m.into_iter().collect())),
        ]
    })
}

/// Replaces the value at a random place in a document (each step picks a key or element).
fn mutate(v: &mut Value, path: &[usize], replacement: Value) {
    let Some((&step, rest)) = path.split_first() else {
        *v = replacement;
        return;
    };
    match v {
        Value::Object(m) if !m.is_empty() => {
            let key = m.keys().nth(step % m.len()).cloned().unwrap();
            mutate(m.get_mut(&key).unwrap(), rest, replacement);
        }
        Value::Array(a) if !a.is_empty() => {
            let n = a.len();
            mutate(&mut a[step % n], rest, replacement);
        }
        _ => *v = replacement,
    }
}

fn run_everything(text: &str) {
    let r = load(text);
    if let Some(d) = r.dataset {
        let g = Graph::from_dataset(&d);
        let _ = radial(&g, &Filters::default(), 800.0, 600.0, Lang::En);
        let _ = derived(&d);
        for n in &g.nodes {
            let _ = card(&d, &g, &n.id);
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 400, ..ProptestConfig::default() })]

    #[test]
    fn arbitrary_bytes(bytes in prop::collection::vec(any::<u8>(), 0..400)) {
        let _ = load_bytes(&bytes);
    }

    #[test]
    fn arbitrary_json(v in json()) {
        run_everything(&v.to_string());
    }

    #[test]
    fn mutated_dataset(path in prop::collection::vec(any::<usize>(), 1..6), replacement in json()) {
        let mut doc: Value = serde_json::from_str(WANZHOU_JSON).unwrap();
        mutate(&mut doc, &path, replacement);
        run_everything(&doc.to_string());
    }

    #[test]
    fn truncated_dataset(cut in 0usize..45_000) {
        let cut = (0..=cut.min(WANZHOU_JSON.len())).rev().find(|&i| WANZHOU_JSON.is_char_boundary(i)).unwrap_or(0);
        run_everything(&WANZHOU_JSON[..cut]);
    }
}
