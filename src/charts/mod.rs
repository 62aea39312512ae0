//! Charts and QR codes as SVG strings, drawn from plain data: data in, SVG out.

pub mod bars;
pub mod palette;
pub mod qr;
pub mod shares;
pub mod svg;

pub use bars::{bar_chart, no_data_chart, Bar, BarChart};
pub use shares::{bullet_chart, dumbbell_chart, Pair, Share};

/// Font stack for chart text: system fonts only, CJK first.
pub const FONT: &str = "PingFang SC, Microsoft YaHei, Noto Sans CJK SC, WenQuanYi Micro Hei, sans-serif";
