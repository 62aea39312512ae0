//! Derived figures and number formatting, computed from the model.

pub mod aggregate;
pub mod derived;
pub mod export;
pub mod format;
pub mod number;

pub use derived::{derived, derived_for, energy_per_output_change, per_hour, Derived};
pub use format::{derived_value, metric_value, quantity};
pub use number::num;
