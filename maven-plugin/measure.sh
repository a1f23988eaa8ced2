#!/usr/bin/env bash
# What the generate goal adds to a build: `mvn -o compile` against `mvn -o process-classes` (compile, then generate)
# on examples/, each run a fresh Maven with examples/target removed first; min/median/max of 5 runs each.
# Run after `mvn install -DskipTests` at the root. Extra arguments go to every Maven call (-Dmaven.repo.local=...).
set -euo pipefail
cd "$(dirname "$0")/.."
runs=5

time_goal() {
  local goal=$1 times=()
  for _ in $(seq "$runs"); do
    rm -rf examples/target
    local start end
    start=$(date +%s%N)
    mvn -B -q -o -Dstyle.color=never "${@:2}" -pl examples "$goal" >/dev/null
    end=$(date +%s%N)
    times+=($(( (end - start) / 1000000 )))
  done
  local sorted
  sorted=($(printf '%s\n' "${times[@]}" | sort -n))
  printf '%-16s min %6d ms  median %6d ms  max %6d ms\n' "$goal" "${sorted[0]}" "${sorted[$((runs / 2))]}" \
    "${sorted[$((runs - 1))]}"
}

time_goal compile "$@"
time_goal process-classes "$@"
