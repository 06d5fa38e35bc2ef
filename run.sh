#!/usr/bin/env bash
# The main job: build if needed, start goldd on the embedded database (bootstrapped on first start),
# and ask it something with a client. Safe to run again: a running goldd is left running.
set -euo pipefail
cd "$(dirname "$0")"
. scripts/jdk.sh
stamp=target/gold/.built
if [ ! -f "$stamp" ] || [ -n "$(find pom.xml */pom.xml */src sql etc scripts dist -newer "$stamp" -type f 2>/dev/null | head -n1)" ]; then
    echo "Building Gold (first run takes a few minutes) ..."
    if ! mvn -B -q -DskipTests package </dev/null >target-build.log 2>&1; then tail -40 target-build.log >&2; exit 1; fi
    rm -f target-build.log
    # a goldd from an older build keeps running the old code; restart it on the new one
    target/gold/sbin/goldd --stop >/dev/null 2>&1 || true
fi
target/gold/sbin/goldd --start </dev/null
echo "\$ target/gold/bin/glsuser"
target/gold/bin/glsuser </dev/null
