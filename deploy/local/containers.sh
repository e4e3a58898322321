#!/usr/bin/env bash
# The container test (issue 20): the four services as containers on this host's network, against the local
# RabbitMQ, PostgreSQL and Redis, in a database, virtual host and Redis key prefix of their own.
#   1. a docker daemon: the one DOCKER_HOST (or the default socket) reaches, else one started here — its own socket,
#      data root /var/lib/answerlens-docker, no bridge and no iptables rules (containers use the host's network) —
#      and stopped at the end, also on failure; docker.io is installed from Debian packages when missing (root)
#   2. the services' jars when missing (BUILD=1: always), the base images offline (deploy/docker/local-base.sh:
#      debootstrap, cached) and the four images (--build-arg BASE_IMAGE=answerlens/jre:21)
#   3. docker compose up: deploy/compose/services.yaml + host-network.yaml + deploy/local/containers.yaml — API,
#      scheduler, 2 extraction services, a worker for each platform of the demo; waits until all are healthy
#   4. deploy/local/containers_run.py: the demo (deploy/local/demo.py) through the containers' API; worker-chatgpt
#      scaled to 3 (each container's consumers on scrape.chatgpt); a 600-job run on chatgpt during which
#      worker-chatgpt_2 and extraction-service_1 are killed (docker kill): every job stored exactly once, queues
#      drained; then the same compose command brings both services back to their scale
#   5. docker compose down, the database and virtual host dropped, the daemon stopped if it was started here
# Prints the build time, the time to healthy, the jobs stored and the recovery time; the services' logs go to
# deploy/target/containers/. Exits 77 when no docker daemon can be had (deploy/local/test.sh then skips it).
# Environment: ANSWERLENS_BASE_IMAGE=default builds on the Dockerfiles' public base images (a registry is needed);
#   ANSWERLENS_DOCKER_ROOT (the started daemon's data root); CONTAINERS_SAMPLES (150 per prompt, 4 prompts).
set -Eeuo pipefail
trap 'echo "[containers] failed (exit $?) at line $LINENO: $BASH_COMMAND" >&2' ERR
source "$(dirname "${BASH_SOURCE[0]}")/java-env.sh"
source "$ANSWERLENS_ROOT/deploy/local/services.sh"
cd "$ANSWERLENS_ROOT"
log() { printf '[containers] %s\n' "$*"; }
now() { date +%s; }
SKIP=77
started=$(now)
OUT="$ANSWERLENS_ROOT/deploy/target/containers"
mkdir -p "$OUT"
DEMO_WORKERS=(worker-chatgpt worker-perplexity worker-gemini worker-copilot worker-google-ai-overviews)

# --- 1. a docker daemon ------------------------------------------------------------------------------------------
OWN_SOCKET=/run/answerlens-docker/docker.sock
DOCKERD_PID=""
install_docker() {
  [ "$(id -u)" = 0 ] || return 1
  log "installing docker.io from Debian packages"
  DEBIAN_FRONTEND=noninteractive apt-get install -y -q docker.io >/dev/null 2>&1 || {
    apt-get update -q >/dev/null && DEBIAN_FRONTEND=noninteractive apt-get install -y -q docker.io >/dev/null
  }
}
start_daemon() {
  local root="${ANSWERLENS_DOCKER_ROOT:-/var/lib/answerlens-docker}"
  command -v dockerd >/dev/null || install_docker || { log "no dockerd, and not root to install docker.io"; return 1; }
  mkdir -p "$root" "$(dirname "$OWN_SOCKET")"
  log "starting dockerd (data root $root, socket $OWN_SOCKET, no bridge; log: $OUT/dockerd.log)"
  dockerd --data-root "$root" --exec-root /run/answerlens-docker/exec --pidfile /run/answerlens-docker/dockerd.pid \
    -H "unix://$OWN_SOCKET" --bridge=none --iptables=false --ip-masq=false >"$OUT/dockerd.log" 2>&1 &
  DOCKERD_PID=$!
  export DOCKER_HOST="unix://$OWN_SOCKET"
  for _ in $(seq 1 60); do
    docker info >/dev/null 2>&1 && return 0
    kill -0 "$DOCKERD_PID" 2>/dev/null || break
    sleep 0.5
  done
  log "dockerd did not come up; last lines of its log:"; tail -n 15 "$OUT/dockerd.log"
  stop_daemon
  return 1
}
stop_daemon() {
  [ -n "$DOCKERD_PID" ] || return 0
  log "stopping the dockerd started here (pid $DOCKERD_PID)"
  kill "$DOCKERD_PID" 2>/dev/null || true
  for _ in $(seq 1 60); do kill -0 "$DOCKERD_PID" 2>/dev/null || break; sleep 0.5; done
  kill -0 "$DOCKERD_PID" 2>/dev/null && kill -9 "$DOCKERD_PID"
  DOCKERD_PID=""
}

