package gold.protocol.server;

import gold.protocol.Request;

/**
 * A received request after decryption and authentication: the request itself, the sealer for its
 * replies, and how it arrived. {@code tokenType}/{@code tokenName} describe the token that
 * authenticated it ("" when it was accepted unsigned).
 */
public record OpenedRequest(Request request, ReplySealer sealer, boolean gs2, boolean encrypted,
                            boolean authenticated, String tokenType, String tokenName) {

    /** Replies carry our {@code server} attribute only for requests with a key or in GS2 (docs/differences.md). */
    public boolean wantsServerAttribute() {
        return gs2 || !request.requestKey().isEmpty();
    }
}
