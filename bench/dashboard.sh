#!/usr/bin/env bash
# Dashboard page benchmark, on the benchmark database of bench/api-analytics.sh (bench/api-analytics-seed.sql: 100
# workspaces x 10 brands x 7 platforms x 365 days of rollups, about 10.8 million mentions; seeded in under a minute).
# Signs in with a seeded workspace's key and measures, per dashboard page:
#   - server time: REQUESTS (50) sequential GETs with the session cookie after WARMUP (10) unmeasured ones, p50 / p95
#     of curl's time to first byte on loopback, twice: each request a different 30-day window (so every one misses the
#     analytics cache) and the page's default URL repeated (cache hits);
#   - page weight: the HTML plus every stylesheet, script and image it links (bytes, uncompressed);
# and the overview's first chart drawn in headless Chromium (bench/dashboard/ChartDrawnTime.java): navigation start
# to ECharts' first render of the trend chart, first load (empty cache) and CHART_LOADS (20) loads after it.
# Target (issue 17): every page p95 < 100 ms, first chart drawn < 1 s.
# Usage: bench/dashboard.sh            REQUESTS=50 WARMUP=10 CHART_LOADS=20 KEEP_DB=1 bench/dashboard.sh
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/../deploy/local/java-env.sh"
source "$ANSWERLENS_ROOT/deploy/local/services.sh"
cd "$ANSWERLENS_ROOT"

REQUESTS=${REQUESTS:-50}
WARMUP=${WARMUP:-10}
CHART_LOADS=${CHART_LOADS:-20}
stamp=$(date +%Y%m%d-%H%M%S)
RUN_DIR="$ANSWERLENS_ROOT/bench/results/dashboard-$stamp"
PORT_BASE=${PORT_BASE:-18280}
DATABASE=${DATABASE:-al_bench_dashboard}   # seeded by the same script as api-analytics.sh; its own name so the two never drop each other's
VHOST="al-bench-dashboard-$stamp"
REPORT="$RUN_DIR/report.txt"
mkdir -p "$RUN_DIR"

"$ANSWERLENS_ROOT/deploy/local/servers.sh" >/dev/null
if [ "${BUILD:-auto}" = 1 ] || [ ! -f api-service/target/quarkus-app/quarkus-run.jar ]; then
  "$MVNW" -B -q -pl api-service -am package -DskipTests
fi
M2=${MAVEN_REPO_LOCAL:-$HOME/.m2/repository}
PW_CP="$M2/com/microsoft/playwright/playwright/1.62.0/playwright-1.62.0.jar:$M2/com/microsoft/playwright/driver/1.62.0/driver-1.62.0.jar:$(ls "$M2"/com/google/code/gson/gson/*/gson-*.jar | sort -V | tail -1)"

cleanup() {
  answerlens_stop_all
  [ "${KEEP_DB:-0}" = 1 ] || psql -h 127.0.0.1 -U postgres -d postgres -qc "DROP DATABASE IF EXISTS $DATABASE WITH (FORCE)" >/dev/null 2>&1 || true
  curl -sf -u guest:guest -X DELETE "http://127.0.0.1:15672/api/vhosts/$VHOST" -o /dev/null || true
  redis-cli -h 127.0.0.1 --scan --pattern "al-bench-dashboard:*" 2>/dev/null | xargs -r -n 500 redis-cli -h 127.0.0.1 DEL >/dev/null || true
}
trap cleanup EXIT
answerlens_prepare "$DATABASE" "$VHOST"
export ANSWERLENS_REDIS_KEY_PREFIX="al-bench-dashboard:"
export ANSWERLENS_API_RATE_LIMIT_REQUESTS=1000000000
export QUARKUS_LOG_CATEGORY__DEV_ANSWERLENS__LEVEL=WARN
answerlens_start api-service
answerlens_wait_ready api-service

q() { psql -h 127.0.0.1 -U postgres -d "$DATABASE" -tAc "$1"; }
if [ "$(q "SELECT count(*) FROM workspaces WHERE name LIKE 'bench workspace %'")" != 100 ]; then
  echo "seeding $DATABASE ..."
  start=$(date +%s)
  psql -h 127.0.0.1 -U postgres -d "$DATABASE" -q -f bench/api-analytics-seed.sql | tee -a "$REPORT"
  echo "seeded in $(( $(date +%s) - start )) s" | tee -a "$REPORT"
fi
mentions=$(q "SELECT sum(answers_mentioning) FROM brand_daily_rollups")
URL="http://127.0.0.1:$PORT_BASE"
KEY=al_bench$(printf '%024d' 1)
JAR="$RUN_DIR/cookies.txt"

