package gold.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import gold.testkit.Host;
import gold.testkit.StopOnExit;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.Properties;

/**
 * A Patroni-managed PostgreSQL cluster on loopback for the benchmark and the system tests (t/, which
 * use it for the failover drills), from Debian's packages: one etcd member
 * and N PostgreSQL nodes, each run by its own Patroni ({@code /usr/bin/patroni}, as the
 * {@code postgres} user when the JVM is root) on free ports in one temp directory, with
 * {@code synchronous_mode: true}, {@code ttl: 10}, {@code loop_wait: 2}, {@code retry_timeout: 4}
 * (Patroni's rule: loop_wait + 2 retry_timeout &lt;= ttl), {@code maximum_lag_on_failover: 1 MiB} and pg_rewind. Faults as they happen to a real site: a node
 * crashed (Patroni and postmaster killed with SIGKILL), a node started again (it rejoins through
 * rewind or reinit), a switchover through patronictl, etcd stopped and started. {@link #close()} (or a
 * shutdown hook, if the JVM dies first) stops every process it started and removes the directory.
 */
public final class PatroniCluster implements AutoCloseable {
    public static final String SCOPE = "gold";
    private static final Path PATRONI = Path.of("/usr/bin/patroni");
    private static final Path PATRONICTL = Path.of("/usr/bin/patronictl");
    private static final Path ETCD = Path.of("/usr/bin/etcd");
    private static final ObjectMapper JSON = new ObjectMapper();

    /** One PostgreSQL node and the Patroni that manages it. */
    public static final class Node {
        public final String name;
        public final int pgPort;
        final int restPort;
        final Path dir;
        Process patroni;

        Node(String name, int pgPort, int restPort, Path dir) {
            this.name = name;
            this.pgPort = pgPort;
            this.restPort = restPort;
            this.dir = dir;
        }

        Path config() { return dir.resolve("patroni.yml"); }
        Path data() { return dir.resolve("data"); }
    }

    private final Path dir;
    private final int etcdPort;
    private final int etcdPeerPort;
    private final List<Node> nodes = new ArrayList<>();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final StopOnExit reaper = new StopOnExit("patroni-cluster-reaper", this::stopEverything);
    private Process etcd;

    private PatroniCluster(Path dir) throws IOException {
        this.dir = dir;
        this.etcdPort = Host.freePort();
        this.etcdPeerPort = Host.freePort();
    }

    /**
     * Starts etcd and {@code size} nodes with these extra PostgreSQL parameters (e.g. fsync), and
     * returns once there is a leader and every other node is its synchronous or potential standby.
     */
    public static PatroniCluster start(int size, Map<String, String> parameters) throws Exception {
        for (Path exe : List.of(PATRONI, PATRONICTL, ETCD)) {
            if (!Files.isExecutable(exe)) {
                throw new IOException(exe + " is missing: install the Debian packages patroni, etcd-server and"
                        + " etcd-client (.ci/run does)");
            }
        }
        Path dir = Files.createTempDirectory("gold-pg-patroni-");
        PatroniCluster cluster = new PatroniCluster(dir);
        try {
            Path bin = Host.postgresBinaries();
            for (int i = 0; i < size; i++) {
                Node n = new Node("node" + i, Host.freePort(), Host.freePort(), dir.resolve("node" + i));
                Files.createDirectories(n.dir);
                Files.writeString(n.config(), cluster.yaml(n, bin, parameters));
                cluster.nodes.add(n);
            }
            if (Host.ROOT) {
                run(List.of("chown", "-R", "postgres:postgres", dir.toString()));
                run(List.of("chmod", "755", dir.toString())); // file mode, not a Gold code
            }
            cluster.startEtcd();
            cluster.startNode(0);
            cluster.awaitRole(0, "leader", Duration.ofSeconds(90));
            for (int i = 1; i < size; i++) {
                cluster.startNode(i);
            }
            cluster.awaitHealthy(Duration.ofSeconds(120));
            return cluster;
        } catch (Exception | Error e) {
            cluster.close();
            throw e;
        }
    }

