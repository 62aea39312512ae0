//! The built-in Wanzhou dataset, compiled into the app.

pub mod synthetic;

use crate::model::{self, Dataset};

/// The dataset's JSON text, as published in `data/wanzhou.json`.
pub const WANZHOU_JSON: &str = include_str!("../../data/wanzhou.json");

/// The built-in dataset. It is checked by the test suite, so loading cannot fail at run time.
///
/// It goes through the same loader as any other file, so the app carries one copy of the parsing code.
pub fn wanzhou() -> Dataset {
    model::load(WANZHOU_JSON)
        .dataset
        .expect("the built-in dataset is valid (checked by tests)")
}
