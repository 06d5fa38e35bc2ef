#!/bin/sh
# Gold allocation manager: SysV init script (Debian and RHEL alike).
# chkconfig: 2345 94 6
# description: Gold web portal and JSON API
### BEGIN INIT INFO
# Provides:          goldweb
# Required-Start:    $network $remote_fs gold
# Required-Stop:     $network $remote_fs
# Default-Start:     2 3 4 5
# Default-Stop:      0 1 6
# Short-Description: Gold web portal and JSON API
### END INIT INFO
GOLD_HOME=${GOLD_HOME:-@PREFIX@}
GOLD_USER=${GOLD_USER:-@USER@}
export GOLD_HOME
GOLDWEB="$GOLD_HOME/sbin/goldweb"

# Runs goldd as GOLD_USER exactly once, with its stderr and exit status: the tool is chosen by what
# the system has (runuser on util-linux, else su), never by how goldd itself exited.
as_gold() {
    if [ "$(id -un)" = "$GOLD_USER" ]; then
        "$@"
    elif command -v runuser >/dev/null 2>&1; then
        runuser -u "$GOLD_USER" -- "$@"
    else
        su -s /bin/sh "$GOLD_USER" -c 'exec "$0" "$@"' -- "$@"
    fi
}

case "$1" in
    start)   printf 'Starting goldweb: ';      as_gold "$GOLDWEB" --start; rc=$? ;;
    stop)    printf 'Shutting down goldweb: '; as_gold "$GOLDWEB" --stop; rc=$? ;;
    restart) "$0" stop; "$0" start; rc=$? ;;
    status)  "$GOLDWEB" --status; rc=$? ;;
    *)       echo "Usage: $0 {start|stop|restart|status}"; rc=1 ;;
esac
exit $rc
