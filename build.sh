#!/usr/bin/env bash
# Builds the install tree target/gold/ (bin/, sbin/, etc/, lib/, sql/) with a JDK 21+.
# Extra arguments go to Maven; the default skips the tests (./test.sh runs them).
# --packages also builds target/packages/gold_VERSION-1_amd64.deb and gold-VERSION-1.x86_64.rpm
# (needs dpkg-deb, fakeroot and rpmbuild; see dist/README.md).
set -euo pipefail
cd "$(dirname "$0")"
. scripts/jdk.sh
args=("$@"); [ ${#args[@]} -gt 0 ] || args=(-DskipTests package)
[ "${1:-}" != --packages ] || args=(-DskipTests -Ppackages package "${@:2}")
exec mvn -B -q "${args[@]}"
