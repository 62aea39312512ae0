//! The detail panel and the card it shows for the selected node.

use leptos::ev;
use leptos::prelude::*;

use super::card::CardView;
use crate::ui::i18n::{t, Msg};
use crate::ui::state::AppState;

#[component]
pub fn DetailPanel() -> impl IntoView {
    let state = AppState::expect();
    let panel = NodeRef::<leptos::html::Div>::new();
    let width = RwSignal::new(360_u32);
    let measure = move || {
        if let Some(el) = panel.get_untracked() {
            let w = el.client_width() as u32;
            if w > 0 {
                width.set(w.saturating_sub(40).max(240));
            }
        }
    };
    // A new selection (from the graph, a search or a link in the card) opens its card at the top.
    Effect::new(move |_| {
        state.selected.track();
        if let Some(el) = panel.get_untracked() {
            el.set_scroll_top(0);
        }
        measure();
    });
    let resize = window_event_listener(ev::resize, move |_| measure());
    on_cleanup(move || resize.remove());

    // A card is built for each node, language, dataset and text size; a new width only redraws
    // its charts.
    let body = move || {
        let lang = state.lang.get();
        match state.selected.get() {
            None => view! { <p class="panel-empty">{t(Msg::PanelEmpty, lang)}</p> }.into_any(),
            Some(id) => {
                let large_text = state.large_text.get();
                view! { <CardView data=state.data() id=id lang=lang width=width large_text=large_text /> }.into_any()
            }
        }
    };
    let full = RwSignal::new(false);
    Effect::new(move |_| {
        if state.selected.get().is_none() {
            full.set(false);
        }
    });
    // Beside the graph it is a complementary region; on a phone, open, a modal dialog.
    let sheet = super::focus::sheet_focus(panel);
    let dialog = move || sheet.get() && state.selected.with(Option::is_some);
    let on_key = move |e: ev::KeyboardEvent| {
        if let Some(p) = panel.get_untracked().filter(|_| dialog()) {
            super::focus::trap_tab(&e, &p);
        }
    };
    view! {
        <div
            class="panel"
            id="panel"
            tabindex="-1"
            class:open=move || state.selected.get().is_some()
            class:full=full
            node_ref=panel
            data-testid="panel"
            role=move || if dialog() { "dialog" } else { "complementary" }
            aria-modal=move || dialog().then_some("true")
            aria-label=state.text(Msg::Details)
            on:keydown=on_key
        >
            <super::sheet::SheetHandle panel=panel full=full />
            {body}
        </div>
    }
}
