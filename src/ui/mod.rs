//! The browser shell: Leptos components that read the state, call the core and render.

mod app;
mod chart_figure;
mod chart_series;
mod dashboard;
mod data;
mod display;
pub mod dom;
mod download;
mod embed;
mod graph;
pub mod i18n;
mod kiosk;
mod panel;
mod panic;
pub mod state;
pub mod url;
mod worker;

pub use app::App;

/// Installs the panic hook and mounts the app on the page.
pub fn start() {
    panic::install();
    leptos::mount::mount_to_body(App);
}
