package gold.shell;

/** The DESCRIPTION section of {@code goldsh --man}: the control language and the shell's modes. */
final class Manual {
    private Manual() {
    }

    static final String DESCRIPTION = String.join("\n\n",
            "goldsh sends any request to the Gold server: any object, any action, any conditions,"
                    + " assignments, options and selections. A command is Object[,Object...] Action followed by"
                    + " predicates of the form [conjunction] [(...] [Object.]Name operator value [)...].",
            "Operators: == != < > <= >= and ~ (match with * and ? wildcards) make conditions; = += -= make"
                    + " assignments of Create and Modify; := and :! (not) make options. Conjunctions between"
                    + " conditions are && (and, the default), || (or), &&! and ||! (and not, or not) and ! (and"
                    + " not); parentheses group conditions.",
            "A value containing blanks, parentheses, '|', '&' or a leading operator character must be in"
                    + " double quotes; there is no escape for a double quote. An unquoted condition value with"
                    + " exactly one dot inside, such as AccountProject.Account, compares with an attribute of"
                    + " another object of the command; quote values such as \"0.5\" or \"PBS.10\".",
            "Special options: Show:=\"Name,Sort(Name),Sum(Amount),Object.Name\" chooses the columns;"
                    + " ShowUsage:=True prints the syntax of a request; ShowHidden, Time, Unique, Limit and"
                    + " Offset shape a Query; Data:=\"<Job>...</Job>\" passes a job document. Values of names"
                    + " ending in Time may be YYYY-MM-DD[ hh:mm:ss], now, infinity or -infinity.",
            "With command words goldsh runs them as one command; remember that your shell removes one level"
                    + " of quotes. Without them it reads one command per line from standard input: on a terminal"
                    + " with the gold> prompt, line editing, history (the last 51 lines, kept in"
                    + " $GOLD_HOME/log/.gold_history.<login name>) and tab completion of object, action and attribute names; from a file or pipe without prompt or echo. Everything"
                    + " after # is a comment. The lines q, quit and exit end the session.",
            "Errors in a command do not end the session. The exit status is the code / 10 of the last failing"
                    + " command (31 for a command goldsh cannot parse, 2 for an unknown option), 0 when every"
                    + " command succeeded; --compat-exit always exits with 0 as the classic goldsh did.");
}
