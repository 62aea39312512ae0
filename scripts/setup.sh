#!/usr/bin/env bash
# Installs what Chain Map needs to build and test, skipping whatever is already there.
# Everything comes from the package registries (Debian, crates.io, npm), and Rust itself from rustup when missing.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/env.sh

TRUNK_VERSION=0.22.1
# wasm-bindgen-cli must equal the wasm-bindgen pinned in Cargo.toml.
WASM_BINDGEN_VERSION=$(sed -n 's/^wasm-bindgen = "=\([0-9.]*\)"/\1/p' Cargo.toml)

say() { printf '\033[1m[setup]\033[0m %s\n' "$*"; }

# The two tools are built without link-time optimisation and with parallel code generation:
# trunk's own release profile asks for fat LTO in one codegen unit, whose final link alone
# keeps a 2-core machine busy for minutes; the tools run just as well without it.
fast_install() {
  CARGO_PROFILE_RELEASE_LTO=false CARGO_PROFILE_RELEASE_CODEGEN_UNITS=16 cargo install "$@"
}

# Debian packages: the browser for tests, a CJK font so screenshots show Chinese, Node and npm
# (the test driver and wasm-opt come from npm), and curl for the Rust installer below.
missing=()
command -v chromium >/dev/null || missing+=(chromium)
fc-list 2>/dev/null | grep -qi "WenQuanYi Micro Hei" || missing+=(fonts-wqy-microhei)
command -v node >/dev/null || missing+=(nodejs)
command -v npm >/dev/null || missing+=(npm)
command -v rustup >/dev/null || command -v curl >/dev/null || missing+=(curl ca-certificates)
if [ ${#missing[@]} -gt 0 ]; then
  say "installing ${missing[*]} (apt)"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

# Rust: the toolchain through rustup (Rust's own installer, as Debian packages no rustup) when the
# machine has none, then the wasm target and the lint tools.
if ! command -v rustup >/dev/null; then
  say "installing the Rust toolchain (rustup, stable)"
  curl --proto '=https' --tlsv1.2 -sSf https://sh.rustup.rs | sh -s -- -y --profile minimal --no-modify-path
fi
rustup target list --installed | grep -qx wasm32-unknown-unknown || { say "adding wasm32 target"; rustup target add wasm32-unknown-unknown; }
rustup component list --installed | grep -q '^clippy' || rustup component add clippy
rustup component list --installed | grep -q '^rustfmt' || rustup component add rustfmt

# Trunk, pinned; its own rust-version is newer than it needs.
if ! trunk --version 2>/dev/null | grep -q "$TRUNK_VERSION"; then
  say "installing trunk $TRUNK_VERSION (cargo, ~8 min cold)"
  fast_install --locked trunk --version "$TRUNK_VERSION" --ignore-rust-version
fi

# wasm-bindgen-cli, equal to the crate; --locked fails on a yanked transitive pin, so resolve afresh.
if ! wasm-bindgen --version 2>/dev/null | grep -q "$WASM_BINDGEN_VERSION"; then
  say "installing wasm-bindgen-cli $WASM_BINDGEN_VERSION (cargo, ~2 min cold)"
  fast_install wasm-bindgen-cli --version "$WASM_BINDGEN_VERSION"
fi

# npm: wasm-opt from binaryen (never Debian's 108, whose output crashes), the browser-test driver and the audit tools (axe-core, Lighthouse, html-validate).
# (npm ci rewrites node_modules/.package-lock.json; an older one means package-lock.json changed since.)
if [ ! -x node_modules/.bin/wasm-opt ] || [ ! node_modules/.package-lock.json -nt package-lock.json ]; then
  say "installing npm packages"
  npm ci --no-audit --no-fund --loglevel=error
fi

say "ready"
