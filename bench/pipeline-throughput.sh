#!/usr/bin/env bash
# End-to-end pipeline benchmark: JOBS prompt jobs (default 10,000) from the moment the scheduler's
# outbox relay publishes them to the moment their answers and mentions are stored (simulated engine,
# rule extractor), on the four services as separate processes; then RabbitMQ PerfTest (persistent
# messages, publisher confirms) on the same broker, so the figure reads as a share of the broker's limit.
# Usage: bench/pipeline-throughput.sh            (JOBS=1000 bench/pipeline-throughput.sh for a quick run)
#        BRANDS=1000 ...                         (tracked brands in the workspace; default 5)
#        WORKERS=2 EXTRACTORS=2 ...              (scrape workers and extraction services as separate processes)
# Prints CPU milliseconds per job for each service, the run database's PostgreSQL backends, RabbitMQ and Redis,
# and database and broker operations per job (bench/process_cost.py); JFR=1 records a flight recording per
# service into the run directory (bench/jfr_hot.py RECORDING summarises where the CPU went).
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/../deploy/local/java-env.sh"
source "$ANSWERLENS_ROOT/deploy/local/services.sh"
cd "$ANSWERLENS_ROOT"

JOBS=${JOBS:-10000}
BRANDS=${BRANDS:-5}
WORKERS=${WORKERS:-1}
EXTRACTORS=${EXTRACTORS:-1}
stamp=$(date +%Y%m%d-%H%M%S)
RUN_DIR="$ANSWERLENS_ROOT/bench/results/pipeline-$stamp"
PORT_BASE=${PORT_BASE:-18080}
DATABASE="al_bench_${stamp//-/_}"
VHOST="al-bench-$stamp"
mkdir -p "$RUN_DIR"
REPORT="$RUN_DIR/report.txt"

"$ANSWERLENS_ROOT/deploy/local/servers.sh" >/dev/null
if [ "${BUILD:-auto}" = 1 ] || [ ! -f api-service/target/quarkus-app/quarkus-run.jar ]; then
  "$MVNW" -B -q package -DskipTests
fi

cleanup() {
  answerlens_stop_all
  psql -h 127.0.0.1 -U postgres -d postgres -qc "DROP DATABASE IF EXISTS $DATABASE WITH (FORCE)" >/dev/null 2>&1 || true
  curl -sf -u guest:guest -X DELETE "http://127.0.0.1:15672/api/vhosts/$VHOST" -o /dev/null || true
}
trap cleanup EXIT
[ "${JFR:-0}" = 1 ] && export ANSWERLENS_JFR_DIR="$RUN_DIR/jfr"
answerlens_prepare "$DATABASE" "$VHOST"
answerlens_start_all >/dev/null
for r in $(seq 2 "$WORKERS"); do answerlens_start scrape-worker "$r" >/dev/null; answerlens_wait_ready scrape-worker "$r"; done
for r in $(seq 2 "$EXTRACTORS"); do answerlens_start extraction-service "$r" >/dev/null; answerlens_wait_ready extraction-service "$r"; done

