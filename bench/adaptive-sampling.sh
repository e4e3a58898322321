#!/usr/bin/env bash
# Adaptive sampling versus fixed sampling over a synthetic population of prompts with known true rates
# (the scheduler's own AdaptiveSampler and volatility rules). Prints samples used, interval coverage and width.
# Usage: bench/adaptive-sampling.sh [target-width] [cap-per-window] [max-per-run]   (defaults 0.2 100 25)
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/../deploy/local/java-env.sh"
cd "$ANSWERLENS_ROOT"
"$MVNW" -B -q -pl scheduler-service -am test-compile -DskipTests
echo "command: bench/adaptive-sampling.sh $*"
exec "$JAVA_HOME/bin/java" -cp scheduler-service/target/test-classes:scheduler-service/target/classes:shared-model/target/classes \
  dev.answerlens.scheduler.sampling.AdaptiveSamplingSimulation "$@"
