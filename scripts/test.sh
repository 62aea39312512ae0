#!/usr/bin/env bash
# Command 2: every test suite. Lints, native tests of the core, a release build, then the browser tests.
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/setup.sh
source scripts/env.sh

step() { printf '\n\033[1m== %s\033[0m\n' "$*"; }

step "format"
cargo fmt --all -- --check
step "lint"
cargo clippy --all-targets -- -D warnings
step "native tests"
cargo test
step "release build"
trunk --skip-version-check build --release
step "first-load bytes under the ceiling (bench/size)"
node bench/size.mjs dist | tail -3
step "schema and browser tests (node, headless Chromium)"
node --test --test-concurrency=1 tests/js/ tests/e2e/
step "benchmarks, quick run (the scripts keep working; figures are not asserted, CI machines are noisy)"
SKIP_BUILD=1 bench/run --smoke
