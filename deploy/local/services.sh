# Sourced by run.sh and the benchmarks: prepares an isolated database and virtual host and starts the
# four built services as background processes. Needs java-env.sh sourced first.
# Inputs: RUN_DIR (logs/ and pids/ go there), PORT_BASE (api = base, worker +1, extraction +2, scheduler +3).

svc_log() { printf '[services] %s\n' "$*"; }

answerlens_prepare() {
  local database=$1 vhost=$2
  psql -h 127.0.0.1 -U postgres -d postgres -tAc "SELECT 1 FROM pg_database WHERE datname = '$database'" | grep -q 1 \
    || psql -h 127.0.0.1 -U postgres -d postgres -qc "CREATE DATABASE \"$database\""
  curl -sf -u guest:guest -X PUT "http://127.0.0.1:15672/api/vhosts/$vhost" -o /dev/null
  curl -sf -u guest:guest -X PUT -H 'content-type: application/json' \
    -d '{"configure":".*","write":".*","read":".*"}' "http://127.0.0.1:15672/api/permissions/$vhost/guest" -o /dev/null
  export QUARKUS_DATASOURCE_JDBC_URL="jdbc:postgresql://127.0.0.1:5432/$database"
  export QUARKUS_DATASOURCE_REACTIVE_URL="postgresql://127.0.0.1:5432/$database"
  export RABBITMQ_HOST=127.0.0.1 RABBITMQ_PORT=5672 RABBITMQ_USERNAME=guest RABBITMQ_PASSWORD=guest
  export RABBITMQ_VIRTUAL_HOST="$vhost"
  export QUARKUS_REDIS_HOSTS="redis://127.0.0.1:6379"
  # The local demo and the benchmarks run every platform on the offline simulated engine (stored as engine
  # 'simulated'); set ANSWERLENS_WORKER_PLATFORMS_<ID>_ENGINE=api or browser to collect a platform for real.
  export ANSWERLENS_WORKER_DEFAULT_ENGINE="${ANSWERLENS_WORKER_DEFAULT_ENGINE:-simulated}"
  # Tracing runs when a collector is configured (OTEL_EXPORTER_OTLP_TRACES_ENDPOINT, e.g. http://127.0.0.1:4318);
  # without one it is switched off rather than failing every export.
  if [ -z "${OTEL_EXPORTER_OTLP_TRACES_ENDPOINT:-}" ]; then export QUARKUS_OTEL_SDK_DISABLED=true; fi
  # The API serves /q/metrics only to this token; a local default so a local Prometheus can scrape it.
  export ANSWERLENS_API_METRICS_TOKEN="${ANSWERLENS_API_METRICS_TOKEN:-local-metrics-token}"
  # The dashboard is served over plain HTTP on 127.0.0.1 here: its cookies cannot be marked Secure.
  export ANSWERLENS_API_AUTH_SECURE_COOKIES="${ANSWERLENS_API_AUTH_SECURE_COOKIES:-false}"
  # Anyone may create a workspace in the local demo (the default elsewhere is operator-only); the demo and the
  # benchmarks create theirs from 127.0.0.1, so that address gets a generous sign-up allowance.
  export ANSWERLENS_API_SIGNUP="${ANSWERLENS_API_SIGNUP:-open}"
  export ANSWERLENS_API_RATE_LIMIT_SIGN_UPS="${ANSWERLENS_API_RATE_LIMIT_SIGN_UPS:-1000}"
}

answerlens_port() {
  case $1 in
    api-service) echo $((PORT_BASE));; scrape-worker) echo $((PORT_BASE + 1));;
    extraction-service) echo $((PORT_BASE + 2));; scheduler-service) echo $((PORT_BASE + 3));;
  esac
}

answerlens_aot_args() {
  # answerlens_aot_args APP_DIR [REPLICA]: sets AOT_ARGS, the JVM options for ANSWERLENS_AOT (off by default): the
  # JDK's AOT cache (JEP 483/514/515: classes loaded and linked, method profiles) in APP_DIR/app.aot. "record" writes
  # it when the JVM exits (deploy/local/aot-train.sh trains all four services on a pipeline run; replicas beyond the
  # first do not record); "use" starts from it and refuses to start without it (./mvnw package removes it) or with a
  # stale one, rather than silently running without it.
  local app=$1 replica=${2:-1}
  AOT_ARGS=()
  case "${ANSWERLENS_AOT:-off}" in
    off) ;;
    record) [ "$replica" != 1 ] || AOT_ARGS=("-XX:AOTCacheOutput=$app/app.aot");;
    use)
      if [ ! -s "$app/app.aot" ]; then
        svc_log "no AOT cache at $app/app.aot: train one with deploy/local/aot-train.sh, or unset ANSWERLENS_AOT"
        return 1
      fi
      AOT_ARGS=(-XX:AOTMode=on "-XX:AOTCache=$app/app.aot");;
    *) svc_log "ANSWERLENS_AOT=${ANSWERLENS_AOT}: expected off, record or use"; return 1;;
  esac
}

