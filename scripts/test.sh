#!/usr/bin/env bash
# Installs what is missing, builds everything with warnings as errors (ci preset), runs every test, then proves
# that everything the build and the tests used from the system comes from a package the install step installs
# (scripts/check-deps.py; the tests run with the dynamic loader's log on, so plugins and programs they load count).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
cmake --preset ci
cmake --build --preset ci

runtime=build/ci/ld-debug
rm -rf "$runtime"
mkdir -p "$runtime"
status=0
LD_DEBUG=libs LD_DEBUG_OUTPUT="$PWD/$runtime/ld" ctest --preset ci || status=$?
scripts/check-deps.py --runtime "$runtime" build/ci || status=1
exit "$status"
