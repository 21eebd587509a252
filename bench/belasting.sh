#!/usr/bin/env bash
# Load test of the web application and API (docs/performance.md, "Belastingtest"): one command.
#
#   bench/belasting.sh [SECONDS] [USERS]      default 20 s per backend, 8 users
#
# Builds the release binaries, makes a demo database, starts `passend serve` on SQLite and
# runs `passend-belasting` against it (users sign in through the form, make an API key, then
# read dossiers and lists and register and extend aanmeldingen through the API); then the
# same on PostgreSQL (a fresh database `passend_belasting` on postgres://postgres@127.0.0.1:5432,
# dropped afterwards; skipped when no server answers there). Prints both reports and writes
# them to target/belasting/. Exits non-zero when any response was not 2xx or 3xx.
set -euo pipefail

DUUR=${1:-20}
GEBRUIKERS=${2:-8}
ROOT=$(cd "$(dirname "$0")/.." && pwd)
OUT="$ROOT/target/belasting"
PASSEND="$ROOT/target/release/passend"
BELASTING="$ROOT/target/release/passend-belasting"
PORT=${BELASTING_PORT:-18781}
PG_ADMIN=${BELASTING_POSTGRES:-postgres://postgres@127.0.0.1:5432/postgres}
PG_DB=passend_belasting
PG_URL="${PG_ADMIN%/*}/$PG_DB"
export PGOPTIONS="-c client_min_messages=warning"
mkdir -p "$OUT"

echo "== building the release binaries"
(cd "$ROOT" && cargo build --release --quiet -p passend -p passend-belasting)

server=""
stop_server() {
    if [ -n "$server" ]; then
        kill "$server" 2>/dev/null || true
        wait "$server" 2>/dev/null || true
        server=""
    fi
}
trap stop_server EXIT

# How busy the machine is without us: CPU use over 3 s (other work slows every figure).
busy() { awk '/^cpu / { print $2 + $3 + $4 + $7 + $8, $2 + $3 + $4 + $5 + $6 + $7 + $8 }' /proc/stat; }
other_load() {
    local b1 t1 b2 t2
    read -r b1 t1 < <(busy); sleep 3; read -r b2 t2 < <(busy)
    awk -v b=$((b2 - b1)) -v t=$((t2 - t1)) 'BEGIN { printf "%.0f %%", 100 * b / t }'
}

# run NAME DATABASE: starts the server on DATABASE, runs the load, stops the server.
run() {
    local name=$1 database=$2
    if (exec 3<>"/dev/tcp/127.0.0.1/$PORT") 2>/dev/null; then
        echo "port $PORT is in use (set BELASTING_PORT)" >&2
        exit 1
    fi
    "$PASSEND" serve --database "$database" --bind "127.0.0.1:$PORT" >"$OUT/$name.serve.log" 2>&1 &
    server=$!
    for _ in $(seq 1 120); do
        curl -sf "http://127.0.0.1:$PORT/api/v1/openapi.json" -o /dev/null && break
        sleep 0.5
    done
    echo "== $name: $GEBRUIKERS users, $DUUR s"
    echo "CPU use by other processes during 3 s before the run: $(other_load)" | tee "$OUT/$name.txt"
    local status=0
    "$BELASTING" --url "http://127.0.0.1:$PORT" --gebruikers "$GEBRUIKERS" --duur "$DUUR" \
        --json "$OUT/$name.json" | tee -a "$OUT/$name.txt" || status=$?
    stop_server
    return $status
}

failed=0
echo "== SQLite: demo database"
rm -f "$OUT"/sqlite.db*
"$PASSEND" demo --database "$OUT/sqlite.db" >"$OUT/sqlite.demo.log" 2>&1
run sqlite "$OUT/sqlite.db" || failed=1

if (exec 3<>/dev/tcp/127.0.0.1/5432) 2>/dev/null; then
    echo "== PostgreSQL: demo database $PG_DB"
    psql -q "$PG_ADMIN" -c "DROP DATABASE IF EXISTS $PG_DB WITH (FORCE)" -c "CREATE DATABASE $PG_DB"
    "$PASSEND" demo --database "$PG_URL" >"$OUT/postgres.demo.log" 2>&1
    run postgres "$PG_URL" || failed=1
    psql -q "$PG_ADMIN" -c "DROP DATABASE IF EXISTS $PG_DB WITH (FORCE)"
else
    echo "== PostgreSQL: SKIPPED (no server on 127.0.0.1:5432)"
fi

echo
echo "== machine: $(nproc) cores, $(awk '/MemTotal/ { printf "%.1f GiB", $2 / 1048576 }' /proc/meminfo), $(uname -sr)"
for name in sqlite postgres; do
    [ -f "$OUT/$name.txt" ] && { echo "-- $name"; cat "$OUT/$name.txt"; }
done
exit $failed
