//! The built-in Wanzhou dataset, compiled into the app.

pub mod synthetic;

use crate::model::{self, Dataset};

/// The dataset's JSON text, as published in `data/wanzhou.json`.
pub const WANZHOU_JSON: &str = include_str!("../../data/wanzhou.json");

/// The built-in dataset. It is checked by the test suite, so parsing cannot fail at run time.
pub fn wanzhou() -> Dataset {
    model::parse(WANZHOU_JSON).expect("the built-in dataset is valid JSON (checked by tests)")
}
