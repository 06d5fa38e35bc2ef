package gold.protocol.server;

import gold.protocol.Response;

/**
 * Turns each reply chunk into the payload bytes to send, in the security suite of the request it
 * answers (plain, classic encrypted, GS2 signed or GS2 encrypted). Each call seals independently.
 */
@FunctionalInterface
public interface ReplySealer {
    byte[] seal(Response chunk);
}
