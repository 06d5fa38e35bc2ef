package gold.protocol.client;

import gold.protocol.Response;

/** Checks and decodes one reply chunk payload for the request it answers; failures are GoldExceptions. */
@FunctionalInterface
public interface ReplyOpener {
    Response open(byte[] payload);
}