# --- cleanup, whatever happened ----------------------------------------------------------------------------------
COMPOSE=()
UP=0
PREPARED=0
cleanup() {
  local rc=$?
  trap - EXIT INT TERM
  if [ "$UP" = 1 ]; then
    "${COMPOSE[@]}" logs --no-color >"$OUT/services.log" 2>&1 || true
    log "docker compose down (services' logs: $OUT/services.log)"
    "${COMPOSE[@]}" down --remove-orphans >/dev/null 2>&1 || log "compose down failed"
  fi
  if [ "$PREPARED" = 1 ]; then
    psql -h 127.0.0.1 -U postgres -d postgres -qc "DROP DATABASE IF EXISTS \"$DATABASE\" WITH (FORCE)" >/dev/null || true
    curl -sf -u guest:guest -X DELETE "http://127.0.0.1:15672/api/vhosts/$VHOST" -o /dev/null || true
    redis-cli -h 127.0.0.1 --scan --pattern "$REDIS_PREFIX*" 2>/dev/null | xargs -r redis-cli -h 127.0.0.1 del >/dev/null || true
    log "dropped database $DATABASE and virtual host $VHOST"
  fi
  if [ -n "$DOCKERD_PID" ]; then
    docker image prune -f >/dev/null 2>&1 || true   # the images this run's rebuild left dangling
    stop_daemon
  fi
  exit "$rc"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

if docker info >/dev/null 2>&1; then
  log "using the running docker daemon (${DOCKER_HOST:-default socket})"
elif DOCKER_HOST="unix://$OWN_SOCKET" docker info >/dev/null 2>&1; then
  export DOCKER_HOST="unix://$OWN_SOCKET"
  log "using the running docker daemon at $DOCKER_HOST (not started here: left running)"
else
  command -v docker >/dev/null || install_docker || true
  start_daemon || { log "SKIPPED: no docker daemon could be started"; exit $SKIP; }
fi
"$ANSWERLENS_ROOT/deploy/local/tools.sh"
if docker compose version >/dev/null 2>&1; then COMPOSE=(docker compose); else COMPOSE=(docker-compose); fi
"$ANSWERLENS_ROOT/deploy/local/servers.sh"

# --- 2. jars and images -----------------------------------------------------------------------------------------
build_started=$(now)
for jar in api-service/target/quarkus-app/quarkus-run.jar scrape-worker/target/quarkus-app/quarkus-run.jar \
           extraction-service/target/quarkus-app/quarkus-run.jar scheduler-service/target/quarkus-app/quarkus-run.jar \
           cli/target/answerlens.jar; do
  if [ "${BUILD:-0}" = 1 ] || [ ! -f "$jar" ]; then
    log "building the services and the command-line client (./mvnw package, tests skipped)"
    "$MVNW" -B -q ${ANSWERLENS_MAVEN_OFFLINE:+-o} -pl api-service,scrape-worker,extraction-service,scheduler-service,cli -am \
      package -DskipTests
    break
  fi
done
jars_s=$(( $(now) - build_started ))

base_started=$(now)
build_args=()
if [ "${ANSWERLENS_BASE_IMAGE:-}" = default ]; then
  log "base images: the Dockerfiles' defaults (pulled from a registry)"
else
  "$ANSWERLENS_ROOT/deploy/docker/local-base.sh"
  build_args=(--build-arg "BASE_IMAGE=${ANSWERLENS_BASE_IMAGE:-answerlens/jre:21}")
fi
base_s=$(( $(now) - base_started ))

images_started=$(now)
for service in api-service scheduler-service extraction-service scrape-worker; do
  image_started=$(now)
  docker build -q --network host "${build_args[@]}" -f "deploy/docker/$service.Dockerfile" \
    -t "answerlens/$service:0.1.0" . >"$OUT/build-$service.log" 2>&1 || { cat "$OUT/build-$service.log"; exit 1; }
  log "image answerlens/$service:0.1.0: $(( $(now) - image_started )) s"
done
images_s=$(( $(now) - images_started ))

# --- 3. up -------------------------------------------------------------------------------------------------------
RUN_ID="containers_$(date +%Y%m%d_%H%M%S)_$$"
DATABASE="answerlens_$RUN_ID" VHOST="answerlens_$RUN_ID" REDIS_PREFIX="answerlens-$RUN_ID:"
PROJECT="answerlens-${RUN_ID//_/-}"
answerlens_prepare "$DATABASE" "$VHOST" >/dev/null
PREPARED=1
API_PORT=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
# the local broker's own loopback-only account (guest may connect from 127.0.0.1 only), as deploy/local/services.sh
export RABBITMQ_USERNAME=guest RABBITMQ_PASSWORD=guest RABBITMQ_VIRTUAL_HOST="$VHOST"
# the host's PostgreSQL trusts local connections, so compose's required password is a fresh random one, never used
export POSTGRES_USER=postgres POSTGRES_PASSWORD="$(od -An -N16 -tx1 /dev/urandom | tr -d ' \n')" POSTGRES_DB="$DATABASE"
export ANSWERLENS_API_PORT="$API_PORT" ANSWERLENS_REDIS_KEY_PREFIX="$REDIS_PREFIX" QUARKUS_OTEL_SDK_DISABLED=true
# the API's metrics token: from the environment, else a fresh random one for this run
export ANSWERLENS_API_METRICS_TOKEN="${ANSWERLENS_API_METRICS_TOKEN:-$(od -An -N16 -tx1 /dev/urandom | tr -d ' \n')}"
COMPOSE+=(-p "$PROJECT" --project-directory deploy/compose -f deploy/compose/services.yaml
          -f deploy/compose/host-network.yaml -f deploy/local/containers.yaml)
log "database and virtual host $DATABASE, API on 127.0.0.1:$API_PORT, compose project $PROJECT"
up_started=$(now)
UP=1
"${COMPOSE[@]}" up -d --no-build --scale scheduler-service=1 --scale extraction-service=2 \
  api-service scheduler-service extraction-service "${DEMO_WORKERS[@]}" >"$OUT/up.log" 2>&1 || { cat "$OUT/up.log"; exit 1; }
containers=$("${COMPOSE[@]}" ps -q api-service scheduler-service extraction-service "${DEMO_WORKERS[@]}")
healthy=0
for _ in $(seq 1 240); do
  states=$(docker inspect -f '{{.State.Health.Status}}' $containers)
  if ! grep -qv '^healthy$' <<<"$states"; then healthy=1; break; fi
  sleep 1
done
healthy_s=$(( $(now) - up_started ))
if [ $healthy = 0 ]; then
  log "not all healthy after $healthy_s s:"
  docker ps --filter "label=com.docker.compose.project=$PROJECT" --format '  {{.Names}} {{.Status}}'
  exit 1
fi
log "$(wc -w <<<"$containers") containers healthy $healthy_s s after docker compose up"

# --- 4. the run --------------------------------------------------------------------------------------------------
compose_json=$(python3 -c 'import json, sys; print(json.dumps(sys.argv[1:]))' "${COMPOSE[@]}")
rc=0
python3 "$ANSWERLENS_ROOT/deploy/local/containers_run.py" --api "http://127.0.0.1:$API_PORT" --database "$DATABASE" \
  --vhost "$VHOST" --project "$PROJECT" --compose "$compose_json" --samples "${CONTAINERS_SAMPLES:-150}" \
  --figures "$OUT/figures" || rc=$?

declare -A figure=()
if [ -f "$OUT/figures" ]; then
  while IFS='=' read -r key value; do figure[$key]=$value; done <"$OUT/figures"
fi
total_s=$(( $(now) - started ))
cat <<SUMMARY

[containers] build: jars $jars_s s, base images $base_s s, service images $images_s s
[containers] time to healthy: $healthy_s s ($(wc -w <<<"$containers") containers); scale-out to 3 workers: ${figure[scale_out_s]:-?} s
[containers] demo: ${figure[demo_s]:-?} s; run: ${figure[stored]:-?} of ${figure[jobs]:-?} jobs stored (${figure[stored_at_kill]:-?} when the worker and the extraction container were killed)
[containers] recovery: all stored ${figure[recovery_s]:-?} s after the kill; killed containers healthy ${figure[restored_s]:-?} s after compose up; answers per worker container at the kill: ${figure[collected_per_container]:-?}
[containers] took $((total_s / 60)) min $((total_s % 60)) s; $([ $rc = 0 ] && echo PASSED || echo FAILED)
SUMMARY
exit $rc
