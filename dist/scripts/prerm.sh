# Before the files are removed (deb: prerm remove; rpm: %preun 0). PKG_FORMAT is set above.
# A running portal and server are stopped (the portal first: it is goldd's client); the data stays.
case "$PKG_FORMAT:$1" in
    deb:remove|rpm:0)
        for program in goldweb goldd; do
            if [ -x /usr/share/gold/sbin/$program ] && runuser -u gold -- /usr/share/gold/sbin/$program --status >/dev/null 2>&1; then
                runuser -u gold -- /usr/share/gold/sbin/$program --stop >/dev/null 2>&1 || true
            fi
        done
        ;;
esac
exit 0
