//! The header's data menu: preview a file, and download the workbook template or the data shown.

use leptos::prelude::*;

use super::FilePicker;
use crate::ui::download::download_workbook;
use crate::ui::i18n::Msg;
use crate::ui::state::AppState;

#[component]
pub fn DataMenu() -> impl IntoView {
    let state = AppState::expect();
    view! {
        <details class="display-menu data-menu" data-testid="data-menu">
            <summary>{state.text(Msg::DataMenu)}</summary>
            <div class="display-panel">
                <FilePicker />
                <button type="button" class="chip" data-testid="menu-template-xlsx" on:click=move |_| download_workbook(None)>
                    {state.text(Msg::TemplateXlsx)}
                </button>
                <button
                    type="button"
                    class="chip"
                    data-testid="menu-dataset-xlsx"
                    on:click=move |_| download_workbook(Some(state.data()))
                >
                    {state.text(Msg::DatasetXlsx)}
                </button>
            </div>
        </details>
    }
}
