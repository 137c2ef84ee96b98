#!/usr/bin/env bash
# Crash soak: runs the headless demo desk (salesdesk-cli demo) on one data directory, kills it
# with SIGKILL at a random moment N times, and after each kill starts it again for a moment
# (recovery, a little selling, a clean stop) and checks its books (salesdesk-cli check).
# Prints every violation the first time it shows up and a summary; exits 1 when any check found
# violations, a restart was refused or a sanitizer reported (the data directory is then kept and
# named), 2 on bad usage.
#
#   scripts/crash-soak.sh N            N kills (default 20)
#   SALESDESK_CLI=build/asan/app/salesdesk-cli scripts/crash-soak.sh N    the same, sanitised
#
# Environment: SALESDESK_CLI (default build/default/app/salesdesk-cli), SOAK_SPEED (demo speed,
# default 3600), SOAK_MAX_DELAY_MS (longest wait before a kill, default 3000), SOAK_SETTLE
# (seconds the restarted desk runs before its check, default 1), SOAK_DIR (keep the data
# directory there instead of a temporary one), SOAK_SEED (seed of the random delays).
# ASAN_OPTIONS, UBSAN_OPTIONS and LSAN_OPTIONS default to the asan test preset's (halt on the
# first report, leaks on, tests/sanitizers/lsan.supp); any sanitizer report in a run's stderr
# fails the soak and is kept beside the data directory.
set -uo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
kills=${1:-20}
cli=${SALESDESK_CLI:-$root/build/default/app/salesdesk-cli}
speed=${SOAK_SPEED:-3600}
max_delay_ms=${SOAK_MAX_DELAY_MS:-3000}
settle=${SOAK_SETTLE:-1}

case "$kills" in
    -h | --help)
        sed -n '2,18p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'
        exit 0
        ;;
    '' | *[!0-9]*)
        echo "crash-soak: N must be a whole number of kills, not '$kills'" >&2
        exit 2
        ;;
esac
if [[ ! -x $cli ]]; then
    echo "crash-soak: no salesdesk-cli at $cli (build it, or set SALESDESK_CLI)" >&2
    exit 2
fi
[[ -n ${SOAK_SEED:-} ]] && RANDOM=$SOAK_SEED
# Only read by a sanitised build (the asan preset's salesdesk-cli); the preset's test settings.
export ASAN_OPTIONS=${ASAN_OPTIONS:-halt_on_error=1:abort_on_error=1:detect_leaks=1}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-halt_on_error=1:print_stacktrace=1:suppressions=$root/tests/sanitizers/ubsan.supp}
export LSAN_OPTIONS=${LSAN_OPTIONS:-suppressions=$root/tests/sanitizers/lsan.supp:print_suppressions=0}

if [[ -n ${SOAK_DIR:-} ]]; then
    data=$SOAK_DIR
    mkdir -p "$data"
else
    data=$(mktemp -d "${TMPDIR:-/tmp}/salesdesk-soak-XXXXXX")
fi
logs=$(mktemp -d "${TMPDIR:-/tmp}/salesdesk-soak-logs-XXXXXX")
keep_data=0 # set when something failed: the directory is evidence
trap 'rm -rf "$logs"; [[ -z ${SOAK_DIR:-} && $keep_data == 0 ]] && rm -rf "$data"' EXIT

unset SALESDESK_CRASH_AT
declare -A first_seen=() # violation, ids and numbers blanked -> "kill K: the violation as seen"
declare -A times_seen=()
failed_checks=0
violations=0
refused_restarts=0
sanitizer_reports=0

# A sanitizer's report in one run's stderr ($2, the run named $1): counted, its first lines
# printed, the whole stderr kept beside the data directory. Returns 1 when there was one.
sanitizer_report() {
    local what=$1 err=$2
    grep -qE '^(==[0-9]+==ERROR: [A-Za-z]+Sanitizer|SUMMARY: [A-Za-z]+Sanitizer)|: runtime error: ' \
        "$err" || return 0
    sanitizer_reports=$((sanitizer_reports + 1))
    keep_data=1
    local kept
    kept="$data/../$(basename "$data")-sanitizer-$sanitizer_reports.err"
    cp "$err" "$kept" 2>/dev/null || kept="(not kept)"
    echo "crash-soak: kill $kill: a sanitizer reported in the $what (stderr kept in $kept):"
    grep -E -m 1 -A 12 '==ERROR: |: runtime error: ' "$err"
    return 1
}
start=$SECONDS

