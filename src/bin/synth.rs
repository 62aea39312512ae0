//! Writes a synthetic dataset of N enterprises as JSON: `cargo run --release --bin synth -- 5000 > big.json`.

fn main() {
    let n = std::env::args().nth(1).and_then(|a| a.parse().ok()).unwrap_or(1000);
    let dataset = chain_map::data::synthetic::synthetic(n);
    println!(
        "{}",
        serde_json::to_string_pretty(&dataset).expect("a dataset is always serialisable")
    );
}
