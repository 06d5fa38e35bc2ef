package gold.shell;

import gold.protocol.Request;
import gold.protocol.Response;
import java.util.List;

/**
 * How goldsh sends one command: the channel completes the request (actor, request key, chunking
 * attributes of gold.conf, time values to the wire), sends it with failover and returns every reply
 * chunk in order. Transport trouble comes back as a local Failure response, never as an exception.
 * Tests substitute a fake that records requests and returns canned chunks.
 */
@FunctionalInterface
public interface RequestChannel {
    List<Response> exchange(Request.Builder request);
}
