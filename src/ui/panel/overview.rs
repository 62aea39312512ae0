//! The panel's home with nothing selected: the district's structure in figures, its headline
//! indicators with their sources and what is computed from them, and how to use the map.

use std::sync::Arc;

use leptos::prelude::*;

use super::figures::{derived_row, metric_row, FigureItem};
use super::sections::{Section, Tally, TileRow};
use crate::model::Lang;
use crate::overview::overview;
use crate::ui::i18n::{t, Msg};
use crate::ui::state::Loaded;

/// How to use the map, one line each.
const HOW_TO: [Msg; 4] = [Msg::PanelEmpty, Msg::HowSearch, Msg::HowViews, Msg::HowLang];

/// The overview of the data on screen; on a phone it opens in the sheet while `open` is set.
#[component]
pub fn OverviewView(data: Arc<Loaded>, lang: Lang, open: RwSignal<bool>) -> impl IntoView {
    let d = &data.dataset;
    let o = overview(d);
    let tile = |msg: Msg, n: usize| TileRow {
        label: t(msg, lang),
        value: n.to_string(),
        title: None,
    };
    let tiles = vec![
        tile(Msg::Industries, o.industries),
        tile(Msg::Chains, o.chains),
        tile(Msg::Enterprises, o.enterprises),
        tile(Msg::Projects, o.projects),
    ];
    let figures = (!o.headline.is_empty()).then(|| {
        let stated = o.headline.iter().map(|m| metric_row(d, m, lang));
        let items = stated
            .chain(o.derived.iter().map(|x| derived_row(x, lang)))
            .map(|row| view! { <FigureItem row=row lang=lang open=true /> })
            .collect_view();
        view! { <Section title=Msg::Headline lang=lang><ul class="figures">{items}</ul></Section> }
    });
    let how = HOW_TO.map(|m| view! { <li>{t(m, lang)}</li> });
    let summary = d
        .district
        .summary
        .as_ref()
        .map(|s| view! { <p class="summary">{s.get(lang).to_string()}</p> });
    view! {
        <article class="card overview" data-testid="overview">
            <header class="card-head">
                <span class="kind">{t(Msg::OverviewTitle, lang)}</span>
                <h2 tabindex="-1">{d.district.name.get(lang).to_string()}</h2>
                <button type="button" class="close" aria-label=t(Msg::Close, lang) on:click=move |_| open.set(false)>"×"</button>
            </header>
            {summary}
            <Tally tiles=tiles />
            {figures}
            <Section title=Msg::HowTo lang=lang><ul class="how-to">{how}</ul></Section>
        </article>
    }
}
