#!/usr/bin/env bash
# A throwaway PostgreSQL 15 for tests and local trials, in a folder of its own, on a free loopback port.
#   infra/postgres.sh start DIR   initdb + start; writes the Npgsql connection string to DIR/connection-string
#   infra/postgres.sh stop DIR    stops it (the folder can then be deleted)
# As root (CI) the server runs as the postgres user, as PostgreSQL requires.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
. "$here/lib.sh"

command=${1:?usage: postgres.sh start|stop DIR}
dir=${2:?usage: postgres.sh start|stop DIR}
bin=/usr/lib/postgresql/15/bin

as_owner() {
  if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

case "$command" in
  start)
    mkdir -p "$dir"
    dir=$(cd "$dir" && pwd)
    [ "$(id -u)" = 0 ] && chown postgres:postgres "$dir"
    port=$(free_port)
    as_owner "$bin/initdb" -D "$dir/data" -U academy -A trust --no-sync -E UTF8 --locale=C.UTF-8 > "$dir/initdb.log"
    # fsync off: a test database that is thrown away needs no durability, and tests run faster.
    as_owner "$bin/pg_ctl" -D "$dir/data" -l "$dir/postgres.log" -w -t 30 \
      -o "-c listen_addresses=127.0.0.1 -p $port -k $dir -c fsync=off -c synchronous_commit=off -c max_connections=300" start > /dev/null
    echo "Host=127.0.0.1;Port=$port;Username=academy;Database=postgres" > "$dir/connection-string"
    echo "PostgreSQL listening on 127.0.0.1:$port (data in $dir/data)"
    ;;
  stop)
    [ -f "$dir/data/postmaster.pid" ] && as_owner "$bin/pg_ctl" -D "$dir/data" -m fast -w stop > /dev/null
    echo "PostgreSQL in $dir stopped"
    ;;
  *)
    echo "usage: postgres.sh start|stop DIR" >&2
    exit 2
    ;;
esac
