#!/usr/bin/env bash
# Rules extractor CPU throughput, nothing else: the unseen gold set's answers (all splits, 683 answers in nine
# languages, many brands that are ordinary words) repeated to N lines, through extract-batch (the service's own
# rules, no broker or database). Prints answers per CPU-second of the process as (N - N/10) / (cpu(N) - cpu(N/10)),
# so JVM start-up and warm-up cancel out and other load on the machine hardly matters (wall-clock rate beside it),
# for this checkout and, with REF=<commit>, for that commit built in a temporary worktree.
# Usage: bench/rules-throughput.sh            (N=20000; ROUNDS=3 runs each, the best is reported)
#        REF=637c658 bench/rules-throughput.sh  (compare with the rules at another commit)
#        INPUT=sim.jsonl bench/rules-throughput.sh  (other extract-batch input lines instead of the gold set, e.g. the
#          simulated answers of bench/extraction/SimulatedAnswerLines.java)
set -euo pipefail
INPUT=${INPUT:+$(realpath "$INPUT")}
source "$(dirname "${BASH_SOURCE[0]}")/../deploy/local/java-env.sh"
cd "$ANSWERLENS_ROOT"
N=${N:-20000}
ROUNDS=${ROUNDS:-3}
work=$(mktemp -d)
trap 'rm -rf "$work"; [ -n "${ref_tree:-}" ] && git worktree remove --force "$ref_tree" >/dev/null 2>&1 || true' EXIT

if [ -n "${INPUT:-}" ]; then
  cp "$INPUT" "$work/gold.jsonl"
  source_label="$INPUT"
else
  python3 bench/rules/gold_to_jsonl.py > "$work/gold.jsonl"
  source_label="the unseen gold set"
fi
repeat() { # lines count > file
  local total=0
  : > "$2"
  while [ "$total" -lt "$1" ]; do cat "$work/gold.jsonl" >> "$2"; total=$((total + $(wc -l < "$work/gold.jsonl"))); done
  head -n "$1" "$2" > "$2.tmp" && mv "$2.tmp" "$2"
}
repeat "$N" "$work/big.jsonl"
repeat $((N / 10)) "$work/small.jsonl"

cpu_seconds() { # extract-batch input -> "wall cpu" seconds of that process (user + system: other load on the
  # machine barely moves it, where wall-clock time does)
  local TIMEFORMAT='%R %U %S' out
  out=$( { time "$1" < "$2" > /dev/null 2>&1; } 2>&1 )
  awk '{printf "%.3f %.3f", $1, $2 + $3}' <<< "$out"
}

round_of() { # label extract-batch round -> prints the round, echoes its rate on fd 3
  local small_wall small big_wall big rate wall
  read -r small_wall small <<< "$(cpu_seconds "$2" "$work/small.jsonl")"
  read -r big_wall big <<< "$(cpu_seconds "$2" "$work/big.jsonl")"
  rate=$(awk -v n="$N" -v s="$small" -v b="$big" 'BEGIN {printf "%.0f", (n - n / 10) / (b - s)}')
  wall=$(awk -v n="$N" -v s="$small_wall" -v b="$big_wall" 'BEGIN {printf "%.0f", (n - n / 10) / (b - s)}')
  echo "  $1 round $3: $((N / 10)) answers ${small}s CPU, $N answers ${big}s CPU -> $rate answers per CPU-second ($wall per wall-clock second)" >&2
  echo "$rate"
}

report() { # label best
  echo "$1: $2 answers per CPU-second, $(awk -v r="$2" 'BEGIN {printf "%.2f", 1000 / r}') ms of CPU per answer (best of $ROUNDS)"
}

if [ ! -d extraction-service/target/quarkus-app/lib/main ] || [ "${BUILD:-0}" = 1 ]; then
  ./mvnw -q -pl extraction-service -am package -DskipTests
fi
echo "rules throughput on $(nproc) cores, $N answers from $source_label ($(wc -l < "$work/gold.jsonl") distinct)"
here_label="this checkout ($(git rev-parse --short HEAD)$(git diff --quiet || echo ', modified'))"
if [ -n "${REF:-}" ]; then
  ref_tree="$work/ref"
  git worktree add --detach "$ref_tree" "$REF" >/dev/null 2>&1
  (cd "$ref_tree" && ./mvnw -q -pl extraction-service -am package -DskipTests)
fi
best_here=0
best_ref=0
for round in $(seq 1 "$ROUNDS"); do # interleaved, so both see the same background load
  rate=$(round_of "$here_label" extraction-service/extract-batch "$round")
  [ "$rate" -gt "$best_here" ] && best_here=$rate
  if [ -n "${REF:-}" ]; then
    rate=$(round_of "$REF" "$ref_tree/extraction-service/extract-batch" "$round")
    [ "$rate" -gt "$best_ref" ] && best_ref=$rate
  fi
done
report "$here_label" "$best_here"
[ -n "${REF:-}" ] && report "$REF" "$best_ref"
echo "reproduce: ${REF:+REF=$REF }${INPUT:+INPUT=$INPUT }N=$N ROUNDS=$ROUNDS bench/rules-throughput.sh"
