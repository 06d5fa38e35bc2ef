package gold.shell;

import gold.protocol.Request;
import gold.protocol.Response;
import java.util.List;

/**
 * Sends a finished request and returns every reply chunk in order ({@code GoldClient::sendAll} in
 * production, with failover); transport trouble comes back as a local Failure response.
 */
@FunctionalInterface
public interface ChunkTransport {
    List<Response> sendAll(Request request);
}
