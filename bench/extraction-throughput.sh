#!/usr/bin/env bash
# Extraction-service throughput on the rules path: N simulated raw answers (default 5,000) are queued on
# answers.raw while the service is stopped; then one extraction-service process drains the backlog
# (extract, store answer + mentions + citations + rollups in group commits, publish answers.stored events,
# ack). Prints answers stored per second from the first to the last commit, and the command.
# Usage: bench/extraction-throughput.sh         (N=1000 bench/extraction-throughput.sh for a quick run;
#        CONSUMERS=8 to change answerlens.extraction.consumers (default 64, as the service); STORE_BATCH=1 for one transaction per answer,
#        the behaviour before group commit; BUILD=1 to rebuild first; JFR=1 to record a JDK Flight Recording
#        of the service into the run directory, summarised by bench/jfr-hot-methods.sh)
# LLM path: LLM=1 bench/extraction-throughput.sh runs the same against the stand-in OpenAI-compatible server
#        (test sources) answering in LLM_LATENCY_MS (500) and refusing more than LLM_RATE_LIMIT requests per
#        second (40) with 429; the service paces itself at LLM_PACE requests per second (default 95% of the limit).
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/../deploy/local/java-env.sh"
source "$ANSWERLENS_ROOT/deploy/local/services.sh"
cd "$ANSWERLENS_ROOT"

LLM=${LLM:-0}
N=${N:-$([ "$LLM" = 1 ] && echo 1000 || echo 5000)}
LLM_LATENCY_MS=${LLM_LATENCY_MS:-500}
LLM_RATE_LIMIT=${LLM_RATE_LIMIT:-40}
LLM_PACE=${LLM_PACE:-$(awk -v r="$LLM_RATE_LIMIT" 'BEGIN {print r * 0.95}')}
CONSUMERS=${CONSUMERS:-64}
STORE_BATCH=${STORE_BATCH:-64}
stamp=$(date +%Y%m%d-%H%M%S)
RUN_DIR="$ANSWERLENS_ROOT/bench/results/extraction-$stamp"
PORT_BASE=${PORT_BASE:-18180}
DATABASE="al_bench_x_${stamp//-/_}"
VHOST="al-bench-x-$stamp"
mkdir -p "$RUN_DIR"
[ "${JFR:-0}" = 1 ] && export ANSWERLENS_JFR_DIR="$RUN_DIR/jfr"

"$ANSWERLENS_ROOT/deploy/local/servers.sh" >/dev/null
if [ "${BUILD:-auto}" = 1 ] || [ ! -f extraction-service/target/quarkus-app/quarkus-run.jar ] || [ ! -d simulated-platform/target/classes ]; then
  "$MVNW" -B -q ${MAVEN_REPO_LOCAL:+-Dmaven.repo.local=$MAVEN_REPO_LOCAL} -pl extraction-service -am package -DskipTests
fi
cleanup() {
  answerlens_stop_all
  [ -f "$RUN_DIR/stand-in.pid" ] && kill "$(cat "$RUN_DIR/stand-in.pid")" 2>/dev/null || true
  psql -h 127.0.0.1 -U postgres -d postgres -qc "DROP DATABASE IF EXISTS $DATABASE WITH (FORCE)" >/dev/null 2>&1 || true
  curl -sf -u guest:guest -X DELETE "http://127.0.0.1:15672/api/vhosts/$VHOST" -o /dev/null || true
}
trap cleanup EXIT
answerlens_prepare "$DATABASE" "$VHOST"
if [ "$LLM" = 1 ]; then
  STANDIN_PORT=$((PORT_BASE + 50))
  "$JAVA_HOME/bin/java" -cp "extraction-service/target/test-classes:extraction-service/target/quarkus-app/lib/main/*" \
    dev.answerlens.extraction.llm.StandInOpenAi "$STANDIN_PORT" "$LLM_LATENCY_MS" "$LLM_RATE_LIMIT" >"$RUN_DIR/stand-in.log" 2>&1 &
  echo $! >"$RUN_DIR/stand-in.pid"
  export ANSWERLENS_EXTRACTION_LLM_ENABLED=true
  export ANSWERLENS_EXTRACTION_LLM_BASE_URL="http://127.0.0.1:$STANDIN_PORT/v1"
  export ANSWERLENS_EXTRACTION_LLM_MODEL=stand-in-large ANSWERLENS_EXTRACTION_LLM_FALLBACK_MODEL=stand-in-small
  export ANSWERLENS_EXTRACTION_LLM_REQUESTS_PER_SECOND="$LLM_PACE" ANSWERLENS_EXTRACTION_LLM_TIMEOUT=10s
fi
q() { psql -h 127.0.0.1 -U postgres -d "$DATABASE" -tAc "$1"; }

# First start migrates the schema and declares the topology; stop it, queue the backlog, start again.
export ANSWERLENS_EXTRACTION_CONSUMERS=$CONSUMERS ANSWERLENS_EXTRACTION_STORE_BATCH=$STORE_BATCH
answerlens_start extraction-service >/dev/null
answerlens_wait_ready extraction-service || exit 1
answerlens_stop_all
workspace=$(q "INSERT INTO workspaces (id, name) VALUES (gen_random_uuid(), 'extraction bench') RETURNING id" | sed -n 1p)
q "INSERT INTO brands (id, workspace_id, name, aliases, domains, kind)
   SELECT gen_random_uuid(), '$workspace', b.name, b.aliases, b.domains, CASE WHEN b.n = 1 THEN 'own' ELSE 'competitor' END
   FROM (VALUES (1, 'Globex', '{}'::text[], '{globex.io}'::text[]), (2, 'Northwind CRM', '{Northwind}', '{northwindcrm.com}'),
                (3, 'Initech', '{}', '{initech.com}'), (4, 'Hooli', '{}', '{hooli.xyz}'), (5, 'Summit', '{}', '{summit.so}'),
                (6, 'Acme-Flow', '{AcmeFlow}', '{acmeflow.io}'), (7, 'Pied Piper', '{}', '{piedpiper.com}')) AS b(n, name, aliases, domains)" >/dev/null
