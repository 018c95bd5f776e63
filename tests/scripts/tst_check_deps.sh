#!/usr/bin/env bash
# Tests scripts/check-deps.py on a small CMake project that needs Qt Charts, as Triplewin does:
#  - with the install list, every file configure loaded is covered: exit 0;
#  - with the list minus libqt6opengl6-dev (recommended, not required, by qt6-base-dev), it fails and names
#    Qt6OpenGLConfig.cmake and its package: the fresh-machine failure the check exists to catch;
#  - with a header from outside the list (GoogleTest's, if installed) read by the compiler, it fails on that header.
set -euo pipefail
source_dir="$(cd "$(dirname "$0")/../.." && pwd)"
check="$source_dir/scripts/check-deps.py"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
failures=0
passes=0
skips=0
pass() { echo "PASS   : $1"; passes=$((passes + 1)); }
fail() { echo "FAIL!  : $1"; failures=$((failures + 1)); }

mkdir -p "$work/project"
cat >"$work/project/CMakeLists.txt" <<'CMAKE'
cmake_minimum_required(VERSION 3.21)
project(needscharts LANGUAGES CXX)
find_package(Qt6 REQUIRED COMPONENTS Charts)
CMAKE
cmake -S "$work/project" -B "$work/build" -G Ninja >"$work/configure.log" 2>&1 || {
    cat "$work/configure.log"
    echo "FAIL!  : the Qt Charts project does not configure (run scripts/install-deps.sh)"
    exit 1
}

"$source_dir/scripts/install-deps.sh" --list >"$work/full.txt"
if "$check" --packages "$work/full.txt" "$work/build" >"$work/full.log" 2>&1; then
    pass "the install list covers every CMake file a Qt Charts project loads"
else
    cat "$work/full.log"
    fail "the install list covers every CMake file a Qt Charts project loads"
fi

grep -vx 'libqt6opengl6-dev' "$work/full.txt" >"$work/without-opengl.txt"
status=0
"$check" --packages "$work/without-opengl.txt" "$work/build" >"$work/without.log" 2>&1 || status=$?
if [ "$status" -eq 1 ] && grep -q 'Qt6OpenGLConfig.cmake' "$work/without.log" &&
    grep -q 'from libqt6opengl6-dev' "$work/without.log"; then
    pass "without libqt6opengl6-dev it fails on Qt6OpenGLConfig.cmake (exit $status)"
else
    cat "$work/without.log"
    fail "without libqt6opengl6-dev it fails on Qt6OpenGLConfig.cmake (exit $status)"
fi

# A header from a package outside the list, read by the compiler: found through Ninja's dependency log.
if [ -f /usr/include/gtest/gtest.h ] && ! grep -qx 'libgtest-dev' "$work/full.txt"; then
    mkdir -p "$work/headers"
    cat >"$work/headers/CMakeLists.txt" <<'CMAKE'
cmake_minimum_required(VERSION 3.21)
project(readsgtest LANGUAGES CXX)
add_library(readsgtest STATIC uses.cpp)
CMAKE
    echo '#include <gtest/gtest.h>' >"$work/headers/uses.cpp"
    cmake -S "$work/headers" -B "$work/headers-build" -G Ninja >/dev/null 2>&1
    cmake --build "$work/headers-build" >/dev/null 2>&1
    status=0
    "$check" --packages "$work/full.txt" "$work/headers-build" >"$work/headers.log" 2>&1 || status=$?
    if [ "$status" -eq 1 ] && grep -q '/usr/include/gtest/gtest.h  (header)' "$work/headers.log"; then
        pass "a header from a package outside the list fails the check"
    else
        cat "$work/headers.log"
        fail "a header from a package outside the list fails the check (exit $status)"
    fi
else
    echo "SKIP   : GoogleTest's headers are not installed here; the header case is not checked"
    skips=$((skips + 1))
fi

echo "Totals: $passes passed, $failures failed, $skips skipped"
exit "$failures"
