# Sourced by build.sh, run.sh, test.sh and .ci/run: points JAVA_HOME at a JDK 21 or newer.
# Looks at JAVA_HOME, then the java on PATH, then /usr/lib/jvm/*; fails with a clear message.
jdk_major() { # prints the feature version of the JDK at $1, or nothing
    [ -x "$1/bin/javac" ] || return 0
    v=$(sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "$1/release" 2>/dev/null)
    [ -n "$v" ] || v=$("$1/bin/java" -version 2>&1 | sed -n 's/.*version "\([0-9]*\).*/\1/p' | head -n1)
    echo "$v"
}
gold_find_jdk() {
    for c in "${JAVA_HOME:-}" "$(dirname "$(dirname "$(readlink -f "$(command -v javac 2>/dev/null || echo /nonexistent)")")")" /usr/lib/jvm/*; do
        [ -n "$c" ] && [ -d "$c" ] || continue
        m=$(jdk_major "$c")
        if [ -n "$m" ] && [ "$m" -ge 21 ]; then JAVA_HOME=$(readlink -f "$c"); export JAVA_HOME; PATH="$JAVA_HOME/bin:$PATH"; export PATH; return 0; fi
    done
    echo "Gold needs a JDK 21 or newer (javac), and none was found in JAVA_HOME, PATH or /usr/lib/jvm." >&2
    echo "Install one (e.g. Temurin 21 or 25) and set JAVA_HOME to it." >&2
    return 1
}
gold_find_jdk
