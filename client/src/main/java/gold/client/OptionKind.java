package gold.client;

/**
 * What an option does with the command line: a flag, a string or integer
 * value, a {@code key=value} map ({@code -X}), or one of the supplement flags that swallow the
 * following {@code key=value} words into one request element.
 */
public enum OptionKind {
    /** No value; repeated occurrences are counted. */
    FLAG,
    /** Takes the next word (or {@code =value}) whatever it looks like. */
    STRING,
    /** Takes the next word, which must be an optionally signed integer. */
    INT,
    /** Takes {@code key=value}; occurrences accumulate into a map (later keys win). */
    MAP,
    /** Supplement {@code --get}: a selection. */
    GET,
    /** Supplement {@code --set}: an assignment. */
    SET,
    /** Supplement {@code --where}: a condition. */
    WHERE,
    /** Supplement {@code --option}: an option. */
    OPTION,
    /** Supplement {@code --job}: a {@code <Job>} datum. */
    JOB;

    /** True for the five supplement flags. */
    public boolean isSupplement() {
        return ordinal() >= GET.ordinal();
    }
}
