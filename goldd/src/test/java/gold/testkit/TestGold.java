package gold.testkit;

import gold.protocol.Request;
import gold.protocol.Response;
import gold.protocol.xml.RequestXml;
import gold.protocol.xml.ResponseXml;
import gold.protocol.xml.XmlReader;
import gold.protocol.xml.XmlWriter;
import gold.server.engine.GoldService;
import gold.server.engine.Handlers;
import gold.server.sql.SchemaInstaller;

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
import java.util.function.Function;

/**
 * A real GoldService on a freshly bootstrapped SQLite or PostgreSQL database, driven with Request objects
 * (no sockets): the super user is {@link #ADMIN}, replies come in chunks of 1000 rows, and the database can be
 * read and written behind the server's back.
 */
public class TestGold implements AutoCloseable {
    public static final String ADMIN = "gold";
    private final GoldService service;
    private final Login login;

    /** How the test reaches the database behind the server's back. */
    private record Login(String url, String user, String password) {
        Connection connect() throws SQLException {
            return DriverManager.getConnection(url, user, password);
        }
    }

    private TestGold(GoldService service, Login login) {
        this.service = service;
        this.login = login;
    }

    /** For subclasses that add set-up steps to an opened server. */
    protected TestGold(TestGold opened) {
        this(opened.service, opened.login);
    }

    public static TestGold sqlite(Path home) throws Exception {
        return sqlite(home, Map.of());
    }

    /** A server on the SQLite database under {@code home} (a second server when it exists) with extra goldd.conf keys. */
    public static TestGold sqlite(Path home, Map<String, String> extra) throws Exception {
        return sqlite(home, extra, conf -> Handlers.none());
    }

    /** ... with the handlers made from the server's goldd.conf (e.g. the ones goldd really runs, the bank included). */
    public static TestGold sqlite(Path home, Map<String, String> extra, Function<Map<String, String>, Handlers> handlers)
            throws Exception {
        return open(conf(extra), home, "jdbc:sqlite:" + home.resolve("data/gold.db"), "", "", handlers);
    }

    /** A server on a fresh database of {@code pg}. */
    public static TestGold postgres(PgCluster pg, Path home) throws Exception {
        return postgres(pg, home, freshDatabase(pg));
    }

    /** A server on an existing PostgreSQL database (e.g. a second server process). */
    public static TestGold postgres(PgCluster pg, Path home, String url) throws Exception {
        return postgres(pg, home, url, Map.of());
    }

    public static TestGold postgres(PgCluster pg, Path home, String url, Map<String, String> extra) throws Exception {
        return postgres(pg, home, url, extra, conf -> Handlers.none());
    }

    public static TestGold postgres(PgCluster pg, Path home, String url, Map<String, String> extra,
                                    Function<Map<String, String>, Handlers> handlers) throws Exception {
        Map<String, String> conf = conf(extra);
        conf.put("database.datasource", url);
        conf.put("database.user", pg.user());
        return open(conf, home, url, pg.user(), pg.password(), handlers);
    }

    /** The JDBC URL of a new, empty database of {@code pg}. */
    public static String freshDatabase(PgCluster pg) throws SQLException {
        return pg.createDatabase("gold" + Long.toHexString(System.nanoTime()));
    }

    private static Map<String, String> conf(Map<String, String> extra) {
        Map<String, String> conf = new HashMap<>(Map.of("super.user", ADMIN, "response.chunksize", "1000"));
        conf.putAll(extra);
        return conf;
    }

    private static TestGold open(Map<String, String> conf, Path home, String url, String user, String password,
                                 Function<Map<String, String>, Handlers> handlers) throws Exception {
        Files.createDirectories(home.resolve("etc"));
        Files.writeString(home.resolve("etc/auth_key"), "sss\n");
        return new TestGold(GoldService.open(conf, home, handlers.apply(conf), SchemaInstaller.bankSql()),
                new Login(url, user, password));
    }

