package gold.protocol.client;

import gold.protocol.GoldConfig;
import gold.protocol.config.SharedKeys;
import gold.protocol.security.Token;
import gold.protocol.wire.FrameLimits;
import gold.protocol.xml.XmlOptions;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.function.LongSupplier;

/**
 * What a client needs to talk to a server (docs/configuration.md, gold.conf, docs/differences.md): server, port and
 * backup, signing/encryption switches, security mode ({@code legacy} or {@code gs2}), chunking, XML
 * namespaces, the shared key or a Password token, deadlines (connect 5 s, reply 60 s) and how long a
 * request refused with 730 by every server is retried while the database changes primary (as long as
 * the reply deadline unless set; zero fails at once). Built from
 * gold.conf with {@link #from(GoldConfig, String)}; the setters adjust one value and return this.
 * The defaults are those of {@link ClientKeys}.
 */
public final class ClientSettings {
    /** Default connect deadline (docs/differences.md). */
    public static final Duration DEFAULT_CONNECT_TIMEOUT = ClientKeys.CLIENT_CONNECT_TIMEOUT.defaultValue();
    /** Default reply deadline (docs/differences.md). */
    public static final Duration DEFAULT_REPLY_TIMEOUT = ClientKeys.CLIENT_REPLY_TIMEOUT.defaultValue();
    /** Largest reply chunk accepted: 256 MiB. */
    public static final int DEFAULT_MAX_REPLY_CHUNK = 256 * 1024 * 1024;

    /** Security suite a client speaks. */
    public enum Mode { LEGACY, GS2 }

    private String host = SharedKeys.SERVER_HOST.defaultValue();
    private int port = SharedKeys.SERVER_PORT.defaultValue();
    private String backup = ClientKeys.SERVER_BACKUP.defaultValue();
    private boolean authentication = SharedKeys.SECURITY_AUTHENTICATION.defaultValue();
    private boolean encryption;
    private Mode mode = ClientKeys.SECURITY_MODE.defaultValue();
    private boolean chunking;
    private int chunkSize;
    private XmlOptions xml = XmlOptions.plain();
    private String authKey = "";
    private Token passwordToken;
    private Duration connectTimeout = DEFAULT_CONNECT_TIMEOUT;
    private Duration replyTimeout = DEFAULT_REPLY_TIMEOUT;
    /** Null: as long as the reply deadline. */
    private Duration failoverWait;
    private FrameLimits limits = FrameLimits.defaults().withMaxPayload(DEFAULT_MAX_REPLY_CHUNK);
    private LongSupplier clock = () -> System.currentTimeMillis() / 1000;
    private boolean keysHonoured;

    /**
     * Settings from gold.conf, every key read through the client registry {@link ClientKeys} (defaults
     * and meanings there and in docs/configuration.md); {@code authKey} is the first line of auth_key.
     * A {@code server.port} that is not a port number is kept as {@link ServerAddress#INVALID_PORT}, so
     * sending fails with 214 as the classic client did.
     */
    public static ClientSettings from(GoldConfig conf, String authKey) {
        ClientSettings s = new ClientSettings();
        s.host = conf.get(SharedKeys.SERVER_HOST);
        s.port = conf.has(SharedKeys.SERVER_PORT.key())
                ? ServerAddress.port(conf.get(SharedKeys.SERVER_PORT.key(), "")) : SharedKeys.SERVER_PORT.defaultValue();
        s.backup = conf.get(ClientKeys.SERVER_BACKUP);
        s.authentication = conf.get(SharedKeys.SECURITY_AUTHENTICATION);
        s.encryption = conf.get(SharedKeys.SECURITY_ENCRYPTION);
        s.mode = conf.get(ClientKeys.SECURITY_MODE);
        s.chunking = conf.get(ClientKeys.RESPONSE_CHUNKING);
        s.chunkSize = conf.get(SharedKeys.RESPONSE_CHUNKSIZE);
        s.xml = XmlOptions.from(conf);
        s.authKey = Objects.requireNonNull(authKey, "authKey");
        s.keysHonoured = conf.get(ClientKeys.SERVER_KEYS_HONOURED);
        s.connectTimeout = conf.get(ClientKeys.CLIENT_CONNECT_TIMEOUT);
        s.replyTimeout = conf.get(ClientKeys.CLIENT_REPLY_TIMEOUT);
        s.failoverWait = conf.get(ClientKeys.CLIENT_FAILOVER_WAIT);
        return s;
    }

