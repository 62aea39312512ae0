//! The graph surface: system, network and chain views as SVG, the list view, and their controls.

mod controls;
mod draw;
mod gestures;
mod graph_view;
mod highlight;
mod keyboard;
mod list_markup;
mod list_view;
mod markup;
mod scene;

pub use controls::{ChainPicker, Legend, SearchBox};
pub use graph_view::{aria_label as node_label, GraphView, SceneSlot};
pub use list_view::ListView;
