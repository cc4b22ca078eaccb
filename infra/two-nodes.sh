#!/usr/bin/env bash
# Two academy nodes of one cluster behind nginx on this machine, with PostgreSQL and Azurite (Blob for materials,
# Table for cluster membership), to try what DEPLOYMENT.md describes. Demo data is seeded; the demo password is
# printed. Installs nginx (Debian) when missing.
#   infra/two-nodes.sh start DIR   builds, starts everything, prints the address nginx answers on
#   infra/two-nodes.sh stop DIR    stops the nodes, nginx, Azurite and PostgreSQL (DIR can then be deleted)
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
. "$here/lib.sh"

command=${1:?usage: two-nodes.sh start|stop DIR}
dir=${2:?usage: two-nodes.sh start|stop DIR}
password=Demo-salasana-2026

start_node() {
  local n=$1 http=$2
  local silo gateway
  silo=$(free_port)
  gateway=$(free_port)
  mkdir -p "$dir/node$n"
  env ASPNETCORE_URLS="http://127.0.0.1:$http" ASPNETCORE_ENVIRONMENT=Production ASPNETCORE_FORWARDEDHEADERS_ENABLED=true \
    Academy__DataDirectory="$dir/node$n" Academy__Demo__Seed=true Academy__Demo__Password="$password" \
    Academy__Database__Provider=Postgres Academy__Database__ConnectionString="$database" \
    Academy__Materials__Provider=AzureBlob Academy__Materials__ConnectionString="$storage" \
    Academy__Cluster__Provider=AzureTable Academy__Cluster__ConnectionString="$storage" \
    Academy__Cluster__AdvertisedAddress=127.0.0.1 Academy__Cluster__SiloPort="$silo" Academy__Cluster__GatewayPort="$gateway" \
    nohup dotnet "$here/../src/Soteliiderit.Academy.Web/bin/Release/net10.0/Soteliiderit.Academy.Web.dll" \
    > "$dir/node$n/academy.log" 2>&1 &
  echo $! > "$dir/node$n/pid"
  for _ in $(seq 1 900); do
    curl -sf "http://127.0.0.1:$http/healthz" > /dev/null && return 0
    kill -0 "$(cat "$dir/node$n/pid")" 2>/dev/null || { echo "Node $n exited; see $dir/node$n/academy.log" >&2; exit 1; }
    sleep 0.1
  done
  echo "Node $n did not answer /healthz within 90 s; see $dir/node$n/academy.log" >&2
  exit 1
}

case "$command" in
  start)
    apt_install_missing nginx curl
    mkdir -p "$dir"
    chmod 755 "$dir"
    dir=$(cd "$dir" && pwd)
    dotnet build "$here/../src/Soteliiderit.Academy.Web" -c Release --nologo -v quiet
    "$here/postgres.sh" start "$dir/postgres"
    "$here/azurite.sh" start "$dir/azurite"
    database="$(cat "$dir/postgres/connection-string");Database=academy"
    storage=$(cat "$dir/azurite/connection-string")

    # One node first (it migrates and seeds), then the second joins its cluster.
    node1=$(free_port)
    node2=$(free_port)
    start_node 1 "$node1"
    start_node 2 "$node2"

    front=$(free_port)
    mkdir -p "$dir/nginx"
    cat > "$dir/nginx/nginx.conf" <<CONF
worker_processes 1;
pid $dir/nginx/nginx.pid;
error_log $dir/nginx/error.log;
events { worker_connections 4096; }
http {
    access_log $dir/nginx/access.log;
    client_body_temp_path $dir/nginx/body;
    proxy_temp_path $dir/nginx/proxy;
    fastcgi_temp_path $dir/nginx/fastcgi;
    uwsgi_temp_path $dir/nginx/uwsgi;
    scgi_temp_path $dir/nginx/scgi;
    map \$http_upgrade \$connection_upgrade { default upgrade; '' close; }
    # No affinity: every node serves pages, API and hub; the hub's WebSocket needs no negotiate round trip.
    upstream academy {
        server 127.0.0.1:$node1 max_fails=1 fail_timeout=5s;
        server 127.0.0.1:$node2 max_fails=1 fail_timeout=5s;
    }
    server {
        listen 127.0.0.1:$front;
        client_max_body_size 600m;
        proxy_request_buffering off;
        location / {
            proxy_pass http://academy;
            proxy_http_version 1.1;
            proxy_set_header Host \$host:\$server_port;
            proxy_set_header X-Forwarded-For \$proxy_add_x_forwarded_for;
            proxy_set_header X-Forwarded-Proto \$scheme;
            proxy_set_header Upgrade \$http_upgrade;
            proxy_set_header Connection \$connection_upgrade;
            proxy_read_timeout 3600s;
            proxy_next_upstream error timeout http_502 http_503;
        }
    }
}
CONF
    nginx -c "$dir/nginx/nginx.conf" -p "$dir/nginx"
    wait_for_port "$front" 10
    echo "Two academy nodes (127.0.0.1:$node1, 127.0.0.1:$node2) behind nginx: http://127.0.0.1:$front"
    echo "Demo accounts (README) sign in with the password $password. Stop with: infra/two-nodes.sh stop $dir"
    ;;
  stop)
    [ -f "$dir/nginx/nginx.pid" ] && nginx -c "$dir/nginx/nginx.conf" -p "$dir/nginx" -s stop 2>/dev/null || true
    for n in 1 2; do
      if [ -f "$dir/node$n/pid" ]; then
        pid=$(cat "$dir/node$n/pid")
        kill "$pid" 2>/dev/null || true
        for _ in $(seq 1 100); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
        rm -f "$dir/node$n/pid"
      fi
    done
    "$here/azurite.sh" stop "$dir/azurite" > /dev/null
    "$here/postgres.sh" stop "$dir/postgres" > /dev/null
    echo "Two-node academy in $dir stopped"
    ;;
  *)
    echo "usage: two-nodes.sh start|stop DIR" >&2
    exit 2
    ;;
esac
