package gold.server.engine;

import gold.protocol.Code;
import gold.protocol.GoldConfig;
import gold.protocol.GoldException;
import gold.protocol.Request;
import gold.protocol.Response;
import gold.protocol.Status;
import gold.protocol.config.SharedKeys;
import gold.server.config.ServerKeys;
import gold.server.security.PasswordCipher;
import gold.server.security.ApiTokens;
import gold.server.meta.MetadataCache;
import gold.server.sql.Bootstrapper;
import gold.server.sql.Database;
import gold.server.sql.DatabaseSettings;
import gold.server.sql.SchemaInstaller;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The request service of one goldd process: opens (and if empty bootstraps) the database named by
 * goldd.conf, keeps the metadata cache, and serves each request in its own transaction frame,
 * splitting large query results into chunks. Every reply carries the server process user as actor.
 */
public final class GoldService implements RequestService {
    private static final Logger LOG = Logger.getLogger(GoldService.class.getName());
    /** Default of {@code response.chunksize}: 10^9 rows, i.e. unlimited. */
    private static final long DEFAULT_CHUNK = 1_000_000_000L;
    private final Database db;
    private final RequestFrame frame;
    private final Dispatcher dispatcher;
    private final long serverChunk;
    private final MetadataCache cache;
    private final PasswordCipher passwords;
    private final String processUser = System.getProperty("user.name", "");
    private final ApiTokens apiTokens;

    private GoldService(Database db, RequestFrame frame, Services services, MetadataCache cache, long serverChunk) {
        this.db = db;
        this.apiTokens = new ApiTokens(db, services.passwords(), services.superUser(), () -> System.currentTimeMillis() / 1000);
        this.frame = frame;
        this.dispatcher = services.dispatcher();
        this.passwords = services.passwords();
        this.cache = cache;
        this.serverChunk = serverChunk;
    }

    /**
     * Opens the service with explicit handlers and bootstrap. Keys read: {@code super.user} (default:
     * the OS user running the server), {@code response.chunksize}, {@code request.key.retention} and
     * the {@code database.*} keys of {@link DatabaseSettings}. Stored passwords use {@code etc/auth_key} under GOLD_HOME.
     */
    public static GoldService open(Map<String, String> conf, Path goldHome, Handlers handlers, SchemaInstaller installer) {
        GoldConfig config = GoldConfig.of(conf);
        Database db = Database.open(DatabaseSettings.from(config, goldHome));
        try {
            String admin = config.get(ServerKeys.SUPER_USER);
            Bootstrapper.ensure(db, installer, admin, System.currentTimeMillis() / 1000);
            ApiTokens.ensureTable(db);
            MetadataCache cache = new MetadataCache();
            try (Connection c = db.reader()) {
                cache.fresh(c);
            }
            GenericEngine engine = new GenericEngine();
            Dispatcher dispatcher = new Dispatcher(handlers, engine);
            Services services = new Services(admin, dispatcher, engine,
                    PasswordCipher.fromKeyFile(goldHome.resolve("etc").resolve("auth_key")));
            int chunkSize = config.get(SharedKeys.RESPONSE_CHUNKSIZE);
            long chunk = chunkSize > 0 ? chunkSize : DEFAULT_CHUNK;
            RequestFrame frame = new RequestFrame(db, cache, services, RequestKeys.retention(config));
            return new GoldService(db, frame, services, cache, chunk);
        } catch (SQLException | RuntimeException e) {
            db.close();
            if (e instanceof GoldException g) {
                throw g;
            }
            throw Code.DB_UNAVAILABLE.exception("Failed obtaining database connection: " + e.getMessage(), e);
        }
    }

    @Override
    public void serve(Request request, ReplySink sink) {
        try {
            Response invalid = missingParts(request);
            if (invalid != null) {
                send(sink, invalid, true);
            } else if (ApiTokens.OBJECT.equals(request.object())) {
                send(sink, apiTokens.serve(request), true);
            } else if (dispatcher.writes(request)) {
                send(sink, frame.write(request), true);
            } else {
                serveChunks(request, sink);
            }
        } catch (IOException e) {
            LOG.log(Level.INFO, "could not deliver the reply to the client", e);
        }
    }

    private void serveChunks(Request request, ReplySink sink) throws IOException {
        long size = Math.min(request.chunkSize() > 0 ? request.chunkSize() : DEFAULT_CHUNK, serverChunk);
        for (int k = 1; ; k++) {
            Response r = frame.read(request, new ChunkWindow(k, size));
            if (r.isFailure()) {
                // A failure after chunks were sent ends the stream as chunk k of an ended reply (docs/protocol.md, Reply framing).
                send(sink, r.withChunk(k, 0), true);
                return;
            }
            boolean more = r.data().size() > size;
            if (!more) {
                frame.takeReadRequestId();
                send(sink, r.withChunk(k, 0), true);
                return;
            }
            Response cut = new Response(r.status(), r.code(), r.message(), size, r.data().subList(0, (int) size),
                    k, -1, "", "");
            if (!request.chunking()) {
                frame.takeReadRequestId();
                send(sink, cut.withStatus(Status.Warning, Code.TRUNCATED.code(),
                        "Results were truncated -- use chunking to enable large messages").withChunk(1, 0), true);
                return;
            }
            send(sink, cut, false);
        }
    }

    /**
     * The clear-text Gold password of a user, for Password-token authentication (docs/data-model.md,
     * Authorization), from an up-to-date metadata cache; empty when the user has none.
     */
    public Optional<String> passwordOf(String user) {
        try (Connection c = db.reader()) {
            String stored = cache.fresh(c).passwords().getOrDefault(user, "");
            return stored.isEmpty() ? Optional.empty() : Optional.of(passwords.decrypt(stored));
        } catch (SQLException e) {
            throw Code.DB_UNAVAILABLE.exception("The database is unavailable", e);
        }
    }

    private static Response missingParts(Request request) {
        if (request.object().isEmpty()) {
            return Response.failure(Code.NO_OBJECT.code(), "No object specified in the request.");
        }
        if (request.action().isEmpty()) {
            return Response.failure(Code.NO_ACTION.code(), "No action specified in the request.");
        }
        if (request.actor().isEmpty()) {
            return Response.failure(Code.NO_ACTION.code(), "No actor specified in the request.");
        }
        return null;
    }

    private void send(ReplySink sink, Response r, boolean last) throws IOException {
        sink.send(r.withActor(processUser), last);
    }

    @Override
    public void close() {
        frame.close();
        db.close();
    }

    /** Ids of read-only requests still owed to the Request counter (tests). */
    long owedReadRequestIds() {
        return frame.owedReadRequestIds();
    }

    /** The database, for the connection layer's shared tables (GS2 nonces, stored passwords). */
    public Database database() {
        return db;
    }

    /** The API token store (its keys authenticate ApiToken-signed requests). */
    public ApiTokens apiTokens() {
        return apiTokens;
    }

    /** The cipher of stored passwords (docs/protocol.md, Classic suite). */
    public PasswordCipher passwordCipher() {
        return passwords;
    }
}
