#!/usr/bin/env bash
# Installs what is missing, builds Triplewin (release preset) and launches it. Arguments go to the app,
# e.g. scripts/run.sh --db ~/deals.sqlite
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
cmake --preset release
cmake --build --preset release
exec build/release/app/triplewin "$@"
