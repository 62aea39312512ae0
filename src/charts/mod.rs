//! Charts drawn by plotters into SVG (and QR codes), from plain data: data in, markup out.
//!
//! Text: plotters measures text through a font backend (on wasm, by inserting a styled `<span>`
//! into the page, which a strict CSP blocks and which forces a layout per text). The charts
//! never ask it to: they break and place every text themselves with the one estimate in
//! [`crate::text_metrics`], and plotters draws each line where it is told (its SVG backend
//! only writes the text with an anchor). Ticks are found without logarithms. So the same input
//! gives the same SVG, byte for byte, natively and in the browser. Long labels and titles wrap
//! onto more lines instead of being cut.

pub mod bars;
mod frame;
pub mod palette;
mod plot;
pub mod qr;
pub mod shares;
#[cfg(test)]
mod tests;

pub use bars::{bar_chart, Bar, BarChart};
pub use frame::no_data_chart;
pub use shares::{bullet_chart, dumbbell_chart, Pair, Share};

/// Font stack for chart text: system fonts only, CJK first.
pub const FONT: &str = "PingFang SC, Microsoft YaHei, Noto Sans CJK SC, WenQuanYi Micro Hei, sans-serif";
