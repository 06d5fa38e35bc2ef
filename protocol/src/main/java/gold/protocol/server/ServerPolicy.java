package gold.protocol.server;

import gold.protocol.GoldConfig;
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
    public static final long DEFAULT_REPLAY_WINDOW = 300;
    public static final int DEFAULT_MAX_PLAINTEXT = 16 * 1024 * 1024;
    public static final int DEFAULT_MAX_NODES = 1_000_000;

    public static ServerPolicy from(GoldConfig c) {
        return new ServerPolicy(c.flag("security.authentication", true), c.flag("security.encryption", false),
                c.flag("security.legacy.accept", true), c.flag("security.gs2.accept", true),
                c.flag("security.gs2.require.encryption", false),
                Math.max(1, c.integer("security.replay.window", (int) DEFAULT_REPLAY_WINDOW)),
                Math.max(1024, c.integer("security.max.plaintext", DEFAULT_MAX_PLAINTEXT)),
                Math.max(100, c.integer("security.max.nodes", DEFAULT_MAX_NODES)), XmlOptions.from(c));
    }
}
