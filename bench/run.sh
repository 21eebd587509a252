#!/usr/bin/env bash
# The benchmarks of passend (docs/performance.md): one command.
#
#   bench/run.sh [N]        N pupils, default 2 500 000 (national scale); e.g. 20000 for a quick run
#
# Builds the release binary, writes a synthetic data set with `passend synth`, times
# `passend bekostiging` (all SWVs) and `passend verzuim meldingen` (a national year) against
# the same computations in SQL in DuckDB (bench/duckdb_sql.py; the Python package in
# bench/.venv, installed on first use), checks that both give byte-identical answers, and
# times loading verzuim.csv into SQLite (.import) and PostgreSQL (\copy; skipped when no
# server answers on 127.0.0.1:5432 as user postgres). Time is the wall clock of the whole
# process (bash EPOCHREALTIME), memory its peak RSS (/usr/bin/time -f %M). Output: target/bench/N/.
set -euo pipefail

N=${1:-2500000}
SEED=${BENCH_SEED:-1}
ROOT=$(cd "$(dirname "$0")/.." && pwd)
OUT="$ROOT/target/bench/$N"
PASSEND="$ROOT/target/release/passend"
VENV="$ROOT/bench/.venv"
REGELSET="$ROOT/crates/domain/data/bekostiging/2015-2016.json"
mkdir -p "$OUT"

if [ ! -x /usr/bin/time ]; then
    echo "== installing Debian 'time' (for peak memory)"
    apt-get install -y -q time >/dev/null || { apt-get update -q >/dev/null && apt-get install -y -q time >/dev/null; }
fi
if ! "$VENV/bin/python" -c 'import duckdb' 2>/dev/null; then
    echo "== installing DuckDB into bench/.venv"
    python3 -m venv "$VENV"
    "$VENV/bin/pip" install -q -r "$ROOT/bench/requirements.txt"
fi
echo "== building the release binary"
(cd "$ROOT" && cargo build --release --quiet --bin passend)

RESULTS="$OUT/results.md"
: >"$RESULTS"
say() { echo "$*" | tee -a "$RESULTS"; }

# measure NAME COMMAND...: runs it under /usr/bin/time; sets SECS and MB.
measure() {
    local name=$1
    shift
    local start=$EPOCHREALTIME
    /usr/bin/time -f '%M' -o "$OUT/$name.time" "$@" 2>"$OUT/$name.log" >"$OUT/$name.stdout" || {
        echo "FAILED: $*" >&2
        cat "$OUT/$name.log" >&2
        exit 1
    }
    SECS=$(awk -v a="$start" -v b="$EPOCHREALTIME" 'BEGIN { printf "%.3f", b - a }')
    MB=$(($(tail -n 1 "$OUT/$name.time") / 1024))
}
rate() { awk -v n="$1" -v s="$2" 'BEGIN { if (s > 0) printf "%.1f", n / s / 1e6; else print "-" }'; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (b > 0) printf "%.2f", a / b; else print "-" }'; }
same() { if cmp -s "$1" "$2"; then echo yes; else echo NO; fi; }

say "# passend benchmarks, N = $N pupils, seed $SEED ($(date -u +%Y-%m-%dT%H:%MZ))"
say ""
# How busy the machine is without us: CPU use over 3 s (other work slows every figure).
busy() { awk '/^cpu / { print $2 + $3 + $4 + $7 + $8, $2 + $3 + $4 + $5 + $6 + $7 + $8 }' /proc/stat; }
read -r B1 T1 < <(busy); sleep 3; read -r B2 T2 < <(busy)
say "CPU use by other processes during 3 s before the run: $(awk -v b=$((B2 - B1)) -v t=$((T2 - T1)) 'BEGIN { printf "%.0f %%", 100 * b / t }')"
say "machine: $(nproc) cores, $(awk '/MemTotal/ { printf "%.1f GiB", $2 / 1048576 }' /proc/meminfo), $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs); DuckDB $("$VENV/bin/python" -c 'import duckdb; print(duckdb.__version__)'), SQLite $(sqlite3 --version | cut -d' ' -f1)"

DATA="$OUT/data"
rm -rf "$DATA"
measure synth "$PASSEND" synth --leerlingen "$N" --out "$DATA" --seed "$SEED"
SYNTH_SECS=$SECS SYNTH_MB=$MB
VERZUIM_ROWS=$(($(wc -l <"$DATA/verzuim.csv") - 1))
FUNDING_ROWS=$(($(wc -l <"$DATA/leerlingen.csv") + $(wc -l <"$DATA/tlv.csv") - 2))
say "data: $(du -h "$DATA/verzuim.csv" | cut -f1) verzuim.csv with $VERZUIM_ROWS rows; leerlingen.csv + tlv.csv $FUNDING_ROWS rows"
say ""
say "| step | passend s | passend MB | DuckDB s (query s) | DuckDB MB | passend / DuckDB | rows/s passend | same answer |"
say "|---|---|---|---|---|---|---|---|"
say "| synth | $SYNTH_SECS | $SYNTH_MB | | | | $(rate "$VERZUIM_ROWS" "$SYNTH_SECS") M (verzuim rows) | |"

