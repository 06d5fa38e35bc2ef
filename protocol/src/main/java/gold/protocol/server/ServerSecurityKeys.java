package gold.protocol.server;

import static gold.protocol.config.Setting.flag;
import static gold.protocol.config.Setting.integer;

import gold.protocol.config.Setting;

/**
 * The goldd.conf security keys the receive path ({@link ServerPolicy}) reads, defined here because that
 * path lives in this module; goldd's server registry lists them with its other keys.
 */
public final class ServerSecurityKeys {
    private ServerSecurityKeys() {
    }

    public static final Setting<Boolean> LEGACY_ACCEPT = flag("security.legacy.accept", true,
            "accept classic-suite requests next to GS2; `false` once every client uses gs2 (428 then)");
    public static final Setting<Boolean> GS2_ACCEPT = flag("security.gs2.accept", true, "accept GS2 requests");
    public static final Setting<Boolean> GS2_REQUIRE_ENCRYPTION = flag("security.gs2.require.encryption", false,
            "refuse unencrypted GS2 requests");
    public static final Setting<Integer> REPLAY_WINDOW = integer("security.replay.window", 300,
            Integer.MIN_VALUE, Integer.MAX_VALUE,
            "GS2: largest clock difference accepted (426) and half the time nonces are kept (427), in seconds; "
            + "values below 1 are raised to 1").documentedDefault("`300` s");
    public static final Setting<Integer> MAX_PLAINTEXT = integer("security.max.plaintext", 16 * 1024 * 1024,
            Integer.MIN_VALUE, Integer.MAX_VALUE,
            "largest decompressed plaintext of a classic encrypted request, in bytes; values below 1024 are "
            + "raised to 1024").documentedDefault("`16777216` (16 MiB)");
    public static final Setting<Integer> MAX_NODES = integer("security.max.nodes", 1_000_000,
            Integer.MIN_VALUE, Integer.MAX_VALUE,
            "largest number of XML nodes in a request; values below 100 are raised to 100");
}
