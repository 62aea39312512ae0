//! Charts as SVG strings, drawn with plotters from plain data: data in, SVG out.

pub mod bars;
pub mod palette;

pub use bars::{bar_chart, Bar, BarChart};

/// Font stack for chart text: system fonts only, CJK first.
pub const FONT: &str = "PingFang SC, Microsoft YaHei, Noto Sans CJK SC, WenQuanYi Micro Hei, sans-serif";
