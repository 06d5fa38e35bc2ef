package gold.slurm;

import gold.protocol.AuthKey;
import gold.protocol.Code;
import gold.protocol.GoldConfig;
import gold.protocol.Request;
import gold.protocol.Response;
import gold.protocol.client.ClientSettings;
import gold.protocol.client.GoldClient;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import gold.protocol.Row;

/**
 * The Gold requests of the integration, sent in-process through the protocol module's client (a hook
 * starts one JVM, not one per g* command). Every modifying request carries the caller's request key, so
 * a retried hook, a restarted slurmctld or a backup goldd answering instead of the primary acts once.
 */
public final class Gold {
    /** What became of a request. */
    public enum Kind { OK, INSUFFICIENT, UNREACHABLE, REFUSED }

    public record Outcome(Kind kind, String code, String message, Response response) {
        public boolean ok() {
            return kind == Kind.OK;
        }

        static Outcome of(Response r) {
            Kind k = !r.isFailure() ? Kind.OK
                    : Code.isInsufficientFunds(r.code()) ? Kind.INSUFFICIENT
                    : Code.isUnreachable(r.code()) ? Kind.UNREACHABLE : Kind.REFUSED;
            return new Outcome(k, r.code(), r.message(), r);
        }
    }

    private final GoldClient client;
    private final String actor;

    Gold(GoldClient client, String actor) {
        this.client = client;
        this.actor = actor;
    }

    /** A client of the servers in HOME/etc/gold.conf, with the hooks' shorter deadlines. */
    public static Gold connect(Path home, SiteConfig site) throws IOException {
        GoldConfig conf = GoldConfig.load(home.resolve("etc/gold.conf")).reportingInvalidTo(SiteConfig::ignoreInvalidNumber);
        ClientSettings settings = ClientSettings.from(conf, AuthKey.read(home.resolve("etc/auth_key")));
        // gold.conf's own deadlines win when shorter
        settings.connectTimeout(min(settings.connectTimeout(), Duration.ofSeconds(site.connectTimeout())));
        settings.replyTimeout(min(settings.replyTimeout(), Duration.ofSeconds(site.replyTimeout())));
        return new Gold(new GoldClient(settings), site.actor());
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }

    public Outcome send(Request.Builder request, String key) {
        request.actor(actor);
        if (key != null) {
            request.requestKey(key);
        }
        return Outcome.of(client.send(request.build()));
    }

    /** A query with every chunk of its reply (a site's user list may be long); rows of all chunks. */
    public Outcome query(Request.Builder request) {
        request.actor(actor);
        List<Response> chunks = client.sendAll(request.build());
        Response first = chunks.get(0);
        if (first.isFailure() || chunks.size() == 1) {
            return Outcome.of(first);
        }
        List<Row> rows = new ArrayList<>();
        for (Response r : chunks) {
            rows.addAll(r.data());
        }
        return Outcome.of(new Response(first.status(), first.code(), first.message(), rows.size(), rows,
                1, 0, first.actor(), first.server()));
    }
}
