#!/usr/bin/env bash
# Makes sure PostgreSQL, Redis and RabbitMQ (with the management, shovel and prometheus plugins)
# run on 127.0.0.1. Installs a missing one from Debian's packages when run as root.
set -euo pipefail

log() { printf '[servers] %s\n' "$*"; }
is_root() { [ "$(id -u)" = 0 ]; }
port_open() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
apt_install() {
  if ! is_root; then
    log "missing $*; install it (apt-get install $*) or run this script as root"
    exit 1
  fi
  log "installing $* from Debian packages"
  DEBIAN_FRONTEND=noninteractive apt-get install -y -q "$@" >/dev/null || {
    apt-get update -q >/dev/null && DEBIAN_FRONTEND=noninteractive apt-get install -y -q "$@" >/dev/null
  }
}
wait_port() {
  local port=$1 what=$2
  for _ in $(seq 1 60); do port_open "$port" && return 0; sleep 1; done
  log "$what did not open port $port"; exit 1
}

# PostgreSQL (trust auth for local connections, as on these machines)
if ! port_open 5432; then
  command -v pg_ctlcluster >/dev/null || apt_install postgresql
  log "starting PostgreSQL"
  pg_ctlcluster --skip-systemctl-redirect "$(ls /etc/postgresql | sort -V | tail -1)" main start
  wait_port 5432 PostgreSQL
fi

# Redis
if ! port_open 6379; then
  command -v redis-server >/dev/null || apt_install redis-server
  log "starting Redis"
  mkdir -p /var/lib/redis /var/log/redis 2>/dev/null || true
  redis-server --daemonize yes --bind 127.0.0.1 -::1 --port 6379 --save "" --appendonly no \
    --dir /var/lib/redis --logfile /var/log/redis/answerlens.log
  wait_port 6379 Redis
fi

# Chromium for the scrape worker's browser engine (Debian's package; Playwright never downloads one)
"$(dirname "${BASH_SOURCE[0]}")/chromium.sh"

# RabbitMQ
if ! port_open 5672; then
  command -v rabbitmq-server >/dev/null || apt_install rabbitmq-server
  log "starting RabbitMQ"
  rabbitmq-server -detached
  wait_port 5672 RabbitMQ
fi
if ! port_open 15672 || ! rabbitmq-plugins list -e -m 2>/dev/null | grep -qx rabbitmq_shovel_management; then
  log "enabling RabbitMQ plugins: management, shovel, shovel management, prometheus"
  rabbitmq-plugins enable rabbitmq_management rabbitmq_shovel rabbitmq_shovel_management rabbitmq_prometheus >/dev/null
  wait_port 15672 "RabbitMQ management"
fi
log "PostgreSQL :5432, Redis :6379, RabbitMQ :5672 (management http://127.0.0.1:15672) are up"
