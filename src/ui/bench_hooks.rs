//! Entry points for the benchmark pages (`bench/`): the force simulation callable from JavaScript,
//! so it runs in the same page as d3-force on the same graph.

use wasm_bindgen::prelude::*;

use crate::layout::force::{simulate, ForceParams};

/// Runs `iterations` ticks of the force simulation on `n` nodes joined by `links` (pairs of node
/// indices, flattened) with d3-force's defaults; returns x, y, x, y, …
#[wasm_bindgen(js_name = forceLayout)]
pub fn force_layout(n: usize, links: &[u32], iterations: usize) -> Vec<f64> {
    let pairs: Vec<(usize, usize)> = links.chunks_exact(2).map(|p| (p[0] as usize, p[1] as usize)).collect();
    let params = ForceParams {
        iterations,
        ..ForceParams::default()
    };
    simulate(n, &pairs, params)
        .into_iter()
        .flat_map(|(x, y)| [x, y])
        .collect()
}
