#!/usr/bin/env bash
# The broker's own ceiling for the scheduler relay's messages (bench/scheduler/BrokerCeiling.java): N persistent,
# mandatory prompt-job-sized messages with publisher confirms from CHANNELS channels, WINDOW unconfirmed each, in a
# throwaway virtual host; prints messages/s and RabbitMQ's CPU-ms per message (shared: other work on the host counts).
# Usage: bench/broker-ceiling.sh            (N=100000 CHANNELS=1 WINDOW=2000)
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/../deploy/local/java-env.sh"
cd "$ANSWERLENS_ROOT"
N=${N:-100000}; CHANNELS=${CHANNELS:-1}; WINDOW=${WINDOW:-2000}
VHOST="al-ceiling-$(date +%Y%m%d-%H%M%S)"
[ -d scheduler-service/target/quarkus-app/lib/main ] || "$MVNW" -B -q package -DskipTests -pl scheduler-service -am
curl -sf -u guest:guest -X PUT "http://127.0.0.1:15672/api/vhosts/$VHOST" -o /dev/null
trap 'curl -sf -u guest:guest -X DELETE "http://127.0.0.1:15672/api/vhosts/$VHOST" -o /dev/null || true' EXIT
curl -sf -u guest:guest -X PUT -H 'content-type: application/json' -d '{"configure":".*","write":".*","read":".*"}' \
  "http://127.0.0.1:15672/api/permissions/$VHOST/guest" -o /dev/null
beam_ms() { local t=0; for p in $(pidof beam.smp); do t=$((t + $(awk '{print $14 + $15}' "/proc/$p/stat"))); done; echo $((t * 1000 / $(getconf CLK_TCK))); }
before=$(beam_ms)
"$JAVA_HOME/bin/java" -cp "scheduler-service/target/quarkus-app/lib/main/*" bench/scheduler/BrokerCeiling.java \
  "$VHOST" "$N" "$CHANNELS" "$WINDOW" 2>&1 | grep -v SLF4J
after=$(beam_ms)
echo "rabbitmq: $(awk -v ms=$((after - before)) -v n="$N" 'BEGIN {printf "%.3f", ms / n}') CPU-ms per message; load average $(cut -d' ' -f1-3 /proc/loadavg)"
