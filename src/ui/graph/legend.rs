//! The legend: a switch per industry and per kind of link that can be hidden, pressed while shown.

use leptos::prelude::*;

use super::markup::swatch_class;
use crate::model::filter::LinkKind;
use crate::model::graph::NodeKind;
use crate::model::Text;
use crate::ui::i18n::Msg;
use crate::ui::state::AppState;

/// A short line drawn like the graph's edges of `class`.
fn line_sample(class: &'static str) -> impl IntoView {
    view! {
        <svg class="line-sample" width="28" height="10" aria-hidden="true">
            <line class=class x1="1" y1="5" x2="27" y2="5" />
        </svg>
    }
}

/// An industry's switch: its mark, name and number of chains. A toggle changes only its pressed
/// state, so the button (and the focus on it) stays.
#[component]
fn IndustrySwitch(id: String, label: Text, swatch: String, chains: usize) -> impl IntoView {
    let state = AppState::expect();
    let shown = {
        let id = id.clone();
        move || !state.filters.with(|f| f.industries.contains(&id))
    };
    let toggle = {
        let id = id.clone();
        move |_| state.filters.update(|f| f.toggle_industry(&id))
    };
    view! {
        <li>
            <button type="button" class="legend-item" data-testid="legend-industry" data-id=id aria-pressed=move || shown().to_string() on:click=toggle>
                <span class=swatch aria-hidden="true"></span>
                <span>{move || label.get(state.lang.get()).to_string()}</span>
                <span class="count">{chains}</span>
            </button>
        </li>
    }
}

/// A switch for a kind of link, drawn with a sample of its line.
#[component]
fn LinkSwitch(kind: LinkKind, msg: Msg, line: &'static str) -> impl IntoView {
    let state = AppState::expect();
    view! {
        <li>
            <button type="button" class="legend-item" data-testid="legend-link" data-kind=kind.code()
                aria-pressed=move || (!state.filters.with(|f| f.links.contains(&kind))).to_string()
                on:click=move |_| state.filters.update(|f| f.toggle_link(kind))>
                {line_sample(line)}
                <span>{state.text(msg)}</span>
            </button>
        </li>
    }
}

#[component]
pub fn Legend() -> impl IntoView {
    let state = AppState::expect();
    let wide = window()
        .inner_width()
        .ok()
        .and_then(|w| w.as_f64())
        .is_some_and(|w| w >= 900.0);
    // The industries change only with the data; then they are built anew.
    let industries = move || {
        let data = state.data();
        let g = &data.graph;
        (0..g.nodes.len())
            .filter(|&i| g.nodes[i].kind == NodeKind::Industry)
            .map(|i| {
                let n = &g.nodes[i];
                let chains = g.children(i).filter(|&c| g.nodes[c].kind == NodeKind::Chain).count();
                view! {
                    <IndustrySwitch
                        id=n.id.clone()
                        label=n.label.clone()
                        swatch=swatch_class(NodeKind::Industry, g.industry_rank(i))
                        chains=chains
                    />
                }
            })
            .collect_view()
    };
    view! {
        <details class="legend" open=wide data-testid="legend">
            <summary>{state.text(Msg::Legend)}</summary>
            <ul class="legend-industries">{industries}</ul>
            <ul class="legend-links">
                <li><span class="legend-item fixed">{line_sample("edge belongs")}<span>{state.text(Msg::LinkBelongs)}</span></span></li>
                <LinkSwitch kind=LinkKind::Serves msg=Msg::LinkServes line="edge serves" />
                <LinkSwitch kind=LinkKind::Projects msg=Msg::LinkProjects line="edge part-of" />
                <LinkSwitch kind=LinkKind::Inferred msg=Msg::LinkInferred line="edge belongs inferred" />
            </ul>
            <button type="button" class="chip show-all" class:hidden=move || state.filters.with(|f| f.is_empty()) on:click=move |_| state.filters.set(Default::default())>
                {state.text(Msg::ShowAll)}
            </button>
        </details>
    }
}
