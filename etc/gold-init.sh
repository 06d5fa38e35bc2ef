# The body shared by Gold's SysV init scripts (etc/gold.d for goldd, etc/goldweb.d for goldweb),
# installed as libexec/gold-init.sh and sourced by them: gold_init NAME PROGRAM ACTION.
# The script sets GOLD_HOME (exported) and GOLD_USER first; restart runs the calling script ($0) again.

# Runs a program as GOLD_USER exactly once, with its stderr and exit status: the tool is chosen by what
# the system has (runuser on util-linux, else su), never by how the program itself exited.
as_gold() {
    if [ "$(id -un)" = "$GOLD_USER" ]; then
        "$@"
    elif command -v runuser >/dev/null 2>&1; then
        runuser -u "$GOLD_USER" -- "$@"
    else
        su -s /bin/sh "$GOLD_USER" -c 'exec "$0" "$@"' -- "$@"
    fi
}

# gold_init NAME PROGRAM ACTION: start, stop, restart or status of PROGRAM (sbin/goldd ...), exits with its status.
gold_init() {
    case "$3" in
        start)   printf 'Starting %s: ' "$1";      as_gold "$2" --start; rc=$? ;;
        stop)    printf 'Shutting down %s: ' "$1"; as_gold "$2" --stop; rc=$? ;;
        restart) "$0" stop; "$0" start; rc=$? ;;
        status)  "$2" --status; rc=$? ;;
        *)       echo "Usage: $0 {start|stop|restart|status}"; rc=1 ;;
    esac
    exit $rc
}
