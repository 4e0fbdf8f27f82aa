#!/usr/bin/env bash
# A throwaway PostgreSQL cluster for working on the shared memory, the same the tests start: initdb in a temporary
# folder, pg_ctl on a loopback port with its socket in that folder, trust authentication, fsync off (a scratch
# cluster, never a real one). As root the cluster runs as the postgres user (initdb refuses root).
#
#   eval "$(scripts/pg-dev.sh start [PORT])"   # starts it, exports JEJU_DATABASE_URL and PG_DEV_DIR
#   scripts/pg-dev.sh stop                     # stops it and removes its folder ($PG_DEV_DIR)
set -euo pipefail
bin=${PG_BIN:-$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)}
if [ -z "$bin" ] || [ ! -x "$bin/initdb" ]; then
  echo "pg-dev: PostgreSQL is not installed (apt-get install -y postgresql)" >&2
  exit 2
fi
as_owner() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
case "${1:-}" in
  start)
    port=${2:-55432}
    dir=$(mktemp -d /tmp/jeju-pg-dev-XXXXXX)
    if [ "$(id -u)" = 0 ]; then chown postgres:postgres "$dir"; fi
    as_owner "$bin/initdb" -D "$dir/data" -U postgres -A trust -E UTF8 --locale=C --no-sync >/dev/null
    as_owner "$bin/pg_ctl" -D "$dir/data" -l "$dir/log" -w \
      -o "-p $port -k $dir -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=60" start >/dev/null
    "$bin/psql" -X -q -h "$dir" -p "$port" -U postgres -d postgres -c "CREATE DATABASE jeju" >/dev/null
    echo "export PG_DEV_DIR=$dir"
    echo "export JEJU_DATABASE_URL='postgres://postgres@localhost/jeju?host=$dir&port=$port'"
    echo "# then: jeju tm migrate; stop with scripts/pg-dev.sh stop" ;;
  stop)
    dir=${PG_DEV_DIR:?pg-dev: PG_DEV_DIR is not set (eval the output of 'pg-dev.sh start')}
    as_owner "$bin/pg_ctl" -D "$dir/data" -m fast -w stop >/dev/null || true
    rm -rf "$dir"
    echo "pg-dev: stopped and removed $dir" ;;
  *)
    echo "usage: scripts/pg-dev.sh start [PORT] | stop" >&2
    exit 2 ;;
esac
