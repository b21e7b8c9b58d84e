#!/usr/bin/env bash
# Starts a throwaway PostgreSQL server on 127.0.0.1 for the test suite and prints its URL.
# Usage: scripts/ci/start-postgres.sh [port]   (stop it with: scripts/ci/stop-postgres.sh)
set -euo pipefail
port="${1:-55432}"
bindir="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)"
[ -x "$bindir/initdb" ] || { echo "PostgreSQL server binaries not found (apt-get install postgresql)" >&2; exit 1; }
base="${PG_TEST_DIR:-/tmp/tirta-pg}"
run_as=()
if [ "$(id -u)" = "0" ]; then
  id postgres >/dev/null 2>&1 || useradd --system --no-create-home postgres
  run_as=(runuser -u postgres --)
fi
rm -rf "$base" && mkdir -p "$base"
[ "$(id -u)" = "0" ] && chown postgres "$base"
"${run_as[@]}" "$bindir/initdb" -D "$base/data" -U tirta --auth=trust -E UTF8 --locale=C.UTF-8 >"$base/initdb.log" 2>&1 \
  || { cat "$base/initdb.log" >&2; exit 1; }
"${run_as[@]}" "$bindir/pg_ctl" -D "$base/data" -l "$base/server.log" -w \
  -o "-c listen_addresses=127.0.0.1 -p $port -k $base -c fsync=off -c max_connections=200" start >/dev/null \
  || { cat "$base/server.log" >&2; exit 1; }
"$bindir/createdb" -h 127.0.0.1 -p "$port" -U tirta tirta
echo "postgresql://tirta@127.0.0.1:$port/tirta"
