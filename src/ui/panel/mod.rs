//! The detail panel: the card of the selected node (a side panel on desktop, a bottom sheet on phones).

mod card_markup;
mod card_view;
mod chart;
mod figures;
mod focus;
mod sheet;

pub use card_view::DetailPanel;
pub use figures::{derived_item, metric_item};