measure passend_bekostiging "$PASSEND" bekostiging --schooljaar 2015-2016 \
    --leerlingen "$DATA/leerlingen.csv" --tlv "$DATA/tlv.csv" --output "$OUT/passend_bekostiging.csv"
P_SECS=$SECS P_MB=$MB
measure duckdb_bekostiging "$VENV/bin/python" "$ROOT/bench/duckdb_sql.py" bekostiging "$DATA" "$REGELSET" "$OUT/duckdb_bekostiging.csv"
QUERY=$(grep -o '[0-9.]* s' "$OUT/duckdb_bekostiging.stdout" | cut -d' ' -f1)
say "| bekostiging 2015-2016, $(($(wc -l <"$OUT/passend_bekostiging.csv") - 1)) SWVs | $P_SECS | $P_MB | $SECS ($QUERY) | $MB | $(ratio "$P_SECS" "$SECS") | $(rate "$FUNDING_ROWS" "$P_SECS") M | $(same "$OUT/passend_bekostiging.csv" "$OUT/duckdb_bekostiging.csv") |"

measure passend_verzuim "$PASSEND" verzuim meldingen --regio midden \
    --verzuim "$DATA/verzuim.csv" --kalender "$DATA/kalender.csv" --output "$OUT/passend_meldingen.csv"
P_SECS=$SECS P_MB=$MB
measure duckdb_verzuim "$VENV/bin/python" "$ROOT/bench/duckdb_sql.py" verzuim "$DATA" midden "$OUT/duckdb_meldingen.csv"
QUERY=$(grep -o '[0-9.]* s' "$OUT/duckdb_verzuim.stdout" | cut -d' ' -f1)
say "| verzuim meldingen, $(($(wc -l <"$OUT/passend_meldingen.csv") - 1)) reports | $P_SECS | $P_MB | $SECS ($QUERY) | $MB | $(ratio "$P_SECS" "$SECS") | $(rate "$VERZUIM_ROWS" "$P_SECS") M | $(same "$OUT/passend_meldingen.csv" "$OUT/duckdb_meldingen.csv") |"
say ""
say "reports per rule (passend): $(tail -n +2 "$OUT/passend_meldingen.csv" | cut -d, -f2 | sort | uniq -c | awk '{ printf "%s %s; ", $2, $1 }')"
say ""

# Loading verzuim.csv into a database with its own bulk loader, for context.
COLUMNS="leerling_id TEXT NOT NULL, datum DATE NOT NULL, lesuren_gepland NUMERIC(4,2) NOT NULL, lesuren_ongeoorloofd NUMERIC(4,2) NOT NULL, lesuren_geoorloofd NUMERIC(4,2) NOT NULL"
rm -f "$OUT/verzuim.sqlite"
sqlite3 "$OUT/verzuim.sqlite" "CREATE TABLE verzuim ($COLUMNS);"
measure sqlite_import sqlite3 "$OUT/verzuim.sqlite" ".import --csv --skip 1 $DATA/verzuim.csv verzuim"
say "load verzuim.csv into SQLite (sqlite3 .import): $SECS s, $(rate "$VERZUIM_ROWS" "$SECS") M rows/s, sqlite3 peak $MB MB"
rm -f "$OUT/verzuim.sqlite"

PG="psql -h 127.0.0.1 -U postgres -v ON_ERROR_STOP=1 -q"
if $PG -d postgres -c 'SELECT 1' >/dev/null 2>&1; then
    DB="passend_bench_$$"
    $PG -d postgres -c "CREATE DATABASE $DB"
    trap '$PG -d postgres -c "DROP DATABASE IF EXISTS $DB" >/dev/null 2>&1 || true' EXIT
    $PG -d "$DB" -c "CREATE TABLE verzuim ($COLUMNS)"
    measure postgres_copy $PG -d "$DB" -c "\\copy verzuim FROM '$DATA/verzuim.csv' WITH (FORMAT csv, HEADER true)"
    say "load verzuim.csv into PostgreSQL (psql \\copy): $SECS s, $(rate "$VERZUIM_ROWS" "$SECS") M rows/s"
    $PG -d postgres -c "DROP DATABASE $DB"
    trap - EXIT
else
    say "load into PostgreSQL: SKIPPED (no server on 127.0.0.1:5432 for user postgres)"
fi
echo "results: $RESULTS"
