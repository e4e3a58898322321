#!/usr/bin/env bash
# Analytics API benchmark: wrk on loopback against api-service and a database seeded (bench/api-analytics-seed.sql)
# with 100 workspaces and a year of daily rollups summing to about 10 million mentions. Measures:
#   1. cached summary (30 days, warmed): requests/s and p50/p95/p99
#   2. uncached summary (random 30-day range and platform subset per request): p50/p95/p99
#   3. uncached 90-day daily time series (random range and platforms): p50/p95/p99
# and the cache hit ratio of each run from the service's answerlens.cache.requests counter, with the hits served
# from the replica's own copy (answerlens.cache.local.hits: Redis confirmed the version and sent no entry).
# The cached run follows a warm-up of WARMUP (15 s) at the same load, so it measures a warmed-up (JIT-compiled) service.
# Targets (issue 6): cached >= 5,000 req/s with p99 < 20 ms; uncached summary and 90-day series p95 < 100 ms.
# Usage: bench/api-analytics.sh          DURATION=20s WARMUP=15s CONNECTIONS=32 THREADS=2 KEEP_DB=1 bench/api-analytics.sh
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/../deploy/local/java-env.sh"
source "$ANSWERLENS_ROOT/deploy/local/services.sh"
cd "$ANSWERLENS_ROOT"

DURATION=${DURATION:-20s}
CONNECTIONS=${CONNECTIONS:-32}
# uncached latency is measured at a moderate load (service time), not at saturation (queueing time)
UNCACHED_CONNECTIONS=${UNCACHED_CONNECTIONS:-4}
THREADS=${THREADS:-2}
stamp=$(date +%Y%m%d-%H%M%S)
RUN_DIR="$ANSWERLENS_ROOT/bench/results/api-analytics-$stamp"
PORT_BASE=${PORT_BASE:-18180}
DATABASE=${DATABASE:-al_bench_api}
VHOST="al-bench-api-$stamp"
REPORT="$RUN_DIR/report.txt"
mkdir -p "$RUN_DIR"

command -v wrk >/dev/null || { echo "installing wrk (Debian package)"; apt-get install -y wrk >/dev/null; }
"$ANSWERLENS_ROOT/deploy/local/servers.sh" >/dev/null
if [ "${BUILD:-auto}" = 1 ] || [ ! -f api-service/target/quarkus-app/quarkus-run.jar ]; then
  "$MVNW" -B -q -pl api-service -am package -DskipTests
fi

cleanup() {
  answerlens_stop_all
  [ "${KEEP_DB:-0}" = 1 ] || psql -h 127.0.0.1 -U postgres -d postgres -qc "DROP DATABASE IF EXISTS $DATABASE WITH (FORCE)" >/dev/null 2>&1 || true
  curl -sf -u guest:guest -X DELETE "http://127.0.0.1:15672/api/vhosts/$VHOST" -o /dev/null || true
  redis-cli -h 127.0.0.1 --scan --pattern "al-bench-api:*" 2>/dev/null | xargs -r -n 500 redis-cli -h 127.0.0.1 DEL >/dev/null || true
}
trap cleanup EXIT
answerlens_prepare "$DATABASE" "$VHOST"
export ANSWERLENS_REDIS_KEY_PREFIX="al-bench-api:"
# the per-key limit stays on (one Redis script per request) but high enough not to refuse the load
export ANSWERLENS_API_RATE_LIMIT_REQUESTS=1000000000
export QUARKUS_LOG_CATEGORY__DEV_ANSWERLENS__LEVEL=WARN
export ANSWERLENS_API_METRICS_TOKEN="bench-$stamp"
answerlens_start api-service
answerlens_wait_ready api-service

q() { psql -h 127.0.0.1 -U postgres -d "$DATABASE" -tAc "$1"; }
if [ "$(q "SELECT count(*) FROM workspaces WHERE name LIKE 'bench workspace %'")" != 100 ]; then
  echo "seeding $DATABASE ..."
  start=$(date +%s)
  psql -h 127.0.0.1 -U postgres -d "$DATABASE" -q -f bench/api-analytics-seed.sql | tee -a "$REPORT"
  echo "seeded in $(( $(date +%s) - start )) s" | tee -a "$REPORT"
fi
rollup_rows=$(q "SELECT count(*) FROM brand_daily_rollups")
mentions=$(q "SELECT sum(answers_mentioning) FROM brand_daily_rollups")
today=$(date -u +%Y-%m-%d)
URL="http://127.0.0.1:$PORT_BASE"

local_hits() {
  curl -sf -H "Authorization: Bearer $ANSWERLENS_API_METRICS_TOKEN" "$URL/q/metrics" | awk '/^answerlens_cache_local_hits_total/ {s += $2} END {printf "%d", s}'
}

cache_count() {
  curl -sf -H "Authorization: Bearer $ANSWERLENS_API_METRICS_TOKEN" "$URL/q/metrics" | awk -v r="$1" '$0 ~ "^answerlens_cache_requests_total\\{.*result=\"" r "\"" {s += $2} END {printf "%d", s}'
}

run() {
  local label=$1 mode=$2 duration=$3 connections=$4 hits0 misses0 local0 out hits misses local
  hits0=$(cache_count hit); misses0=$(cache_count miss); local0=$(local_hits)
  out=$(wrk -t"$THREADS" -c"$connections" -d"$duration" --latency -s bench/api-analytics.lua "$URL" -- "$mode" "$today" \
        | grep '^RESULT')
  hits=$(( $(cache_count hit) - hits0 )); misses=$(( $(cache_count miss) - misses0 )); local=$(( $(local_hits) - local0 ))
  ratio=$(awk -v h="$hits" -v m="$misses" 'BEGIN {if (h + m > 0) printf "%.3f", h / (h + m); else print "n/a"}')
  echo "$label, $connections connections: ${out#RESULT } cache_hits=$hits (from the replica's copy: $local) cache_misses=$misses hit_ratio=$ratio" | tee -a "$REPORT"
}

{
  echo "command: DURATION=$DURATION WARMUP=${WARMUP:-15s} CONNECTIONS=$CONNECTIONS UNCACHED_CONNECTIONS=$UNCACHED_CONNECTIONS THREADS=$THREADS bench/api-analytics.sh"
  echo "load average before the runs: $(cut -d' ' -f1-3 /proc/loadavg)"
  echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GB; wrk $(wrk --version 2>&1 | head -1 | awk '{print $2}') on loopback, api-service with -Xmx384m"
  echo "data: 100 workspaces x 10 brands x 7 platforms x 365 days: $rollup_rows brand rollup rows, $mentions mentions"
} | tee -a "$REPORT"

# warm-up: JIT, connection pools, and one cached 30-day summary per workspace
wrk -t"$THREADS" -c"$CONNECTIONS" -d"${WARMUP:-15s}" -s bench/api-analytics.lua "$URL" -- cached "$today" >/dev/null
run "cached summary (30 days)" cached "$DURATION" "$CONNECTIONS"
run "uncached summary (30 days, random range/platforms)" summary "$DURATION" "$UNCACHED_CONNECTIONS"
run "uncached time series (90 days by day, random range/platforms)" timeseries "$DURATION" "$UNCACHED_CONNECTIONS"
run "uncached summary at saturation" summary "$DURATION" "$CONNECTIONS"
echo "load average after the runs (other processes on this machine): $(cut -d' ' -f1-3 /proc/loadavg)" | tee -a "$REPORT"
echo "report: $REPORT"