"$JAVA_HOME/bin/java" -cp "extraction-service/target/quarkus-app/lib/main/*:simulated-platform/target/classes" bench/extraction/RawAnswerLoad.java \
  "$VHOST" "$workspace" "$N" 2>"$RUN_DIR/load.log" || { cat "$RUN_DIR/load.log" >&2; exit 1; }

answerlens_start extraction-service >/dev/null
# Cost window: from the first poll that finds a tenth of the answers stored (start-up and the first JIT
# compilations behind it) to the poll that finds all of them.
cost() { python3 bench/process_cost.py snapshot "$RUN_DIR/cost-$1.json" --db "$DATABASE" --vhost "$VHOST" \
           --pid "extraction-service=$(cat "$RUN_DIR/pids/extraction-service.pid")"; }
window_from=""
for _ in $(seq 1 1200); do
  stored=$(q "SELECT count(*) FROM answers WHERE workspace_id = '$workspace'")
  if [ -z "$window_from" ] && [ "$stored" -ge $((N / 10)) ] && [ "$stored" -lt "$N" ]; then cost before; window_from=$stored; fi
  [ "$stored" -ge "$N" ] && break
  sleep 0.5
done
[ -n "$window_from" ] && cost after
[ "$stored" -ge "$N" ] || { echo "only $stored of $N answers stored after 10 minutes" >&2; exit 1; }
read -r n seconds < <(q "SELECT count(*), extract(epoch FROM max(stored_at) - min(stored_at)) FROM answers
                         WHERE workspace_id = '$workspace'" | tr '|' ' ')
mentions=$(q "SELECT count(*) FROM mentions WHERE workspace_id = '$workspace'")
citations=$(q "SELECT count(*) FROM citations WHERE workspace_id = '$workspace'")
if [ "$LLM" = 1 ]; then
  stats=$(curl -sf "http://127.0.0.1:$STANDIN_PORT/stats")
  requests=$(echo "$stats" | sed 's/.*"requests":\([0-9]*\).*/\1/')
  refused=$(echo "$stats" | sed 's/.*"rate_limited":\([0-9]*\).*/\1/')
  by_method=$(q "SELECT string_agg(extraction_method || ' ' || n, ', ') FROM (SELECT extraction_method, count(*) n FROM answers
                 WHERE workspace_id = '$workspace' GROUP BY 1 ORDER BY 1) x")
  ungrounded=$(q "SELECT coalesce(sum(ungrounded_mentions), 0) FROM answers WHERE workspace_id = '$workspace'")
  tokens=$(q "SELECT coalesce(sum(llm_prompt_tokens), 0) || ' prompt + ' || coalesce(sum(llm_completion_tokens), 0) || ' completion'
              FROM answers WHERE workspace_id = '$workspace'")
fi
rss=$(ps -o rss= -p "$(cat "$RUN_DIR/pids/extraction-service.pid")" 2>/dev/null | awk '{printf "%.0f MB", $1 / 1024}')
{
  if [ "$LLM" = 1 ]; then
    echo "Answerlens extraction benchmark (LLM path, stand-in server), $(date -u +%Y-%m-%dT%H:%M:%SZ), $(nproc) cores, git $(git rev-parse --short HEAD)"
    echo "  command:     LLM=1 N=$N LLM_LATENCY_MS=$LLM_LATENCY_MS LLM_RATE_LIMIT=$LLM_RATE_LIMIT LLM_PACE=$LLM_PACE CONSUMERS=$CONSUMERS bench/extraction-throughput.sh"
    echo "  stand-in:    ${LLM_LATENCY_MS} ms per reply, limit $LLM_RATE_LIMIT requests/s; it got $requests requests, refused $refused with 429"
    echo "  LLM use:     $(awk -v r="$requests" -v f="$refused" -v s="$seconds" -v l="$LLM_RATE_LIMIT" 'BEGIN {printf "%.1f answered requests/s = %.0f%% of the limit", (r - f) / s, 100 * (r - f) / s / l}')"
    echo "  results:     $by_method; $ungrounded ungrounded claims dropped; tokens $tokens"
  else
    echo "Answerlens extraction benchmark (rules path), $(date -u +%Y-%m-%dT%H:%M:%SZ), $(nproc) cores, git $(git rev-parse --short HEAD)"
    echo "  command:     N=$N CONSUMERS=$CONSUMERS STORE_BATCH=$STORE_BATCH bench/extraction-throughput.sh"
  fi
  echo "  stored:      $n answers, $mentions mentions, $citations citations (group commit: up to $STORE_BATCH answers per transaction)"
  echo "  span:        $(printf '%.2f' "$seconds") s from first to last commit"
  echo "  throughput:  $(awk -v n="$n" -v s="$seconds" 'BEGIN {printf "%.0f", (n - 1) / s}') answers stored per second"
  echo "  process:     1 extraction-service, $CONSUMERS consumers, prefetch ${ANSWERLENS_EXTRACTION_PREFETCH:-128}, RSS $rss"
  echo "  machine:     load average $(cut -d' ' -f1-3 /proc/loadavg) at the end (other work on the host skews the figure)"
  if [ -n "$window_from" ]; then
    python3 bench/process_cost.py report "$RUN_DIR/cost-before.json" "$RUN_DIR/cost-after.json" \
      --jobs $((stored - window_from)) --label "answers $window_from to $stored"
  fi
} | tee "$RUN_DIR/report.txt"
