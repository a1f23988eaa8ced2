#!/usr/bin/env bash
# Runs every collected PromQL and LogQL expression through our parsers and through lezer, and prints where they
# disagree. Exits 0 whatever the disagreements: they are data, explained in README.md.
# Usage: tools/differential/run.sh [promql|logql ...]   (default: both). Results go to tools/differential/out/.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
cd "$here"
out="$here/out"
mkdir -p "$out"

if [[ ! -d node_modules || package-lock.json -nt node_modules ]]; then
  npm ci --no-audit --no-fund
fi

languages=("$@")
if [[ ${#languages[@]} -eq 0 ]]; then
  languages=(promql logql)
fi

for language in "${languages[@]}"; do
  echo "== $language"
  node sources.mjs "$language" > "$out/$language-expressions.jsonl"
  start=$(date +%s%N)
  node lezer.mjs "$language" < "$out/$language-expressions.jsonl" > "$out/$language-lezer.jsonl"
  end=$(date +%s%N)
  echo "lezer: $(wc -l < "$out/$language-expressions.jsonl") expressions in $(( (end - start) / 1000000 )) ms (node start included)"
  if [[ -x ./ours.sh ]]; then
    ./ours.sh "$language" < "$out/$language-expressions.jsonl" > "$out/$language-ours.jsonl"
    # The table of every disagreement with its reason is committed beside this script, so a change shows in review.
    node compare.mjs "$language" "$out/$language-expressions.jsonl" "$out/$language-lezer.jsonl" "$out/$language-ours.jsonl" \
      | tee "$here/disagreements-$language.md"
  else
    echo "NOTE: tools/differential/ours.sh does not exist yet: only lezer's verdicts are shown, nothing is compared."
    node compare.mjs "$language" "$out/$language-expressions.jsonl" "$out/$language-lezer.jsonl"
  fi
done
