//! The graph surface: the "5+10" system view drawn as SVG.

mod highlight;
mod system_view;

pub use system_view::SystemView;
