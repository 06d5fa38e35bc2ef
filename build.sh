#!/usr/bin/env bash
# Builds the install tree target/gold/ (bin/, sbin/, etc/, lib/, sql/) with a JDK 21+.
# Extra arguments go to Maven; the default skips the tests (./test.sh runs them).
set -euo pipefail
cd "$(dirname "$0")"
. scripts/jdk.sh
args=("$@"); [ ${#args[@]} -gt 0 ] || args=(-DskipTests package)
exec mvn -B -q "${args[@]}"
