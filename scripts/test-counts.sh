#!/usr/bin/env bash
# Sums the surefire reports of every module and prints "N passed, N failed, N skipped".
# Fails when no test ran, when any failed, or (with CI=true) when any was skipped.
set -uo pipefail
cd "$(dirname "$0")/.."
tests=0; failures=0; errors=0; skipped=0
for f in */target/surefire-reports/TEST-*.xml; do
    [ -f "$f" ] || continue
    line=$(grep -m1 -o '<testsuite [^>]*>' "$f")
    get() { echo "$line" | sed -n "s/.* $1=\"\([0-9]*\)\".*/\1/p"; }
    tests=$((tests + $(get tests))); failures=$((failures + $(get failures)))
    errors=$((errors + $(get errors))); skipped=$((skipped + $(get skipped)))
done
failed=$((failures + errors)); passed=$((tests - failed - skipped))
echo "$passed passed, $failed failed, $skipped skipped"
[ "$tests" -gt 0 ] || { echo "no test ran" >&2; exit 1; }
[ "$failed" -eq 0 ] || exit 1
if [ "${CI:-}" = "true" ] && [ "$skipped" -gt 0 ]; then echo "CI: $skipped test(s) skipped" >&2; exit 1; fi
exit 0
