#!/usr/bin/env bash
# Runs a command beside a throw-away PostgreSQL server (issue 15): a cluster made by initdb in a temporary folder,
# listening on a Unix socket in that folder and on a free port on 127.0.0.1 only, stopped and removed when the
# command ends, also when it fails or is interrupted. The command finds it through TRIPLEWIN_TEST_PG, a libpq
# connection string for the cluster's superuser (trust authentication: nobody else can reach a socket in a private
# folder or this port for long). No server already on the machine is used or touched.
# Usage: scripts/with-postgres.sh COMMAND [ARGS...]
# TRIPLEWIN_PG_SERVER_OPTIONS adds server settings, e.g. "-c log_statement=all" while debugging (the log is
# $dir/server.log, removed with the cluster: copy it from within COMMAND).
set -euo pipefail
bindir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n1)
if [ -z "$bindir" ] || [ ! -x "$bindir/initdb" ]; then
    echo "with-postgres: PostgreSQL is not installed (scripts/install-deps.sh installs it)" >&2
    exit 1
fi
dir=$(mktemp -d /tmp/triplewin-pg.XXXXXX)
as_server=()
if [ "$(id -u)" -eq 0 ]; then
    # initdb and postgres refuse to run as root: as the postgres user the package created.
    chown postgres: "$dir"
    as_server=(runuser -u postgres --)
fi
cleanup() {
    "${as_server[@]}" "$bindir/pg_ctl" -D "$dir/data" -m immediate stop >/dev/null 2>&1 || true
    rm -rf "$dir"
}
trap cleanup EXIT
trap 'exit 130' INT TERM
port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
"${as_server[@]}" "$bindir/initdb" -D "$dir/data" -U triplewin_admin --auth=trust -E UTF8 --locale=C.UTF-8 \
    >"$dir/initdb.log" 2>&1 || { cat "$dir/initdb.log" >&2; exit 1; }
# fsync off: the cluster lives as long as the tests; nothing in it is worth a sync.
"${as_server[@]}" "$bindir/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
    -o "-k $dir -h 127.0.0.1 -p $port -c fsync=off -c max_connections=60 ${TRIPLEWIN_PG_SERVER_OPTIONS:-}" start >/dev/null ||
    { cat "$dir/server.log" >&2; exit 1; }
echo "with-postgres: PostgreSQL $("$bindir/postgres" --version | awk '{print $3}') on 127.0.0.1:$port and $dir"
export TRIPLEWIN_TEST_PG="host=$dir port=$port user=triplewin_admin dbname=postgres"
status=0
"$@" || status=$?
exit "$status"