    private String yaml(Node n, Path bin, Map<String, String> parameters) {
        StringBuilder local = new StringBuilder();
        local.append("    unix_socket_directories: '").append(n.dir).append("'\n");
        parameters.forEach((k, v) -> local.append("    ").append(k).append(": '").append(v).append("'\n"));
        return """
                scope: %1$s
                namespace: /gold-t/
                name: %2$s
                restapi:
                  listen: 127.0.0.1:%3$d
                  connect_address: 127.0.0.1:%3$d
                etcd3:
                  hosts: 127.0.0.1:%4$d
                bootstrap:
                  dcs:
                    ttl: 10
                    loop_wait: 2
                    retry_timeout: 4
                    maximum_lag_on_failover: 1048576
                    synchronous_mode: true
                    postgresql:
                      use_pg_rewind: true
                      use_slots: true
                      parameters:
                        wal_level: replica
                        hot_standby: "on"
                        wal_log_hints: "on"
                        max_wal_senders: 10
                        max_replication_slots: 10
                        max_connections: 100
                        wal_keep_size: 128MB
                  initdb:
                  - encoding: UTF8
                  - data-checksums
                  - auth: trust
                postgresql:
                  listen: 127.0.0.1:%5$d
                  connect_address: 127.0.0.1:%5$d
                  data_dir: %6$s
                  bin_dir: %7$s
                  pgpass: %8$s
                  authentication:
                    superuser:
                      username: postgres
                      password: postgres
                    replication:
                      username: replicator
                      password: replicator
                    rewind:
                      username: rewinder
                      password: rewinder
                  pg_hba:
                  - local all all trust
                  - local replication all trust
                  - host all all 127.0.0.1/32 trust
                  - host replication all 127.0.0.1/32 trust
                  parameters:
                %9$s""".formatted(SCOPE, n.name, n.restPort, etcdPort, n.pgPort, n.data(), bin,
                n.dir.resolve("pgpass"), local);
    }

    public List<Node> nodes() { return nodes; }
    public Node node(int i) { return nodes.get(i); }
    public int size() { return nodes.size(); }

    /** The multi-host datasource goldd uses: every node, the writable one chosen by pgjdbc. */
    public String datasource(String database) {
        StringBuilder hosts = new StringBuilder();
        for (Node n : nodes) {
            hosts.append(hosts.isEmpty() ? "" : ",").append("127.0.0.1:").append(n.pgPort);
        }
        return "jdbc:postgresql://" + hosts + "/" + database + "?targetServerType=primary";
    }

