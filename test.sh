#!/usr/bin/env bash
# Runs every test: unit tests of each module and the system tests in t/ (real goldd processes on the
# built install tree, embedded SQLite and throw-away PostgreSQL clusters). Prints the test counts.
set -euo pipefail
cd "$(dirname "$0")"
. scripts/jdk.sh
status=0
rm -rf ./*/target/surefire-reports   # counts must come from this run only
mvn -B verify "$@" </dev/null || status=$?
scripts/test-counts.sh || status=$((status == 0 ? 1 : status))
exit $status
