package gold.server.engine;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/**
 * Converts the time words of metadata defaults ({@code -infinity}, {@code infinity}, {@code now},
 * {@code YYYY-MM-DD[ hh:mm:ss]}) to epoch seconds (docs/data-model.md, Data types); anything else passes through.
 */
final class TimeWords {
    static final long INFINITY = 2147483647L;
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private TimeWords() {
    }

    static String toEpoch(String value, long now) {
        switch (value) {
            case "-infinity":
                return "0";
            case "infinity":
                return String.valueOf(INFINITY);
            case "now":
                return String.valueOf(now);
            default:
                break;
        }
        try {
            if (value.length() == 10) {
                return String.valueOf(LocalDate.parse(value).atStartOfDay(ZoneId.systemDefault()).toEpochSecond());
            }
            return String.valueOf(LocalDateTime.parse(value, DATE_TIME).atZone(ZoneId.systemDefault()).toEpochSecond());
        } catch (DateTimeParseException e) {
            return value;
        }
    }
}
