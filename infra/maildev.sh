#!/usr/bin/env bash
# A throwaway SMTP server for tests and local trials (npm maildev, from node_modules): it keeps every mail it gets
# in memory and shows them through its HTTP API (GET /api/email, /api/email/{id}/download), on free loopback ports.
#   infra/maildev.sh start DIR   starts it; writes host:port of SMTP to DIR/smtp, the API's address to DIR/api, its pid to DIR/pid
#   infra/maildev.sh stop DIR    stops it (everything it got is gone)
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
. "$here/lib.sh"

command=${1:?usage: maildev.sh start|stop DIR}
dir=${2:?usage: maildev.sh start|stop DIR}

case "$command" in
  start)
    mkdir -p "$dir"
    dir=$(cd "$dir" && pwd)
    bin="$here/../node_modules/.bin/maildev"
    [ -x "$bin" ] || { echo "maildev is not installed: run infra/install-prerequisites.sh (npm ci)" >&2; exit 1; }
    smtp_port=$(free_port)
    web_port=$(free_port)
    (cd "$dir" && exec "$bin" --ip 127.0.0.1 --smtp "$smtp_port" --web-ip 127.0.0.1 --web "$web_port" --silent) > "$dir/maildev.log" 2>&1 &
    pid=$!
    echo "$pid" > "$dir/pid"
    for _ in $(seq 1 300); do
      (exec 3<>"/dev/tcp/127.0.0.1/$web_port") 2>/dev/null && break
      if ! kill -0 "$pid" 2>/dev/null; then
        echo "maildev exited before it answered:" >&2
        cat "$dir/maildev.log" >&2
        exit 1
      fi
      sleep 0.1
    done
    wait_for_port "$web_port" 1
    wait_for_port "$smtp_port" 30
    echo "127.0.0.1:$smtp_port" > "$dir/smtp"
    echo "http://127.0.0.1:$web_port" > "$dir/api"
    echo "maildev listening on 127.0.0.1: SMTP $smtp_port, API $web_port"
    ;;
  stop)
    if [ -f "$dir/pid" ]; then
      pid=$(cat "$dir/pid")
      if kill "$pid" 2>/dev/null; then
        for _ in $(seq 1 50); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
      fi
      rm -f "$dir/pid"
    fi
    echo "maildev in $dir stopped"
    ;;
  *)
    echo "usage: maildev.sh start|stop DIR" >&2
    exit 2
    ;;
esac
