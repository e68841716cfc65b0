#!/usr/bin/env bash
# Starts (or stops) a long-lived local PostgreSQL for development on 127.0.0.1:${PGPORT:-55432},
# run as the postgres user in /tmp/orleanssync-dev-pg. Prints the connection string to export as
# ORLEANSSYNC_TEST_POSTGRES (tests) or Grid__PostgresConnectionString (silo, gateway).
set -euo pipefail
port=${PGPORT:-55432}
dir=/tmp/orleanssync-dev-pg
pg_bin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)
as_postgres() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
case "${1:-start}" in
  start)
    if [ ! -d "$dir/data" ]; then
      mkdir -p "$dir" && chmod 755 "$dir"
      [ "$(id -u)" = 0 ] && chown postgres:postgres "$dir"
      as_postgres "$pg_bin/initdb" -D "$dir/data" -U postgres -A trust --no-sync >/dev/null
    fi
    as_postgres "$pg_bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w status >/dev/null 2>&1 ||
      as_postgres "$pg_bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w \
        -o "-p $port -k $dir -c listen_addresses=127.0.0.1 -c max_connections=300 -c fsync=off" start >/dev/null
    echo "Host=127.0.0.1;Port=$port;Username=postgres;Database=postgres"
    ;;
  stop)
    as_postgres "$pg_bin/pg_ctl" -D "$dir/data" -m fast -w stop >/dev/null 2>&1 || true
    ;;
  *) echo "usage: $0 [start|stop]" >&2; exit 2 ;;
esac
