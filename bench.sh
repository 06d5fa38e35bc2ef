#!/usr/bin/env bash
# The benchmark: builds if needed, starts its own PostgreSQL cluster and goldd copies on free
# loopback ports, runs the load cells, the pgbench ceiling, client start-up and scale phases, writes the
# Markdown report (bench/report.md unless --report FILE) and stops everything it started, also on failure.
# Options go to the benchmark: ./bench.sh --help lists them (--seconds S for longer cells, --quick).
set -euo pipefail
cd "$(dirname "$0")"
. scripts/jdk.sh
. scripts/build-if-stale.sh
jar=bench/target/gold-bench.jar
gold_build_if_stale bench "$jar" target/gold/.built
work=$(mktemp -d "${TMPDIR:-/tmp}/gold-bench.XXXXXX")
chmod 755 "$work"
pg_bin=${PG_BIN:-$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n1)}
cleanup() {
    # the benchmark stops what it started; this catches a killed or crashed JVM
    for home in "$work"/gold-*; do
        [ -f "$home/etc/gold.pid" ] || continue
        pid=$(cat "$home/etc/gold.pid" 2>/dev/null || true)
        if [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null; then
            GOLD_HOME="$home" "$home/sbin/goldd" --stop >/dev/null 2>&1 || kill "$pid" 2>/dev/null || true
        fi
    done
    if [ -f "$work/pg/data/postmaster.pid" ]; then
        if [ "$(id -u)" = 0 ]; then
            runuser -u postgres -- "$pg_bin/pg_ctl" -D "$work/pg/data" -m immediate -w stop >/dev/null 2>&1 || true
        else
            "$pg_bin/pg_ctl" -D "$work/pg/data" -m immediate -w stop >/dev/null 2>&1 || true
        fi
    fi
    rm -rf "$work"
}
trap cleanup EXIT
trap 'exit 130' INT TERM
java -Xmx1g --enable-native-access=ALL-UNNAMED -cp "$jar:bench/target/lib/*" gold.bench.Bench --tree target/gold --work "$work" "$@" </dev/null
