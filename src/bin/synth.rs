//! Writes a synthetic dataset of N enterprises as JSON, `cargo run --release --bin synth -- 5000 > big.json`,
//! or as a workbook, `cargo run --release --bin synth -- 5000 big.xlsx`.

fn main() {
    let mut args = std::env::args().skip(1);
    let n = args.next().and_then(|a| a.parse().ok()).unwrap_or(1000);
    let dataset = chain_map::data::synthetic::synthetic(n);
    match args.next() {
        Some(path) => {
            let bytes = chain_map::workbook::workbook(&dataset).expect("a dataset is always writable as a workbook");
            std::fs::write(&path, bytes).expect("the workbook file can be written");
        }
        None => println!(
            "{}",
            serde_json::to_string_pretty(&dataset).expect("a dataset is always serialisable")
        ),
    }
}
