package gold.t.faults;

import gold.t.Installation;
import gold.testkit.PgCluster;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The production layout of README "Production layout: replication and failover", on loopback: a
 * PostgreSQL primary with a synchronous streaming standby (initdb, pg_basebackup), a primary and a
 * backup goldd over one multi-host datasource ({@code targetServerType=primary}), and a client
 * configuration naming the backup with {@code server.keys.honoured}. Deadlines are shortened so each
 * fault resolves in seconds: client reply 6 s, lock timeout 2 s, idle-in-transaction 4 s, commit
 * confirmation 3 s. {@link #close()} stops every goldd and both clusters, whatever state they are in.
 */
final class ReplicatedSite implements AutoCloseable {
    static final String STANDBY = "gold_standby";
    private final PgCluster primaryDb;
    private final PgCluster standbyDb;
    private final Installation primary;
    private final Installation backup;
    private final Path pauses;

    private ReplicatedSite(PgCluster primaryDb, PgCluster standbyDb, Installation primary, Installation backup, Path pauses) {
        this.primaryDb = primaryDb;
        this.standbyDb = standbyDb;
        this.primary = primary;
        this.backup = backup;
        this.pauses = pauses;
    }

    /** Builds and starts everything; on any failure what was started is stopped again. */
    static ReplicatedSite start(int primaryWorkers) throws Exception {
        return start(primaryWorkers, false, Map.of());
    }

    /** As {@link #start(int)}, with extra goldd.conf settings for the primary goldd only (e.g. its alert command). */
    static ReplicatedSite start(int primaryWorkers, Map<String, String> primaryOnly) throws Exception {
        return start(primaryWorkers, false, primaryOnly);
    }

    /**
     * As {@link #start(int)}; with {@code loginInUrl} the database login is only in the datasource URL
     * ({@code ?user=...}), the common JDBC way, and goldd.conf has no {@code database.user}.
     */
    static ReplicatedSite start(int primaryWorkers, boolean loginInUrl) throws Exception {
        return start(primaryWorkers, loginInUrl, Map.of());
    }

    private static ReplicatedSite start(int primaryWorkers, boolean loginInUrl, Map<String, String> primaryOnly)
            throws Exception {
        PgCluster pdb = null;
        PgCluster sdb = null;
        Installation p = null;
        Installation b = null;
        try {
            pdb = PgCluster.start(Map.of("synchronous_commit", "remote_apply", "wal_level", "replica", "max_wal_senders", "10",
                    "wal_keep_size", "'128MB'"));
            pdb.createDatabase("gold");
            sdb = PgCluster.standby(pdb, STANDBY);
            pdb.addSettings(Map.of("synchronous_standby_names", "'" + STANDBY + "'"));
            pdb.awaitSynchronousStandby(STANDBY, Duration.ofSeconds(60));
            String url = "jdbc:postgresql://127.0.0.1:" + pdb.port() + ",127.0.0.1:" + sdb.port()
                    + "/gold?" + (loginInUrl ? "user=" + pdb.user() + "&" : "") + "targetServerType=primary";
            Map<String, String> server = new HashMap<>(Map.of(
                    "database.datasource", url,
                    "database.connect.timeout", "2", "database.socket.timeout", "10",
                    "database.lock.timeout", "2", "database.idle.transaction.timeout", "4",
                    "database.commit.timeout", "3", "database.pool.size", "4"));
            if (!loginInUrl) {
                server.put("database.user", pdb.user());
            }
            server.put("server.workers", String.valueOf(primaryWorkers));
            Map<String, String> primarySettings = new HashMap<>(server);
            primarySettings.putAll(primaryOnly);
            p = Installation.create(primarySettings);
            server.put("server.workers", "1");
            b = Installation.create(server);
            b.writeKey(p.key());
            Path pauses = p.pauseDirectory();
            Files.writeString(p.home().resolve("etc/gold.conf"), "server.host = localhost\nserver.port = " + p.port()
                    + "\nserver.backup = localhost:" + b.port() + "\nserver.keys.honoured = true\n"
                    + "client.reply.timeout = 6\nclient.connect.timeout = 2\n");
            p.start();
            b.start();
            return new ReplicatedSite(pdb, sdb, p, b, pauses);
        } catch (Exception | Error e) {
            for (AutoCloseable c : new AutoCloseable[] {b, p, sdb, pdb}) {
                closeQuietly(c);
            }
            throw e;
        }
    }

    PgCluster primaryDb() { return primaryDb; }
    PgCluster standbyDb() { return standbyDb; }
    /** The installation of the primary goldd; its gold.conf is the clients' (primary, then backup). */
    Installation primary() { return primary; }
    Installation backup() { return backup; }
    /** The pause-point directory of the primary goldd (gold.server.engine.PausePoint). */
    Path pauses() { return pauses; }

    /** A superuser connection to one database host, for the audit. */
    static Connection connect(PgCluster db) throws SQLException {
        return DriverManager.getConnection(db.jdbcUrl("gold"), db.user(), db.password());
    }

    /** Master and worker pids of the primary goldd. */
    List<Long> primaryProcesses() throws IOException {
        long master = primary.masterPid();
        List<Long> all = new ArrayList<>(List.of(master));
        ProcessHandle.of(master).ifPresent(h -> h.descendants().forEach(d -> all.add(d.pid())));
        return all;
    }

    /** Stops and starts both goldd (new processes, new connection pools). */
    void restartServers() throws IOException {
        for (Installation gold : List.of(primary, backup)) {
            Installation.Result stop = gold.run("goldd", "--stop");
            if (stop.exit() != 0) {
                throw new IOException("goldd --stop failed: " + stop);
            }
            gold.start();
        }
    }

    static void signal(String signal, List<Long> pids) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of("kill", "-" + signal));
        pids.forEach(pid -> cmd.add(Long.toString(pid)));
        new ProcessBuilder(cmd).inheritIO().start().waitFor();
    }

    @Override
    public void close() {
        try {
            if (primary != null) {
                List<Long> pids = primaryProcesses();
                signal("CONT", pids);
            }
        } catch (Exception e) {
            // not running any more: nothing to wake up
        }
        for (AutoCloseable c : new AutoCloseable[] {backup, primary, standbyDb, primaryDb}) {
            closeQuietly(c);
        }
    }

    private static void closeQuietly(AutoCloseable c) {
        if (c == null) {
            return;
        }
        try {
            c.close();
        } catch (Exception e) {
            System.err.println("close failed: " + e);
        }
    }
}
