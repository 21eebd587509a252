#!/usr/bin/env bash
# The long crash test (docs/performance.md, "Crashtest"): tests/it/crash.rs with many kills.
#
#   bench/crash.sh [CYCLES]        default 100 kills per backend
#
# Runs the crash test on SQLite and, when a PostgreSQL server answers on 127.0.0.1:5432, on
# PostgreSQL (fresh databases there, dropped afterwards). PASSEND_CRASH_SEED replays a run.
# Prints each backend's summary and writes it to target/crash/results.txt.
set -euo pipefail

CYCLES=${1:-100}
ROOT=$(cd "$(dirname "$0")/.." && pwd)
OUT="$ROOT/target/crash"
mkdir -p "$OUT"
if (exec 3<>/dev/tcp/127.0.0.1/5432) 2>/dev/null; then
    export PASSEND_TEST_POSTGRES="${PASSEND_TEST_POSTGRES:-postgres://postgres@127.0.0.1:5432/postgres}"
fi
cd "$ROOT"
start=$EPOCHREALTIME
PASSEND_CRASH_CYCLES=$CYCLES cargo test --quiet --test it crash -- --test-threads 1 2>&1 | tee "$OUT/log.txt"
secs=$(awk -v a="$start" -v b="$EPOCHREALTIME" 'BEGIN { printf "%.0f", b - a }')
{
    echo "crash test, $CYCLES kills per backend, $(date -u +%Y-%m-%dT%H:%MZ), ${secs} s, $(nproc) cores"
    # libtest's --quiet progress dots may stand before a line.
    grep -E '(crash test|SKIPPED|pg_amcheck)' "$OUT/log.txt" | sed 's/^\.*//' || true
} | tee "$OUT/results.txt"
