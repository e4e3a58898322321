#!/usr/bin/env bash
# Scheduler benchmark: JOBS due jobs (default 100,000: 1,000 prompts x 5 platforms x 20 samples, all due
# at once) planned and published by one scheduler through the outbox relay with publisher confirms;
# prints jobs confirmed per second and the time from "due" to "on the queue" (p50/p95/p99).
# Usage: bench/scheduler-throughput.sh        (JOBS=10000 for a quick run; REPLICAS=2 for two schedulers)
# OUTBOX=1 measures the relay alone: the scheduler(s) start with nothing due, then JOBS pending jobs (20 per
# prompt and platform, as planning writes them) land in the outbox in one transaction.
# SCHEDULER_APP=DIR runs another build (a copied scheduler-service/target/quarkus-app), to compare two builds back to back.
# JFR=1 records a JDK Flight Recording per scheduler (bench/jfr_hot.py summarises it).
# ANSWERLENS_AOT=use starts the measured scheduler(s) from the JDK AOT cache deploy/local/aot-train.sh trains (the
# start-up is in the window: the jobs fall due before the scheduler starts).
# Also prints CPU-ms per job of each scheduler process and of the database backends, and commits per job.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/../deploy/local/java-env.sh"
source "$ANSWERLENS_ROOT/deploy/local/services.sh"
cd "$ANSWERLENS_ROOT"

JOBS=${JOBS:-100000}
REPLICAS=${REPLICAS:-1}
PROMPTS=$((JOBS / 100))
stamp=$(date +%Y%m%d-%H%M%S)
RUN_DIR="$ANSWERLENS_ROOT/bench/results/scheduler-$stamp"
PORT_BASE=${PORT_BASE:-19080}
DATABASE="al_bench_${stamp//-/_}"
VHOST="al-bench-$stamp"
mkdir -p "$RUN_DIR"

"$ANSWERLENS_ROOT/deploy/local/servers.sh" >/dev/null
SCHEDULER_APP=${SCHEDULER_APP:-scheduler-service/target/quarkus-app}
[ -f "$SCHEDULER_APP/quarkus-run.jar" ] || "$MVNW" -B -q package -DskipTests
cleanup() {
  answerlens_stop_all
  psql -h 127.0.0.1 -U postgres -d postgres -qc "DROP DATABASE IF EXISTS $DATABASE WITH (FORCE)" >/dev/null 2>&1 || true
  curl -sf -u guest:guest -X DELETE "http://127.0.0.1:15672/api/vhosts/$VHOST" -o /dev/null || true
}
trap cleanup EXIT
answerlens_prepare "$DATABASE" "$VHOST"
export ANSWERLENS_SCHEDULER_MAX_QUEUE_DEPTH=100000000
q() { psql -h 127.0.0.1 -U postgres -d "$DATABASE" -tAc "$1"; }

# Start once to migrate, stop, seed due prompts, then start the measured scheduler(s).
answerlens_start scheduler-service >/dev/null; answerlens_wait_ready scheduler-service; answerlens_stop_all
q "INSERT INTO workspaces (id, name) VALUES ('00000000-0000-0000-0000-000000000001', 'bench')" >/dev/null
if [ "${OUTBOX:-0}" = 1 ]; then next_run="now() + interval '1 day'"; else next_run="now()"; fi
q "INSERT INTO prompts (id, workspace_id, text, language, country, platforms, cadence_minutes, samples_per_run, priority, next_run_at)
   SELECT gen_random_uuid(), '00000000-0000-0000-0000-000000000001', 'benchmark question ' || i, 'en', 'US',
          '{chatgpt,perplexity,gemini,copilot,claude}', 1440, 20, i % 10, $next_run
   FROM generate_series(1, $PROMPTS) i" >/dev/null
mkdir -p "$RUN_DIR/pids"
for r in $(seq 1 "$REPLICAS"); do
  jfr=()
  [ "${JFR:-0}" = 1 ] && mkdir -p "$RUN_DIR/jfr" && jfr=("-XX:StartFlightRecording=filename=$RUN_DIR/jfr/scheduler-$r.jfr,settings=profile,dumponexit=true")
  answerlens_aot_args "$SCHEDULER_APP" "$r"
  QUARKUS_HTTP_PORT=$((PORT_BASE + 3 + r * 10)) nohup "$JAVA_HOME/bin/java" -Xmx384m ${AOT_ARGS[@]+"${AOT_ARGS[@]}"} \
    ${jfr[@]+"${jfr[@]}"} -jar "$SCHEDULER_APP/quarkus-run.jar" \
    >>"$RUN_DIR/scheduler-$r.log" 2>&1 &
  echo $! >"$RUN_DIR/pids/scheduler-$r.pid"
