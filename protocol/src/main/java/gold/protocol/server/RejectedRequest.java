package gold.protocol.server;

import gold.protocol.GoldException;

/**
 * A receive-phase failure (242, 243, 424, 426, 427, 428, 434, 438, 311, 312 ...) with the sealer its
 * error reply must use: encrypted or GS2-signed when the request could be decrypted or authenticated
 * that far, plain otherwise (docs/differences.md).
 */
public final class RejectedRequest extends GoldException {
    private static final long serialVersionUID = 1L;
    private final transient ReplySealer sealer;

    public RejectedRequest(GoldException cause, ReplySealer sealer) {
        super(cause.code(), cause.getMessage(), cause);
        this.sealer = sealer;
    }

    public ReplySealer sealer() {
        return sealer;
    }
}
