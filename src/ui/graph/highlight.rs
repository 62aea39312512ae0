//! Focus highlighting with one subscriber: the focused node and its neighbours are copied onto a
//! layer above a veil that dims the drawing, so a hover touches a handful of elements and never
//! repaints the thousands of others.

use std::collections::HashSet;

use leptos::prelude::*;

use super::scene::Scene;

/// Keeps the scene's focus layer and selection mark in step with `focus` and `selected`.
pub fn use_highlight(scene: Scene, focus: Memo<Option<HashSet<usize>>>, selected: Memo<Option<usize>>) {
    Effect::new(move |_| {
        let lit = focus.get().unwrap_or_default();
        scene.highlight(lit, selected.get());
    });
}
