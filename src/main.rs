//! Entry point: installs the panic hook and mounts the app.

fn main() {
    chain_map::ui::start();
}
