#!/usr/bin/env bash
# Builds the static site into dist/ (release, size-optimised). Extra arguments go to trunk,
# e.g. `--public-url /gov/chain-map/` for a sub-path.
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/setup.sh
source scripts/env.sh
trunk --skip-version-check build --release "$@"
