#!/usr/bin/env bash
# `npm start` as a newcomer runs it: build, embedded PostgreSQL, migrations, then /health/ready and
# /docs must answer within 60 seconds; SIGTERM must stop it cleanly.
set -euo pipefail
cd "$(dirname "$0")/.."
dir=$(mktemp -d /tmp/kntc-smoke-XXXXXX)
chmod 755 "$dir"
port=$(node -e "const s=require('net').createServer().listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close()})")
pgport=$(node -e "const s=require('net').createServer().listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close()})")
log="$dir/start.log"
DATA_DIR="$dir/data" PORT=$port EMBEDDED_PG_PORT=$pgport setsid npm start >"$log" 2>&1 &
pid=$!
cleanup() { kill -TERM -- -"$pid" 2>/dev/null || true; rm -rf "$dir"; }
trap cleanup EXIT
for _ in $(seq 1 120); do
  if curl -fsS "http://127.0.0.1:$port/health/ready" >/dev/null 2>&1; then break; fi
  if ! kill -0 "$pid" 2>/dev/null; then echo "npm start exited early:"; cat "$log"; exit 1; fi
  sleep 0.5
done
curl -fsS "http://127.0.0.1:$port/health/ready" || { echo "not ready within 60 s:"; cat "$log"; exit 1; }
echo
curl -fsS -o /dev/null "http://127.0.0.1:$port/docs/" && curl -fsS "http://127.0.0.1:$port/docs-json" | head -c 80 && echo
grep -q "KNTC engine API is running" "$log" || { echo "no start-up banner"; cat "$log"; exit 1; }
# Like a service manager: SIGTERM to the API process itself, which must drain and stop its PostgreSQL.
api=$(pgrep -s "$pid" -f "^node dist/apps/api/apps/api/src/main.js" | head -1)
echo "stopping API process $api"
kill -TERM "$api"
for _ in $(seq 1 40); do
  if ! kill -0 "$api" 2>/dev/null && [ ! -f "$dir/data/pg/postmaster.pid" ]; then
    echo "npm start smoke test passed"
    exit 0
  fi
  sleep 0.5
done
echo "the API or its PostgreSQL did not stop within 20 s after SIGTERM"; cat "$log"; exit 1
