//! Kiosk mode (`?mode=kiosk`): full screen, large targets, an idle countdown and reset, an attract tour, a QR code.

mod overlay;
mod tour;

pub use overlay::KioskOverlay;

use std::cell::Cell;
use std::rc::Rc;

use leptos::ev;
use leptos::prelude::*;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

use crate::model::Lang;
use crate::ui::display::Display;
use crate::ui::state::AppState;
use crate::ui::url::param;
use crate::ui::url::View;

/// What the kiosk overlay shows.
#[derive(Clone, Copy)]
pub struct Kiosk {
    /// Seconds left before the reset, while counting down.
    pub countdown: RwSignal<Option<u32>>,
    /// The attract tour's caption, while touring.
    pub caption: RwSignal<Option<String>>,
}

/// Seconds of the last countdown before an idle reset.
const COUNTDOWN: f64 = 10.0;

fn seconds(query: &str, key: &str, default: f64) -> f64 {
    param(query, key)
        .and_then(|v| crate::model::decimal::parse_decimal(&v))
        .filter(|v| v.is_finite() && *v > 0.0)
        .unwrap_or(default)
}

/// Back to the home view in the default language, shown as the kiosk's own URL says.
fn reset(state: AppState, display: Display) {
    state.select(None);
    state.set_view(View::System);
    // Fitted, with no chain left unfolded by zooming.
    state.viewport.set(None);
    state.unfolded.set(None);
    state.filters.set(Default::default());
    state.lang.set(Lang::Zh);
    state.display.set(display);
}

pub fn start(state: AppState) {
    if let Some(root) = document().document_element() {
        let _ = root.class_list().add_1("kiosk");
    }
    let query = window().location().search().unwrap_or_default();
    let display = state.display.get_untracked();
    let idle_ms = seconds(&query, "idle", 90.0) * 1000.0;
    let step_ms = seconds(&query, "tour_step", 6.0) * 1000.0;
    let kiosk = Kiosk {
        countdown: RwSignal::new(None),
        caption: RwSignal::new(None),
    };
    provide_context(kiosk);

    let last_input = Rc::new(Cell::new(js_sys::Date::now()));
    let touring = Rc::new(Cell::new(None::<(usize, f64)>));
    let fullscreen_asked = Rc::new(Cell::new(false));
    let on_input = {
        let (last_input, touring) = (last_input.clone(), touring.clone());
        move || {
            last_input.set(js_sys::Date::now());
            if touring.take().is_some() {
                kiosk.caption.set(None);
            }
            kiosk.countdown.set(None);
        }
    };
    let touch = {
        let on_input = on_input.clone();
        window_event_listener(ev::pointerdown, move |_| {
            on_input();
            if !fullscreen_asked.replace(true) {
                if let Some(root) = document().document_element() {
                    let _ = root.request_fullscreen();
                }
            }
        })
    };
    let key = {
        let on_input = on_input.clone();
        window_event_listener(ev::keydown, move |_| on_input())
    };
    let wheel = window_event_listener(ev::wheel, move |_| on_input());
    let menu = window_event_listener(ev::contextmenu, |e| e.prevent_default());
    on_cleanup(move || {
        touch.remove();
        key.remove();
        wheel.remove();
        menu.remove();
    });

    let tick = Closure::<dyn FnMut()>::new(move || {
        let now = js_sys::Date::now();
        if let Some((step, since)) = touring.get() {
            if now - since >= step_ms {
                let next = step + 1;
                touring.set(Some((next, now)));
                tour::show(state, kiosk, next);
            }
            return;
        }
        let idle = now - last_input.get();
        if idle >= idle_ms {
            reset(state, display);
            kiosk.countdown.set(None);
            touring.set(Some((0, now)));
            tour::show(state, kiosk, 0);
        } else if idle >= idle_ms - COUNTDOWN.min(idle_ms / 3000.0) * 1000.0 {
            kiosk.countdown.set(Some(((idle_ms - idle) / 1000.0).ceil() as u32));
        }
    });
    // The kiosk runs for the life of the page: the one timer is never cleared.
    let _ = window().set_interval_with_callback_and_timeout_and_arguments_0(tick.as_ref().unchecked_ref(), 250);
    tick.forget();
}
