#!/usr/bin/env bash
# Schemathesis (from PyPI, pinned) against the served OpenAPI document of a demo server:
# every operation, positive and negative cases, as an SWV user with an API key. The check
# is that no request makes a server error (5xx). Bounded for CI; for a longer run:
#   SCHEMATHESIS_EXAMPLES=200 .ci/schemathesis.sh
# Needs target/debug/passend (built by `cargo test --workspace`).
set -euo pipefail
cd "$(dirname "$0")/.."

examples="${SCHEMATHESIS_EXAMPLES:-15}"
dir=.ci/schemathesis
if [ ! -x "$dir/venv/bin/schemathesis" ]; then
  python3 -m venv "$dir/venv"
  "$dir/venv/bin/pip" install -q --disable-pip-version-check schemathesis==4.32.5
fi

work=$(mktemp -d)
port="${SCHEMATHESIS_PORT:-18766}"
target/debug/passend demo --database "$work/st.db" >/dev/null
key=$(PASSEND_WACHTWOORD=demo-swv-po-2026 target/debug/passend api-sleutel \
  --gebruiker swv-po --naam schemathesis --database "$work/st.db")
target/debug/passend serve --database "$work/st.db" --bind "127.0.0.1:$port" >"$work/serve.log" 2>&1 &
server=$!
trap 'kill $server 2>/dev/null || true; rm -rf "$work"' EXIT
for _ in $(seq 1 60); do
  curl -sf "http://127.0.0.1:$port/api/v1/openapi.json" -o /dev/null && break
  sleep 0.5
done

"$dir/venv/bin/schemathesis" run "http://127.0.0.1:$port/api/v1/openapi.json" \
  --url "http://127.0.0.1:$port/api/v1" \
  -H "Authorization: Bearer $key" \
  --checks not_a_server_error \
  --max-examples "$examples" --seed 20261122 --no-shrink \
  --workers 2 --request-timeout 30 --warnings off
if grep -q "serverfout" "$work/serve.log"; then
  echo "the server logged errors during the run:" >&2
  grep "serverfout" "$work/serve.log" | head -20 >&2
  exit 1
fi
