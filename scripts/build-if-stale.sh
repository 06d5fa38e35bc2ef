# Sourced by run.sh and bench.sh: builds the install tree (mvn package, tests skipped) when REF or one
# of the other required files is missing, or when a source file is newer than REF. Sets gold_built=1
# when it built. On a failed build it prints the end of the build log and returns 1.
# gold_build_if_stale WHAT REF [REQUIRED ...]
gold_build_if_stale() {
    local what=$1 ref=$2 f stale=
    shift 2
    for f in "$ref" "$@"; do [ -f "$f" ] || stale=1; done
    [ -n "$stale" ] || [ -n "$(find pom.xml */pom.xml */src sql etc scripts dist -newer "$ref" -type f 2>/dev/null | head -n1)" ] || return 0
    echo "$what: building (first run takes a few minutes) ..."
    if ! mvn -B -q -DskipTests package </dev/null >target-build.log 2>&1; then tail -40 target-build.log >&2; return 1; fi
    rm -f target-build.log
    gold_built=1
}
