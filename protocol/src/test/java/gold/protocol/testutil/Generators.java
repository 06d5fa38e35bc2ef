package gold.protocol.testutil;

import gold.protocol.Assignment;
import gold.protocol.Condition;
import gold.protocol.ObjectRef;
import gold.protocol.Option;
import gold.protocol.Request;
import gold.protocol.Response;
import gold.protocol.Row;
import gold.protocol.Selection;
import gold.protocol.Status;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Seeded generators of requests and responses for property tests: every element kind, empty values,
 * characters that need escaping, whitespace, non-ASCII up to supplementary planes (all XML-legal).
 */
public final class Generators {
    private static final String[] ODD = {"&", "<", ">", "\"", "'", "\t", "\n", "\r", "\r\n", " ", "  ", "]]>",
        "&amp;", "é", "ü", "€", "日本", "😀", "\u00a0", "#", ";", "=", "/", "\\", "%", "{}", "$x", "--", "?>"};
    private static final String NAME_START = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
    private static final String NAME_REST = NAME_START + "0123456789_";

    private final Random rnd;

    public Generators(long seed) {
        this.rnd = new Random(seed);
    }

    public Random random() {
        return rnd;
    }

    /** A value: often empty or plain, sometimes full of characters that need escaping. */
    public String value() {
        int kind = rnd.nextInt(6);
        if (kind == 0) {
            return "";
        }
        StringBuilder sb = new StringBuilder();
        int parts = 1 + rnd.nextInt(kind == 5 ? 12 : 3);
        for (int i = 0; i < parts; i++) {
            if (kind >= 3 && rnd.nextBoolean()) {
                sb.append(ODD[rnd.nextInt(ODD.length)]);
            } else if (kind == 4 && rnd.nextInt(4) == 0) {
                sb.appendCodePoint(legalCodePoint());
            } else {
                sb.append(word());
            }
        }
        return sb.toString();
    }

    private int legalCodePoint() {
        while (true) {
            int cp = rnd.nextInt(4) == 0 ? 0x10000 + rnd.nextInt(0x1000) : rnd.nextInt(0xFFFE);
            boolean legal = cp == 9 || cp == 10 || cp == 13 || (cp >= 0x20 && cp < 0xD800) || (cp > 0xDFFF && cp < 0xFFFE)
                    || cp >= 0x10000;
            if (legal) {
                return cp;
            }
        }
    }

    public String word() {
        StringBuilder sb = new StringBuilder();
        int n = 1 + rnd.nextInt(10);
        for (int i = 0; i < n; i++) {
            sb.append(NAME_REST.charAt(rnd.nextInt(36)));
        }
        return sb.toString();
    }

    /** An XML name (element names of Data rows and fields). */
    public String name() {
        StringBuilder sb = new StringBuilder().append(NAME_START.charAt(rnd.nextInt(NAME_START.length())));
        int n = rnd.nextInt(12);
        for (int i = 0; i < n; i++) {
            sb.append(NAME_REST.charAt(rnd.nextInt(NAME_REST.length())));
        }
        return sb.toString();
    }

    private String pick(String... options) {
        return options[rnd.nextInt(options.length)];
    }

    private String nonEmpty() {
        String v = value();
        return v.isEmpty() ? word() : v;
    }

    public Request request() {
        Request.Builder b = Request.builder().action(pick("Query", "Create", "Modify", "Delete", "Charge", "Base::Query",
                nonEmpty())).actor(nonEmpty());
        int objects = 1 + rnd.nextInt(3);
        for (int i = 0; i < objects; i++) {
            b.object(new ObjectRef(rnd.nextInt(5) == 0 ? value() : name(), rnd.nextBoolean() ? "" : value(),
                    pick("", "", "Left", "Inner", value())));
        }
        for (int i = rnd.nextInt(4); i > 0; i--) {
            b.get(new Selection(rnd.nextBoolean() ? "" : value(), value(),
                    pick("", "Sort", "Tros", "Count", "Sum", "Average", "Max", "Min", "GroupBy"), rnd.nextBoolean() ? "" : value()));
        }
        for (int i = rnd.nextInt(4); i > 0; i--) {
            b.set(new Assignment(value(), pick("", "Inc", "Dec"), value()));
        }
        for (int i = rnd.nextInt(5); i > 0; i--) {
            b.where(new Condition(pick("", "And", "Or", "AndNot", "OrNot"), pick("", "+1", "-1", "+2", "-2"),
                    rnd.nextBoolean() ? "" : value(), value(), pick("", "EQ", "NE", "GT", "GE", "LT", "LE", "Match", "G"),
                    rnd.nextInt(4) == 0 ? value() : "", value()));
        }
        for (int i = rnd.nextInt(4); i > 0; i--) {
            b.option(new Option(value(), pick("", "", "Not"), value()));
        }
        for (int i = rnd.nextInt(3); i > 0; i--) {
            b.data(row());
        }
        b.chunking(rnd.nextInt(3) == 0).chunkSize(rnd.nextInt(3) == 0 ? 1 + rnd.nextInt(100_000) : 0);
        if (rnd.nextBoolean()) {
            b.requestKey(word() + "-" + word());
        }
        return b.build();
    }

    public Row row() {
        Row.Builder r = new Row.Builder(name());
        for (int i = rnd.nextInt(8); i > 0; i--) {
            r.put(name(), value());
        }
        return r.build();
    }

    public Response response() {
        String code = String.format("%03d", rnd.nextInt(1000));
        List<Row> rows = new ArrayList<>();
        for (int i = rnd.nextInt(5) == 0 ? 20 + rnd.nextInt(50) : rnd.nextInt(4); i > 0; i--) {
            rows.add(row());
        }
        int num = 1 + rnd.nextInt(4);
        int max = rnd.nextBoolean() ? 0 : rnd.nextBoolean() ? -1 : rnd.nextInt(5);
        Response r = new Response(Status.values()[rnd.nextInt(3)], code, value(), rnd.nextInt(3) == 0 ? -1 : rnd.nextInt(1000),
                rows, num, max, rnd.nextBoolean() ? "" : value(), rnd.nextBoolean() ? "" : word());
        return rnd.nextInt(4) == 0 ? r.withCount(rnd.nextInt(100_000) + "." + String.format("%02d", rnd.nextInt(100))) : r;
    }
}
