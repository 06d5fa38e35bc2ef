package gold.client;

import gold.protocol.Assignment;
import gold.protocol.Condition;
import gold.protocol.Option;
import gold.protocol.Request;
import gold.protocol.Row;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Time values between people and the wire: before sending, every assignment,
 * condition, option and datum field whose name ends in {@code Time} becomes epoch seconds
 * ({@code -infinity} 0, {@code infinity} 2147483647, {@code now}, or the first
 * {@code YYYY-MM-DD[ hh:mm:ss]} in the value, in the local zone); in replies such fields become
 * {@code YYYY-MM-DD[ hh:mm:ss]} again. Other values pass unchanged.
 */
public final class TimeValues {
    /** The wire value of "infinity"; it compares as +infinity (docs/differences.md). */
    public static final String INFINITY = "2147483647";

    private static final Pattern STAMP = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})( (\\d{2}):(\\d{2}):(\\d{2}))?");
    private static final Pattern DIGITS = Pattern.compile("[0-9]+");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd");
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private final Clock clock;

    public TimeValues(Clock clock) {
        this.clock = clock;
    }

    /** The system clock in the local time zone. */
    public static TimeValues system() {
        return new TimeValues(Clock.systemDefaultZone());
    }

    public ZoneId zone() {
        return clock.getZone();
    }

    public long now() {
        return clock.instant().getEpochSecond();
    }

    public Instant instant() {
        return clock.instant();
    }

    /** True for the names the conversion applies to. */
    public static boolean isTimeName(String name) {
        return name.endsWith("Time");
    }

    /** Human form to the wire; values that are not times pass unchanged. */
    public String toWire(String value) {
        switch (value) {
            case "-infinity":
                return "0";
            case "infinity":
                return INFINITY;
            case "now":
                return Long.toString(now());
            default:
                break;
        }
        Matcher m = STAMP.matcher(value);
        if (!m.find()) {
            return value;
        }
        try {
            LocalDate date = LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                    Integer.parseInt(m.group(3)));
            LocalTime time = m.group(4) == null ? LocalTime.MIDNIGHT
                    : LocalTime.of(Integer.parseInt(m.group(5)), Integer.parseInt(m.group(6)),
                            Integer.parseInt(m.group(7)));
            return Long.toString(ZonedDateTime.of(date, time, zone()).toEpochSecond());
        } catch (DateTimeException e) {
            // An impossible date (2005-13-45) goes to the server as typed, which answers with 317.
            return value;
        }
    }

    /** Wire form to human form: 0 is -infinity, 2147483647 infinity, other digits a local date. */
    public String fromWire(String value) {
        if (!DIGITS.matcher(value).matches()) {
            return value;
        }
        if (value.equals("0")) {
            return "-infinity";
        }
        if (value.equals(INFINITY)) {
            return "infinity";
        }
        long epoch;
        try {
            epoch = Long.parseLong(value);
        } catch (NumberFormatException e) {
            return value;
        }
        LocalDateTime t = LocalDateTime.ofInstant(Instant.ofEpochSecond(epoch), zone());
        return t.toLocalTime().equals(LocalTime.MIDNIGHT) ? t.format(DATE) : t.format(DATE_TIME);
    }

    /** Converts every time-named assignment, condition, option and datum field of a request. */
    public Request toWire(Request request) {
        Request.Builder b = Request.builder();
        request.objects().forEach(b::object);
        b.action(request.action()).actor(request.actor()).chunking(request.chunking())
                .chunkSize(request.chunkSize()).requestKey(request.requestKey());
        request.selections().forEach(b::get);
        for (Assignment a : request.assignments()) {
            b.set(isTimeName(a.name()) ? new Assignment(a.name(), a.op(), toWire(a.value())) : a);
        }
        for (Condition c : request.conditions()) {
            b.where(isTimeName(c.name()) ? new Condition(c.conj(), c.group(), c.object(), c.name(), c.op(),
                    c.subject(), toWire(c.value())) : c);
        }
        for (Option o : request.options()) {
            b.option(isTimeName(o.name()) ? new Option(o.name(), o.op(), toWire(o.value())) : o);
        }
        for (Row row : request.data()) {
            List<Row.Field> fields = new ArrayList<>();
            for (Row.Field f : row.fields()) {
                fields.add(isTimeName(f.name()) ? new Row.Field(f.name(), toWire(f.value())) : f);
            }
            b.data(new Row(row.name(), fields));
        }
        return b.build();
    }
}
