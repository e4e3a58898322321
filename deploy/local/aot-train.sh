#!/usr/bin/env bash
# Trains each service's JDK AOT cache (JEP 483/514/515: classes loaded and linked, method profiles) on a real run of
# the pipeline: bench/pipeline-throughput.sh with ANSWERLENS_AOT=record (JOBS=2000 by default, their own database and
# virtual host, dropped afterwards). Each service writes target/quarkus-app/app.aot when it exits (stop.sh waits
# for it) and this script writes beside it app.aot.txt, how it was trained. Then start the services with
# ANSWERLENS_AOT=use (deploy/local/run.sh, the benchmarks). Needs the JDK the services run on (java-env.sh):
# a cache only serves the same JDK build and the same jars — rebuilding (./mvnw package) removes it, a changed jar
# makes it stale, and ANSWERLENS_AOT=use then refuses to start rather than run without it; train again.
# Usage: deploy/local/aot-train.sh        (JOBS=5000 BRANDS=10 deploy/local/aot-train.sh for a longer training run)
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/java-env.sh"
cd "$ANSWERLENS_ROOT"
services=(api-service scrape-worker extraction-service scheduler-service)
export JOBS=${JOBS:-2000} BRANDS=${BRANDS:-10}
[ -f api-service/target/quarkus-app/quarkus-run.jar ] || "$MVNW" -B -q package -DskipTests
for service in "${services[@]}"; do rm -f "$service/target/quarkus-app/app.aot" "$service/target/quarkus-app/app.aot.txt"; done
started=$(date -u +%Y-%m-%dT%H:%M:%SZ)
WORKERS=1 EXTRACTORS=1 ANSWERLENS_AOT=record bench/pipeline-throughput.sh >&2
commit=$(git rev-parse --short HEAD 2>/dev/null || echo unknown)
dirty=$(git status --porcelain --untracked-files=no 2>/dev/null | grep -q . && echo " (uncommitted changes)" || true)
jdk=$("$JAVA_HOME/bin/java" -XshowSettings:properties -version 2>&1 | awk -F'= ' '/java.runtime.version/ {print $2; exit}')
status=0
for service in "${services[@]}"; do
  cache="$service/target/quarkus-app/app.aot"
  if [ -s "$cache" ]; then
    echo "trained $started on JOBS=$JOBS BRANDS=$BRANDS (deploy/local/aot-train.sh, one pipeline run), commit $commit$dirty, JDK $jdk" >"$cache.txt"
    echo "[aot-train] $cache: $(( $(stat -c %s "$cache") / 1048576 )) MB"
  else
    echo "[aot-train] $cache was not written; see the service's log in the run directory under bench/results/" >&2
    status=1
  fi
done
exit $status
