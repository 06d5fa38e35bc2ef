#!/usr/bin/env bash
# Assembles the classic install tree: assemble.sh TREE JAVA_HOME VERSION
# Called by the dist module after copy-dependencies filled TREE/lib.new. Launchers carry the JDK the
# build ran with (no version probe per call) and an explicit heap limit. Configuration, the key and
# the data directory of an existing tree are kept; code (lib/, bin/, sbin/) is replaced.
set -euo pipefail
tree=$1; java_home=$2; version=$3
src=$(cd "$(dirname "$0")/.." && pwd)
mkdir -p "$tree"; tree=$(cd "$tree" && pwd)
user=$(id -un)
java="$java_home/bin/java"
[ -x "$java" ] || { echo "assemble: no java at $java" >&2; exit 1; }

rm -rf "$tree/lib" "$tree/bin" "$tree/sbin"
mv "$tree/lib.new" "$tree/lib"
mkdir -p "$tree/bin" "$tree/sbin" "$tree/etc" "$tree/log" "$tree/data" "$tree/sql"
cp "$src/sql/bank.sql" "$tree/sql/bank.sql" 2>/dev/null || true

subst() { sed -e "s|@PREFIX@|$tree|g" -e "s|@USER@|$user|g" -e "s|@VERSION@|$version|g" "$1"; }
# configuration: never overwrite a site's edited files
for f in gold.conf goldd.conf; do
    [ -s "$tree/etc/$f" ] || subst "$src/etc/$f" > "$tree/etc/$f"
done
for f in gold.d goldd.service gold.sh; do subst "$src/etc/$f" > "$tree/etc/$f"; done
chmod 755 "$tree/etc/gold.d"
# a fresh random shared key, readable by its owner only (docs/differences.md: protect it with permissions)
if [ ! -s "$tree/etc/auth_key" ]; then
    (umask 077; head -c 32 /dev/urandom | base64 > "$tree/etc/auth_key")
fi

launcher() { # launcher FILE MAIN HEAP ARCHIVE EXTRA-JVM-FLAGS [FIRST-ARG]
    local file=$1 main=$2 heap=$3 archive=$4 flags=$5 first=${6:-}
    cat > "$file" <<LAUNCH
#!/bin/sh
# Gold $version launcher, generated at build time.
# The class-data-sharing archive lib/$archive (made at build time by a training run) cuts start-up;
# the JVM re-creates it by itself when the JDK changes. JVM warnings are silenced so that output
# stays byte-exact; GOLD_JAVA_OPTS may add options (e.g. -Xlog:class+load to see the archive used).
here=\$(dirname "\$(readlink -f "\$0")")
root=\$(cd "\$here/.." && pwd -P)
exec "$java" -Xmx$heap -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -Xshare:auto $flags \\
    -XX:SharedArchiveFile="\$root/lib/$archive" -XX:+AutoCreateSharedArchive -Xlog:disable \\
    \$GOLD_JAVA_OPTS -Dgold.home="\$root" -Dgold.version=$version -cp "\$root/lib/*" $main $first "\$@"
LAUNCH
    chmod 755 "$file"
}

commands="$src/client/src/main/resources/gold/client/commands.txt"
if [ -f "$commands" ]; then
    while read -r cmd; do
        [ -n "$cmd" ] && launcher "$tree/bin/$cmd" gold.client.Main 64m client.jsa "" "$cmd"
    done < "$commands"
fi
# native access: goldsh's line editor (JLine) loads its terminal library; without the flag Java 24+ warns on stderr
launcher "$tree/bin/goldsh" gold.shell.Goldsh 128m goldsh.jsa --enable-native-access=ALL-UNNAMED
# goldd: the master and its workers are JVMs of their own (heap limits set in goldd.conf)
cat > "$tree/sbin/goldd" <<LAUNCH
#!/bin/sh
# Gold $version server control, generated at build time.
here=\$(dirname "\$(readlink -f "\$0")")
root=\$(cd "\$here/.." && pwd -P)
exec "$java" -Xmx64m -XX:+UseSerialGC -XX:TieredStopAtLevel=1 \$GOLD_JAVA_OPTS -Dgold.home="\$root" -Dgold.version=$version \\
    -Dgold.java="$java" -cp "\$root/lib/*" gold.server.Goldd "\$@"
LAUNCH
chmod 755 "$tree/sbin/goldd"
launcher "$tree/sbin/gold_init" gold.server.GoldInit 64m gold_init.jsa --enable-native-access=ALL-UNNAMED
# Training runs make the start-up archives: a request each, answered by a loopback responder
# (gold.server.TrainingResponder) so that replies are read and rendered too, in the security mode
# of the tree's gold.conf. Without a responder the requests go to a port where nobody listens.
train=$(mktemp -d)
mkdir -p "$train/etc"
echo training > "$train/etc/auth_key"
rm -f "$tree/lib/"*.jsa
"$java" -Xmx64m -cp "$tree/lib/*" gold.server.TrainingResponder "$train/port" training 2 >/dev/null 2>&1 &
responder=$!
for _ in $(seq 100); do [ -s "$train/port" ] && break; sleep 0.1; done
port=$(cat "$train/port" 2>/dev/null || echo 1)
{ printf 'server.host = localhost\nserver.port = %s\n' "$port"
  grep -E '^[[:space:]]*security\.' "$tree/etc/gold.conf" || true; } > "$train/etc/gold.conf"
GOLD_HOME=$train "$tree/bin/glsuser" -A --show Name,Active >/dev/null 2>&1 || true
GOLD_HOME=$train "$tree/bin/goldsh" System Query >/dev/null 2>&1 || true
kill "$responder" 2>/dev/null || true
wait "$responder" 2>/dev/null || true
rm -rf "$train"
touch "$tree/.built"