    public String host() { return host; }
    /** The configured port; {@link ServerAddress#INVALID_PORT} when gold.conf's text is not a port (214 when sending). */
    public int port() { return port; }
    /** The backup host, "NONE" when there is none. */
    public String backup() { return backup; }
    public boolean hasBackup() { return !backup.isEmpty() && !backup.equals("NONE"); }
    /** The primary server: {@code server.host} on {@code server.port}. */
    public ServerAddress primary() { return new ServerAddress(host, port); }
    /** The backups of {@code server.backup} in order ({@code host[:port]}, the port defaulting to server.port). */
    public List<ServerAddress> backups() { return ServerAddress.backups(backup, port); }
    /** True when the site declares that every configured server honours request keys. */
    public boolean keysHonoured() { return keysHonoured; }
    public boolean authentication() { return authentication; }
    public boolean encryption() { return encryption; }
    public Mode mode() { return mode; }
    public boolean chunking() { return chunking; }
    public int chunkSize() { return chunkSize; }
    public XmlOptions xml() { return xml; }
    public String authKey() { return authKey; }
    public Duration connectTimeout() { return connectTimeout; }
    public Duration replyTimeout() { return replyTimeout; }
    /**
     * How long, from the first attempt, a request that every server refused with 730 (database
     * unavailable) is retried with back-off: {@code client.failover.wait}, by default the reply deadline.
     */
    public Duration failoverWait() { return failoverWait != null ? failoverWait : replyTimeout; }
    public FrameLimits limits() { return limits; }
    public LongSupplier clock() { return clock; }

    /** The token requests are signed and encrypted with: the Password token if set, else Symmetric. */
    public Token token() {
        return passwordToken != null ? passwordToken : Token.symmetric(authKey);
    }

    public ClientSettings host(String h) { host = Objects.requireNonNull(h); return this; }
    /** A port given as text, by the {@code server.port} rule (an invalid one fails sending with 214). */
    public ClientSettings port(String p) { port = ServerAddress.port(Objects.requireNonNull(p)); return this; }
    public ClientSettings port(int p) { port = p; return this; }
    public ClientSettings backup(String b) { backup = b == null || b.isEmpty() ? "NONE" : b; return this; }
    public ClientSettings authentication(boolean a) { authentication = a; return this; }
    public ClientSettings encryption(boolean e) { encryption = e; return this; }
    public ClientSettings mode(Mode m) { mode = Objects.requireNonNull(m); return this; }
    public ClientSettings chunking(boolean c) { chunking = c; return this; }
    public ClientSettings chunkSize(int s) { chunkSize = Math.max(0, s); return this; }
    public ClientSettings xml(XmlOptions x) { xml = Objects.requireNonNull(x); return this; }
    public ClientSettings authKey(String k) { authKey = Objects.requireNonNull(k); return this; }

    /** Sign (and encrypt) with the user's own password instead of the shared key (a Password token). */
    public ClientSettings passwordToken(String user, String password) {
        passwordToken = Token.password(user, password);
        return this;
    }

    /** Sign (and encrypt) with a per-user API token's derived key, acting as its owner. */
    public ClientSettings apiToken(String user, String id, String key) {
        passwordToken = Token.apiToken(user, id, key);
        return this;
    }

    public ClientSettings keysHonoured(boolean k) { keysHonoured = k; return this; }
    public ClientSettings connectTimeout(Duration d) { connectTimeout = positive(d); return this; }
    public ClientSettings replyTimeout(Duration d) { replyTimeout = positive(d); return this; }
    /** Zero fails at once on a 730 from every server, as the classic client did. */
    public ClientSettings failoverWait(Duration d) {
        if (d == null || d.isNegative()) {
            throw new IllegalArgumentException("failover wait must not be negative");
        }
        failoverWait = d;
        return this;
    }
    public ClientSettings limits(FrameLimits l) { limits = Objects.requireNonNull(l); return this; }
    /** The epoch-seconds clock GS2 timestamps use (tests). */
    public ClientSettings clock(LongSupplier c) { clock = Objects.requireNonNull(c); return this; }

    private static Duration positive(Duration d) {
        if (d == null || d.isNegative() || d.isZero()) {
            throw new IllegalArgumentException("timeout must be positive");
        }
        return d;
    }

    /** A copy, so a caller can adjust settings per request without touching shared ones. */
    public ClientSettings copy() {
        ClientSettings c = new ClientSettings();
        c.host = host; c.port = port; c.backup = backup; c.authentication = authentication;
        c.encryption = encryption; c.mode = mode; c.chunking = chunking; c.chunkSize = chunkSize; c.xml = xml;
        c.authKey = authKey; c.passwordToken = passwordToken; c.connectTimeout = connectTimeout;
        c.replyTimeout = replyTimeout; c.failoverWait = failoverWait; c.limits = limits; c.clock = clock; c.keysHonoured = keysHonoured;
        return c;
    }
}
