#!/usr/bin/env bash
# A three-node RabbitMQ cluster on this machine, for the cluster test (deploy/local/cluster-faults.sh) and for
# trying the services against a cluster by hand. It runs three EXTRA nodes of the installed rabbitmq-server
# beside the machine's own broker (rabbit@localhost on 5672), which it never touches: each node has its own name,
# AMQP port, distribution port, management port, data, logs, config and enabled plugins under one run directory,
# and the three share an Erlang cookie of their own (HOME points into the run directory, so neither the
# machine's broker nor its cookie is read or changed).
#
#   node                      AMQP   management   distribution
#   answerlens-a@localhost    5681   15681        25681
#   answerlens-b@localhost    5682   15682        25682
#   answerlens-c@localhost    5683   15683        25683
#
# Usage: deploy/local/cluster.sh up            start the three nodes and join b and c to a (idempotent)
#        deploy/local/cluster.sh down          stop the three nodes and delete their data, logs and config
#        deploy/local/cluster.sh status        cluster status as node a (or the first node that answers) sees it
#        deploy/local/cluster.sh stop a|b|c    stop one node (the Erlang VM: like a host going away)
#        deploy/local/cluster.sh start a|b|c   start one node again; it rejoins with its data
#        deploy/local/cluster.sh leader <vhost> <queue>   the node that leads a quorum queue
#        deploy/local/cluster.sh addresses     the AMQP addresses, for RABBITMQ_ADDRESSES
#        deploy/local/cluster.sh ctl a|b|c <rabbitmqctl arguments...>
# Environment: ANSWERLENS_CLUSTER_DIR (the run directory, default run/cluster under the repository).
# Services use it with RABBITMQ_ADDRESSES=$(deploy/local/cluster.sh addresses) and
# ANSWERLENS_MESSAGING_QUORUM_QUEUES=true (deploy/README.md, "A RabbitMQ cluster").
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
DIR="${ANSWERLENS_CLUSTER_DIR:-$ROOT/run/cluster}"
RABBIT_BIN=/usr/lib/rabbitmq/bin
NODES=(a b c)
log() { printf '[cluster] %s\n' "$*"; }

node_name() { echo "answerlens-$1@localhost"; }
node_index() { case $1 in a) echo 1;; b) echo 2;; c) echo 3;; *) echo "unknown node '$1' (a, b or c)" >&2; exit 2;; esac; }
amqp_port() { echo $((5680 + $(node_index "$1"))); }

# Everything a node's scripts read comes from here, never from /etc/rabbitmq or the rabbitmq user's home.
node_env() {
  local node=$1 index
  index=$(node_index "$node")
  export HOME="$DIR/home"
  export RABBITMQ_CONF_ENV_FILE="$DIR/rabbitmq-env.conf"
  export RABBITMQ_NODENAME
  RABBITMQ_NODENAME=$(node_name "$node")
  export RABBITMQ_NODE_IP_ADDRESS=127.0.0.1
  export RABBITMQ_NODE_PORT=$((5680 + index))
  export RABBITMQ_DIST_PORT=$((25680 + index))
  export RABBITMQ_CONFIG_FILE="$DIR/$node/rabbitmq.conf"
  export RABBITMQ_ADVANCED_CONFIG_FILE="$DIR/advanced.config"
  export RABBITMQ_ENABLED_PLUGINS_FILE="$DIR/enabled_plugins"
  export RABBITMQ_MNESIA_BASE="$DIR/$node/data"
  export RABBITMQ_LOG_BASE="$DIR/$node/log"
  export RABBITMQ_PID_FILE="$DIR/$node/pid"
  export ERL_EPMD_ADDRESS=127.0.0.1
}

ctl() {
  local node=$1
  shift
  ( node_env "$node"; "$RABBIT_BIN/rabbitmqctl" -q -n "$(node_name "$node")" "$@" )
}

running() {
  ctl "$1" status >/dev/null 2>&1
}

