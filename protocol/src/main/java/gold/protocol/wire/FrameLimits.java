package gold.protocol.wire;

/**
 * Hard limits for reading one message (docs/differences.md, Protocol and security): longest header or size line, most header
 * lines, largest payload. Checked before anything is allocated for the payload.
 */
public record FrameLimits(int maxLineBytes, int maxHeaderLines, int maxPayloadBytes) {
    /** Header line ≤ 8 KiB. */
    public static final int DEFAULT_MAX_LINE = 8 * 1024;
    /** ≤ 32 header lines. */
    public static final int DEFAULT_MAX_HEADERS = 32;
    /** Payload ≤ 64 MiB. */
    public static final int DEFAULT_MAX_PAYLOAD = 64 * 1024 * 1024;

    public FrameLimits {
        if (maxLineBytes < 64 || maxHeaderLines < 1 || maxPayloadBytes < 1) {
            throw new IllegalArgumentException("frame limits too small");
        }
    }

    public static FrameLimits defaults() {
        return new FrameLimits(DEFAULT_MAX_LINE, DEFAULT_MAX_HEADERS, DEFAULT_MAX_PAYLOAD);
    }

    public FrameLimits withMaxPayload(int bytes) {
        return new FrameLimits(maxLineBytes, maxHeaderLines, bytes);
    }
}
