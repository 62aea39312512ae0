//! The detail panel: the card of the selected node, else the chain view's chain or the overview.

use leptos::ev;
use leptos::prelude::*;

use super::card::CardView;
use super::overview::OverviewView;
use crate::ui::graph::chain_in_view;
use crate::ui::i18n::Msg;
use crate::ui::state::AppState;
use crate::ui::url::View;

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

    // On a phone the overview opens in the sheet on request; a selection takes its place.
    let home = RwSignal::new(false);
    Effect::new(move |_| {
        if state.selected.with(Option::is_some) {
            home.set(false);
        }
    });
    let open = Memo::new(move |_| state.selected.with(Option::is_some) || home.get());
    // With nothing selected the chain view shows its chain's card, other views the overview.
    let chain_card = Memo::new(move |_| {
        (state.view.get() == View::Chain && !home.get())
            .then(|| chain_in_view(state).map(|i| state.data().graph.nodes[i].id.clone()))
            .flatten()
    });
    // A card is built for each node, language, dataset and text size; a new width only redraws
    // its charts.
    let body = move || {
        let (lang, data) = (state.lang.get(), state.data());
        let shown = state.selected.get().map(|id| (id, false));
        match shown.or_else(|| chain_card.get().map(|id| (id, true))) {
            None => view! { <OverviewView data=data lang=lang open=home /> }.into_any(),
            Some((id, pinned)) => {
                let large_text = state.large_text.get();
                view! { <CardView data=data id=id lang=lang width=width large_text=large_text pinned=pinned /> }
                    .into_any()
            }
        }
    };
    let full = RwSignal::new(false);
    Effect::new(move |_| {
        if !open.get() {
            full.set(false);
        }
    });
    // Beside the graph it is a complementary region; on a phone, open, a modal dialog.
    let sheet = super::focus::sheet_focus(panel, open);
    let dialog = move || sheet.get() && open.get();
    let on_key = move |e: ev::KeyboardEvent| {
        if e.key() == "Escape" {
            home.set(false);
        }
        if let Some(p) = panel.get_untracked().filter(|_| dialog()) {
            super::focus::trap_tab(&e, &p);
        }
    };
    view! {
        <div
            class="panel"
            id="panel"
            tabindex="-1"
            class:open=open
            class:full=full
            node_ref=panel
            data-testid="panel"
            role=move || if dialog() { "dialog" } else { "complementary" }
            aria-modal=move || dialog().then_some("true")
            aria-label=state.text(Msg::Details)
            on:keydown=on_key
        >
            <super::sheet::SheetHandle panel=panel full=full home=home />
            {body}
        </div>
        <button type="button" class="chip overview-open" data-testid="overview-open" aria-controls="panel" on:click=move |_| home.set(true)>
            {state.text(Msg::OverviewTitle)}
        </button>
    }
}
