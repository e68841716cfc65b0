#!/usr/bin/env bash
# Runs every test project against a throwaway PostgreSQL cluster that this script starts
# (as the postgres user, on a free loopback port) and always stops, also on failure.
# Usage: scripts/test.sh [extra dotnet test arguments]
set -euo pipefail
cd "$(dirname "$0")/.."

pg_bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)
if [ -z "$pg_bin" ]; then
  echo "PostgreSQL server binaries not found; installing the postgresql package" >&2
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null
  pg_bin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)
fi

# The dashboard's browser tests drive Debian's chromium with Playwright (its own binary, not the PATH wrapper script).
chromium_bin=${ORLEANSSYNC_CHROMIUM:-/usr/lib/chromium/chromium}
if [ ! -x "$chromium_bin" ]; then
  echo "Chromium not found at $chromium_bin; installing the chromium package" >&2
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
fi

as_postgres() {
  if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

pg_dir=$(mktemp -d /tmp/orleanssync-pg.XXXXXX)
chmod 755 "$pg_dir"
[ "$(id -u)" = 0 ] && chown postgres:postgres "$pg_dir"
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()')

stop_pg() {
  as_postgres "$pg_bin/pg_ctl" -D "$pg_dir/data" -m fast -w stop >/dev/null 2>&1 || true
  rm -rf "$pg_dir"
}
trap stop_pg EXIT

as_postgres "$pg_bin/initdb" -D "$pg_dir/data" -U postgres -A trust --no-sync >/dev/null
as_postgres "$pg_bin/pg_ctl" -D "$pg_dir/data" -l "$pg_dir/server.log" -w \
  -o "-p $port -k $pg_dir -c listen_addresses=127.0.0.1 -c max_connections=300 -c fsync=off -c full_page_writes=off" start >/dev/null
echo "PostgreSQL $("$pg_bin/postgres" --version | awk '{print $3}') running on 127.0.0.1:$port for the tests"

export ORLEANSSYNC_TEST_POSTGRES="Host=127.0.0.1;Port=$port;Username=postgres;Database=postgres;Pooling=true;Maximum Pool Size=100"
export ORLEANSSYNC_TEST_PG_BIN="$pg_bin"
export ORLEANSSYNC_TEST_PG_DATA="$pg_dir/data"

set +e
dotnet test OrleansSync.sln -c Release --logger "console;verbosity=minimal" "$@" 2>&1 | tee "$pg_dir/test.log"
status=${PIPESTATUS[0]}
set -e

# One plain closing line over all test projects.
awk '/(Passed|Failed)!/ {
       gsub(",", "")
       for (i = 1; i <= NF; i++) {
         if ($i == "Failed:") f += $(i+1); if ($i == "Passed:") p += $(i+1); if ($i == "Skipped:") s += $(i+1)
       } }
     END { printf "Tests: %d passed, %d failed, %d skipped\n", p, f, s }' "$pg_dir/test.log"
exit "$status"
