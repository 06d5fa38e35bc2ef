# Gold: source from a login shell to put the Gold commands on PATH.
GOLD_HOME=@PREFIX@
case "$PATH" in *gold/sbin*) ;; *) PATH="$PATH:$GOLD_HOME/sbin" ;; esac
case "$PATH" in *gold/bin*) ;; *) PATH="$PATH:$GOLD_HOME/bin" ;; esac
export GOLD_HOME PATH
# completion of the Gold commands' options (and of user, project and machine names, cached per user)
if [ -n "${BASH_VERSION:-}" ] && [ -r "$GOLD_HOME/completion/gold.bash" ]; then
    . "$GOLD_HOME/completion/gold.bash"
elif [ -n "${ZSH_VERSION:-}" ] && [ -r "$GOLD_HOME/completion/_gold" ]; then
    # zsh syntax, hidden from sh by eval
    eval 'fpath=("$GOLD_HOME/completion" $fpath)
        if (( $+functions[compdef] )); then autoload -Uz _gold && compdef _gold $(sed -n "1s/^#compdef //p" "$GOLD_HOME/completion/_gold"); fi'
fi
