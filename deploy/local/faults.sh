#!/usr/bin/env bash
# The fault suite (issue 13). For each scenario it starts the four services as processes on a fresh database,
# RabbitMQ virtual host and Redis key prefix, seeds 2,100 jobs over all seven platforms through the HTTP API
# (simulated engine, 250 ms per answer, 3 % failures, retries seconds apart), strikes mid-run — RabbitMQ
# stopped, its connections closed or its publishers blocked; a service killed (-9) or frozen (SIGSTOP);
# PostgreSQL's connections terminated or the server restarted; Redis paused or restarted empty — and then
# checks that every planned job has exactly one answer, the rollups equal the raw rows, no message is left
# ready or unacked on the work queues, nothing is parked (an outage is waited for), the last answer came within 30 s of
# the fault's end, and every service is ready and live. The suite itself is FaultSuiteIT in deploy/src/test/java/dev/answerlens/deploy/faults.
#
# Usage: deploy/local/faults.sh [scenario ...]        no argument: every scenario, in this order:
#   broker-stop-5s broker-stop-60s broker-close-connections broker-memory-alarm kill-scheduler kill-api
#   kill-worker kill-extraction worker-frozen postgres-terminate postgres-restart redis-pause redis-restart
# Environment: FAULTS_SAMPLES (samples per prompt and platform, 30 = 2,100 jobs), FAULTS_FREEZE (how long the
#   worker stays frozen, 40s), FAULTS_DEADLINE (how long the suite waits for a run after its fault, 60s),
#   FAULTS_STALL (give up sooner when no answer was stored for this long after the fault, 30s),
#   FAULTS_FAILURE_RATE (0.03), FAULTS_LATENCY (how long a simulated platform takes per answer, 250ms: collection
#   sets the pace, as with real platforms), BUILD=1 (rebuild the services even when their jars exist),
#   FAULTS_REPORT_DIR (where the report and logs go, deploy/target/faults), FAULTS_CLUSTER (the cluster test's
#   deploy/local/cluster.sh: run against that cluster instead of the machine's broker; cluster-faults.sh sets it).
#
# It builds the services when their jars are missing, starts the local servers when they are down, prints the
# summary table at the end and writes it, with each scenario's details, to deploy/target/faults/report.md;
# service logs go to deploy/target/faults/<scenario>/. Exits non-zero when any scenario fails.
# It stops and restarts the machine's RabbitMQ, PostgreSQL and Redis (and puts them back, even on failure):
# do not run it while anything else uses those servers.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/java-env.sh"
cd "$ANSWERLENS_ROOT"
log() { printf '[faults] %s\n' "$*"; }

"$ANSWERLENS_ROOT/deploy/local/servers.sh"
for service in api-service scrape-worker extraction-service scheduler-service; do
  if [ "${BUILD:-0}" = 1 ] || [ ! -f "$service/target/quarkus-app/quarkus-run.jar" ]; then
    log "building the services (./mvnw package, tests skipped)"
    "$MVNW" -B -q package -DskipTests
    break
  fi
done

scenarios=$(IFS=,; echo "${*:-all}")
properties=(-Dfaults="$scenarios")
[ -n "${FAULTS_SAMPLES:-}" ] && properties+=(-Dfaults.samples="$FAULTS_SAMPLES")
[ -n "${FAULTS_FREEZE:-}" ] && properties+=(-Dfaults.freeze="$FAULTS_FREEZE")
[ -n "${FAULTS_DEADLINE:-}" ] && properties+=(-Dfaults.deadline="$FAULTS_DEADLINE")
[ -n "${FAULTS_STALL:-}" ] && properties+=(-Dfaults.stall="$FAULTS_STALL")
[ -n "${FAULTS_FAILURE_RATE:-}" ] && properties+=(-Dfaults.failure-rate="$FAULTS_FAILURE_RATE")
[ -n "${FAULTS_LATENCY:-}" ] && properties+=(-Dfaults.latency="$FAULTS_LATENCY")
[ -n "${FAULTS_CLUSTER:-}" ] && properties+=(-Dfaults.cluster="$FAULTS_CLUSTER")
report_dir="${FAULTS_REPORT_DIR:-$ANSWERLENS_ROOT/deploy/target/faults}"
[ -n "${FAULTS_REPORT_DIR:-}" ] && properties+=(-Dfaults.report-dir="$report_dir")

report="$report_dir/report.md"
rm -f "$report"
started=$(date +%s)
log "running scenarios: $scenarios"
rc=0
# -DskipTests keeps every other test of deploy and shared-model out; the faults profile runs FaultSuiteIT alone.
"$MVNW" -B verify -pl deploy -am -DskipTests "${properties[@]}" || rc=$?
took=$(( $(date +%s) - started ))

echo
if [ -f "$report" ]; then
  sed -n '3p' "$report"
  echo
  awk '/^\| scenario/ {table = 1} table && /^$/ {exit} table' "$report"
  echo
  log "report with each scenario's checks and details: $report"
else
  log "no report was written (the build failed before the suite ran?)"
fi
log "took $((took / 60)) min $((took % 60)) s; exit code $rc"
exit "$rc"
