#!/usr/bin/env bash
# Runs every test (unit, service tests on the real local servers, end-to-end with the four services as
# processes), then the fault suite (deploy/local/faults.sh: broker, database, cache and service faults
# mid-run), then the container test (deploy/local/containers.sh: the images built offline, the services as
# containers, scaled out and killed mid-run) when a docker daemon can be had. Starts or installs the local servers
# first when they are missing. Arguments go to Maven; ANSWERLENS_SKIP_FAULTS=1 leaves the fault suite out and
# ANSWERLENS_SKIP_CONTAINERS=1 the container test (CI does neither).
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/java-env.sh"
cd "$ANSWERLENS_ROOT"
"$ANSWERLENS_ROOT/deploy/local/servers.sh"
"$ANSWERLENS_ROOT/deploy/local/tools.sh"
"$MVNW" -B verify "$@"

faults=0
if [ "${ANSWERLENS_SKIP_FAULTS:-0}" = 1 ]; then
  echo "[test] fault suite skipped (ANSWERLENS_SKIP_FAULTS=1)"
else
  "$ANSWERLENS_ROOT/deploy/local/faults.sh" || faults=$?
fi

containers=0
if [ "${ANSWERLENS_SKIP_CONTAINERS:-0}" = 1 ]; then
  echo "[test] container test skipped (ANSWERLENS_SKIP_CONTAINERS=1)"
else
  "$ANSWERLENS_ROOT/deploy/local/containers.sh" || containers=$?
  if [ "$containers" = 77 ]; then
    echo "[test] container test skipped: no docker daemon could be started here (see the lines above)"
    containers=0
  fi
fi

[ "$faults" = 0 ] || echo "[test] the fault suite failed (exit $faults)"
[ "$containers" = 0 ] || echo "[test] the container test failed (exit $containers)"
[ "$faults" = 0 ] && [ "$containers" = 0 ]
