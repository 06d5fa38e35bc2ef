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
. "$GOLD_HOME/libexec/gold-init.sh"
gold_init gold "$GOLD_HOME/sbin/goldd" "$1"
