package gold.server.engine;

import gold.protocol.Request;
import gold.protocol.Response;
import gold.protocol.xml.RequestXml;
import gold.protocol.xml.ResponseXml;
import gold.protocol.xml.XmlReader;
import gold.protocol.xml.XmlWriter;
import gold.server.bank.BankHandlers;
import gold.server.sql.SchemaInstaller;
import gold.testkit.PgCluster;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** A GoldService on a fresh bootstrapped database, driven with Request objects (no sockets). */
final class TestGold implements AutoCloseable {
    static final String ADMIN = "gold";
    private final GoldService service;
    private final String jdbcUrl;
    private final String user;
    private final String password;

    private TestGold(GoldService service, String jdbcUrl, String user, String password) {
        this.service = service;
        this.jdbcUrl = jdbcUrl;
        this.user = user;
        this.password = password;
    }

    static TestGold sqlite(Path home) throws Exception {
        return sqlite(home, Handlers.none());
    }

    static TestGold sqlite(Path home, Handlers handlers) throws Exception {
        return sqlite(home, Map.of(), handlers);
    }

    static TestGold sqlite(Path home, Map<String, String> extra, Handlers handlers) throws Exception {
        Map<String, String> conf = new HashMap<>(Map.of("super.user", ADMIN));
        conf.putAll(extra);
        return open(conf, home, "jdbc:sqlite:" + home.resolve("data/gold.db"), "", "", handlers);
    }

    /** A server on the SQLite database under {@code home} with extra goldd.conf keys. */
    static TestGold sqlite(Path home, Map<String, String> extra) throws Exception {
        return sqlite(home, extra, Handlers.none());
    }

    static TestGold postgres(PgCluster pg, Path home) throws Exception {
        return postgres(pg, home, pg.createDatabase("gold" + Long.toHexString(System.nanoTime())));
    }

    /** SQLite with the handlers goldd really runs (the bank included). */
    static TestGold sqliteWithBank(Path home) throws Exception {
        Map<String, String> conf = new HashMap<>(Map.of("super.user", ADMIN));
        return open(conf, home, "jdbc:sqlite:" + home.resolve("data/gold.db"), "", "", BankHandlers.register(Handlers.none(), conf));
    }

    /** PostgreSQL with the handlers goldd really runs (the bank included). */
    static TestGold postgresWithBank(PgCluster pg, Path home) throws Exception {
        String url = pg.createDatabase("gold" + Long.toHexString(System.nanoTime()));
        Map<String, String> conf = new HashMap<>(Map.of("super.user", ADMIN, "database.datasource", url,
                "database.user", pg.user()));
        return open(conf, home, url, pg.user(), pg.password(), BankHandlers.register(Handlers.none(), conf));
    }

    /** A server on an existing PostgreSQL database (e.g. a second server process). */
    static TestGold postgres(PgCluster pg, Path home, String url) throws Exception {
        return postgres(pg, home, url, Map.of());
    }

    static TestGold postgres(PgCluster pg, Path home, String url, Map<String, String> extra) throws Exception {
        return postgres(pg, home, url, extra, Handlers.none());
    }

    static TestGold postgres(PgCluster pg, Path home, String url, Map<String, String> extra, Handlers handlers)
            throws Exception {
        Map<String, String> conf = new HashMap<>(Map.of("super.user", ADMIN, "database.datasource", url,
                "database.user", pg.user()));
        conf.putAll(extra);
        return open(conf, home, url, pg.user(), pg.password(), handlers);
    }

    private static TestGold open(Map<String, String> conf, Path home, String url, String user, String password)
            throws Exception {
        return open(conf, home, url, user, password, Handlers.none());
    }

    private static TestGold open(Map<String, String> conf, Path home, String url, String user, String password,
                                 Handlers handlers) throws Exception {
        Files.createDirectories(home.resolve("etc"));
        Files.writeString(home.resolve("etc/auth_key"), "sss\n");
        conf.put("response.chunksize", "1000");
        return new TestGold(GoldService.open(conf, home, handlers, SchemaInstaller.bankSql()), url, user, password);
    }

    /** All reply chunks of one request. */
    List<Response> chunks(Request request) {
        List<Response> out = new ArrayList<>();
        service.serve(request, (chunk, last) -> out.add(chunk));
        return out;
    }

    /** The single reply of a request (actor defaults to the administrator). */
    Response call(Request.Builder b) {
        Request r = b.build();
        if (r.actor().isEmpty()) {
            r = r.toBuilder().actor(ADMIN).build();
        }
        List<Response> out = chunks(r);
        if (out.size() != 1) {
            throw new AssertionError("expected one chunk, got " + out.size());
        }
        return out.get(0);
    }

    /**
     * The single reply of a request that travels as the protocol's XML both ways: the request is
     * encoded and parsed as the connection layer parses it, the reply encoded and parsed as a client does.
     */
    Response encoded(Request.Builder b) {
        Request r = b.build();
        if (r.actor().isEmpty()) {
            r = r.toBuilder().actor(ADMIN).build();
        }
        Request parsed = RequestXml.fromElement(XmlReader.parse(XmlWriter.documentBytes(RequestXml.toElement(r))));
        List<Response> out = new ArrayList<>();
        service.serve(parsed, (chunk, last) -> out.add(
                ResponseXml.fromElement(XmlReader.parse(XmlWriter.documentBytes(ResponseXml.toElement(chunk))))));
        if (out.size() != 1) {
            throw new AssertionError("expected one chunk, got " + out.size());
        }
        return out.get(0);
    }

    /** Runs a request that must succeed. */
    Response ok(Request.Builder b) {
        Response r = call(b);
        if (r.isFailure()) {
            throw new AssertionError("request failed: " + r.code() + " " + r.message());
        }
        return r;
    }

    long scalar(String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection(jdbcUrl, user, password);
             Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** The first column of every row. */
    List<String> strings(String sql) throws SQLException {
        List<String> out = new ArrayList<>();
        try (Connection c = DriverManager.getConnection(jdbcUrl, user, password);
             Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                out.add(rs.getString(1));
            }
        }
        return out;
    }

        void execute(String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection(jdbcUrl, user, password); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    /** A fingerprint of everything a failed request must not change. */
    String footprint() throws SQLException {
        return scalar("SELECT g_next_id FROM g_key_generator WHERE g_name = 'Request'") + "/"
                + scalar("SELECT g_next_id FROM g_key_generator WHERE g_name = 'Transaction'") + "/"
                + scalar("SELECT COUNT(*) FROM g_transaction") + "/" + scalar("SELECT COUNT(*) FROM g_user") + "/"
                + scalar("SELECT COUNT(*) FROM g_user_log") + "/" + scalar("SELECT COUNT(*) FROM g_password");
    }

    String url() {
        return jdbcUrl;
    }

    GoldService service() {
        return service;
    }

    @Override
    public void close() {
        service.close();
    }
}
