#!/usr/bin/env bash
# Builds the libFuzzer targets (tests/fuzz, in the `fuzz` preset's build/fuzz: clang, ASan, UBSan,
# and only the files the fuzzers read, a couple of minutes on 2 cores) and runs each for a while
# from its committed seed corpus. Any crash, sanitizer report, leak or failed check fails the
# script; the input that did it is left in build/fuzz/findings/<name>/.
#
#   scripts/fuzz-smoke.sh              every target, 30 s each (CI)
#   FUZZ_SECONDS=600 scripts/fuzz-smoke.sh scenario   one target, ten minutes
#
# New inputs the fuzzer finds go to build/fuzz/corpus/<name>/ (not the committed corpus);
# copy the interesting ones to tests/fuzz/corpus/<name>/ by hand.
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."
seconds="${FUZZ_SECONDS:-30}"

if [[ $# -gt 0 ]]; then
    targets=("$@")
else
    targets=()
    for source in tests/fuzz/fuzz_*.cpp; do
        name="${source##*/fuzz_}"
        targets+=("${name%.cpp}")
    done
fi

if [[ ! -f build/fuzz/build.ninja ]]; then
    # With their debug information (CI strips it from the main build through LDFLAGS): a finding's
    # stack trace then names files and lines. The fuzz build is small.
    env -u LDFLAGS cmake --preset fuzz
fi
cmake --build --preset fuzz --target "${targets[@]/#/fuzz_}"

export ASAN_OPTIONS="${ASAN_OPTIONS:-halt_on_error=1:abort_on_error=1:detect_leaks=1}"
export UBSAN_OPTIONS="${UBSAN_OPTIONS:-halt_on_error=1:print_stacktrace=1:suppressions=$PWD/tests/sanitizers/ubsan.supp}"
export LSAN_OPTIONS="${LSAN_OPTIONS:-suppressions=$PWD/tests/sanitizers/lsan.supp:print_suppressions=0}"

for name in "${targets[@]}"; do
    corpus="build/fuzz/corpus/$name"
    findings="build/fuzz/findings/$name"
    mkdir -p "$corpus" "$findings"
    echo "=== fuzz_$name: $seconds s from tests/fuzz/corpus/$name"
    # -timeout: one input taking over 10 s is a finding too (a file that makes the parser work
    # for hours). The last lines carry the figures: executions, coverage (cov) and features (ft).
    if ! "build/fuzz/tests/fuzz/fuzz_$name" -max_total_time="$seconds" -timeout=10 \
        -rss_limit_mb=4096 -print_final_stats=1 -artifact_prefix="$findings/" \
        "$corpus" "tests/fuzz/corpus/$name" >"build/fuzz/fuzz_$name.log" 2>&1; then
        tail -n 60 "build/fuzz/fuzz_$name.log"
        echo "fuzz_$name: FAILED; the input is in $findings/" >&2
        exit 1
    fi
    grep -E '^(#[0-9]+ +DONE|stat::number_of_executed_units|stat::peak_rss_mb|Done )' \
        "build/fuzz/fuzz_$name.log" || true
    grep -E 'cov: [0-9]+' "build/fuzz/fuzz_$name.log" | tail -n 1
done
echo "fuzz-smoke: ${#targets[@]} target(s) ran ${seconds} s each without a finding"
