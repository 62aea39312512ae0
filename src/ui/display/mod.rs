//! Display settings: colour theme (device, light, dark, high contrast) and large text, kept in the URL and on the device.

mod menu;
mod settings;

pub use menu::DisplayMenu;
pub use settings::{Display, Theme};

use leptos::prelude::*;

use super::state::AppState;
use super::url::param;

const STORAGE_KEY: &str = "chain-map.display";

fn storage() -> Option<web_sys::Storage> {
    window().local_storage().ok().flatten()
}

/// A kiosk shows what its own URL says; everyone else gets back what they chose last time.
fn remembers() -> bool {
    param(&window().location().search().unwrap_or_default(), "mode").as_deref() != Some("kiosk")
}

/// The settings this device chose last time (defaults if none, or in a kiosk).
pub fn remembered() -> Display {
    remembers()
        .then(storage)
        .flatten()
        .and_then(|s| s.get_item(STORAGE_KEY).ok().flatten())
        .map(|s| Display::from_stored(&s))
        .unwrap_or_default()
}

/// Keeps the classes on `<html>` and the device's memory in step with the settings.
pub fn apply(state: AppState) {
    let remember = remembers();
    Effect::new(move |_| {
        let d = state.display.get();
        if let Some(root) = document().document_element() {
            let list = root.class_list();
            for (class, on) in d.classes() {
                let _ = list.toggle_with_force(class, on);
            }
        }
        if let Some(s) = storage().filter(|_| remember) {
            let _ = s.set_item(STORAGE_KEY, &d.stored());
        }
    });
}
