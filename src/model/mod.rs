//! The data model: dataset types, units, validation and the graph view of a dataset.

pub mod card;
pub mod graph;
pub mod load;
pub mod schema;
pub mod types;
pub mod units;
pub mod validate;

pub use load::{load, load_bytes, Report};
pub use types::*;
pub use validate::{validate, Finding, Severity};

/// Why a file could not be read as a dataset at all.
#[derive(Debug, Clone, PartialEq)]
pub struct ParseError {
    pub line: usize,
    pub column: usize,
    pub message: String,
}

impl std::fmt::Display for ParseError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "line {}, column {}: {}", self.line, self.column, self.message)
    }
}

/// Parses a dataset from JSON text; syntax and type errors carry their line and column.
pub fn parse(json: &str) -> Result<Dataset, ParseError> {
    serde_json::from_str(json).map_err(|e| ParseError {
        line: e.line(),
        column: e.column(),
        message: e.to_string(),
    })
}