# Cost window: from the services ready and idle to the last answer stored (seeding through the API included).
cost() {
  local pids=()
  for pidfile in "$RUN_DIR"/pids/*.pid; do
    pids+=(--pid "$(basename "$pidfile" .pid)=$(cat "$pidfile")")
  done
  python3 bench/process_cost.py snapshot "$RUN_DIR/cost-$1.json" --db "$DATABASE" --vhost "$VHOST" "${pids[@]}"
}
cost before
workspace=$(python3 bench/pipeline_seed.py --api "http://127.0.0.1:$PORT_BASE" --jobs "$JOBS" --brands "$BRANDS")
q() { psql -h 127.0.0.1 -U postgres -d "$DATABASE" -tAc "$1"; }
polls=$(( JOBS / 25 > 1200 ? JOBS / 25 : 1200 )) # at least 10 minutes, 20 ms a job beyond
for _ in $(seq 1 "$polls"); do
  # The rollups (written in the answers' transaction) are a few rows: polling them costs the database nothing
  # that grows with the run, where counting the answers twice a second would.
  stored=$(q "SELECT coalesce(sum(answers), 0) FROM answer_daily_rollups WHERE workspace_id = '$workspace'")
  [ "$stored" -ge "$JOBS" ] && break
  sleep 0.5
done
[ "$stored" -ge "$JOBS" ] || { echo "only $stored of $JOBS answers stored after $((polls / 2)) s" >&2; exit 1; }
sleep 1 # the last "answers stored" events reach the scheduler and the API
cost after

read -r n seconds p50 p95 p99 < <(q "
  SELECT count(*), extract(epoch FROM max(a.stored_at) - min(j.published_at)),
         percentile_cont(0.50) WITHIN GROUP (ORDER BY extract(epoch FROM a.stored_at - j.published_at)),
         percentile_cont(0.95) WITHIN GROUP (ORDER BY extract(epoch FROM a.stored_at - j.published_at)),
         percentile_cont(0.99) WITHIN GROUP (ORDER BY extract(epoch FROM a.stored_at - j.published_at))
  FROM answers a JOIN jobs j ON j.id = a.job_id WHERE a.workspace_id = '$workspace'" | tr '|' ' ')
mentions=$(q "SELECT count(*) FROM mentions WHERE workspace_id = '$workspace'")
# Per stage: how long each took to get through all jobs (they overlap; the slowest sets the pace).
relay_s=$(q "SELECT extract(epoch FROM max(published_at) - min(published_at)) FROM jobs WHERE workspace_id = '$workspace'")
collect_s=$(q "SELECT extract(epoch FROM max(finished_at) - min(started_at)) FROM answers WHERE workspace_id = '$workspace'")
store_s=$(q "SELECT extract(epoch FROM max(stored_at) - min(stored_at)) FROM answers WHERE workspace_id = '$workspace'")
answerlens_stop_all

"$MVNW" -B -q -f bench/pom.xml dependency:build-classpath -Dmdep.outputFile=target/perftest.classpath >/dev/null
perftest=$("$JAVA_HOME/bin/java" -cp "$(cat bench/target/perftest.classpath)" com.rabbitmq.perf.PerfTest \
  -h "amqp://guest:guest@127.0.0.1:5672/$VHOST" -x 1 -y 1 -s 1024 -f persistent -c 200 -z 15 \
  -u "perftest-$stamp" --auto-delete true 2>&1 | awk -F'sending rate avg: ' '/sending rate avg/ {print $2}' | awk '{print $1}')

pipeline_rate=$(awk -v n="$n" -v s="$seconds" 'BEGIN {printf "%.0f", n / s}')
{
  echo "Answerlens pipeline benchmark, $(date -u +%Y-%m-%dT%H:%M:%SZ), $(nproc) cores"
  echo "  command:            ${ANSWERLENS_AOT:+ANSWERLENS_AOT=$ANSWERLENS_AOT }JOBS=$JOBS BRANDS=$BRANDS WORKERS=$WORKERS EXTRACTORS=$EXTRACTORS bench/pipeline-throughput.sh"
  echo "  JVM:                $(answerlens_jvm_describe)"
  echo "  jobs stored:        $n (mentions: $mentions)"
  echo "  wall time:          $(printf '%.2f' "$seconds") s from first publish to last stored answer"
  echo "  throughput:         $pipeline_rate jobs/s end to end"
  echo "  latency per job:    p50 $(printf '%.3f' "$p50") s, p95 $(printf '%.3f' "$p95") s, p99 $(printf '%.3f' "$p99") s (publish -> stored)"
  echo "  stage spans:        relay $(printf '%.2f' "$relay_s") s, collection $(printf '%.2f' "$collect_s") s, storage $(printf '%.2f' "$store_s") s"
  echo "  RabbitMQ PerfTest:  $perftest msg/s (1 producer, 1 consumer, 1 KiB, persistent, confirms)"
  echo "  ratio:              $(awk -v a="$pipeline_rate" -v b="$perftest" 'BEGIN {printf "%.1f%%", 100 * a / b}') of the broker's own rate (each job crosses the broker twice)"
  echo "  machine:            load average $(cut -d' ' -f1-3 /proc/loadavg) at the end (other work on the host skews wall-clock figures, hardly CPU per job)"
  python3 bench/process_cost.py report "$RUN_DIR/cost-before.json" "$RUN_DIR/cost-after.json" --jobs "$n" \
    --label "services idle and ready to last answer stored"
} | tee "$REPORT"
