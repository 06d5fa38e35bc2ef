package gold.server.meta;

import gold.protocol.Code;

import java.util.regex.Pattern;

/** The attribute data types of the metadata (docs/data-model.md, Data types) and how values of each are checked. */
public enum DataType {
    AutoGen, TimeStamp, Boolean, Float, Integer, Currency, String;

    private static final Pattern INTEGER = Pattern.compile("-?\\d+");
    private static final Pattern FLOAT = Pattern.compile("-?\\d*\\.?\\d*([eE][-+]?\\d+)?");
    private static final Pattern DIGITS = Pattern.compile("\\d+");

    /** Parses a metadata DataType value; unknown or empty values mean String, as in the original. */
    public static DataType of(String name) {
        for (DataType t : values()) {
            if (t.name().equals(name)) {
                return t;
            }
        }
        return String;
    }

    /** True for types stored as integers (ids, counters, epoch seconds). */
    public boolean integral() {
        return this == AutoGen || this == TimeStamp || this == Integer;
    }

    /** True for types stored as doubles. */
    public boolean floating() {
        return this == Float || this == Currency;
    }

    /** Checks a value given for an attribute of this type (317 on a bad value; "NULL" is always allowed). */
    public void check(String attribute, String value) {
        if (value.equals("NULL")) {
            return;
        }
        switch (this) {
            case Boolean -> require(value.equals("True") || value.equals("False"), "boolean", attribute, value);
            case Integer -> require(INTEGER.matcher(value).matches(), "integer", attribute, value);
            case Float, Currency -> require(!value.isEmpty() && !value.equals("-") && !value.equals(".")
                    && FLOAT.matcher(value).matches(), "float", attribute, value);
            case TimeStamp -> require(DIGITS.matcher(value).matches(), "time stamp", attribute, value);
            default -> { }
        }
    }

    private static void require(boolean ok, String kind, String attribute, String value) {
        if (!ok) {
            throw Code.INVALID_VALUE.exception("Invalid " + kind + " value for " + attribute + ": (" + value + ")");
        }
    }
}