echo "crash-soak: $kills kills of salesdesk-cli demo at ${speed}x in $data"
for ((kill = 1; kill <= kills; kill++)); do
    "$cli" demo --data-dir "$data" --speed "$speed" >"$logs/run.out" 2>"$logs/run.err" &
    pid=$!
    delay_ms=$((RANDOM * 32768 + RANDOM))
    delay_ms=$((delay_ms % (max_delay_ms + 1)))
    sleep "$(printf '%d.%03d' $((delay_ms / 1000)) $((delay_ms % 1000)))"
    if ! kill -0 "$pid" 2>/dev/null; then
        wait "$pid"
        status=$?
        sanitizer_report "demo before the kill" "$logs/run.err" || break
        echo "crash-soak: kill $kill: the demo ended by itself (exit $status) before the kill:" >&2
        tail -5 "$logs/run.err" >&2
        exit 2
    fi
    kill -KILL "$pid"
    wait "$pid" 2>/dev/null
    sanitizer_report "killed demo" "$logs/run.err" || break

    "$cli" demo --data-dir "$data" --speed "$speed" --run-for "$settle" \
        >"$logs/settle.out" 2>"$logs/settle.err"
    settle_status=$?
    sanitizer_report "restarted demo" "$logs/settle.err" || break
    if ((settle_status != 0)); then
        # A desk that does not start again after a kill is a finding too; the directory is kept
        # as it was left.
        refused_restarts=$((refused_restarts + 1))
        keep_data=1
        echo "crash-soak: kill $kill (after ${delay_ms} ms): the restarted demo failed (exit" \
            "$settle_status); data kept in $data:"
        grep -v '^salesdesk\.[a-z]*\.[a-z]*: ' "$logs/settle.err" | tail -5
        cp "$logs/settle.err" "$data/../$(basename "$data")-restart.err" 2>/dev/null || true
        break
    fi
    "$cli" check --data-dir "$data" >"$logs/check.out" 2>"$logs/check.err"
    status=$?
    sanitizer_report "check" "$logs/check.err" || break
    if ((status == 2)); then
        echo "crash-soak: kill $kill: the check could not read the books:" >&2
        cat "$logs/check.err" >&2
        exit 2
    fi
    if ((status != 0)); then
        failed_checks=$((failed_checks + 1))
        while IFS= read -r line; do
            [[ $line == violation:* ]] || continue
            violations=$((violations + 1))
            key=$(sed -E 's/[0-9a-f]{16,}/<id>/g; s/[0-9]+/<n>/g' <<<"$line")
            times_seen[$key]=$((${times_seen[$key]:-0} + 1))
            if [[ -z ${first_seen[$key]:-} ]]; then
                first_seen[$key]="kill $kill (after ${delay_ms} ms): $line"
                echo "crash-soak: kill $kill: new $line"
            fi
        done <"$logs/check.out"
    fi
    printf 'crash-soak: kill %d after %d ms: check %s\n' "$kill" "$delay_ms" \
        "$( ((status == 0)) && echo ok || echo "found violations")"
done

echo
echo "=== crash-soak summary"
echo "kills:                  $((kill > kills ? kills : kill))"
echo "checks with violations: $failed_checks"
echo "refused restarts:       $refused_restarts"
echo "sanitizer reports:      $sanitizer_reports"
echo "violations:             $violations"
echo "distinct violations:    ${#first_seen[@]}"
for key in "${!first_seen[@]}"; do
    echo "  ${times_seen[$key]}x, first at ${first_seen[$key]}"
done
echo "time:                   $((SECONDS - start)) s"
((failed_checks > 0)) && keep_data=1
((keep_data)) && echo "data directory kept:    $data"
((failed_checks == 0 && refused_restarts == 0 && sanitizer_reports == 0))
