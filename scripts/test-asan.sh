#!/usr/bin/env bash
# The whole test suite under AddressSanitizer and UndefinedBehaviorSanitizer (asan preset, Debug).
# LeakSanitizer runs with no suppressions: every leak fails the suite.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
cmake --preset asan
cmake --build --preset asan
export ASAN_OPTIONS="detect_leaks=1:check_initialization_order=1:strict_init_order=1"
export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1"
# Everything but the shell-script tests (label "scripts"): they run no instrumented code, and the README's test
# command runs them already; and but the layout test's runs at 150 and 200 % (label "scaled"): the same code as its
# 100 % run, at three times the time under the sanitizers.
scripts/with-postgres.sh ctest --preset asan --label-exclude "scripts|scaled" -j2
