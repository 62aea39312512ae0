//! Malformed and hostile files: each gives the expected, clear error or loads safely; nothing panics.

use chain_map::card::card;
use chain_map::data::synthetic::synthetic;
use chain_map::layout::{radial, radial_open};
use chain_map::model::filter::Filters;
use chain_map::model::graph::Graph;
use chain_map::model::{load, load_bytes, Lang, Report};

fn corpus(name: &str) -> Report {
    load_bytes(&std::fs::read(format!("tests/corpus/{name}")).unwrap())
}

fn first_error(r: &Report) -> (&str, &str) {
    let f = r.errors.first().expect("an error");
    (f.path.as_str(), f.message.en.as_str())
}

#[test]
fn truncated_json_is_a_syntax_error_with_position() {
    let r = corpus("truncated.json");
    assert!(r.dataset.is_none());
    assert!(first_error(&r).1.starts_with("line "), "{:?}", r.errors);
    assert!(r.errors[0].message.zh.contains("语法错误"));
}

#[test]
fn wrong_types_name_the_field() {
    let r = corpus("wrong-types.json");
    assert_eq!(first_error(&r).0, "$.chains");
    assert!(first_error(&r).1.contains("expected a sequence"), "{:?}", r.errors);
}

#[test]
fn nan_strings_are_type_errors_at_their_path() {
    assert_eq!(first_error(&corpus("nan-strings.json")).0, "$.metrics[0].value");
}

#[test]
fn huge_numbers_are_rejected() {
    let r = corpus("huge-numbers.json");
    assert!(first_error(&r).1.contains("number out of range"), "{:?}", r.errors);
}

#[test]
fn empty_binary_and_foreign_files() {
    assert_eq!(first_error(&corpus("empty.json")).1, "the file is empty");
    assert!(first_error(&corpus("binary.bin")).1.contains("not UTF-8"));
    assert!(first_error(&corpus("not-a-dataset.json"))
        .1
        .contains("not a Chain Map dataset"));
}

#[test]
fn duplicate_keys_are_reported() {
    let r = corpus("duplicate-keys.json");
    assert!(first_error(&r).1.contains("duplicate field `id`"), "{:?}", r.errors);
    assert_eq!(
        first_error(&r).0,
        "$.enterprises[0]",
        "the object that holds the key twice"
    );
}

#[test]
fn deep_nesting_is_refused_not_overflowed() {
    let depth = 5_000_000;
    let text = "[".repeat(depth) + &"]".repeat(depth);
    assert!(text.len() >= 10_000_000);
    // Skipped without building it (nor recursing), it is valid JSON and no dataset.
    let r = load(&text);
    assert!(first_error(&r).1.contains("not a Chain Map dataset"), "{:?}", r.errors);
    // Inside a dataset, the typed reading refuses it where it goes wrong.
    let inside = format!("{{\"format\":\"chain-map/1\",\"industries\":{text}}}");
    let r = load(&inside);
    assert!(
        r.dataset.is_none() && first_error(&r).0.starts_with("$.industries"),
        "{:?}",
        r.errors
    );
    let broken = "[".repeat(depth) + &"]".repeat(depth - 1);
    assert!(
        first_error(&load(&broken)).1.contains("invalid JSON"),
        "a syntax error is one still"
    );
    let object = "{\"format\":".repeat(100_000) + "1" + &"}".repeat(100_000);
    assert!(load(&object).dataset.is_none());
}

/// Loads a file fully and runs every pure stage the app runs on it.
fn exercise(r: &Report) {
    let d = r.dataset.as_ref().expect("dataset loads");
    let g = Graph::from_dataset(d);
    for (w, h) in [(1280.0, 740.0), (360.0, 560.0)] {
        for lang in [Lang::Zh, Lang::En] {
            let l = radial(&g, &Filters::default(), w, h, lang);
            assert!(l.nodes.iter().flatten().all(|p| p.x.is_finite() && p.y.is_finite()));
        }
    }
    for n in &g.nodes {
        assert!(card(d, &g, &n.id).is_some());
    }
}

#[test]
fn hostile_and_international_names_load_as_plain_data() {
    for name in ["hostile-names.json", "rtl-emoji.json"] {
        let r = corpus(name);
        assert!(r.errors.is_empty(), "{name}: {:?}", r.errors);
        exercise(&r);
    }
    let d = corpus("hostile-names.json").dataset.unwrap();
    assert_eq!(d.industries[0].name.zh, "<script>alert('x')</script>");
}

#[test]
fn twenty_thousand_enterprises_load_quickly() {
    let text = serde_json::to_string(&synthetic(20_000)).unwrap();
    let started = std::time::Instant::now();
    let r = load(&text);
    assert!(r.errors.is_empty());
    let d = r.dataset.unwrap();
    let g = Graph::from_dataset(&d);
    let l = radial(&g, &Filters::default(), 1280.0, 740.0, Lang::Zh);
    assert_eq!(l.nodes.iter().flatten().count(), 1 + 5 + 10, "every chain folded");
    assert_eq!(l.folded.iter().map(|&(_, n)| n).sum::<usize>(), 20_000);
    // One chain unfolded: its ~2,000 members drawn, and as many named as fit.
    let chain = g.index_of("ch-1").unwrap();
    let open = radial_open(&g, &Filters::default(), Some(chain), 1280.0, 740.0, Lang::Zh);
    assert_eq!(
        open.nodes.iter().flatten().count(),
        1 + 5 + 10 + g.children(chain).count()
    );
    // Generous bound for a debug build on a loaded machine: this guards against quadratic work.
    assert!(started.elapsed().as_secs() < 30, "{:?}", started.elapsed());
}
