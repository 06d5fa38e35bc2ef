# Before the files are removed (deb: prerm remove; rpm: %preun 0). PKG_FORMAT is set above.
# A running server is stopped; its data stays.
case "$PKG_FORMAT:$1" in
    deb:remove|rpm:0)
        if [ -x /usr/share/gold/sbin/goldd ] && runuser -u gold -- /usr/share/gold/sbin/goldd --status >/dev/null 2>&1; then
            runuser -u gold -- /usr/share/gold/sbin/goldd --stop >/dev/null 2>&1 || true
        fi
        ;;
esac
exit 0
