package gold.shell;

import java.util.Optional;

/**
 * The operators of a goldsh predicate: comparisons make a {@code <Where>},
 * {@code =}, {@code +=} and {@code -=} a {@code <Set>}, {@code :=} and {@code :!} an
 * {@code <Option>}. {@link #wire()} is the {@code op} attribute sent ("" for none).
 */
enum Operator {
    EQ("==", Kind.CONDITION, "EQ"),
    NE("!=", Kind.CONDITION, "NE"),
    LT("<", Kind.CONDITION, "LT"),
    GT(">", Kind.CONDITION, "GT"),
    LE("<=", Kind.CONDITION, "LE"),
    GE(">=", Kind.CONDITION, "GE"),
    MATCH("~", Kind.CONDITION, "Match"),
    ASSIGN("=", Kind.ASSIGNMENT, ""),
    INC("+=", Kind.ASSIGNMENT, "Inc"),
    DEC("-=", Kind.ASSIGNMENT, "Dec"),
    OPTION(":=", Kind.OPTION, ""),
    NOT(":!", Kind.OPTION, "Not");

    /** Which request element a predicate with this operator becomes. */
    enum Kind { CONDITION, ASSIGNMENT, OPTION }

    private final String symbol;
    private final Kind kind;
    private final String wire;

    Operator(String symbol, Kind kind, String wire) {
        this.symbol = symbol;
        this.kind = kind;
        this.wire = wire;
    }

    Kind kind() {
        return kind;
    }

    String wire() {
        return wire;
    }

    /** The operator written {@code symbol}, empty for a well-formed but unknown one ({@code !}, {@code ~=}, ...). */
    static Optional<Operator> bySymbol(String symbol) {
        for (Operator op : values()) {
            if (op.symbol.equals(symbol)) {
                return Optional.of(op);
            }
        }
        return Optional.empty();
    }
}
