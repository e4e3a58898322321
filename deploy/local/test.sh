#!/usr/bin/env bash
# Runs every test (unit, service tests on the real local servers, end-to-end with the four services as
# processes), then the fault suite (deploy/local/faults.sh: broker, database, cache and service faults
# mid-run), then the cluster test (deploy/local/cluster-faults.sh: RabbitMQ nodes of a three-node cluster stopped
# mid-run). Starts or installs the local servers first when they are missing. Arguments go to Maven;
# ANSWERLENS_SKIP_FAULTS=1 leaves the fault suite out, ANSWERLENS_SKIP_CLUSTER=1 the cluster test (CI never does).
# Both run even when the first fails; the exit code is the first failure's.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/java-env.sh"
cd "$ANSWERLENS_ROOT"
"$ANSWERLENS_ROOT/deploy/local/servers.sh"
"$ANSWERLENS_ROOT/deploy/local/tools.sh"
"$MVNW" -B verify "$@"
rc=0
if [ "${ANSWERLENS_SKIP_FAULTS:-0}" = 1 ]; then
  echo "[test] fault suite skipped (ANSWERLENS_SKIP_FAULTS=1)"
else
  "$ANSWERLENS_ROOT/deploy/local/faults.sh" || rc=$?
fi
if [ "${ANSWERLENS_SKIP_CLUSTER:-0}" = 1 ]; then
  echo "[test] cluster test skipped (ANSWERLENS_SKIP_CLUSTER=1)"
else
  "$ANSWERLENS_ROOT/deploy/local/cluster-faults.sh" || { status=$?; [ "$rc" != 0 ] || rc=$status; }
fi
exit "$rc"
