package gold.protocol.client;

/** The payload bytes of one sealed request and the opener that checks its replies. */
public record SealedRequest(byte[] payload, ReplyOpener opener) {
}
