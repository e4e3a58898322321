#!/usr/bin/env bash
# Runs every test (unit, service tests on the real local servers, end-to-end with the four services as
# processes), then the fault suite (deploy/local/faults.sh: broker, database, cache and service faults
# mid-run), then the cluster test (deploy/local/cluster-faults.sh: RabbitMQ nodes of a three-node cluster stopped
# mid-run), then the container test (deploy/local/containers.sh: the images built offline, the services as
# containers, scaled out and killed mid-run) when a docker daemon can be had. Starts or installs the local servers
# first when they are missing. Arguments go to Maven; ANSWERLENS_SKIP_FAULTS=1 leaves the fault suite out,
# ANSWERLENS_SKIP_CLUSTER=1 the cluster test and ANSWERLENS_SKIP_CONTAINERS=1 the container test (CI does none of
# these). Each runs even when one before it failed; any failing fails the build.
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

cluster=0
if [ "${ANSWERLENS_SKIP_CLUSTER:-0}" = 1 ]; then
  echo "[test] cluster test skipped (ANSWERLENS_SKIP_CLUSTER=1)"
else
  "$ANSWERLENS_ROOT/deploy/local/cluster-faults.sh" || cluster=$?
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
[ "$cluster" = 0 ] || echo "[test] the cluster test failed (exit $cluster)"
[ "$containers" = 0 ] || echo "[test] the container test failed (exit $containers)"
[ "$faults" = 0 ] && [ "$cluster" = 0 ] && [ "$containers" = 0 ]
