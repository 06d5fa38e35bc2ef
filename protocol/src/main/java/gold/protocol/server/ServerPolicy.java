package gold.protocol.server;

import gold.protocol.GoldConfig;
import gold.protocol.config.SharedKeys;
import gold.protocol.xml.XmlOptions;

/**
 * The goldd.conf security settings the receive path applies, with their defaults (docs/protocol.md,
 * Classic suite and GS2 suite; docs/configuration.md, Security): {@code security.authentication} true, {@code security.encryption} false,
 * {@code security.legacy.accept} true, {@code security.gs2.accept} true,
 * {@code security.gs2.require.encryption} false, {@code security.replay.window} 300 s, and the
 * largest decompressed classic plaintext accepted, {@code security.max.plaintext} 16 MiB, and the most XML
 * nodes in one request, {@code security.max.nodes} 1,000,000 (together they bound a worker's memory).
 */
public record ServerPolicy(boolean authentication, boolean encryption, boolean legacyAccept, boolean gs2Accept,
                           boolean gs2RequireEncryption, long replayWindowSeconds, int maxPlaintextBytes,
                           int maxNodes, XmlOptions xml) {
    public static final long DEFAULT_REPLAY_WINDOW = ServerSecurityKeys.REPLAY_WINDOW.defaultValue();
    public static final int DEFAULT_MAX_PLAINTEXT = ServerSecurityKeys.MAX_PLAINTEXT.defaultValue();
    public static final int DEFAULT_MAX_NODES = ServerSecurityKeys.MAX_NODES.defaultValue();

    /** Reads the keys of {@link ServerSecurityKeys} and the shared ones; too small limits are raised to the least usable. */
    public static ServerPolicy from(GoldConfig c) {
        return new ServerPolicy(c.get(SharedKeys.SECURITY_AUTHENTICATION), c.get(SharedKeys.SECURITY_ENCRYPTION),
                c.get(ServerSecurityKeys.LEGACY_ACCEPT), c.get(ServerSecurityKeys.GS2_ACCEPT),
                c.get(ServerSecurityKeys.GS2_REQUIRE_ENCRYPTION),
                Math.max(1, c.get(ServerSecurityKeys.REPLAY_WINDOW)),
                Math.max(1024, c.get(ServerSecurityKeys.MAX_PLAINTEXT)),
                Math.max(100, c.get(ServerSecurityKeys.MAX_NODES)), XmlOptions.from(c));
    }
}
