#!/usr/bin/env bash
# Builds the Linux packages from the install tree: package.sh TREE JAVA_HOME VERSION OUT-DIR [RELEASE] [deb|rpm ...]
# Writes OUT-DIR/gold_VERSION-RELEASE_amd64.deb and OUT-DIR/gold-VERSION-RELEASE.x86_64.rpm (see dist/README.md):
# a jlink-trimmed Java runtime inside, the programs in /usr/share/gold with links in /usr/bin and /usr/sbin,
# configuration in /etc/gold, data in /var/lib/gold, logs in /var/log/gold (the tree's etc, data and log
# are symbolic links to them, so every program finds them as in any install tree).
set -euo pipefail
tree=$(cd "$1" && pwd -P); java_home=$2; version=$3; out=$4; release=${5:-1}
shift $(( $# < 5 ? $# : 5 ))
formats=("$@"); [ ${#formats[@]} -gt 0 ] || formats=(deb rpm)
src=$(cd "$(dirname "$0")/.." && pwd)
mkdir -p "$out"; out=$(cd "$out" && pwd)
work=$(mktemp -d "${TMPDIR:-/tmp}/gold-pkg.XXXXXX")
trap 'rm -rf "$work"' EXIT
root=$work/root
share=$root/usr/share/gold

# 1. A Java runtime with only the modules the jars use (jdeps), plus jdk.unsupported (JLine, the SQLite
#    driver) and a default class-data-sharing archive for goldd.
jars=$(cd "$tree/lib" && ls ./*.jar | tr '\n' ':')
modules=$(cd "$tree/lib" && "$java_home/bin/jdeps" --ignore-missing-deps --print-module-deps \
    --multi-release "$(sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "$java_home/release")" -cp "$jars" ./*.jar 2>/dev/null | tail -n1)
mkdir -p "$share"
"$java_home/bin/jlink" --add-modules "$modules,jdk.unsupported" --strip-debug --no-man-pages --no-header-files \
    --compress=zip-6 --generate-cds-archive --output "$share/runtime" >/dev/null

# 2. The tree, assembled for /usr/share/gold with the runtime (launchers, start-up caches trained with it).
mkdir -p "$share/lib.new"
cp "$tree"/lib/*.jar "$share/lib.new/"
GOLD_USER=gold GOLD_NO_KEY=1 bash "$src/dist/assemble.sh" "$share" "$share/runtime" "$version" /usr/share/gold
rm -f "$share/.built"

# 3. The Linux places: configuration, data and logs out of the tree, linked back; programs on PATH.
#    The init scripts and systemd units go to their system places; everything else of etc/ (the conf
#    files of goldd, the clients, goldweb and gold-slurm, and the examples: slurm/, alerts, Grafana,
#    Patroni) to /etc/gold, each file a configuration file of the package.
mkdir -p "$root/etc/gold" "$root/var/lib/gold" "$root/var/log/gold" "$root/usr/bin" "$root/usr/sbin" "$root/etc/init.d" "$work/units"
mv "$share/etc/gold.d" "$root/etc/init.d/gold"
mv "$share/etc/goldweb.d" "$root/etc/init.d/goldweb"
mv "$share/etc/goldd.service" "$share/etc/goldweb.service" "$work/units/"
rm -f "$share/etc/auth_key"
cp -a "$share/etc/." "$root/etc/gold/"
rm -rf "$share/etc" "$share/data" "$share/log"
conffiles=$(cd "$root" && find etc -type f | sort | sed 's|^|/|')
ln -s /etc/gold "$share/etc"
ln -s /var/lib/gold "$share/data"
ln -s /var/log/gold "$share/log"
for f in "$share"/bin/*; do ln -s "../share/gold/bin/${f##*/}" "$root/usr/bin/${f##*/}"; done
for f in "$share"/sbin/*; do ln -s "../share/gold/sbin/${f##*/}" "$root/usr/sbin/${f##*/}"; done
programs=$(sed -n '1s/^#compdef //p' "$share/completion/_gold")
mkdir -p "$root/usr/share/bash-completion/completions"
for p in $programs; do ln -s ../../gold/completion/gold.bash "$root/usr/share/bash-completion/completions/$p"; done
mkdir -p "$root/usr/share/doc/gold"
cp "$src/README.md" "$root/usr/share/doc/gold/README.md"

# 4. Maintainer scripts, shared by both formats (dist/scripts/*.sh, sh only).
scripts=$src/dist/scripts
for format in "${formats[@]}"; do
    case "$format" in
    deb)
        pkg=$work/deb; rm -rf "$pkg"; cp -a "$root" "$pkg"
        mkdir -p "$pkg/lib/systemd/system" "$pkg/usr/share/zsh/vendor-completions" "$pkg/DEBIAN"
        cp "$work"/units/*.service "$pkg/lib/systemd/system/"
        ln -s ../../gold/completion/_gold "$pkg/usr/share/zsh/vendor-completions/_gold"
        size=$(du -sk --exclude=DEBIAN "$pkg" | cut -f1)
        cat > "$pkg/DEBIAN/control" <<CONTROL
Package: gold
Version: $version-$release
Architecture: amd64
Maintainer: Gold for Java <gold@localhost>
Installed-Size: $size
Depends: libc6, passwd
Section: admin
Priority: optional
Homepage: https://localhost/gold
Description: Gold allocation and accounting server and clients
 goldd, its g* clients, goldsh and gold_init, with their own Java runtime.
 Configuration in /etc/gold, data in /var/lib/gold, logs in /var/log/gold.
CONTROL
        echo "$conffiles" > "$pkg/DEBIAN/conffiles"
        for s in preinst postinst prerm postrm; do
            { echo '#!/bin/sh'; echo 'set -e'; echo 'PKG_FORMAT=deb'; cat "$scripts/$s.sh"; } > "$pkg/DEBIAN/$s"
            chmod 755 "$pkg/DEBIAN/$s"
        done
        fakeroot dpkg-deb -Zgzip --build "$pkg" "$out/gold_${version}-${release}_amd64.deb" >/dev/null
        echo "$out/gold_${version}-${release}_amd64.deb"
        ;;
    rpm)
        pkg=$work/rpm; rm -rf "$pkg"; cp -a "$root" "$pkg"
        mkdir -p "$pkg/usr/lib/systemd/system" "$pkg/usr/share/zsh/site-functions" "$pkg/etc/rc.d"
        mv "$pkg/etc/init.d" "$pkg/etc/rc.d/init.d" # /etc/init.d is a link to it on RHEL-like systems
        cp "$work"/units/*.service "$pkg/usr/lib/systemd/system/"
        ln -s ../../gold/completion/_gold "$pkg/usr/share/zsh/site-functions/_gold"
        spec=$work/gold.spec
        {
            cat <<SPEC
Name: gold
Version: $version
Release: $release
Summary: Gold allocation and accounting server and clients
License: Proprietary
BuildArch: x86_64
AutoReqProv: no
Requires(pre): shadow-utils
%define _build_id_links none
%define debug_package %{nil}
%define __os_install_post %{nil}
%define _binary_payload w6.gzdio
%description
goldd, its g* clients, goldsh and gold_init, with their own Java runtime.
Configuration in /etc/gold, data in /var/lib/gold, logs in /var/log/gold.
%install
cp -a "$pkg/." "%{buildroot}/"
SPEC
            for s in pre:preinst post:postinst preun:prerm postun:postrm; do
                echo "%${s%%:*}"; echo 'PKG_FORMAT=rpm'; cat "$scripts/${s#*:}.sh"
            done
            echo '%files'
            echo '%defattr(-,root,root,-)'
            echo '%dir %attr(0755,gold,gold) /etc/gold'
            (cd "$pkg" && find etc/gold -mindepth 1 -type d | sort | sed 's|^|%dir %attr(0755,gold,gold) /|')
            for f in $conffiles; do
                case $f in
                /etc/init.d/*) echo "%config(noreplace) /etc/rc.d/init.d/${f##*/}" ;;
                *) echo "%config(noreplace) %attr($(stat -c %a "$pkg$f"),gold,gold) $f" ;;
                esac
            done
            echo '%dir %attr(0750,gold,gold) /var/lib/gold'
            echo '%dir %attr(0750,gold,gold) /var/log/gold'
            echo '/usr/share/gold'
            (cd "$pkg" && find usr -path usr/share/gold -prune -o \( -type f -o -type l \) -print | sort | sed 's|^|/|')
        } > "$spec"
        rpmbuild -bb --quiet --target x86_64 --define "_topdir $work/rpmbuild" --define "_rpmdir $out" \
            --define '_build_name_fmt %%{NAME}-%%{VERSION}-%%{RELEASE}.%%{ARCH}.rpm' "$spec" >/dev/null 2>"$work/rpmbuild.log" ||
            { cat "$work/rpmbuild.log" >&2; exit 1; }
        echo "$out/gold-${version}-${release}.x86_64.rpm"
        ;;
    *) echo "package: unknown format $format" >&2; exit 2 ;;
    esac
done
