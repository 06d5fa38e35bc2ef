package gold.client;

/**
 * The renderer's state: output format, {@code quiet}, {@code verbose} (data rows are
 * printed only when true), the time division (1, or 3600 with {@code --hours}) and the decimals of
 * currency columns (2 with hours, else {@code currency.precision}).
 */
public record DisplayOptions(OutputFormat format, boolean quiet, boolean verbose, int timeDivision, int precision) {
    public DisplayOptions {
        if (timeDivision <= 0) {
            throw new IllegalArgumentException("time division must be positive");
        }
        if (precision < 0) {
            throw new IllegalArgumentException("precision must not be negative");
        }
    }

    /** Options with the precision rule applied: 2 decimals in hours mode, else the configured precision. */
    public static DisplayOptions of(OutputFormat format, boolean quiet, boolean verbose, boolean hours, int currencyPrecision) {
        return new DisplayOptions(format, quiet, verbose, hours ? 3600 : 1, hours ? 2 : currencyPrecision);
    }

    public DisplayOptions withVerbose(boolean v) {
        return new DisplayOptions(format, quiet, v, timeDivision, precision);
    }

    public DisplayOptions withHours(boolean hours, int currencyPrecision) {
        return of(format, quiet, verbose, hours, currencyPrecision);
    }
}
