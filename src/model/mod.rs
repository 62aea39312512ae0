//! The data model: dataset types, units, validation and the graph view of a dataset.

pub mod codec;
pub mod decimal;
pub mod describe;
pub mod filter;
pub mod graph;
pub mod load;
pub mod schema;
pub mod search;
pub mod stages;
pub mod types;
pub mod units;
pub mod validate;

pub use load::{load, load_bytes, Report};
pub use types::*;
pub use validate::{validate, Finding, Severity};
