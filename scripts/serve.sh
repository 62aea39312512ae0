#!/usr/bin/env bash
# Command 1: build and serve the app with the built-in Wanzhou data on http://127.0.0.1:8080.
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/setup.sh
source scripts/env.sh
exec trunk --skip-version-check serve --release "$@"
