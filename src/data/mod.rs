//! The built-in Wanzhou dataset, compiled into the app.

#[cfg(test)]
pub mod hostile;
pub mod synthetic;

use crate::model::{codec, Dataset};

/// The dataset's JSON text, as published in `data/wanzhou.json`.
pub const WANZHOU_JSON: &str = include_str!("../../data/wanzhou.json");

/// The same dataset in the app's binary form, written by the build script from `data/wanzhou.json`.
pub const WANZHOU_BIN: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/wanzhou.bin"));

/// The built-in dataset. The tests check that it is what the loader makes of `data/wanzhou.json`,
/// with no errors or warnings, so reading it cannot fail at run time.
pub fn wanzhou() -> Dataset {
    codec::dataset_from_bytes(WANZHOU_BIN).expect("the built-in dataset is valid (checked by tests)")
}