prepare() {
  mkdir -p "$DIR/home"
  if [ ! -f "$DIR/home/.erlang.cookie" ]; then
    head -c 32 /dev/urandom | od -An -tx1 | tr -d ' \n' | tr 'a-f' 'A-F' >"$DIR/home/.erlang.cookie"
    chmod 400 "$DIR/home/.erlang.cookie"
  fi
  printf 'ERL_EPMD_ADDRESS=127.0.0.1\n' >"$DIR/rabbitmq-env.conf"
  printf '[rabbitmq_management].\n' >"$DIR/enabled_plugins"
  # A quorum queue dead-letters at-least-once (retry queues back to their work queue, poison messages to parking)
  # through a worker that republishes what the target did not confirm only after this timeout: 3 min by default,
  # which a node stopping mid-publish turns into a 3-min stall of that message. 5 s here (deploy/README.md).
  printf '[{rabbit, [{dead_letter_worker_publisher_confirm_timeout, 5000}]}].\n' >"$DIR/advanced.config"
  local node index
  for node in "${NODES[@]}"; do
    index=$(node_index "$node")
    mkdir -p "$DIR/$node/data" "$DIR/$node/log"
    cat >"$DIR/$node/rabbitmq.conf" <<EOF
listeners.tcp.local = 127.0.0.1:$((5680 + index))
management.tcp.ip = 127.0.0.1
management.tcp.port = $((15680 + index))
# the machine's disk may be small; a cluster for tests must not stop on the 50 MB default
disk_free_limit.absolute = 20MB
cluster_partition_handling = pause_minority
EOF
  done
}

start_node() {
  local node=$1
  if running "$node"; then
    return 0
  fi
  log "starting $(node_name "$node") on :$(amqp_port "$node")"
  ( node_env "$node"; "$RABBIT_BIN/rabbitmq-server" -detached >>"$DIR/$node/log/startup.log" 2>&1 )
  # -detached returns before the VM has registered its name; await_startup needs it registered
  local tries=0
  until ctl "$node" ping >/dev/null 2>&1; do
    tries=$((tries + 1))
    if [ "$tries" -gt 120 ]; then log "$(node_name "$node") did not come up; see $DIR/$node/log"; return 1; fi
    sleep 0.5
  done
  ctl "$node" await_startup --timeout 90 >/dev/null
}

node_pid_alive() {
  [ -f "$DIR/$1/pid" ] && kill -0 "$(cat "$DIR/$1/pid")" 2>/dev/null
}

stop_node() {
  local node=$1
  # by its VM's pid, not by "running": a node left alone in the cluster pauses itself (pause_minority) but runs
  if node_pid_alive "$node"; then
    log "stopping $(node_name "$node")"
    # with its pid file, stop returns only once the node's VM has exited
    ctl "$node" stop "$DIR/$node/pid" >/dev/null || true
    if node_pid_alive "$node"; then log "$(node_name "$node") did not stop"; return 1; fi
  fi
}

members() {
  ctl "$1" cluster_status --formatter json 2>/dev/null | python3 -c 'import json,sys; print(" ".join(json.load(sys.stdin)["running_nodes"]))'
}

up() {
  prepare
  local node
  for node in "${NODES[@]}"; do start_node "$node" & done
  wait
  for node in b c; do
    if ! ctl a cluster_status --formatter json | grep -q "\"$(node_name "$node")\""; then
      log "joining $(node_name "$node") to $(node_name a)"
      ctl "$node" stop_app >/dev/null 2>&1
      ctl "$node" reset >/dev/null 2>&1
      ctl "$node" join_cluster "$(node_name a)" >/dev/null 2>&1
      ctl "$node" start_app >/dev/null 2>&1
    fi
  done
  log "running nodes: $(members a)"
}

down() {
  local node
  for node in "${NODES[@]}"; do
    if [ -d "$DIR/$node" ]; then stop_node "$node" || true; fi
  done
  # a node that did not stop on request (or whose CLI could not reach it) is stopped by its own pid file only
  for node in "${NODES[@]}"; do
    if node_pid_alive "$node"; then
      log "killing $(node_name "$node") (pid $(cat "$DIR/$node/pid"))"
      kill -9 "$(cat "$DIR/$node/pid")" || true
    fi
  done
  rm -rf "$DIR"
  log "stopped the three nodes and deleted $DIR"
}

status() {
  local node
  for node in "${NODES[@]}"; do
    if running "$node"; then
      ctl "$node" cluster_status
      return 0
    fi
  done
  log "no node of the cluster is running"
  return 1
}

leader() {
  local vhost=$1 queue=$2 node
  for node in "${NODES[@]}"; do
    if running "$node"; then
      ctl "$node" list_queues -p "$vhost" name leader --no-table-headers | awk -v q="$queue" '$1 == q {print $2}'
      return 0
    fi
  done
  return 1
}

command=${1:-status}
shift || true
case $command in
  up) up ;;
  down) down ;;
  status) status ;;
  start) prepare; start_node "$1" ;;
  stop) stop_node "$1" ;;
  leader) leader "$1" "$2" ;;
  addresses) echo "127.0.0.1:5681,127.0.0.1:5682,127.0.0.1:5683" ;;
  ctl) node=$1; shift; ctl "$node" "$@" ;;
  *) echo "usage: $0 up|down|status|start <node>|stop <node>|leader <vhost> <queue>|addresses|ctl <node> ..." >&2; exit 2 ;;
esac
