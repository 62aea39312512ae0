//! The worker: reads and checks dataset files, runs the network view's force simulation, writes
//! JSON and CSV downloads and draws QR codes off the page's thread, so the page's own code carries
//! no JSON parser or writer, no CSV writer, no simulation and no QR encoder.
//! Spreadsheets have their own worker (`chain-map-sheets`), so this one stays small.
//!
//! Requests are `{id, kind, text?, bytes?, ids?}`: `load` (a JSON file's `bytes`) answers
//! `{id, bytes, dataset?}` (see `host::send_report`); `dataset-json` (a dataset in the binary form
//! of `model::codec`), `figures-json` and `figures-csv` (likewise, with the `ids` of the figures to
//! write, or none for all) answer `{id, text}`; `network` (a dataset's `bytes` and a `filters`
//! code) answers `{id, positions}`, x and y of each shown node as little-endian `f64` bytes
//! (`layout::network`); `force` (`n`, `links` as a `Uint32Array` of pairs, `iterations`), for
//! the benchmark, answers the same with the time taken in `ms`; `qr` (a link) answers `{id, modules}`, one byte per module (empty when the link
//! is too long for a code). Anything else answers `{id, error}`. It says `"ready"` once it listens.

#[path = "shared/host.rs"]
mod host;

use chain_map::layout::force::{simulate, ForceParams};
use chain_map::layout::network::{positions_to_bytes, Network};
use chain_map::metrics::export;
use chain_map::model::codec;
use chain_map::model::filter::Filters;
use chain_map::model::graph::Graph;
use chain_map::model::{Dataset, Metric};
use host::{bytes_of, field, reply_to, send, send_bytes, send_report, Scope};
use wasm_bindgen::JsCast;
use wasm_bindgen::JsValue;

/// The dataset's figures named in `ids` (an array of metric ids), in that order; every figure
/// when there are no `ids`.
fn figures(dataset: &Dataset, ids: &JsValue) -> Vec<Metric> {
    if ids.is_undefined() {
        return dataset.metrics.clone();
    }
    js_sys::Array::from(ids)
        .iter()
        .filter_map(|id| id.as_string())
        .filter_map(|id| dataset.metrics.iter().find(|m| m.id == id).cloned())
        .collect()
}

fn answer(scope: &Scope, request: &JsValue) -> Result<(), JsValue> {
    let reply = reply_to(request)?;
    let bytes = || bytes_of(request, "bytes");
    let other_version = || "bytes from another version of the page".to_string();
    match field(request, "kind").as_string().as_deref() {
        Some("load") => send_report(scope, &reply, chain_map::model::load_bytes(&bytes())),
        Some("qr") => {
            let text = field(request, "text").as_string().unwrap_or_default();
            let modules = chain_map::charts::qr::QrModules::of(&text).map(|q| q.to_bytes());
            send_bytes(scope, &reply, "modules", &modules.unwrap_or_default())
        }
        Some("dataset-json") => send(
            scope,
            &reply,
            "text",
            codec::dataset_from_bytes(&bytes())
                .and_then(|d| serde_json::to_string_pretty(&d).ok())
                .ok_or_else(other_version),
        ),
        Some(kind @ ("figures-json" | "figures-csv")) => send(
            scope,
            &reply,
            "text",
            codec::dataset_from_bytes(&bytes())
                .map(|d| {
                    let metrics = figures(&d, &field(request, "ids"));
                    if kind == "figures-csv" {
                        export::figures_csv(&metrics.iter().collect::<Vec<_>>())
                    } else {
                        export::figures_json(&metrics)
                    }
                })
                .ok_or_else(other_version),
        ),
        Some("network") => match codec::dataset_from_bytes(&bytes()) {
            Some(d) => {
                let g = Graph::from_dataset(&d);
                let filters = Filters::parse(&field(request, "filters").as_string().unwrap_or_default());
                let positions = Network::of(&g, &filters).simulate(&g);
                send_bytes(scope, &reply, "positions", &positions_to_bytes(&positions))
            }
            None => send(scope, &reply, "", Err(other_version())),
        },
        Some("force") => {
            // For bench/layout: d3-force's defaults on a given graph, timed here.
            let n = field(request, "n").as_f64().unwrap_or(0.0) as usize;
            let links: Vec<u32> = field(request, "links")
                .dyn_into::<js_sys::Uint32Array>()
                .map(|l| l.to_vec())
                .unwrap_or_default();
            let pairs: Vec<(usize, usize)> = links.chunks_exact(2).map(|p| (p[0] as usize, p[1] as usize)).collect();
            let params = ForceParams {
                iterations: field(request, "iterations").as_f64().unwrap_or(300.0) as usize,
                ..ForceParams::default()
            };
            let clock = scope.performance();
            let started = clock.as_ref().map_or(0.0, |c| c.now());
            let positions = simulate(n.min(1_000_000), &pairs, params);
            let took = clock.as_ref().map_or(0.0, |c| c.now()) - started;
            js_sys::Reflect::set(&reply, &"ms".into(), &took.into())?;
            send_bytes(scope, &reply, "positions", &positions_to_bytes(&positions))
        }
        _ => send(scope, &reply, "", Err("unknown request".to_string())),
    }
}

fn main() {
    host::listen(answer);
}
