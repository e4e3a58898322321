#!/usr/bin/env bash
# The cluster test (issue 20): the fault suite's scenario cluster-node-loss against a three-node RabbitMQ cluster.
# It forms the cluster (deploy/local/cluster.sh up: three extra nodes of the installed RabbitMQ on 5681-5683, beside
# the machine's own broker, which it never touches), then runs the fault suite (deploy/local/faults.sh, FaultSuiteIT)
# with the four services as processes given all three nodes (RABBITMQ_ADDRESSES) and quorum queues
# (ANSWERLENS_MESSAGING_QUORUM_QUEUES=true), in a database, virtual host and Redis key prefix of their own. When a
# twentieth of the 2,100 jobs' answers are stored it stops the node that leads scrape.chatgpt, starts it again 15 s
# after the stop began, then does the same to each other node in turn, printing for each stop how long until every service was
# ready again and the longest pause in answers stored; then checks as every fault scenario does (every planned job
# stored exactly once, rollups equal the raw rows, queues drained, nothing parked, the last answer
# within 30 s of the last node's restart, every service ready and live). Finally it stops the three nodes and
# deletes their data (also when the test fails or is interrupted).
#
# Usage: deploy/local/cluster-faults.sh
# Environment: FAULTS_LATENCY (a simulated answer's time, 1500ms here so the run outlasts three node stops),
#   FAULTS_SAMPLES, FAULTS_DEADLINE, FAULTS_STALL, FAULTS_FAILURE_RATE as for faults.sh. Report and service logs:
#   deploy/target/cluster-faults/.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/java-env.sh"
cd "$ANSWERLENS_ROOT"
cluster="$ANSWERLENS_ROOT/deploy/local/cluster.sh"
log() { printf '[cluster-faults] %s\n' "$*"; }

started=$(date +%s)
trap '"$cluster" down' EXIT
"$cluster" down >/dev/null
"$cluster" up
log "cluster formed in $(( $(date +%s) - started )) s"

# The test's own management calls (virtual host, queue figures) go to node a; the services get all three nodes.
export ANSWERLENS_RABBIT_PORT=5681 ANSWERLENS_RABBIT_MANAGEMENT_PORT=15681
export FAULTS_CLUSTER="$cluster"
export FAULTS_LATENCY="${FAULTS_LATENCY:-1500ms}"
export FAULTS_REPORT_DIR="$ANSWERLENS_ROOT/deploy/target/cluster-faults"
rc=0
"$ANSWERLENS_ROOT/deploy/local/faults.sh" cluster-node-loss || rc=$?
grep -h '^- node\|node . stopped' "$FAULTS_REPORT_DIR/report.md" 2>/dev/null | sed 's/^/  /' || true
log "took $(( $(date +%s) - started )) s in all (the cluster is torn down next); exit code $rc"
exit "$rc"
