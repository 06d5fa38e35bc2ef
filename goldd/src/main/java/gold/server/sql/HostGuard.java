package gold.server.sql;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.logging.Logger;

/**
 * Split-brain protection for multi-host PostgreSQL datasources (docs/differences.md): every few seconds
 * each host is asked whether it is writable and on which timeline. More than one writable host, or a
 * writable host on an older timeline than another host, means no writes (730) until an operator
 * resolves it, so an old primary can never write on stale data. Unreachable hosts are ignored.
 */
final class HostGuard {
    private static final Logger LOG = Logger.getLogger(HostGuard.class.getName());
    private static final long PROBE_INTERVAL_MILLIS = 3000;
    private final List<String> hostUrls;
    private final Properties login;
    private long probedAt;
    private String refusal = "";

    private HostGuard(List<String> hostUrls, Properties login) {
        this.hostUrls = List.copyOf(hostUrls);
        this.login = login;
    }

    /** A guard when the URL names several hosts ({@code jdbc:postgresql://h1:p1,h2:p2/db?...}). */
    static Optional<HostGuard> of(DatabaseSettings s) {
        String url = s.jdbcUrl();
        String prefix = "jdbc:postgresql://";
        if (!url.startsWith(prefix)) {
            return Optional.empty();
        }
        String rest = url.substring(prefix.length());
        int slash = rest.indexOf('/');
        String hosts = slash < 0 ? rest : rest.substring(0, slash);
        if (!hosts.contains(",")) {
            return Optional.empty();
        }
        String path = slash < 0 ? "/" : rest.substring(slash);
        int query = path.indexOf('?');
        String database = query < 0 ? path : path.substring(0, query);
        List<String> urls = new ArrayList<>();
        for (String host : hosts.split(",")) {
            urls.add(prefix + host.trim() + database);
        }
        Properties login = new Properties();
        login.setProperty("user", s.user());
        if (!s.password().isEmpty()) {
            login.setProperty("password", s.password());
        }
        login.setProperty("connectTimeout", String.valueOf(s.connectTimeout()));
        login.setProperty("socketTimeout", String.valueOf(s.connectTimeout() + 1));
        return Optional.of(new HostGuard(urls, login));
    }

    /** Throws a "read-only" SQLException (SQLSTATE 25006: 730 for the client) when writing is unsafe. */
    synchronized void requireSafeToWrite() throws SQLException {
        long now = System.currentTimeMillis();
        if (now - probedAt >= PROBE_INTERVAL_MILLIS) {
            refusal = probe();
            probedAt = now;
        }
        if (!refusal.isEmpty()) {
            throw new SQLException(refusal, "25006");
        }
    }

    private String probe() {
        List<String> writable = new ArrayList<>();
        long maxTimeline = 0;
        long writableTimeline = Long.MAX_VALUE;
        for (String url : hostUrls) {
            try (Connection c = DriverManager.getConnection(url, login); Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery("SELECT pg_is_in_recovery(), timeline_id FROM pg_control_checkpoint()")) {
                rs.next();
                long timeline = rs.getLong(2);
                maxTimeline = Math.max(maxTimeline, timeline);
                if (!rs.getBoolean(1)) {
                    writable.add(url);
                    writableTimeline = Math.min(writableTimeline, timeline);
                }
            } catch (SQLException e) {
                LOG.fine("host not reachable for the split-brain probe: " + url + ": " + e.getMessage());
            }
        }
        String refusal = "";
        if (writable.size() > 1) {
            refusal = "more than one writable database host: " + writable;
        } else if (writable.size() == 1 && writableTimeline < maxTimeline) {
            refusal = "the writable database host " + writable.get(0) + " is on an older timeline";
        }
        if (!refusal.isEmpty()) {
            LOG.severe("refusing writes: " + refusal);
        }
        return refusal;
    }
}