answerlens_start() {
  # answerlens_start SERVICE [REPLICA]: replica 2, 3, ... run beside the first on PORT_BASE + 10 * (REPLICA - 1)
  # plus the service's offset, with their own log, pid file and recording (SERVICE-REPLICA).
  local service=$1 replica=${2:-1} port name
  port=$(( $(answerlens_port "$service") + 10 * (replica - 1) ))
  name=$service; [ "$replica" = 1 ] || name="$service-$replica"
  mkdir -p "$RUN_DIR/logs" "$RUN_DIR/pids"
  svc_log "starting $name on :$port (log: $RUN_DIR/logs/$name.log)"
  # ANSWERLENS_JFR_DIR (benchmarks' JFR=1): a JDK Flight Recording per service (profile settings), written on exit.
  local jfr=()
  if [ -n "${ANSWERLENS_JFR_DIR:-}" ]; then
    mkdir -p "$ANSWERLENS_JFR_DIR"
    jfr=("-XX:StartFlightRecording=filename=$ANSWERLENS_JFR_DIR/$name.jfr,settings=profile,dumponexit=true")
  fi
  local app="$ANSWERLENS_ROOT/$service/target/quarkus-app"
  answerlens_aot_args "$app" "$replica" || return 1
  QUARKUS_HTTP_PORT=$port nohup "$JAVA_HOME/bin/java" -Xmx384m ${AOT_ARGS[@]+"${AOT_ARGS[@]}"} ${jfr[@]+"${jfr[@]}"} \
    -jar "$app/quarkus-run.jar" >>"$RUN_DIR/logs/$name.log" 2>&1 &
  echo $! >"$RUN_DIR/pids/$name.pid"
}

answerlens_wait_ready() {
  local service=$1 replica=${2:-1} port name
  port=$(( $(answerlens_port "$service") + 10 * (replica - 1) ))
  name=$service; [ "$replica" = 1 ] || name="$service-$replica"
  for _ in $(seq 1 180); do
    curl -sf "http://127.0.0.1:$port/q/health/ready" -o /dev/null && return 0
    if ! kill -0 "$(cat "$RUN_DIR/pids/$name.pid")" 2>/dev/null; then
      svc_log "$name exited; last lines of $RUN_DIR/logs/$name.log:"; tail -20 "$RUN_DIR/logs/$name.log"; return 1
    fi
    sleep 0.5
  done
  svc_log "$name not ready after 90 s; see $RUN_DIR/logs/$name.log"; return 1
}

answerlens_start_all() {
  answerlens_start api-service
  answerlens_wait_ready api-service   # migrates the schema first; the others then find it current
  for service in extraction-service scrape-worker scheduler-service; do answerlens_start "$service"; done
  for service in extraction-service scrape-worker scheduler-service; do answerlens_wait_ready "$service"; done
}

answerlens_stop_all() {
  "$ANSWERLENS_ROOT/deploy/local/stop.sh" --quiet "$RUN_DIR"
}

answerlens_jvm_describe() {
  # One line for reports: the JDK and options the services run with and, with an AOT cache, how it was trained
  # (answerlens_jvm_describe [APP_DIR]: whose training to name, api-service's by default).
  local jdk line app=${1:-$ANSWERLENS_ROOT/api-service/target/quarkus-app}
  jdk=$("$JAVA_HOME/bin/java" -XshowSettings:properties -version 2>&1 | awk -F'= ' '/java.runtime.version/ {print $2; exit}')
  line="JDK $jdk, -Xmx384m"
  case "${ANSWERLENS_AOT:-off}" in
    use) line+="; AOT cache (ANSWERLENS_AOT=use), $(basename "$(dirname "$(dirname "$app")")")'s $(cat "$app/app.aot.txt" 2>/dev/null || echo 'trained by hand (no app.aot.txt)')";;
    record) line+="; recording AOT caches (ANSWERLENS_AOT=record: a training run, its figures include the recording)";;
    *) line+="; no AOT cache";;
  esac
  echo "$line"
}