    /** A superuser connection to one node. */
    public Connection connect(int node, String database) throws SQLException {
        Properties p = new Properties();
        p.setProperty("user", "postgres");
        p.setProperty("password", "postgres");
        p.setProperty("connectTimeout", "3");
        p.setProperty("socketTimeout", "10");
        return DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + nodes.get(node).pgPort + "/" + database, p);
    }

    /** Creates a database on the leader. */
    public void createDatabase(String name) throws Exception {
        try (Connection c = connect(leader().orElseThrow(), "postgres"); Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + name);
        }
    }

    /** Whether the node's PostgreSQL runs in recovery (a standby); empty when it cannot be reached. */
    public Optional<Boolean> inRecovery(int node) {
        try (Connection c = connect(node, "postgres"); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT pg_is_in_recovery()")) {
            rs.next();
            return Optional.of(rs.getBoolean(1));
        } catch (SQLException e) {
            return Optional.empty();
        }
    }

    /** The members as Patroni's REST API reports them (asked of any node that answers). */
    public List<JsonNode> members() {
        for (Node n : nodes) {
            try {
                HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + n.restPort
                        + "/cluster")).timeout(Duration.ofSeconds(2)).build(), HttpResponse.BodyHandlers.ofString());
                if (r.statusCode() == 200) {
                    List<JsonNode> out = new ArrayList<>();
                    JSON.readTree(r.body()).path("members").forEach(out::add);
                    return out;
                }
            } catch (IOException e) {
                // this node's Patroni is down: ask the next one
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return List.of();
            }
        }
        return List.of();
    }

    /** The role Patroni gives a node now ({@code leader}, {@code sync_standby}, {@code replica}), or empty. */
    public Optional<String> role(int node) {
        return members().stream().filter(m -> m.path("name").asText().equals(nodes.get(node).name))
                .map(m -> m.path("role").asText()).findFirst();
    }

    /** The node holding the leader key and running, as Patroni reports it. */
    public Optional<Integer> leader() {
        for (JsonNode m : members()) {
            if (m.path("role").asText().equals("leader") && m.path("state").asText().equals("running")) {
                return Optional.of(index(m.path("name").asText()));
            }
        }
        return Optional.empty();
    }

    private int index(String name) {
        for (int i = 0; i < nodes.size(); i++) {
            if (nodes.get(i).name.equals(name)) {
                return i;
            }
        }
        throw new IllegalArgumentException("no node " + name);
    }

    /** Waits until the node has this role; returns how long that took. */
    public Duration awaitRole(int node, String role, Duration limit) throws Exception {
        long t0 = System.nanoTime();
        await(() -> role(node).filter(role::equals).isPresent(), limit, nodes.get(node).name + " as " + role);
        return Duration.ofNanos(System.nanoTime() - t0);
    }

    /**
     * Waits until a leader runs writable and every other node is its synchronous standby or a replica
     * streaming from it, one of them the synchronous standby; returns the leader.
     */
    public int awaitHealthy(Duration limit) throws Exception {
        int[] leader = {-1};
        await(() -> {
            List<JsonNode> ms = members();
            long running = ms.stream().filter(m -> m.path("state").asText().matches("running|streaming")).count();
            boolean sync = ms.stream().anyMatch(m -> m.path("role").asText().equals("sync_standby"));
            Optional<Integer> l = leader();
            if (running != nodes.size() || !sync || l.isEmpty() || !inRecovery(l.get()).equals(Optional.of(false))) {
                return false;
            }
            leader[0] = l.get();
            return true;
        }, limit, "a healthy cluster (a writable leader, a synchronous standby, every node running)");
        return leader[0];
    }

    /** The Patroni of a node (re)started on its configuration; it rejoins the cluster as it finds it. */
    public void startNode(int i) throws IOException {
        Node n = nodes.get(i);
        List<String> cmd = new ArrayList<>();
        if (Host.ROOT) {
            cmd.addAll(List.of("runuser", "-u", "postgres", "--"));
        }
        cmd.addAll(List.of(PATRONI.toString(), n.config().toString()));
        n.patroni = new ProcessBuilder(cmd).directory(n.dir.toFile()).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(n.dir.resolve("patroni.log").toFile())).start();
    }

    /**
     * A crashed host: SIGKILL to the node's Patroni and at the same time to its postmaster and every
     * PostgreSQL process, waiting until all are gone. (Killing the postmaster alone only makes Patroni
     * restart it.)
     */
    public void crash(int i) throws IOException, InterruptedException {
        Node n = nodes.get(i);
        List<ProcessHandle> all = new ArrayList<>(patroniProcesses(n));
        postmaster(n).ifPresent(p -> all.addAll(Host.tree(p.pid())));
        Host.killAll(all, Duration.ofSeconds(30));
        if (n.patroni != null) {
            n.patroni.waitFor(10, TimeUnit.SECONDS);
        }
    }

    /** A planned switchover through patronictl, as an operator runs it. */
    public String switchover(int from, int to) throws IOException {
        return run(List.of(PATRONICTL.toString(), "-c", nodes.get(from).config().toString(), "switchover", SCOPE,
                "--leader", nodes.get(from).name, "--candidate", nodes.get(to).name, "--force"));
    }

    /** etcd lost: SIGKILL, so no member can renew its leader key. */
    public void stopEtcd() throws InterruptedException {
        if (etcd != null) {
            etcd.destroyForcibly();
            etcd.waitFor(10, TimeUnit.SECONDS);
            etcd = null;
        }
    }

    /** etcd back on its data directory (the cluster's keys kept). */
    public void startEtcd() throws Exception {
        Path data = dir.resolve("etcd");
        String peer = "http://127.0.0.1:" + etcdPeerPort;
        String client = "http://127.0.0.1:" + etcdPort;
        etcd = new ProcessBuilder(ETCD.toString(), "--name", "etcd0", "--data-dir", data.toString(),
                "--listen-client-urls", client, "--advertise-client-urls", client, "--listen-peer-urls", peer,
                "--initial-advertise-peer-urls", peer, "--initial-cluster", "etcd0=" + peer,
                "--initial-cluster-state", "new")
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(dir.resolve("etcd.log").toFile()))
                .start();
        await(() -> {
            try {
                return http.send(HttpRequest.newBuilder(URI.create(client + "/health")).timeout(Duration.ofSeconds(2))
                        .build(), HttpResponse.BodyHandlers.ofString()).body().contains("true");
            } catch (IOException e) {
                return false;
            }
        }, Duration.ofSeconds(30), "etcd to answer");
    }

    /** The last lines of a node's Patroni log, for failure messages. */
    public String log(int i) {
        try {
            List<String> lines = Files.readAllLines(nodes.get(i).dir.resolve("patroni.log"));
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    private static List<ProcessHandle> patroniProcesses(Node n) {
        List<ProcessHandle> out = new ArrayList<>();
        if (n.patroni != null) {
            // runuser's pid is not Patroni's: Patroni is its child
            out.add(n.patroni.toHandle());
            n.patroni.toHandle().descendants().forEach(out::add);
        }
        return out;
    }

    /** The pid of a node's postmaster (0 when it does not run). */
    public long postmasterPid(int node) {
        return postmaster(nodes.get(node)).map(ProcessHandle::pid).orElse(0L);
    }

    /** The postmaster runs detached from Patroni (parent 1): found through postmaster.pid. */
    private static Optional<ProcessHandle> postmaster(Node n) {
        try {
            Path pidFile = n.data().resolve("postmaster.pid");
            if (!Files.exists(pidFile)) {
                return Optional.empty();
            }
            return ProcessHandle.of(Long.parseLong(Files.readAllLines(pidFile).get(0).trim()))
                    .filter(p -> p.info().command().map(c -> c.contains("postgres")).orElse(true));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    @Override
    public void close() {
        reaper.now();
    }

    /** SIGTERM to every Patroni (it stops its PostgreSQL), then SIGKILL to whatever is left; etcd last. */
    private void stopEverything() {
        List<ProcessHandle> patronis = new ArrayList<>();
        for (Node n : nodes) {
            for (ProcessHandle p : patroniProcesses(n)) {
                if (p.info().command().map(c -> !c.endsWith("runuser")).orElse(true)) {
                    p.destroy();
                }
                patronis.add(p);
            }
        }
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (patronis.stream().anyMatch(ProcessHandle::isAlive) && System.nanoTime() < until) {
            sleepQuietly(100);
        }
        for (Node n : nodes) {
            patroniProcesses(n).forEach(ProcessHandle::destroyForcibly);
            postmaster(n).ifPresent(p -> {
                p.descendants().forEach(ProcessHandle::destroyForcibly);
                p.destroyForcibly();
            });
        }
        if (etcd != null) {
            etcd.destroyForcibly();
            try {
                etcd.waitFor(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        for (Node n : nodes) {
            postmaster(n).ifPresent(p -> {
                long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
                while (p.isAlive() && System.nanoTime() < end) {
                    sleepQuietly(50);
                }
            });
        }
        Host.deleteTree(dir);
    }

    /** A condition polled until it holds. */
    @FunctionalInterface
    public interface Check {
        boolean ok() throws Exception;
    }

    /** Polls {@code check} every 100 ms until it holds; fails after {@code limit}. */
    public static void await(Check check, Duration limit, String what) throws Exception {
        long until = System.nanoTime() + limit.toNanos();
        while (!check.ok()) {
            if (System.nanoTime() > until) {
                throw new AssertionError("timed out after " + limit + " waiting for " + what);
            }
            Thread.sleep(100);
        }
    }

    private static void sleepQuietly(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static String run(List<String> cmd) throws IOException {
        return Host.run(null, cmd, "", 60);
    }
}
