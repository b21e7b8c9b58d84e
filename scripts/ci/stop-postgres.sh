#!/usr/bin/env bash
set -euo pipefail
base="${PG_TEST_DIR:-/tmp/tirta-pg}"
bindir="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)"
[ -d "$base/data" ] || exit 0
if [ "$(id -u)" = "0" ]; then runuser -u postgres -- "$bindir/pg_ctl" -D "$base/data" -m fast stop >/dev/null || true
else "$bindir/pg_ctl" -D "$base/data" -m fast stop >/dev/null || true; fi
