//! The detail panel: the card of the selected node (a side panel on desktop, a bottom sheet on phones).

mod card;
mod card_view;
mod chart;
mod figures;
mod focus;
mod overview;
mod sections;
mod sheet;

pub use card_view::DetailPanel;
pub use figures::{derived_row, metric_row, FigureItem};
