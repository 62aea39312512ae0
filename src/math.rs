//! Trigonometry, powers and logarithms: in the browser the host's `Math` (through `js_sys`),
//! natively the standard library's. Replaces `f64::sin`, `cos`, `atan2`, `powf`, `exp`, `log10`
//! and `hypot` in the page, which would compile libm's code into the wasm: measured 4,886 B
//! brotli of first load (227,297 B with the host's `Math`, 232,183 B with std's).
//! The two differ only where no caller goes: `Math.pow(±1, NaN or ±∞)` is NaN, `powf` gives 1.

#[cfg(target_arch = "wasm32")]
pub use js_sys::Math::{atan2, cos, exp, hypot, log10, pow, sin};

#[cfg(not(target_arch = "wasm32"))]
mod host {
    pub fn sin(x: f64) -> f64 {
        x.sin()
    }
    pub fn cos(x: f64) -> f64 {
        x.cos()
    }
    pub fn atan2(y: f64, x: f64) -> f64 {
        y.atan2(x)
    }
    pub fn pow(x: f64, y: f64) -> f64 {
        x.powf(y)
    }
    pub fn exp(x: f64) -> f64 {
        x.exp()
    }
    pub fn log10(x: f64) -> f64 {
        x.log10()
    }
    pub fn hypot(x: f64, y: f64) -> f64 {
        x.hypot(y)
    }
}

#[cfg(not(target_arch = "wasm32"))]
pub use host::{atan2, cos, exp, hypot, log10, pow, sin};
