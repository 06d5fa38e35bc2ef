#!/usr/bin/env bash
# The main job: build if needed, start goldd on the embedded database (bootstrapped on first start),
# and ask it something with a client. Safe to run again: a running goldd is left running.
set -euo pipefail
cd "$(dirname "$0")"
. scripts/jdk.sh
. scripts/build-if-stale.sh
gold_built=
gold_build_if_stale "Gold" target/gold/.built
# a goldd from an older build keeps running the old code; restart it on the new one
[ -z "$gold_built" ] || target/gold/sbin/goldd --stop >/dev/null 2>&1 || true
target/gold/sbin/goldd --start </dev/null
echo "\$ target/gold/bin/glsuser"
target/gold/bin/glsuser </dev/null
