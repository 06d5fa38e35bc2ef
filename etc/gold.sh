# Gold: source from a login shell to put the Gold commands on PATH.
GOLD_HOME=@PREFIX@
case "$PATH" in *gold/sbin*) ;; *) PATH="$PATH:$GOLD_HOME/sbin" ;; esac
case "$PATH" in *gold/bin*) ;; *) PATH="$PATH:$GOLD_HOME/bin" ;; esac
export GOLD_HOME PATH
