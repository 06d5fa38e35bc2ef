#!/usr/bin/env bash
# Assembles the classic install tree: assemble.sh TREE JAVA_HOME VERSION [PREFIX]
# Called by the dist module after copy-dependencies filled TREE/lib.new (see dist/README.md). Launchers
# carry the JDK the build ran with (no version probe per call), an explicit heap limit and a class path
# of only the jars their program needs. Configuration, the key and the data directory of an existing
# tree are kept; code (lib/, bin/, sbin/) is replaced. PREFIX (default TREE) is where the tree will
# live (a package stages it elsewhere); a JAVA_HOME inside TREE is referred to relative to the tree.
set -euo pipefail
tree=$1; java_home=$2; version=$3
src=$(cd "$(dirname "$0")/.." && pwd)
mkdir -p "$tree"; tree=$(cd "$tree" && pwd -P)
prefix=${4:-$tree}
user=${GOLD_USER:-$(id -un)}
java="$java_home/bin/java"
[ -x "$java" ] || { echo "assemble: no java at $java" >&2; exit 1; }
case "$java_home" in "$tree"/*) java_ref="\$root/${java_home#"$tree"/}/bin/java" ;; *) java_ref=$java ;; esac
jdk=$(sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "$java_home/release")

rm -rf "$tree/lib" "$tree/bin" "$tree/sbin" "$tree/completion"
mv "$tree/lib.new" "$tree/lib"
mkdir -p "$tree/bin" "$tree/sbin" "$tree/etc" "$tree/log" "$tree/data" "$tree/sql"
cp "$src/sql/bank.sql" "$tree/sql/bank.sql" 2>/dev/null || true

subst() { sed -e "s|@PREFIX@|$prefix|g" -e "s|@USER@|$user|g" -e "s|@VERSION@|$version|g" "$1"; }
# configuration: never overwrite a site's edited files
for f in gold.conf goldd.conf; do
    [ -s "$tree/etc/$f" ] || subst "$src/etc/$f" > "$tree/etc/$f"
done
for f in gold.d goldd.service gold.sh patroni-gold.yml.example; do subst "$src/etc/$f" > "$tree/etc/$f"; done
# observability: a sample alert command (kept once a site edited it) and a Grafana dashboard
[ -s "$tree/etc/gold-alert.sh" ] || { cp "$src/etc/gold-alert.sh" "$tree/etc/gold-alert.sh"; chmod 755 "$tree/etc/gold-alert.sh"; }
cp "$src/etc/grafana-gold.json" "$tree/etc/grafana-gold.json"
chmod 755 "$tree/etc/gold.d"
# the body both init scripts (gold.d, goldweb.d) source from the tree
mkdir -p "$tree/libexec"; cp "$src/etc/gold-init.sh" "$tree/libexec/gold-init.sh"
# a fresh random shared key, readable by its owner only (docs/differences.md: protect it with permissions)
if [ ! -s "$tree/etc/auth_key" ] && [ -z "${GOLD_NO_KEY:-}" ]; then
    (umask 077; head -c 32 /dev/urandom | base64 > "$tree/etc/auth_key")
fi

# Class path of a module's programs: the module's jar, then the jars of its target/program.classpath
# (written by the build, see the parent pom). Prints lib/a.jar:lib/b.jar:...
classpath() { # classpath MODULE-DIR ARTIFACT-ID
    local own extra
    own=$(cd "$tree" && ls lib/"$2"-[0-9]*.jar)
    extra=$(cat "$src/$1/target/program.classpath")
    echo "$own${extra:+:$extra}"
}
in_tree() { echo "$1" | sed 's|lib/|$root/lib/|g'; } # lib/a.jar:lib/b.jar -> $root/lib/a.jar:$root/lib/b.jar
client_cp=$(classpath client gold-client)
shell_cp=$(classpath shell gold-shell)
server_cp=$(classpath goldd goldd)
slurm_cp=$(classpath slurm gold-slurm)
web_cp=$(ls "$tree/lib/"gold-web-*.jar >/dev/null 2>&1 && classpath web gold-web || true)

# Start-up cache of the clients and goldsh: on JDK 24+ the ahead-of-time cache (lib/NAME.aot, trained
# below), else the class-data-sharing archive (lib/NAME.jsa, made by the JVM at the training run's exit).
jvm_flags="-XX:+UseSerialGC -XX:TieredStopAtLevel=1"
cache_flags() { # cache_flags NAME (none for an empty name)
    if [ -z "$1" ]; then return 0; fi
    if [ "$jdk" -ge 24 ]; then echo "-XX:AOTCache=\"\$root/lib/$1.aot\""
    else echo "-Xshare:auto -XX:SharedArchiveFile=\"\$root/lib/$1.jsa\" -XX:+AutoCreateSharedArchive"; fi
}

launcher() { # launcher FILE MAIN HEAP CLASSPATH CACHE-NAME EXTRA-JVM-FLAGS [FIRST-ARG]
    local file=$1 main=$2 heap=$3 cp=$4 cache=$5 flags=$6 first=${7:-}
    cat > "$file" <<LAUNCH
#!/bin/sh
# Gold $version launcher, generated at build time (dist/assemble.sh).
# The start-up cache lib/$cache.* (made at build time by a training run) cuts start-up. JVM warnings
# are silenced so that output stays byte-exact; GOLD_JAVA_OPTS may add options (e.g.
# -Xlog:class+load to see the cache used).
here=\$(dirname "\$(readlink -f "\$0")")
root=\$(cd "\$here/.." && pwd -P)
exec "$java_ref" -Xmx$heap $jvm_flags $(cache_flags "$cache") $flags -Xlog:disable \\
    \$GOLD_JAVA_OPTS -Dgold.home="\$root" -Dgold.version=$version -cp "$(in_tree "$cp")" $main $first "\$@"
LAUNCH
    chmod 755 "$file"
}

commands="$src/client/src/main/resources/gold/client/commands.txt"
while read -r cmd; do
    [ -n "$cmd" ] && launcher "$tree/bin/$cmd" gold.client.Main 64m "$client_cp" client "" "$cmd"
done < "$commands"
# native access: goldsh's line editor (JLine) loads its terminal library; without the flag Java 24+ warns on stderr
launcher "$tree/bin/goldsh" gold.shell.Goldsh 128m "$shell_cp" goldsh --enable-native-access=ALL-UNNAMED
# goldd: the master and its workers are JVMs of their own (heap limits set in goldd.conf); they get
# the launcher's java and class path through gold.java and gold.class.path
cat > "$tree/sbin/goldd" <<LAUNCH
#!/bin/sh
# Gold $version server control, generated at build time (dist/assemble.sh).
here=\$(dirname "\$(readlink -f "\$0")")
root=\$(cd "\$here/.." && pwd -P)
cp="$(in_tree "$server_cp")"
exec "$java_ref" -Xmx64m $jvm_flags \$GOLD_JAVA_OPTS -Dgold.home="\$root" -Dgold.version=$version \\
    -Dgold.java="$java_ref" -Dgold.class.path="\$cp" -cp "\$cp" gold.server.Goldd "\$@"
LAUNCH
chmod 755 "$tree/sbin/goldd"
launcher "$tree/sbin/gold_init" gold.server.GoldInit 64m "$server_cp" "" --enable-native-access=ALL-UNNAMED
# Slurm integration (module slurm/): bin/gold-slurm, the hooks slurmctld runs (libexec/slurm/, replaced
# like code) and examples in etc/slurm/ (gold-slurm.conf kept once a site edited it).
launcher "$tree/bin/gold-slurm" gold.slurm.GoldSlurm 96m "$slurm_cp" gold-slurm ""
rm -rf "$tree/libexec/slurm"; mkdir -p "$tree/libexec/slurm" "$tree/etc/slurm" "$tree/var/slurm"
for f in "$src"/slurm/src/main/dist/libexec/slurm/*; do
    subst "$f" > "$tree/libexec/slurm/$(basename "$f")"; chmod 755 "$tree/libexec/slurm/$(basename "$f")"
done
for f in "$src"/slurm/src/main/dist/etc/slurm/*; do
    name=$(basename "$f")
    [ "$name" = gold-slurm.conf ] && [ -s "$tree/etc/slurm/$name" ] && continue
    subst "$f" > "$tree/etc/slurm/$name"
done

# Shell completion (completion/gold.bash, completion/_gold) from the programs' own option tables: the g*
# commands' and each PROGRAM=CLASS named here (a module with a program adds its line).
"$java" -cp "$(echo "$shell_cp:$server_cp${web_cp:+:$web_cp}" | sed "s|lib/|$tree/lib/|g")" gold.client.completion.CompletionScripts \
    "$tree/completion" goldsh=gold.shell.Goldsh goldd=gold.server.Goldd gold_init=gold.server.GoldInit \
    ${web_cp:+goldweb=gold.web.GoldWeb}

# Training runs make the start-up caches: the commands' requests are answered by a loopback responder
# (gold.server.net.TrainingResponder) so that replies are read and rendered too, in the security mode of
# the tree's gold.conf. The JVM flags and class path are the launchers' own (a cache is used only
# when they match).
train_cache() { # train_cache NAME HEAP CLASSPATH EXTRA-JVM-FLAGS MAIN ARGS...
    local name=$1 heap=$2 cp; cp=$(echo "$3" | sed "s|lib/|$tree/lib/|g")
    local run=("$java" "-Xmx$heap" $jvm_flags $4 -cp "$cp"); shift 4
    if [ "$jdk" -ge 24 ]; then
        GOLD_HOME=$train "${run[@]}" -XX:AOTMode=record -XX:AOTConfiguration="$train/$name.conf" "$@" >/dev/null 2>&1 || true
        "${run[@]}" -XX:AOTMode=create -XX:AOTConfiguration="$train/$name.conf" -XX:AOTCache="$tree/lib/$name.aot" >/dev/null 2>&1 ||
            echo "assemble: no start-up cache lib/$name.aot" >&2
    else
        GOLD_HOME=$train "${run[@]}" -XX:ArchiveClassesAtExit="$tree/lib/$name.jsa" "$@" >/dev/null 2>&1 || true
    fi
}
train=$(mktemp -d)
mkdir -p "$train/etc"
echo training > "$train/etc/auth_key"
rm -f "$tree/lib/"*.jsa "$tree/lib/"*.aot
"$java" -Xmx64m -cp "$(echo "$server_cp" | sed "s|lib/|$tree/lib/|g")" gold.server.net.TrainingResponder "$train/port" training 16 >/dev/null 2>&1 &
responder=$!
for _ in $(seq 100); do [ -s "$train/port" ] && break; sleep 0.1; done
port=$(cat "$train/port" 2>/dev/null || echo 1)
{ printf 'server.host = localhost\nserver.port = %s\n' "$port"
  grep -E '^[[:space:]]*security\.' "$tree/etc/gold.conf" || true; } > "$train/etc/gold.conf"
train_cache client 64m "$client_cp" "" gold.client.TrainingRun "gbalance --version" "glsuser -A --show Name,Active" \
    "gbalance -u training -p training -m training --total" "gcharge -J 1 -u training -p training -m training -t 60"
train_cache goldsh 128m "$shell_cp" --enable-native-access=ALL-UNNAMED gold.shell.Goldsh System Query
train_cache gold-slurm 96m "$slurm_cp" "" gold.slurm.GoldSlurm quote --user training --account training --cluster training
kill "$responder" 2>/dev/null || true
wait "$responder" 2>/dev/null || true
rm -rf "$train"
touch "$tree/.built"
# goldweb, the web portal (module web): launcher, configuration, init script and systemd unit
if ls "$tree/lib/"gold-web-*.jar >/dev/null 2>&1; then
    [ -s "$tree/etc/goldweb.conf" ] || subst "$src/etc/goldweb.conf" > "$tree/etc/goldweb.conf"
    for f in goldweb.d goldweb.service; do subst "$src/etc/$f" > "$tree/etc/$f"; done
    chmod 755 "$tree/etc/goldweb.d"
    launcher "$tree/sbin/goldweb" gold.web.GoldWeb 64m "$web_cp" "" ""
fi
