package gold.protocol.client;

import gold.protocol.config.InvalidSettingException;
import gold.protocol.config.SharedKeys;
import java.util.ArrayList;
import java.util.List;

/**
 * One server a client may talk to: a host and its port, {@link #INVALID_PORT} when the configured text is
 * not a port number (the send then fails with 214, as the classic client did). Backups come from
 * {@code server.backup}: one or more {@code host[:port]} separated by commas or blanks, the port
 * defaulting to {@code server.port} as in the classic client; {@code NONE} (or nothing) means none.
 */
public record ServerAddress(String host, int port) {
    /** The port of an address whose configured port text is not a port number. */
    public static final int INVALID_PORT = -1;

    /** The port of a configured text by the {@code server.port} rule, {@link #INVALID_PORT} when it is not one. */
    public static int port(String text) {
        try {
            return SharedKeys.SERVER_PORT.parse(text);
        } catch (InvalidSettingException e) {
            return INVALID_PORT;
        }
    }

    /** The backups named by a {@code server.backup} value, in order; empty for NONE. */
    public static List<ServerAddress> backups(String value, int defaultPort) {
        List<ServerAddress> out = new ArrayList<>();
        String v = value == null ? "" : value.strip();
        if (v.isEmpty() || v.equals("NONE")) {
            return out;
        }
        for (String item : v.split("[\\s,]+")) {
            int colon = item.lastIndexOf(':');
            out.add(colon > 0 ? new ServerAddress(item.substring(0, colon), port(item.substring(colon + 1)))
                    : new ServerAddress(item, defaultPort));
        }
        return out;
    }

    @Override
    public String toString() {
        return host + ":" + port;
    }
}
