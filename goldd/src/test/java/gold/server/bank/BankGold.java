package gold.server.bank;

import gold.protocol.Request;
import gold.protocol.Response;
import gold.protocol.Row;
import gold.server.engine.GoldService;
import gold.server.engine.Handlers;
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
import java.util.function.UnaryOperator;

/**
 * A real GoldService (standard handlers, so the bank included) on a freshly bootstrapped SQLite or
 * PostgreSQL database, driven with Request objects, plus the set-up steps of the worked examples.
 */
final class BankGold implements AutoCloseable {
    static final String ADMIN = "gold";
    private final GoldService service;
    private final String url;
    private final String user;

    private BankGold(GoldService service, String url, String user) {
        this.service = service;
        this.url = url;
        this.user = user;
    }

    static BankGold sqlite(Path home, Map<String, String> extra) throws Exception {
        return sqlite(home, extra, UnaryOperator.identity());
    }

    /** With {@code stores} wrapping each request's store (to observe what the bank reads). */
    static BankGold sqlite(Path home, Map<String, String> extra, UnaryOperator<BankStore> stores) throws Exception {
        Map<String, String> conf = new HashMap<>(extra);
        return open(conf, home, "jdbc:sqlite:" + home.resolve("data/gold.db"), "", stores);
    }

    static BankGold postgres(PgCluster pg, Path home, Map<String, String> extra) throws Exception {
        return postgres(pg, home, extra, UnaryOperator.identity());
    }

    static BankGold postgres(PgCluster pg, Path home, Map<String, String> extra, UnaryOperator<BankStore> stores)
            throws Exception {
        String url = pg.createDatabase("bank" + Long.toHexString(System.nanoTime()));
        Map<String, String> conf = new HashMap<>(extra);
        conf.put("database.datasource", url);
        conf.put("database.user", pg.user());
        return open(conf, home, url, pg.user(), stores);
    }

    private static BankGold open(Map<String, String> conf, Path home, String url, String user,
                                 UnaryOperator<BankStore> stores) throws Exception {
        Files.createDirectories(home.resolve("etc"));
        Files.writeString(home.resolve("etc/auth_key"), "sss\n");
        conf.put("super.user", ADMIN);
        ChargeRateCache rates = new ChargeRateCache();
        Handlers handlers = BankHandlers.register(Handlers.none(), conf,
                ctx -> stores.apply(new SqlBankStore(ctx, rates)));
        return new BankGold(GoldService.open(conf, home, handlers, SchemaInstaller.bankSql()), url, user);
    }

    Response call(Request.Builder b) {
        Request r = b.build();
        if (r.actor().isEmpty()) {
            r = r.toBuilder().actor(ADMIN).build();
        }
        List<Response> out = new ArrayList<>();
        service.serve(r, (chunk, last) -> out.add(chunk));
        if (out.size() != 1) {
            throw new AssertionError("expected one chunk, got " + out.size());
        }
        return out.get(0);
    }

    Response ok(Request.Builder b) {
        Response r = call(b);
        if (r.isFailure()) {
            throw new AssertionError("request failed: " + r.code() + " " + r.message());
        }
        return r;
    }

    static Request.Builder req(String object, String action, String... options) {
        Request.Builder b = Request.builder(object, action);
        for (int i = 0; i < options.length; i += 2) {
            b.option(options[i], options[i + 1]);
        }
        return b;
    }

    static Request.Builder create(String object, String... assignments) {
        Request.Builder b = Request.builder(object, "Create");
        for (int i = 0; i < assignments.length; i += 2) {
            b.set(assignments[i], assignments[i + 1]);
        }
        return b;
    }

    static Request.Builder job(String action, String... fields) {
        Row.Builder row = new Row.Builder("Job");
        for (int i = 0; i < fields.length; i += 2) {
            row.put(fields[i], fields[i + 1]);
        }
        return Request.builder("Job", action).data(row.build());
    }

    BankGold users(String... names) {
        for (String n : names) {
            ok(create("User", "Name", n));
        }
        return this;
    }

    BankGold machines(String... names) {
        for (String n : names) {
            ok(create("Machine", "Name", n));
        }
        return this;
    }

    /** Project Create (auto-generating its account unless told otherwise) and its members. */
    Response project(String name, String createAccount, String... members) {
        Request.Builder b = create("Project", "Name", name);
        if (!createAccount.isEmpty()) {
            b.option("CreateAccount", createAccount);
        }
        Response r = ok(b);
        for (String m : members) {
            ok(create("ProjectUser", "Project", name, "Name", m));
        }
        return r;
    }

    /** An account with access lists; a leading '-' is a denial (Access=False). */
    long account(String name, String[] projects, String[] users, String[] machines) {
        Response r = ok(create("Account", "Name", name));
        long id = Long.parseLong(r.data().get(0).get("Id"));
        access("AccountProject", id, projects);
        access("AccountUser", id, users);
        access("AccountMachine", id, machines);
        return id;
    }

    private void access(String object, long id, String[] names) {
        for (String n : names) {
            boolean deny = n.startsWith("-");
            ok(create(object, "Account", String.valueOf(id), "Name", deny ? n.substring(1) : n,
                    "Access", deny ? "False" : "True"));
        }
    }

    String text(String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection(url, user, ""); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery(sql)) {
            return rs.next() ? rs.getString(1) : null;
        }
    }

    double number(String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection(url, user, ""); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getDouble(1);
        }
    }

    List<List<String>> rows(String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection(url, user, ""); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery(sql)) {
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
        }
    }

    /** A direct write behind the server's back (to store values the protocol cannot produce). */
    void execute(String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection(url, user, ""); Statement s = c.createStatement()) {
            s.executeUpdate(sql);
        }
    }

    double amount(long allocation) throws SQLException {
        return number("SELECT g_amount FROM g_allocation WHERE g_id = " + allocation);
    }

    long nextTransaction() throws SQLException {
        return Long.parseLong(text("SELECT g_next_id FROM g_key_generator WHERE g_name = 'Transaction'"));
    }

    @Override
    public void close() {
        service.close();
    }
}
