//! Chain Map: an interactive map of a district's "5+10" industrial system.
//!
//! Everything but `ui` is plain Rust with no browser types, tested natively.

pub mod card;
pub mod charts;
pub mod data;
pub mod layout;
pub mod markup;
pub mod math;
pub mod metrics;
pub mod model;
pub mod order;
pub mod overview;
pub mod text_metrics;
pub mod ui;
pub mod workbook;
