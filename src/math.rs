//! Trigonometry, powers and logarithms: in the browser the host's `Math` (so none of libm's code
//! ships in the page: about 4 KB brotli), natively the standard library's.

#[cfg(target_arch = "wasm32")]
mod host {
    use wasm_bindgen::prelude::*;

    #[wasm_bindgen]
    extern "C" {
        #[wasm_bindgen(js_namespace = Math)]
        pub fn sin(x: f64) -> f64;
        #[wasm_bindgen(js_namespace = Math)]
        pub fn cos(x: f64) -> f64;
        #[wasm_bindgen(js_namespace = Math)]
        pub fn atan2(y: f64, x: f64) -> f64;
        #[wasm_bindgen(js_namespace = Math)]
        pub fn pow(x: f64, y: f64) -> f64;
        #[wasm_bindgen(js_namespace = Math)]
        pub fn exp(x: f64) -> f64;
        #[wasm_bindgen(js_namespace = Math)]
        pub fn log10(x: f64) -> f64;
        #[wasm_bindgen(js_namespace = Math)]
        pub fn hypot(x: f64, y: f64) -> f64;
    }
}

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

pub use host::{atan2, cos, exp, hypot, log10, pow, sin};
