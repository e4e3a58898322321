#!/usr/bin/env bash
# Browser engine benchmark: one browser driver (one system Chromium) with C contexts against the
# stand-in platform page, which streams every answer over T. Prints, for C = 1, 4, 8, 16, the
# throughput as a ratio to the ideal C/T (over the whole run, and sustained: over its second half, once
# the start has worked its way out; in burst mode all C contexts start in step), the peak RSS of the worker JVM plus Chromium and the
# Playwright driver, and the browser start and context open times; then the fresh-browser-per-query
# approach for comparison. Target: ratio >= 0.9 at C = 8.
# Usage: bench/browser-contexts.sh    (STREAM_MS=5000 CONTEXTS=1,4,8,16 WAVES=12 SETTLE_MS=300 ARRIVAL=burst|staggered)
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/../deploy/local/java-env.sh"
cd "$ANSWERLENS_ROOT"

STREAM_MS=${STREAM_MS:-5000}
CONTEXTS=${CONTEXTS:-1,4,8,16}
WAVES=${WAVES:-12}
SETTLE_MS=${SETTLE_MS:-300}
ARRIVAL=${ARRIVAL:-burst}   # burst: all jobs queued at once; staggered: the first C arrive T/C apart
REPO_ARGS=()
[ -n "${MAVEN_REPO_LOCAL:-}" ] && REPO_ARGS=("-Dmaven.repo.local=$MAVEN_REPO_LOCAL")

"$ANSWERLENS_ROOT/deploy/local/chromium.sh"
"$MVNW" -B -q "${REPO_ARGS[@]}" -pl scrape-worker -am install -DskipTests >/dev/null
"$MVNW" -B -q "${REPO_ARGS[@]}" -pl scrape-worker test-compile dependency:build-classpath \
  -Dmdep.includeScope=test -Dmdep.outputFile=target/bench-classpath.txt >/dev/null
CP="scrape-worker/target/test-classes:scrape-worker/target/classes:$(cat scrape-worker/target/bench-classpath.txt)"

echo "# $(nproc) cores, $(free -m | awk '/Mem:/ {print $2}') MB RAM, $(/usr/bin/chromium --version 2>/dev/null | head -1)"
PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 PLAYWRIGHT_NODEJS_PATH=/usr/bin/node \
  "$JAVA_HOME/bin/java" -Xmx512m -Dbench.stream-ms="$STREAM_MS" -Dbench.contexts="$CONTEXTS" \
  -Dbench.waves="$WAVES" -Dbench.settle-ms="$SETTLE_MS" -Dbench.arrival="$ARRIVAL" -cp "$CP" \
  dev.answerlens.worker.engine.browser.BrowserContextsBenchmark
echo "# reproduce: STREAM_MS=$STREAM_MS CONTEXTS=$CONTEXTS WAVES=$WAVES SETTLE_MS=$SETTLE_MS ARRIVAL=$ARRIVAL bench/browser-contexts.sh"
