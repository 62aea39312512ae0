//! The chain picker of the chain view: which chain is laid out from upstream to downstream.

use leptos::prelude::*;

use crate::ui::i18n::Msg;
use crate::ui::state::AppState;

#[component]
pub fn ChainPicker() -> impl IntoView {
    let state = AppState::expect();
    let current = Memo::new(move |_| {
        let data = state.data();
        super::graph_view::chain_in_view(state).map(|i| data.graph.nodes[i].id.clone())
    });
    let options = move || {
        let lang = state.lang.get();
        let data = state.data();
        data.dataset
            .chains
            .iter()
            .map(|c| {
                let id = c.id.clone();
                let sel = {
                    let id = id.clone();
                    move || current.get().as_deref() == Some(id.as_str())
                };
                view! { <option value=id selected=sel>{c.name.get(lang).to_string()}</option> }
            })
            .collect_view()
    };
    view! {
        <label class="chain-picker">
            <span>{state.text(Msg::ChooseChain)}</span>
            <select data-testid="chain-picker" on:change=move |e| state.chain.set(Some(event_target_value(&e)))>
                {options}
            </select>
        </label>
    }
}