# sign in as a browser does: the form's CSRF token (cookie + hidden field), then the key
token=$(curl -sf -c "$JAR" "$URL/dashboard/sign-in" | grep -o 'name="csrf" value="[^"]*"' | head -1 | sed 's/.*value="//; s/"$//')
status=$(curl -s -o /dev/null -w '%{http_code}' -b "$JAR" -c "$JAR" --data-urlencode "csrf=$token" \
  --data-urlencode "apiKey=$KEY" "$URL/dashboard/sign-in")
[ "$status" = 303 ] || { echo "sign-in failed: HTTP $status"; exit 1; }

pages=(/dashboard /dashboard/competitors /dashboard/prompts /dashboard/sources /dashboard/answers
       /dashboard/settings/budget /dashboard/settings/webhooks)

weight() { # HTML bytes and the bytes of every local stylesheet, script and image it references
  local html assets=0 ref size
  html=$(curl -sf -b "$JAR" "$URL$1" -o "$RUN_DIR/page.html" -w '%{size_download}')
  for ref in $(grep -oE '(src|href)="/[^"]+\.(js|css|png|svg|ico|woff2?)"' "$RUN_DIR/page.html" | sed 's/.*="//; s/"$//' | sort -u); do
    size=$(curl -sf -b "$JAR" "$URL$ref" -o /dev/null -w '%{size_download}'); assets=$(( assets + size ))
  done
  echo "$html $assets"
}

percentiles() { sort -n | awk '{v[NR] = $1} END {p50 = v[int((NR * 50 + 99) / 100)]; p95 = v[int((NR * 95 + 99) / 100)];
  printf "%.1f %.1f %.1f\n", p50 * 1000, p95 * 1000, v[NR] * 1000}'; }

{
  echo "command: REQUESTS=$REQUESTS WARMUP=$WARMUP CHART_LOADS=$CHART_LOADS bench/dashboard.sh"
  echo "machine: $(nproc) cores, load average before: $(cut -d' ' -f1-3 /proc/loadavg); api-service -Xmx384m on loopback"
  echo "data: $DATABASE, 100 workspaces, $mentions mentions (rollups); workspace 1 signed in (10 brands, 20 prompts, 0 stored answers)"
  echo "server time = curl time to first byte; 'window' = each request a different 30-day window (analytics cache misses),"
  echo "'same' = the page's default URL repeated (cache hits after the first); settings pages take no window"
  printf '%-30s %8s %8s %8s %8s %8s %10s %10s\n' page win_p50 win_p95 win_max same_p50 same_p95 html_B assets_B
} | tee -a "$REPORT"
today=$(date -u +%s)
measure() { # page, mode (window: a different 30-day window per request, missing the cache; same: the page's default URL)
  local page=$1 mode=$2 i end from query code t
  : >"$RUN_DIR/times"
  for i in $(seq 1 $(( WARMUP + REQUESTS ))); do
    query=''
    if [ "$mode" = window ] && [[ $page != /dashboard/settings/* ]]; then
      end=$(date -u -d "@$(( today - (i % 365) * 86400 ))" +%Y-%m-%d); from=$(date -u -d "$end - 29 days" +%Y-%m-%d)
      query="?from=$from&to=$end"
    fi
    read -r code t < <(curl -s -o /dev/null -b "$JAR" -w '%{http_code} %{time_starttransfer}\n' "$URL$page$query")
    [ "$code" = 200 ] || { echo "$page$query: HTTP $code" >&2; exit 1; }
    if [ "$i" -gt "$WARMUP" ]; then echo "$t" >>"$RUN_DIR/times"; fi
  done
  percentiles <"$RUN_DIR/times"
}
for page in "${pages[@]}"; do
  read -r p50 p95 max < <(measure "$page" window)
  read -r sp50 sp95 smax < <(measure "$page" same)
  read -r html assets < <(weight "$page")
  printf '%-30s %8s %8s %8s %8s %8s %10s %10s\n' "$page" "$p50" "$p95" "$max" "$sp50" "$sp95" "$html" "$assets" | tee -a "$REPORT"
done

echo "overview in headless Chromium ($(/usr/bin/chromium --version 2>/dev/null | head -1)):" | tee -a "$REPORT"
"$JAVA_HOME/bin/java" -cp "$PW_CP" bench/dashboard/ChartDrawnTime.java "$URL" "$KEY" /dashboard "$CHART_LOADS" \
  | grep '^CHART' | tee -a "$REPORT"
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)" | tee -a "$REPORT"
echo "reproduce: REQUESTS=$REQUESTS WARMUP=$WARMUP CHART_LOADS=$CHART_LOADS bench/dashboard.sh   (report: $REPORT)"
