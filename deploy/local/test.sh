#!/usr/bin/env bash
# Runs every test (unit, service tests on the real local servers, end-to-end with the four services
# as processes). Starts or installs the local servers first when they are missing.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/java-env.sh"
cd "$ANSWERLENS_ROOT"
"$ANSWERLENS_ROOT/deploy/local/servers.sh"
"$ANSWERLENS_ROOT/deploy/local/tools.sh"
exec "$MVNW" -B verify "$@"
