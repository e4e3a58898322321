#!/usr/bin/env bash
# Extraction-service throughput on the rules path: N simulated raw answers (default 5,000) are queued on
# answers.raw while the service is stopped; then one extraction-service process drains the backlog
# (extract, store answer + mentions + citations + rollups in one transaction each, publish mentions.stored,
# ack). Prints answers stored per second from the first to the last commit, and the command.
# Usage: bench/extraction-throughput.sh         (N=1000 bench/extraction-throughput.sh for a quick run;
#        CONSUMERS=16 to change answerlens.extraction.consumers; BUILD=1 to rebuild first)
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/../deploy/local/java-env.sh"
source "$ANSWERLENS_ROOT/deploy/local/services.sh"
cd "$ANSWERLENS_ROOT"

N=${N:-5000}
CONSUMERS=${CONSUMERS:-8}
stamp=$(date +%Y%m%d-%H%M%S)
RUN_DIR="$ANSWERLENS_ROOT/bench/results/extraction-$stamp"
PORT_BASE=${PORT_BASE:-18180}
DATABASE="al_bench_x_${stamp//-/_}"
VHOST="al-bench-x-$stamp"
mkdir -p "$RUN_DIR"

"$ANSWERLENS_ROOT/deploy/local/servers.sh" >/dev/null
if [ "${BUILD:-auto}" = 1 ] || [ ! -f extraction-service/target/quarkus-app/quarkus-run.jar ]; then
  "$MVNW" -B -q ${MAVEN_REPO_LOCAL:+-Dmaven.repo.local=$MAVEN_REPO_LOCAL} -pl extraction-service -am package -DskipTests
fi
cleanup() {
  answerlens_stop_all
  psql -h 127.0.0.1 -U postgres -d postgres -qc "DROP DATABASE IF EXISTS $DATABASE WITH (FORCE)" >/dev/null 2>&1 || true
  curl -sf -u guest:guest -X DELETE "http://127.0.0.1:15672/api/vhosts/$VHOST" -o /dev/null || true
}
trap cleanup EXIT
answerlens_prepare "$DATABASE" "$VHOST"
q() { psql -h 127.0.0.1 -U postgres -d "$DATABASE" -tAc "$1"; }

# First start migrates the schema and declares the topology; stop it, queue the backlog, start again.
export ANSWERLENS_EXTRACTION_CONSUMERS=$CONSUMERS
answerlens_start extraction-service >/dev/null && answerlens_wait_ready extraction-service
answerlens_stop_all
workspace=$(q "INSERT INTO workspaces (id, name) VALUES (gen_random_uuid(), 'extraction bench') RETURNING id" | sed -n 1p)
q "INSERT INTO brands (id, workspace_id, name, aliases, domains, kind)
   SELECT gen_random_uuid(), '$workspace', b.name, b.aliases, b.domains, CASE WHEN b.n = 1 THEN 'own' ELSE 'competitor' END
   FROM (VALUES (1, 'Globex', '{}'::text[], '{globex.io}'::text[]), (2, 'Northwind CRM', '{Northwind}', '{northwindcrm.com}'),
                (3, 'Initech', '{}', '{initech.com}'), (4, 'Hooli', '{}', '{hooli.xyz}'), (5, 'Summit', '{}', '{summit.so}'),
                (6, 'Acme-Flow', '{AcmeFlow}', '{acmeflow.io}'), (7, 'Pied Piper', '{}', '{piedpiper.com}')) AS b(n, name, aliases, domains)" >/dev/null
"$JAVA_HOME/bin/java" -Dslf4j.provider=org.slf4j.helpers.NOPServiceProvider -cp "extraction-service/target/quarkus-app/lib/main/*" bench/extraction/RawAnswerLoad.java "$VHOST" "$workspace" "$N"

answerlens_start extraction-service >/dev/null
for _ in $(seq 1 1200); do
  stored=$(q "SELECT count(*) FROM answers WHERE workspace_id = '$workspace'")
  [ "$stored" -ge "$N" ] && break
  sleep 0.5
done
[ "$stored" -ge "$N" ] || { echo "only $stored of $N answers stored after 10 minutes" >&2; exit 1; }
read -r n seconds < <(q "SELECT count(*), extract(epoch FROM max(stored_at) - min(stored_at)) FROM answers
                         WHERE workspace_id = '$workspace'" | tr '|' ' ')
mentions=$(q "SELECT count(*) FROM mentions WHERE workspace_id = '$workspace'")
citations=$(q "SELECT count(*) FROM citations WHERE workspace_id = '$workspace'")
rss=$(ps -o rss= -p "$(cat "$RUN_DIR/pids/extraction-service.pid")" 2>/dev/null | awk '{printf "%.0f MB", $1 / 1024}')
{
  echo "Answerlens extraction benchmark (rules path), $(date -u +%Y-%m-%dT%H:%M:%SZ), $(nproc) cores, git $(git rev-parse --short HEAD)"
  echo "  command:     N=$N CONSUMERS=$CONSUMERS bench/extraction-throughput.sh"
  echo "  stored:      $n answers, $mentions mentions, $citations citations (one transaction per answer, batched statements)"
  echo "  span:        $(printf '%.2f' "$seconds") s from first to last commit"
  echo "  throughput:  $(awk -v n="$n" -v s="$seconds" 'BEGIN {printf "%.0f", (n - 1) / s}') answers stored per second"
  echo "  process:     1 extraction-service, $CONSUMERS consumers x prefetch 16, RSS $rss"
  echo "  machine:     load average $(cut -d' ' -f1-3 /proc/loadavg) at the end (other work on the host skews the figure)"
} | tee "$RUN_DIR/report.txt"
