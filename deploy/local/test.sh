#!/usr/bin/env bash
# Runs every test (unit, service tests on the real local servers, end-to-end with the four services as
# processes), then the fault suite (deploy/local/faults.sh: broker, database, cache and service faults
# mid-run). Starts or installs the local servers first when they are missing. Arguments go to Maven;
# ANSWERLENS_SKIP_FAULTS=1 leaves the fault suite out (CI never does).
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/java-env.sh"
cd "$ANSWERLENS_ROOT"
"$ANSWERLENS_ROOT/deploy/local/servers.sh"
"$ANSWERLENS_ROOT/deploy/local/tools.sh"
"$MVNW" -B verify "$@"
if [ "${ANSWERLENS_SKIP_FAULTS:-0}" = 1 ]; then
  echo "[test] fault suite skipped (ANSWERLENS_SKIP_FAULTS=1)"
  exit 0
fi
exec "$ANSWERLENS_ROOT/deploy/local/faults.sh"
