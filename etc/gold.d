#!/bin/sh
# Gold allocation manager: SysV init script (Debian and RHEL alike).
# chkconfig: 2345 93 7
# description: Gold allocation and accounting server
### BEGIN INIT INFO
# Provides:          gold
# Required-Start:    $network $remote_fs
# Required-Stop:     $network $remote_fs
# Default-Start:     2 3 4 5
# Default-Stop:      0 1 6
# Short-Description: Gold allocation and accounting server
### END INIT INFO
GOLD_HOME=${GOLD_HOME:-@PREFIX@}
GOLD_USER=${GOLD_USER:-@USER@}
export GOLD_HOME
GOLDD="$GOLD_HOME/sbin/goldd"

as_gold() {
    if [ "$(id -un)" = "$GOLD_USER" ]; then "$@"; else runuser -u "$GOLD_USER" -- "$@" 2>/dev/null || su -s /bin/sh "$GOLD_USER" -c "$*"; fi
}

case "$1" in
    start)   printf 'Starting gold: ';      as_gold "$GOLDD" --start; rc=$? ;;
    stop)    printf 'Shutting down gold: '; as_gold "$GOLDD" --stop; rc=$? ;;
    restart) "$0" stop; "$0" start; rc=$? ;;
    status)  "$GOLDD" --status; rc=$? ;;
    *)       echo "Usage: $0 {start|stop|restart|status}"; rc=1 ;;
esac
exit $rc
