# Before the files are unpacked (deb: preinst install|upgrade; rpm: %pre 1|2). PKG_FORMAT is set above.
# The system user gold runs goldd and owns configuration, data and logs; an existing user is kept.
if ! getent passwd gold >/dev/null; then
    useradd --system --user-group --home-dir /var/lib/gold --no-create-home --shell /usr/sbin/nologin \
        --comment "Gold allocation manager" gold
fi
# An upgrade stops a running server before its jars are replaced, and notes it for postinst to start it again.
case "$PKG_FORMAT:$1" in
    deb:upgrade|rpm:2)
        if [ -x /usr/share/gold/sbin/goldd ] && runuser -u gold -- /usr/share/gold/sbin/goldd --status >/dev/null 2>&1; then
            runuser -u gold -- /usr/share/gold/sbin/goldd --stop >/dev/null 2>&1 || true
            touch /var/lib/gold/.restart-after-upgrade
        fi
        ;;
esac
exit 0