    /** All reply chunks of one request. */
    public List<Response> chunks(Request request) {
        List<Response> out = new ArrayList<>();
        service.serve(request, (chunk, last) -> out.add(chunk));
        return out;
    }

    /** The single reply of a request (actor defaults to the administrator). */
    public Response call(Request.Builder b) {
        return single(chunks(withActor(b)));
    }

    /**
     * The single reply of a request that travels as the protocol's XML both ways: the request is
     * encoded and parsed as the connection layer parses it, the reply encoded and parsed as a client does.
     */
    public Response encoded(Request.Builder b) {
        Request r = withActor(b);
        Request parsed = RequestXml.fromElement(XmlReader.parse(XmlWriter.documentBytes(RequestXml.toElement(r))));
        List<Response> out = new ArrayList<>();
        service.serve(parsed, (chunk, last) -> out.add(
                ResponseXml.fromElement(XmlReader.parse(XmlWriter.documentBytes(ResponseXml.toElement(chunk))))));
        return single(out);
    }

    private static Request withActor(Request.Builder b) {
        Request r = b.build();
        return r.actor().isEmpty() ? r.toBuilder().actor(ADMIN).build() : r;
    }

    private static Response single(List<Response> chunks) {
        if (chunks.size() != 1) {
            throw new AssertionError("expected one chunk, got " + chunks.size());
        }
        return chunks.get(0);
    }

    /** Runs a request that must succeed. */
    public Response ok(Request.Builder b) {
        Response r = call(b);
        if (r.isFailure()) {
            throw new AssertionError("request failed: " + r.code() + " " + r.message());
        }
        return r;
    }

    @FunctionalInterface
    private interface Reader<T> {
        T read(ResultSet rs) throws SQLException;
    }

    private <T> T query(String sql, Reader<T> reader) throws SQLException {
        try (Connection c = login.connect(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery(sql)) {
            return reader.read(rs);
        }
    }

    /** The first column of the first row as a number. */
    public long scalar(String sql) throws SQLException {
        return query(sql, rs -> {
            rs.next();
            return rs.getLong(1);
        });
    }

    public double number(String sql) throws SQLException {
        return query(sql, rs -> {
            rs.next();
            return rs.getDouble(1);
        });
    }

    /** The first column of the first row, null when there is none. */
    public String text(String sql) throws SQLException {
        return query(sql, rs -> rs.next() ? rs.getString(1) : null);
    }

    /** The first column of every row. */
    public List<String> strings(String sql) throws SQLException {
        return rows(sql).stream().map(row -> row.get(0)).toList();
    }

    /** Every row, its columns as text. */
    public List<List<String>> rows(String sql) throws SQLException {
        return query(sql, rs -> {
            List<List<String>> out = new ArrayList<>();
            int n = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                List<String> row = new ArrayList<>();
                for (int i = 1; i <= n; i++) {
                    row.add(rs.getString(i));
                }
                out.add(row);
            }
            return out;
        });
    }

    /** A direct statement behind the server's back (to store values the protocol cannot produce). */
    public void execute(String sql) throws SQLException {
        try (Connection c = login.connect(); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    /** A fingerprint of everything a failed request must not change. */
    public String footprint() throws SQLException {
        return scalar("SELECT g_next_id FROM g_key_generator WHERE g_name = 'Request'") + "/"
                + scalar("SELECT g_next_id FROM g_key_generator WHERE g_name = 'Transaction'") + "/"
                + scalar("SELECT COUNT(*) FROM g_transaction") + "/" + scalar("SELECT COUNT(*) FROM g_user") + "/"
                + scalar("SELECT COUNT(*) FROM g_user_log") + "/" + scalar("SELECT COUNT(*) FROM g_password");
    }

    public String url() {
        return login.url();
    }

    public GoldService service() {
        return service;
    }

    @Override
    public void close() {
        service.close();
    }
}
