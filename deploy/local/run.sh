#!/usr/bin/env bash
# The main job: starts the local servers, builds, starts the four services, seeds a demo workspace,
# runs its prompts on the simulated engine, then runs one again with the command-line client (bin/answerlens run,
# with its progress bar) and prints the visibility table with it (bin/answerlens report).
# Stop everything it started with deploy/local/stop.sh.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/java-env.sh"
source "$ANSWERLENS_ROOT/deploy/local/services.sh"
cd "$ANSWERLENS_ROOT"

RUN_DIR="$ANSWERLENS_ROOT/run"
PORT_BASE=8080
DATABASE="${ANSWERLENS_DATABASE:-answerlens}"
VHOST="${ANSWERLENS_VHOST:-answerlens}"
log() { printf '[run] %s\n' "$*"; }

"$ANSWERLENS_ROOT/deploy/local/servers.sh"
command -v python3 >/dev/null || { log "python3 is needed for the demo client (apt-get install python3)"; exit 1; }

if [ "${ANSWERLENS_SKIP_BUILD:-0}" != 1 ]; then
  log "building (./mvnw package, tests skipped; deploy/local/test.sh runs the tests)"
  "$MVNW" -B -q package -DskipTests
fi

answerlens_stop_all
log "database '$DATABASE', RabbitMQ virtual host '$VHOST'"
answerlens_prepare "$DATABASE" "$VHOST"
# The demo shows retries: simulated platforms fail 5% of attempts, retried after seconds, not minutes.
export ANSWERLENS_WORKER_SIMULATED_FAILURE_RATE="${ANSWERLENS_WORKER_SIMULATED_FAILURE_RATE:-0.05}"
export ANSWERLENS_WORKER_RETRY_DELAYS="${ANSWERLENS_WORKER_RETRY_DELAYS:-1s,3s,5s}"
answerlens_start_all

python3 "$ANSWERLENS_ROOT/deploy/local/demo.py" --api "http://127.0.0.1:$PORT_BASE" --key-file "$RUN_DIR/demo-api-key" \
  || log "the demo's 'answerlens run' or 'answerlens report' failed (exit $?); the services keep running"

cat <<MSG

Answerlens is running:
  Dashboard           http://127.0.0.1:$PORT_BASE/dashboard   (sign in with the demo workspace's key: cat run/demo-api-key)
                      sign-up is open here: "Create a workspace" on the sign-in page makes a fresh one
  API                 http://127.0.0.1:$PORT_BASE   (the demo workspace's key is in run/demo-api-key)
  Command line        bin/answerlens login --url http://127.0.0.1:$PORT_BASE < run/demo-api-key; bin/answerlens report
  OpenAPI / Swagger   http://127.0.0.1:$PORT_BASE/q/swagger-ui   (document: /q/openapi)
  RabbitMQ management http://127.0.0.1:15672   (guest/guest, virtual host '$VHOST')
  Logs                run/logs/
Stop the services with: deploy/local/stop.sh
MSG
