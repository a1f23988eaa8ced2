#!/usr/bin/env bash
# Our side of the differential: JSON lines {"id","expr"} on stdin, {"id","valid","error"} on stdout, through the
# library's own PromQL or LogQL parser. Needs the README's first command (mvn -B install -DskipTests) to have run:
# it uses the CLI's jar and test classes.
# Usage: tools/differential/ours.sh promql|logql
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
jar=$(ls "$root"/cli/target/monitoring-as-code-cli-*.jar 2>/dev/null | grep -v -e sources -e tests | head -1 || true)
classes="$root/cli/target/test-classes"
if [[ -z "$jar" || ! -f "$classes/io/monitoringascode/cli/QueryVerdicts.class" ]]; then
  echo "ours.sh: build first: mvn -B install -DskipTests (from $root)" >&2
  exit 2
fi
exec java -cp "$classes:$jar" io.monitoringascode.cli.QueryVerdicts "$1"
