//! The header's display menu: text size and colour theme as two groups of radio buttons.

use leptos::ev;
use leptos::prelude::*;

use super::Theme;
use crate::ui::dom::focus;
use crate::ui::i18n::Msg;
use crate::ui::state::AppState;

fn theme_name(theme: Theme) -> Msg {
    match theme {
        Theme::Auto => Msg::ThemeAuto,
        Theme::Light => Msg::ThemeLight,
        Theme::Dark => Msg::ThemeDark,
        Theme::Contrast => Msg::ThemeContrast,
    }
}

#[component]
pub fn DisplayMenu() -> impl IntoView {
    let state = AppState::expect();
    let menu = NodeRef::<leptos::html::Details>::new();
    let text_option = move |large: bool| {
        let msg = if large { Msg::TextLarge } else { Msg::TextNormal };
        view! {
            <label class="display-option">
                <input
                    type="radio"
                    name="display-text"
                    data-testid=if large { "text-large" } else { "text-normal" }
                    prop:checked=move || state.display.get().large_text == large
                    on:change=move |_| state.display.update(|d| d.large_text = large)
                />
                <span>{state.text(msg)}</span>
            </label>
        }
    };
    let theme_option = move |theme: Theme| {
        view! {
            <label class="display-option">
                <input
                    type="radio"
                    name="display-theme"
                    data-testid=format!("theme-{}", theme.code())
                    prop:checked=move || state.display.get().theme == theme
                    on:change=move |_| state.display.update(|d| d.theme = theme)
                />
                <span>{state.text(theme_name(theme))}</span>
            </label>
        }
    };
    // Esc closes the menu and gives the focus back to its button (and clears nothing else).
    let on_key = move |e: ev::KeyboardEvent| {
        let Some(details) = menu.get_untracked() else { return };
        if e.key() == "Escape" && details.open() {
            e.prevent_default();
            details.set_open(false);
            if let Ok(Some(summary)) = details.query_selector("summary") {
                focus(&summary);
            }
        }
    };
    view! {
        <details class="display-menu" data-testid="display-menu" node_ref=menu on:keydown=on_key>
            <summary>
                <span class="display-glyph" aria-hidden="true">"Aa"</span>
                " "
                {state.text(Msg::DisplayMenu)}
            </summary>
            <div class="display-panel">
                <fieldset>
                    <legend>{state.text(Msg::TextSize)}</legend>
                    {text_option(false)}
                    {text_option(true)}
                </fieldset>
                <fieldset>
                    <legend>{state.text(Msg::Colours)}</legend>
                    {Theme::ALL.map(theme_option)}
                </fieldset>
            </div>
        </details>
    }
}
