package gold.protocol.config;

import static gold.protocol.config.Setting.flag;
import static gold.protocol.config.Setting.integer;
import static gold.protocol.config.Setting.port;
import static gold.protocol.config.Setting.text;

/**
 * The keys both gold.conf (clients) and goldd.conf (server) read, each defined once. The client keys
 * are in {@code gold.protocol.client.ClientKeys}, the server's in goldd's {@code gold.server.config.ServerKeys}.
 */
public final class SharedKeys {
    private SharedKeys() {
    }

    public static final Setting<String> SERVER_HOST = text("server.host", "localhost",
            "clients: the server to talk to, letters, digits, `-`, `_` and `.` only (212 otherwise); "
            + "goldd.conf: written by `gold_init`, the server listens on every address of `server.port`");
    public static final Setting<Integer> SERVER_PORT = port("server.port", 7112,
            "the port the workers share and clients connect to (clients: 214 when it is not a port number)");
    public static final Setting<Boolean> SECURITY_AUTHENTICATION = flag("security.authentication", true,
            "clients sign requests; goldd requires a valid signature (a present signature is always checked)");
    public static final Setting<Boolean> SECURITY_ENCRYPTION = flag("security.encryption", false,
            "clients encrypt requests and expect encrypted replies; goldd requires encrypted requests and "
            + "encrypts every reply");
    public static final Setting<Integer> RESPONSE_CHUNKSIZE = integer("response.chunksize", 0, 0, Integer.MAX_VALUE,
            "rows per reply chunk: clients ask for this many, goldd sends the smaller of its own and the "
            + "client's (`0`: no limit)").documentedDefault("`0` (none; the shipped goldd.conf: `100000`)");
    public static final Setting<Integer> CURRENCY_PRECISION = integer("currency.precision", 0, 0, 99,
            "decimals (0 to 99) of amounts in client output and in the bank's formatted replies");
    public static final Setting<Boolean> XML_USENAMESPACES = flag("xml.usenamespaces", false,
            "write the SSSRMAP namespace declarations on the Envelope (requests and replies)");
    public static final Setting<String> XML_NAMESPACE = text("xml.namespace",
            "http://www.scidac.org/ScalableSystems/SSSRMAP", "the namespace written then");
    public static final Setting<String> XML_INSTANCE = text("xml.instance",
            "http://www.w3.org/2001/XMLSchema-instance", "the schema-instance namespace written then");
}
