package gold.t;

import gold.bench.GoldInstall;
import gold.bench.Shell;
import gold.protocol.AuthKey;
import gold.protocol.client.GoldClient;
import gold.testkit.Host;
import gold.testkit.PgCluster;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A private copy of the built install tree (target/gold) in a temp directory, configured for one test:
 * its own free port, its own database, one worker unless the test asks for more. The tree itself is
 * the benchmark's {@link GoldInstall} (one implementation for both); this adds what tests need: the
 * tree comes from {@code gold.tree}, results print in failure messages, and {@link #close()} stops
 * goldd, kills anything left from the tree and removes it.
 */
public final class Installation implements AutoCloseable {
    private final GoldInstall gold;
    private PgCluster ownDatabase;

    private Installation(GoldInstall gold) {
        this.gold = gold;
    }

    /** The admin that goldd runs as, which the transcripts show as "gold". */
    public static String admin() {
        return GoldInstall.admin();
    }

    /** Copies the tree and writes goldd.conf/gold.conf with the given extra server settings. */
    public static Installation create(Map<String, String> serverSettings) throws IOException {
        Path built = Path.of(System.getProperty("gold.tree", "../target/gold")).toAbsolutePath().normalize();
        Map<String, String> settings = new LinkedHashMap<>();
        settings.put("server.workers", "1");
        settings.putAll(serverSettings);
        return new Installation(GoldInstall.create(built, Files.createTempDirectory("gold-t-"), settings));
    }

    /** As {@link #create}, on a database "gold" in a PostgreSQL cluster of its own, which {@link #close()} removes too. */
    public static Installation onOwnPostgres() throws IOException, SQLException {
        PgCluster pg = PgCluster.start();
        try {
            Installation inst = create(Map.of("database.datasource", pg.createDatabase("gold"), "database.user", pg.user()));
            inst.ownDatabase = pg;
            return inst;
        } catch (IOException | SQLException | RuntimeException e) {
            pg.close();
            throw e;
        }
    }

    public Path home() { return gold.home(); }

    /** Adds an environment variable for every program started from now on (e.g. GOLD_JAVA_OPTS). */
    public void environment(String name, String value) {
        gold.environment(name, value);
    }

    /**
     * A directory for goldd's test pause points (-Dgold.test.pause.dir, through GOLD_JAVA_OPTS for every
     * program started from now on), writable by the administrator: a test arms a pause by writing a file
     * there and sees a process reach it by the file that process writes.
     */
    public Path pauseDirectory() throws IOException {
        Path pauses = Files.createTempDirectory(home(), "pause");
        if (Shell.ROOT) {
            runAsInvoker("chown", "gold:", pauses.toString());
        }
        environment("GOLD_JAVA_OPTS", "-Dgold.test.pause.dir=" + pauses);
        return pauses;
    }

    /** An in-process protocol client for this server, acting as the administrator. */
    public GoldClient client() throws IOException {
        return new GoldClient(gold.clientSettings());
    }

    /** Replaces the shared key (e.g. to share one with another server), keeping it the admin's. */
    public void writeKey(String key) throws IOException {
        Path file = home().resolve("etc/auth_key");
        Files.writeString(file, key + "\n");
        if (Shell.ROOT) {
            runAsInvoker("chown", "gold:", file.toString());
        }
    }

    /** The shared key of this tree. */
    public String key() throws IOException {
        return AuthKey.read(home().resolve("etc/auth_key"));
    }

    /** Pid of the running master, from etc/gold.pid. */
    public long masterPid() throws IOException {
        return gold.masterPid();
    }
    public int port() { return gold.port(); }

    /** Runs bin/NAME (or sbin/NAME) with arguments and no stdin. */
    public Result run(String program, String... args) throws IOException {
        return runWithInput(null, program, args);
    }

    /** Runs a program of the tree with the given text on its stdin. */
    public Result runWithInput(String stdin, String program, String... args) throws IOException {
        List<String> cmd = new ArrayList<>();
        cmd.add(gold.program(program).toString());
        cmd.addAll(List.of(args));
        return Result.of(gold.exec(cmd, true, Map.of(), stdin));
    }

    /**
     * The argument vector that runs bin/NAME (or sbin/NAME) as the administrator with GOLD_HOME set, for
     * a program started by something else (a terminal multiplexer, say).
     */
    public List<String> adminCommand(String program, String... args) {
        List<String> cmd = new ArrayList<>();
        if (Shell.ROOT) {
            cmd.addAll(List.of("runuser", "-u", "gold", "--"));
        }
        cmd.addAll(List.of("env", "GOLD_HOME=" + home(), gold.program(program).toString()));
        cmd.addAll(List.of(args));
        return cmd;
    }

    /** Runs a /bin/sh script as the administrator, with the tree's bin/ and sbin/ first on PATH. */
    public Result shell(String script) throws IOException {
        String path = home().resolve("bin") + ":" + home().resolve("sbin") + ":/usr/bin:/bin";
        return Result.of(gold.exec(List.of("/bin/sh", "-c", "PATH=" + path + "; export PATH; " + script), true, Map.of(), null));
    }

    /** Runs any command as the invoking user (root in CI), with GOLD_HOME set. */
    public Result runAsInvoker(String... command) throws IOException {
        return Result.of(gold.exec(List.of(command), false, Map.of(), null));
    }

    public Result start() throws IOException {
        return Result.of(gold.start());
    }

    /** Every log file of the tree in full. */
    public String log() {
        return gold.log();
    }

    @Override
    public void close() {
        try {
            try {
                run("goldd", "--stop");
            } catch (IOException e) {
                System.err.println("goldd --stop failed: " + e.getMessage());
            }
            try {
                runAsInvoker("pkill", "-KILL", "-f", "gold.home=" + home());
            } catch (IOException e) {
                // exit status 1 = nothing left to kill, which is the normal case
            }
            Host.deleteTree(home());
        } finally {
            if (ownDatabase != null) {
                ownDatabase.close();
            }
        }
    }

    /** What a program printed and its exit status. */
    public record Result(String stdout, String stderr, int exit) {
        static Result of(Shell.Result r) {
            return new Result(r.stdout(), r.stderr(), r.exit());
        }

        @Override
        public String toString() {
            return "exit " + exit + "\n--- stdout\n" + stdout + "--- stderr\n" + stderr;
        }
    }
}
