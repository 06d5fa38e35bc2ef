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
. "$GOLD_HOME/libexec/gold-init.sh"
gold_init goldweb "$GOLD_HOME/sbin/goldweb" "$1"
