package gold.client;

import gold.protocol.Request;
import gold.protocol.Response;
import gold.protocol.client.GoldClient;
import gold.protocol.client.ServerAddress;
import java.time.Duration;

/**
 * Which server gave the last reply, as the protocol client reports it. {@code --verbose} names it
 * when a backup answered (docs/differences.md: request keys and failover); a reply from the primary keeps
 * the classic output byte for byte, and {@code --debug} always names the server. It also passes on
 * the protocol client's waits for a failover (every server refused with 730) to the session.
 */
final class AnsweringServer implements GoldClient.AnswerListener {
    /** Told of each wait for a database primary (the session prints it with --verbose). */
    interface WaitWatcher {
        void waiting(String requestKey, Response refusal, Duration waited, Duration left);
    }

    private volatile WaitWatcher watcher = (key, refusal, waited, left) -> { };
    private ServerAddress address;
    private boolean backup;
    private String serverId = "";

    @Override
    public void answered(ServerAddress server, boolean fromBackup, Response first) {
        record(server, fromBackup, first);
    }

    @Override
    public void waiting(Request request, Response refusal, Duration waited, Duration left) {
        watcher.waiting(request.requestKey(), refusal, waited, left);
    }

    void watchWaits(WaitWatcher w) {
        watcher = w;
    }

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
