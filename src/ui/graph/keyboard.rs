//! The graph by keyboard: one node takes Tab, arrows step to the next node in that direction,
//! Enter or Space selects, `+` `-` `0` zoom and fit.

use leptos::ev;
use leptos::prelude::*;

use super::scene::Scene;
use crate::layout::nav::{step, Direction};
use crate::ui::dom::{focus, indexed_at, make_tab_stop};
use crate::ui::state::AppState;

/// The node under an event's target, with its index.
fn node_of(target: Option<web_sys::EventTarget>) -> Option<(usize, web_sys::Element)> {
    indexed_at(target, "[data-i]")
}

pub fn on_key(e: &ev::KeyboardEvent, scene: &Scene, state: AppState) {
    let Some((i, _)) = node_of(e.target()) else { return };
    if e.ctrl_key() || e.meta_key() || e.alt_key() {
        return;
    }
    let key = e.key();
    if let Some(d) = Direction::from_key(&key) {
        e.prevent_default();
        let next = step(&scene.places(), i, scene.drawn_neighbours(i), d);
        if let Some(el) = next.and_then(|n| scene.node_element(n)) {
            focus(&el);
            scene.reveal(next.unwrap_or(i));
        }
        return;
    }
    match key.as_str() {
        "Enter" | " " => {
            e.prevent_default();
            let id = state.data().graph.nodes.get(i).map(|n| n.id.clone());
            state.select(id);
        }
        "+" | "=" => scene.zoom_by(1.5),
        "-" | "_" => scene.zoom_by(1.0 / 1.5),
        "0" => scene.fit(),
        _ => {}
    }
}

/// Focus on a node lights it up and makes it the one Tab returns to.
pub fn on_focus_in(e: &ev::FocusEvent, state: AppState) {
    let Some((i, el)) = node_of(e.target()) else { return };
    make_tab_stop(&el, "svg", "[data-i]");
    state.hover.set(Some(i));
}

pub fn on_focus_out(e: &ev::FocusEvent, state: AppState) {
    if node_of(e.related_target()).is_none() && node_of(e.target()).is_some() {
        state.hover.set(None);
    }
}
