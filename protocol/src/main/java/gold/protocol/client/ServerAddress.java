package gold.protocol.client;

import java.util.ArrayList;
import java.util.List;

/**
 * One server a client may talk to: a host and the port text (validated when sending, 214). Backups
 * come from {@code server.backup}: one or more {@code host[:port]} separated by commas or blanks, the
 * port defaulting to {@code server.port} as in the classic client; {@code NONE} (or nothing) means none.
 */
public record ServerAddress(String host, String port) {
    /** The backups named by a {@code server.backup} value, in order; empty for NONE. */
    public static List<ServerAddress> backups(String value, String defaultPort) {
        List<ServerAddress> out = new ArrayList<>();
        String v = value == null ? "" : value.strip();
        if (v.isEmpty() || v.equals("NONE")) {
            return out;
        }
        for (String item : v.split("[\\s,]+")) {
            int colon = item.lastIndexOf(':');
            out.add(colon > 0 ? new ServerAddress(item.substring(0, colon), item.substring(colon + 1))
                    : new ServerAddress(item, defaultPort));
        }
        return out;
    }

    @Override
    public String toString() {
        return host + ":" + port;
    }
}
