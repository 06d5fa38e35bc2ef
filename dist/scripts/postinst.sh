# After the files are unpacked (deb: postinst configure; rpm: %post 1|2). PKG_FORMAT is set above.
case "$PKG_FORMAT:$1" in deb:configure|rpm:*) ;; *) exit 0 ;; esac
# goldd runs as gold: it writes its pid file in /etc/gold (the tree's etc/), its logs and its embedded
# database; gold_init edits the configuration files. Everyone may read the configuration.
chown gold:gold /etc/gold /etc/gold/gold.conf /etc/gold/goldd.conf /var/lib/gold /var/log/gold
chmod 0755 /etc/gold
chmod 0750 /var/lib/gold /var/log/gold
# A fresh random shared key on first install, readable by gold and its group only; an upgrade keeps it.
if [ ! -s /etc/gold/auth_key ]; then
    (umask 077; head -c 32 /dev/urandom | base64 > /etc/gold/auth_key.new)
    chown gold:gold /etc/gold/auth_key.new
    chmod 0640 /etc/gold/auth_key.new
    mv /etc/gold/auth_key.new /etc/gold/auth_key
fi
# The unit and the init script are installed, not enabled or started; a server stopped by the upgrade restarts.
if [ -d /run/systemd/system ]; then systemctl daemon-reload >/dev/null 2>&1 || true; fi
if [ -e /var/lib/gold/.restart-after-upgrade ]; then
    rm -f /var/lib/gold/.restart-after-upgrade
    runuser -u gold -- /usr/share/gold/sbin/goldd --start >/dev/null 2>&1 || echo "gold: goldd did not restart after the upgrade" >&2
fi
exit 0
