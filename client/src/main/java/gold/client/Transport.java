package gold.client;

import gold.protocol.Request;
import gold.protocol.Response;

/**
 * The one seam between the commands and the network: send a request, get the first reply chunk.
 * Implementations never throw for transport trouble; they return a local Failure response
 * so that the command prints it and exits with its code / 10. Tests substitute a
 * fake that records the requests and returns canned responses.
 */
@FunctionalInterface
public interface Transport {
    Response send(Request request);
}
