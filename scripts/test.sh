#!/usr/bin/env bash
# Installs what is missing, builds everything with warnings as errors (ci preset), runs every test (the team-server
# suite against a PostgreSQL server started for it, scripts/with-postgres.sh), then proves
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
# Beside a throw-away PostgreSQL server for the team-server suite (stopped and removed however the tests end).
scripts/with-postgres.sh env LD_DEBUG=libs LD_DEBUG_OUTPUT="$PWD/$runtime/ld" ctest --preset ci -j2 || status=$?
scripts/check-deps.py --runtime "$runtime" build/ci || status=1
exit "$status"
