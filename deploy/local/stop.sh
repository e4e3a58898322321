#!/usr/bin/env bash
# Stops the services deploy/local/run.sh started (the local servers keep running).
# Usage: stop.sh [--quiet] [RUN_DIR]   (RUN_DIR defaults to ./run)
set -uo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
quiet=""
[ "${1:-}" = --quiet ] && { quiet=1; shift; }
run_dir=${1:-$ROOT/run}
for pidfile in "$run_dir"/pids/*.pid; do
  [ -e "$pidfile" ] || continue
  pid=$(cat "$pidfile")
  if kill -0 "$pid" 2>/dev/null; then
    [ -n "$quiet" ] || echo "[stop] stopping $(basename "$pidfile" .pid) (pid $pid)"
    # A JVM recording an AOT cache (ANSWERLENS_AOT=record) writes it on the way out: give it minutes, not seconds.
    wait_quarters=80
    tr '\0' ' ' <"/proc/$pid/cmdline" 2>/dev/null | grep -q -- '-XX:AOTCacheOutput=' && wait_quarters=1200
    kill "$pid"
    for _ in $(seq 1 "$wait_quarters"); do kill -0 "$pid" 2>/dev/null || break; sleep 0.25; done
    kill -0 "$pid" 2>/dev/null && kill -9 "$pid"
  fi
  rm -f "$pidfile"
done
