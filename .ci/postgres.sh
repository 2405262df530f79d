#!/usr/bin/env bash
# Starts a throw-away PostgreSQL server on 127.0.0.1 for the tests and
# prints the URL of its admin database (a user who may create databases).
# Installs PostgreSQL from Debian's packages when it is missing. The server
# stops when the shell that sourced nothing kills it: see .ci/run.
set -euo pipefail
sudo_cmd=""
if [ "$(id -u)" != 0 ]; then sudo_cmd=sudo; fi
pgctl=$(ls /usr/lib/postgresql/*/bin/pg_ctl 2>/dev/null | sort -V | tail -1 || true)
if [ -z "$pgctl" ]; then
	echo "installing PostgreSQL" >&2
	$sudo_cmd apt-get update -qq >&2
	DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq postgresql >&2
	pgctl=$(ls /usr/lib/postgresql/*/bin/pg_ctl | sort -V | tail -1)
fi
bin=$(dirname "$pgctl")
port=${PGPORT_TEST:-$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])' 2>/dev/null || echo 54329)}
data=$(mktemp -d)
# initdb refuses to run as root: run the server as the postgres user
as=()
if [ "$(id -u)" = 0 ]; then
	chown postgres "$data"
	as=(runuser -u postgres --)
fi
"${as[@]}" "$bin/initdb" -D "$data" -A trust -U pledgegraph >"$data.initdb.log" 2>&1
"${as[@]}" "$bin/pg_ctl" -D "$data" -o "-p $port -k $data -c listen_addresses=127.0.0.1 -c fsync=off" -l "$data/server.log" -w start >&2
echo "$data" >"${PG_DATA_FILE:-/dev/null}"
echo "postgres://pledgegraph@127.0.0.1:$port/postgres?sslmode=disable"
