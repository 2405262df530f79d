#!/usr/bin/env bash
# Runs the graphql-http server audits against a pledgegraph server started
# on a free port with the in-memory store, then stops it. Needs Node.js 18
# or later and npm (the packages come from package-lock.json).
set -euo pipefail
cd "$(dirname "$0")"
npm ci --no-audit --no-fund --loglevel=error
root=$(cd ../.. && pwd)
bin=$(mktemp -d)/pledgegraph
(cd "$root" && go build -o "$bin" ./cmd/pledgegraph)
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])' 2>/dev/null || echo 18765)
log=$(mktemp)
"$bin" serve --db memory --addr "127.0.0.1:$port" >"$log" 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null || true; wait $pid 2>/dev/null || true' EXIT
for _ in $(seq 1 100); do
	if curl -fsS "http://127.0.0.1:$port/healthz" >/dev/null 2>&1; then
		break
	fi
	sleep 0.2
done
node audit.mjs "http://127.0.0.1:$port/query"