done
if [ "${OUTBOX:-0}" = 1 ]; then
  for r in $(seq 1 "$REPLICAS"); do
    for _ in $(seq 1 120); do curl -sf "http://127.0.0.1:$((PORT_BASE + 3 + r * 10))/q/health/ready" -o /dev/null && break; sleep 0.5; done
  done
  q "INSERT INTO jobs (id, workspace_id, prompt_id, run_id, trigger, platform, sample, priority, day, due_at, state, engine)
     SELECT gen_random_uuid(), p.workspace_id, p.id, gen_random_uuid(), 'schedule', platform, s, p.priority, current_date, now(),
            'pending', 'simulated'
     FROM prompts p, unnest(p.platforms) platform, generate_series(1, 20) s" >/dev/null
fi
# Cost window (bench/process_cost.py): from the poll that finds a tenth of the jobs queued to the one that finds all.
cost() {
  local pids=()
  for r in $(seq 1 "$REPLICAS"); do pids+=(--pid "scheduler-$r=$(cat "$RUN_DIR/pids/scheduler-$r.pid")"); done
  python3 bench/process_cost.py snapshot "$RUN_DIR/cost-$1.json" --db "$DATABASE" --vhost "$VHOST" "${pids[@]}"
}
window_from=""
for _ in $(seq 1 1200); do
  queued=$(q "SELECT count(*) FROM jobs WHERE state = 'queued'")
  if [ -z "$window_from" ] && [ "$queued" -ge $((JOBS / 10)) ] && [ "$queued" -lt "$JOBS" ]; then cost before; window_from=$queued; fi
  [ "$queued" -ge "$JOBS" ] && break
  sleep 0.5
done
[ -n "$window_from" ] && cost after
read -r n seconds p50 p95 p99 dupes < <(q "
  SELECT count(*), extract(epoch FROM max(published_at) - min(due_at)),
         percentile_cont(0.50) WITHIN GROUP (ORDER BY extract(epoch FROM published_at - due_at)),
         percentile_cont(0.95) WITHIN GROUP (ORDER BY extract(epoch FROM published_at - due_at)),
         percentile_cont(0.99) WITHIN GROUP (ORDER BY extract(epoch FROM published_at - due_at)),
         (SELECT count(*) - count(DISTINCT (prompt_id, platform, sample)) FROM jobs)
  FROM jobs WHERE state = 'queued'" | tr '|' ' ')
# Messages on the platform queues, read from the management API until two readings agree (its
# statistics refresh every 5 s).
read_depth() {
  curl -s -u guest:guest "http://127.0.0.1:15672/api/queues/$VHOST?columns=name,messages" | python3 -c \
    "import json,sys; print(sum(q.get('messages', 0) for q in json.load(sys.stdin) if q['name'].startswith('scrape.') and q['name'].count('.') == 1))"
}
# Where the time went: the first job on its queue (start-up and the first claims), the last job planned, the last
# one queued (published_at and created_at are their transactions' start times).
read -r first planned last < <(q "
  SELECT extract(epoch FROM min(published_at) - min(due_at)), extract(epoch FROM max(created_at) - min(due_at)),
         extract(epoch FROM max(published_at) - min(due_at))
  FROM jobs WHERE state = 'queued'" | tr '|' ' ')
depth=-1
for _ in $(seq 1 12); do
  sleep 5
  now=$(read_depth)
  [ "$now" = "$depth" ] && break
  depth=$now
done
{
  echo "Answerlens scheduler benchmark, $(date -u +%Y-%m-%dT%H:%M:%SZ), $(nproc) cores, $REPLICAS scheduler replica(s)"
  echo "  command:          JOBS=$JOBS REPLICAS=$REPLICAS OUTBOX=${OUTBOX:-0} ANSWERLENS_AOT=${ANSWERLENS_AOT:-off} SCHEDULER_APP=$SCHEDULER_APP bench/scheduler-throughput.sh"
  echo "  JVM:              $(answerlens_jvm_describe "$SCHEDULER_APP")"
  echo "  jobs confirmed:   $n (duplicates: $dupes; messages on the platform queues: $depth)"
  echo "  throughput:       $(awk -v n="$n" -v s="$seconds" 'BEGIN {printf "%.0f", n / s}') jobs/s from due to confirmed on the queue ($(printf '%.1f' "$seconds") s)"
  echo "  phases:           first job queued $(printf '%.1f' "$first") s after due (start-up), last planned at $(printf '%.1f' "$planned") s, last queued at $(printf '%.1f' "$last") s: $(awk -v n="$n" -v a="$first" -v b="$last" 'BEGIN {printf "%.0f", n / (b - a)}') jobs/s from the first to the last"
  echo "  due -> on queue:  p50 $(printf '%.2f' "$p50") s, p95 $(printf '%.2f' "$p95") s, p99 $(printf '%.2f' "$p99") s"
  echo "  machine:          load average $(cut -d' ' -f1-3 /proc/loadavg) at the end (other work on the host skews the rate)"
  if [ -n "$window_from" ]; then
    python3 bench/process_cost.py report "$RUN_DIR/cost-before.json" "$RUN_DIR/cost-after.json" \
      --jobs $((queued - window_from)) --label "jobs $window_from to $queued queued"
  fi
} | tee "$RUN_DIR/report.txt"
