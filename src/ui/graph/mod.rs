//! The graph surface: system, network and chain views as SVG, the list view, and their controls.

mod chain_picker;
mod draw;
mod gestures;
mod graph_view;
mod highlight;
mod keyboard;
mod legend;
mod list_view;
mod markup;
mod scene;
mod search;

pub use chain_picker::ChainPicker;
pub use graph_view::{aria_label as node_label, chain_in_view, GraphView, SceneSlot};
pub use legend::Legend;
pub use list_view::ListView;
pub use search::SearchBox;
