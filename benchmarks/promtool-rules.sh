#!/usr/bin/env bash
# Times `promtool check rules` on the benchmark's 10,000-rule file (1,000 PrometheusRules' groups), so that
# promtool's rules per second sit beside RuleFileBenchmark's in the same run. Needs promtool and hyperfine
# (Debian's prometheus and hyperfine) and the benchmarks jar (see benchmarks/README.md).
set -euo pipefail
cd "$(dirname "$0")/.."
count=${1:-1000}
file=${TMPDIR:-/tmp}/mac-bench-rules-$count.yaml
java -cp benchmarks/target/benchmarks.jar io.monitoringascode.benchmarks.RulesFileExport "$count" "$file"
# --lint=none: the file repeats each alert name once per service (same name and labels), which promtool's default
# lint reports as duplicates; the check itself is unchanged.
rules=$(promtool check rules --lint=none "$file" | sed -n 's/.*SUCCESS: \([0-9]*\) rules found.*/\1/p')
echo "$file: $rules rules"
hyperfine -N --warmup 2 --runs 10 --export-json "${file%.yaml}.json" "promtool check rules --lint=none $file"
mean=$(python3 -c "import json,sys; print(json.load(open(sys.argv[1]))['results'][0]['mean'])" "${file%.yaml}.json")
python3 -c "import sys; r=int(sys.argv[1]); m=float(sys.argv[2]); print(f'promtool: {r} rules in {m*1000:.0f} ms = {r/m:,.0f} rules/s')" "$rules" "$mean"
