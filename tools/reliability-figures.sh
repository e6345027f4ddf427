#!/usr/bin/env bash
# Prints the figures the fault, security and fuzzing suites of the last `./mvnw verify` wrote, from the modules'
# target/ directories: what docs/reliability.md quotes. Run from anywhere after the tests; reads nothing else.
set -uo pipefail
cd "$(dirname "$0")/.."

echo "== Faults (<module>/target/reliability/)"
found=0
for file in */target/reliability/*.txt; do
  [ -e "$file" ] || continue
  case "$file" in *-history.txt) continue ;; esac
  found=1
  echo "-- ${file}"
  sed 's/^/   /' "$file" | head -20
done
[ "$found" = 1 ] || echo "   none: run the tests first (./mvnw verify)"

echo
echo "== Security and fuzzing (lines the suites print, from target/surefire-reports/)"
grep -ahE '^\[(authorization-matrix|token-attacks|fuzz|fuzzing|stream-visibility)\] [a-z-]+( [a-z]+)*:' \
    */target/surefire-reports/*-output.txt 2>/dev/null | grep -v '^\[[a-z-]*\] toy' | grep -v ' rule: ' | sort -u \
  || echo "   none: run the tests first (./mvnw verify)"

echo
echo "== Test counts"
for module in */target/surefire-reports; do
  [ -d "$module" ] || continue
  awk -v module="${module%%/*}" -F'[=,"]' '/<testsuite /{
      for (i = 1; i <= NF; i++) { if ($i ~ / tests$/) t += $(i + 2); if ($i ~ / skipped$/) s += $(i + 2);
        if ($i ~ / failures$/) f += $(i + 2); if ($i ~ / errors$/) e += $(i + 2) } }
    END { printf "   %-16s %5d tests, %d failed, %d errors, %d skipped\n", module, t, f, e, s }' "$module"/TEST-*.xml
done
