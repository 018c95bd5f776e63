#!/usr/bin/env bash
# Builds the libFuzzer targets (fuzz preset: clang, AddressSanitizer, UndefinedBehaviorSanitizer) and runs each for
# SECONDS (default 60) on a copy of its seed corpus in fuzz/corpus/, so the repository's corpus is never written.
# Exits non-zero when a target crashed, leaked, hit UB or timed out; the input that did it is kept in
# build/fuzz/artifacts/ (reproduce with: build/fuzz/fuzz/<target> <artifact>). Installs nothing: run
# scripts/install-deps.sh first (clang, libclang-rt-14-dev). CMAKE_BUILD_PARALLEL_LEVEL limits the build's jobs.
set -euo pipefail
cd "$(dirname "$0")/.."

seconds="${1:-60}"
if ! [[ "$seconds" =~ ^[1-9][0-9]*$ ]]; then
    echo "usage: scripts/fuzz.sh [SECONDS]   (default 60: each target's run time)" >&2
    exit 2
fi

targets=(csvimport scenariopack dbopen roomvote)
build=build/fuzz

cmake --preset fuzz >/dev/null
cmake --build --preset fuzz

root="$PWD/$build"
mkdir -p "$root/artifacts" "$root/logs" "$root/tmp"
export TMPDIR="$root/tmp" # fuzz_dbopen's scratch database
export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1${UBSAN_OPTIONS:+:$UBSAN_OPTIONS}"

# The targets run side by side (each for SECONDS, on its own corpus copy and log): a CI run waits SECONDS, not four
# times that. On two cores each gets about half of one, which the execution counts below show.
declare -A pids
for target in "${targets[@]}"; do
    corpus="$root/corpus/$target"
    rm -rf "$corpus"
    mkdir -p "$corpus"
    cp -R "fuzz/corpus/$target/." "$corpus/"
    log="$root/logs/fuzz_$target.log"
    echo "fuzz: running fuzz_$target for ${seconds} s (log: $log)"
    "$root/fuzz/fuzz_$target" "$corpus" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 \
        -print_final_stats=1 -artifact_prefix="$root/artifacts/fuzz_$target-" >"$log" 2>&1 &
    pids[$target]=$!
done

failed=0
summary=()
for target in "${targets[@]}"; do
    log="$root/logs/fuzz_$target.log"
    status=0
    wait "${pids[$target]}" || status=$?
    runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -n 1)
    if [ "$status" -eq 0 ]; then
        summary+=("fuzz_$target: ${runs:-?} executions, ok")
    else
        failed=1
        artifact=$(sed -n 's/.*Test unit written to \(.*\)$/\1/p' "$log" | tail -n 1)
        summary+=("fuzz_$target: ${runs:-?} executions, FAILED (exit $status)${artifact:+, input: $artifact}")
        echo "fuzz: fuzz_$target failed; the end of its log:" >&2
        tail -n 60 "$log" >&2
    fi
done

echo "fuzz summary (${seconds} s each, side by side):"
printf '  %s\n' "${summary[@]}"
exit "$failed"
