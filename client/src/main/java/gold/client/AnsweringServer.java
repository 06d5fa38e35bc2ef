package gold.client;

import gold.protocol.Response;
import gold.protocol.client.ServerAddress;

/**
 * Which server gave the last reply, as the protocol client reports it. {@code --verbose} names it
 * when a backup answered (docs/differences.md: request keys and failover); a reply from the primary keeps
 * the classic output byte for byte, and {@code --debug} always names the server.
 */
final class AnsweringServer {
    private ServerAddress address;
    private boolean backup;
    private String serverId = "";

    synchronized void record(ServerAddress server, boolean fromBackup, Response first) {
        address = server;
        backup = fromBackup;
        serverId = first.server();
    }

    /** "Answered by ID at HOST:PORT (backup server)", or empty before any reply. */
    synchronized String describe() {
        if (address == null) {
            return "";
        }
        String id = serverId.isEmpty() ? "" : serverId + " at ";
        return "Answered by " + id + address.host() + ":" + address.port() + (backup ? " (backup server)" : "");
    }

    synchronized boolean fromBackup() {
        return backup;
    }

    /** Forgets the last answer, so a later request that got no reply reports nothing stale. */
    synchronized void clear() {
        address = null;
        backup = false;
        serverId = "";
    }
}
