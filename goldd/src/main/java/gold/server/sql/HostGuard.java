package gold.server.sql;

import gold.server.metrics.WorkerReports;
import org.postgresql.Driver;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
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
 * Split-brain protection for multi-host PostgreSQL datasources (docs/differences.md): every few seconds (before writes) each
 * host is asked, alone and with exactly the pool's connection properties, whether it is writable and
 * on which timeline. More than one writable host, a writable host on an older timeline than another
 * host, or a host that accepts connections but refuses the probe (its state unknown: a configuration
 * error) means no writes (730) until an operator resolves it, so an old primary can never write on
 * stale data. Unreachable hosts (refused, timed out, starting up) are ignored. The conclusion is one
 * {@link GuardState}, logged when it changes.
 */
public final class HostGuard {
    private static final Logger LOG = Logger.getLogger(HostGuard.class.getName());
    private static final long PROBE_INTERVAL_MILLIS = 3000;
    private static final String PREFIX = "jdbc:postgresql://";
    private final List<String> hostUrls;
    private final Properties connection;
    private long probedAt;
    private volatile GuardState state = GuardState.NOT_PROBED;

    private HostGuard(List<String> hostUrls, Properties connection) {
        this.hostUrls = List.copyOf(hostUrls);
        this.connection = connection;
    }

    /** A guard when the URL names several hosts ({@code jdbc:postgresql://h1:p1,h2:p2/db?...}). */
    public static Optional<HostGuard> of(DatabaseSettings s) {
        if (!s.jdbcUrl().startsWith(PREFIX)) {
            return Optional.empty();
        }
        // the driver's own parser: URL parameters over goldd.conf's login, as for the pool's connections
        Properties parsed = Driver.parseURL(s.jdbcUrl(), PostgresProperties.of(s));
        if (parsed == null) {
            return Optional.empty();
        }
        String[] hosts = parsed.getProperty("PGHOST", "").split(",");
        String[] ports = parsed.getProperty("PGPORT", "").split(",");
        if (hosts.length < 2) {
            return Optional.empty();
        }
        String database = URLEncoder.encode(parsed.getProperty("PGDBNAME", ""), StandardCharsets.UTF_8);
        List<String> urls = new ArrayList<>();
        for (int i = 0; i < hosts.length; i++) {
            String host = hosts[i].contains(":") && !hosts[i].startsWith("[") ? "[" + hosts[i] + "]" : hosts[i];
            urls.add(PREFIX + host + ":" + ports[Math.min(i, ports.length - 1)] + "/" + database);
        }
        Properties connection = new Properties();
        for (String name : parsed.stringPropertyNames()) {
            if (!name.startsWith("PG")) {
                connection.setProperty(name, parsed.getProperty(name));
            }
        }
        // each host alone, whatever it is: the multi-host choice is what is being checked
        connection.setProperty("targetServerType", "any");
        connection.remove("loadBalanceHosts");
        connection.setProperty("socketTimeout", String.valueOf(s.connectTimeout() + 1));
        return Optional.of(new HostGuard(urls, connection));
    }

    /** The last conclusion (for status and monitoring). */
    public GuardState state() {
        return state;
    }

    /** Throws {@link WritesRefused} (SQLSTATE 25006: 730 for the client) when writing is unsafe. */
    synchronized void requireSafeToWrite() throws SQLException {
        long now = System.currentTimeMillis();
        if (now - probedAt >= PROBE_INTERVAL_MILLIS) {
            check();
        }
        GuardState s = state;
        if (s.refusesWrites()) {
            throw new WritesRefused(s.detail());
        }
    }

    /** Probes now, keeps the conclusion and logs it when it changed (SEVERE while writes are refused). */
    public synchronized GuardState check() {
        GuardState next = probe();
        probedAt = System.currentTimeMillis();
        GuardState previous = state;
        state = next;
        WorkerReports.guardProbed(next.primary(), next.refusesWrites() ? next.detail() : "");
        if (!next.equals(previous)) {
            if (next.refusesWrites()) {
                LOG.severe("refusing writes: " + next.detail());
            } else if (previous.refusesWrites()) {
                LOG.info("writes allowed again: " + next.detail());
            }
        }
        return next;
    }

    /** One probe of every host, without keeping or logging anything (goldd --start and --status). */
    public GuardState probe() {
        List<String> writable = new ArrayList<>();
        List<String> refused = new ArrayList<>();
        long maxTimeline = 0;
        long writableTimeline = Long.MAX_VALUE;
        int answered = 0;
        for (String url : hostUrls) {
            String host = url.substring(PREFIX.length(), url.lastIndexOf('/'));
            try (Connection c = DriverManager.getConnection(url, connection); Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery("SELECT pg_is_in_recovery(), timeline_id FROM pg_control_checkpoint()")) {
                rs.next();
                answered++;
                long timeline = rs.getLong(2);
                maxTimeline = Math.max(maxTimeline, timeline);
                if (!rs.getBoolean(1)) {
                    writable.add(host);
                    writableTimeline = Math.min(writableTimeline, timeline);
                }
            } catch (SQLException e) {
                if (unreachable(e)) {
                    LOG.fine("host not reachable for the split-brain probe: " + host + ": " + e.getMessage());
                } else {
                    refused.add(host + " (" + firstLine(e.getMessage()) + ", SQLSTATE " + e.getSQLState() + ")");
                }
            }
        }
        if (writable.size() > 1) {
            return new GuardState(GuardState.Kind.SPLIT_BRAIN, "more than one writable database host: " + writable);
        }
        if (writable.size() == 1 && writableTimeline < maxTimeline) {
            return new GuardState(GuardState.Kind.STALE_TIMELINE,
                    "the writable database host " + writable.get(0) + " is on an older timeline", writable.get(0));
        }
        if (!refused.isEmpty()) {
            return new GuardState(GuardState.Kind.PROBE_REFUSED, "cannot see the state of database host "
                    + String.join(", ", refused) + ": check the database login (database.user, database.password"
                    + " or the datasource URL), the database name and that the user may run pg_control_checkpoint()");
        }
        return writable.isEmpty()
                ? new GuardState(GuardState.Kind.SAFE, "no writable database host among the " + answered + " that answered")
                : new GuardState(GuardState.Kind.SAFE, "one writable database host: " + writable.get(0), writable.get(0));
    }

    /**
     * Connection refused or timed out (SQLSTATE class 08), a server starting up or shutting down
     * (57P01-57P03) or out of connection slots (53300): nothing there accepts a connection now.
     * Anything else reached a server that refused to tell its state.
     */
    static boolean unreachable(SQLException e) {
        String state = e.getSQLState();
        return state != null && (state.startsWith("08") || state.equals("57P01") || state.equals("57P02")
                || state.equals("57P03") || state.equals("53300"));
    }

    private static String firstLine(String message) {
        String m = message == null ? "" : message.strip();
        int nl = m.indexOf('\n');
        return nl < 0 ? m : m.substring(0, nl);
    }
}
