# After the files are removed (deb: postrm remove|purge|...; rpm: %postun 0|1). PKG_FORMAT is set above.
# Removal keeps configuration, data and logs. Purge (deb) removes the configuration (dpkg removes the
# conffiles; the key and pid file are ours) and the logs, never the accounting data in /var/lib/gold,
# nor the user gold, which may own files elsewhere.
case "$PKG_FORMAT:$1" in
    deb:purge)
        rm -rf /etc/gold
        rm -rf /var/log/gold
        ;;
esac
if [ -d /run/systemd/system ]; then systemctl daemon-reload >/dev/null 2>&1 || true; fi
exit 0
