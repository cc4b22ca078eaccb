#!/usr/bin/env bash
# A throwaway Azurite (npm azurite, from node_modules) for tests and local trials: the Blob service (materials) and
# the Table service (cluster membership), in memory, on free loopback ports.
#   infra/azurite.sh start DIR   starts it; writes the connection string to DIR/connection-string, its pid to DIR/pid
#   infra/azurite.sh stop DIR    stops it (in-memory: everything stored is gone)
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
. "$here/lib.sh"

command=${1:?usage: azurite.sh start|stop DIR}
dir=${2:?usage: azurite.sh start|stop DIR}
# Azurite's documented development account and key: not a secret, every emulator has it.
account=devstoreaccount1
key='Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw=='

case "$command" in
  start)
    mkdir -p "$dir"
    dir=$(cd "$dir" && pwd)
    bin="$here/../node_modules/.bin/azurite"
    [ -x "$bin" ] || { echo "azurite is not installed: run infra/install-prerequisites.sh (npm ci)" >&2; exit 1; }
    port=$(free_port)
    table_port=$(free_port)
    queue_port=$(free_port)
    # In memory, so nothing is written; started from DIR all the same, in case a version writes next to itself.
    (cd "$dir" && exec "$bin" --blobHost 127.0.0.1 --blobPort "$port" --tableHost 127.0.0.1 --tablePort "$table_port" \
      --queueHost 127.0.0.1 --queuePort "$queue_port" --inMemoryPersistence --disableTelemetry --silent) \
      > "$dir/azurite.log" 2>&1 &
    pid=$!
    echo "$pid" > "$dir/pid"
    for _ in $(seq 1 300); do
      (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null && break
      if ! kill -0 "$pid" 2>/dev/null; then
        echo "Azurite exited before it answered:" >&2
        cat "$dir/azurite.log" >&2
        exit 1
      fi
      sleep 0.1
    done
    wait_for_port "$port" 1
    wait_for_port "$table_port" 30
    echo "DefaultEndpointsProtocol=http;AccountName=$account;AccountKey=$key;BlobEndpoint=http://127.0.0.1:$port/$account;TableEndpoint=http://127.0.0.1:$table_port/$account" > "$dir/connection-string"
    echo "Azurite listening on 127.0.0.1: Blob $port, Table $table_port"
    ;;
  stop)
    if [ -f "$dir/pid" ]; then
      pid=$(cat "$dir/pid")
      if kill "$pid" 2>/dev/null; then
        # Wait for it to go so the port is free again when this returns.
        for _ in $(seq 1 50); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
      fi
      rm -f "$dir/pid"
    fi
    echo "Azurite in $dir stopped"
    ;;
  *)
    echo "usage: azurite.sh start|stop DIR" >&2
    exit 2
    ;;
esac
