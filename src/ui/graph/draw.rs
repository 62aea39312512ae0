//! One drawing of a layout inside the graph's SVG.

use std::collections::HashSet;
use std::sync::Arc;

use leptos::prelude::*;

use super::highlight::use_highlight;
use super::markup;
use super::scene::Scene;
use crate::layout::{Layout, NodePlace};
use crate::ui::i18n::{t, Msg};
use crate::ui::state::AppState;

#[component]
pub fn Drawing(
    layout: Arc<Layout>,
    places: Vec<Option<NodePlace>>,
    scene: Scene,
    selected: Memo<Option<usize>>,
    focus: Memo<Option<HashSet<usize>>>,
    /// A node to centre on once drawn: one that this drawing shows for the first time.
    centre: Option<usize>,
) -> impl IntoView {
    let state = AppState::expect();
    let data = state.data();
    let lang = state.lang.get_untracked();
    let (w, h) = scene.size();
    // One node takes Tab: the selected one if drawn, else the first drawn.
    let drawn = |i: usize| places.get(i).is_some_and(Option::is_some);
    let tab_stop = selected
        .get_untracked()
        .filter(|&i| drawn(i))
        .or_else(|| (0..data.graph.nodes.len()).find(|&i| drawn(i)));
    let inside = markup::drawing(&data.graph, &layout, &places, tab_stop, lang);

    let svg = NodeRef::<leptos::svg::Svg>::new();
    let attaching = scene.clone();
    Effect::new(move |done: Option<bool>| {
        if done == Some(true) {
            return true;
        }
        let Some(el) = svg.get() else { return false };
        let data_key = std::sync::Arc::as_ptr(&state.loaded.get_untracked()) as usize;
        attaching.attach(
            el.into(),
            &layout,
            places.clone(),
            state.viewport.get_untracked(),
            data_key,
        );
        if let Some(i) = centre {
            attaching.centre_on(i);
        }
        true
    });
    use_highlight(scene, focus, selected);
    view! {
        <svg
            node_ref=svg
            class="graph-svg"
            width=w.to_string()
            height=h.to_string()
            role="group"
            aria-label=t(Msg::GraphLabel, lang)
            aria-describedby="graph-key-help"
            inner_html=inside.into_html()
        ></svg>
    }
}
