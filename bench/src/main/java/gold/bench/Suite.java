package gold.bench;

import gold.protocol.client.ClientSettings.Mode;

import java.util.List;

/** A security suite the load clients speak: classic (legacy) or GS2 signing, with or without encryption. */
public record Suite(String label, Mode mode, boolean encryption) {
    public static final Suite CLASSIC = new Suite("classic", Mode.LEGACY, false);
    public static final Suite CLASSIC_ENCRYPTED = new Suite("classic+enc", Mode.LEGACY, true);
    public static final Suite GS2 = new Suite("gs2", Mode.GS2, false);
    public static final Suite GS2_ENCRYPTED = new Suite("gs2+enc", Mode.GS2, true);

    public static List<Suite> all() {
        return List.of(CLASSIC, CLASSIC_ENCRYPTED, GS2, GS2_ENCRYPTED);
    }
}
