package gold.server.config;

import static gold.protocol.config.Setting.flag;
import static gold.protocol.config.Setting.integer;
import static gold.protocol.config.Setting.matching;
import static gold.protocol.config.Setting.seconds;
import static gold.protocol.config.Setting.text;

import gold.protocol.config.Setting;
import gold.protocol.config.SettingTable;
import gold.protocol.config.SharedKeys;
import gold.protocol.server.ServerSecurityKeys;
import java.time.Duration;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The server registry: every goldd.conf key, each defined once (keys shared with gold.conf in
 * {@link SharedKeys}, the receive path's security keys in {@link ServerSecurityKeys}), grouped in the
 * tables of docs/configuration.md. goldd reads a bad value as the default and logs a warning naming
 * the key and the value.
 */
public final class ServerKeys {
    private ServerKeys() {
    }

    private static final String OS_USER = System.getProperty("user.name", "");

    // Process and network
    public static final Setting<Integer> WORKERS = integer("server.workers", 2, 1, Integer.MAX_VALUE,
            "worker JVMs sharing the port (SO_REUSEPORT)");
    public static final Setting<String> WORKER_HEAP = matching("server.worker.heap", "256m",
            Pattern.compile("\\d+[kmgKMG]?"), "expected a heap size like 256m (digits, then k, m or g)",
            "heap limit of each worker JVM (digits, then `k`, `m` or `g`)");
    public static final Setting<Duration> TIMEOUT = seconds("server.timeout", Duration.ofSeconds(30), 1,
            "deadline to read a whole request, and again to write its whole reply");
    public static final Setting<Integer> MESSAGE_MAX = integer("server.message.max", 64 << 20, 1, Integer.MAX_VALUE,
            "largest request payload accepted, in bytes").documentedDefault("`67108864` (64 MiB)");
    public static final Setting<Integer> CONNECTIONS_MAX = integer("server.connections.max", 4096, 1,
            Integer.MAX_VALUE, "concurrent connections per worker; more are refused");
    public static final Setting<Integer> CONNECTIONS_UNAUTHENTICATED_MAX = integer(
            "server.connections.unauthenticated.max", 1024, 1, Integer.MAX_VALUE,
            "at this many connections whose request is not yet verified, the oldest is dropped");
    public static final Setting<Duration> SHUTDOWN_TIMEOUT = seconds("server.shutdown.timeout", Duration.ofSeconds(20),
            1, "time requests in flight get to finish on `goldd --stop`");
    public static final Setting<Integer> METRICS_PORT = integer("server.metrics.port", 0, 0, 65535,
            "serve Prometheus text at `/metrics` on this port, summed over the workers (`0`: off)")
            .documentedDefault("none (off)");
    public static final Setting<String> METRICS_HOST = text("server.metrics.host", "127.0.0.1",
            "address the metrics endpoint listens on");
    public static final Setting<String> ALERT_COMMAND = text("server.alert.command", "",
            "a site command run (by `/bin/sh -c`, one at a time, in order) for each site event: `primary_changed`, "
            + "`guard_refusing_writes`, `guard_allowing_writes`, `worker_replaced`, `commit_outcome_unknown`; it "
            + "gets `GOLD_ALERT_EVENT`, `GOLD_ALERT_TIME`, `GOLD_ALERT_HOST`, `GOLD_ALERT_DETAIL` and "
            + "`GOLD_ALERT_SEQUENCE` (etc/gold-alert.sh is an example)");
    public static final Setting<Duration> ALERT_TIMEOUT = seconds("server.alert.timeout", Duration.ofSeconds(30), 1,
            "an alert command still running after this is killed (and logged)");
    public static final Setting<Boolean> REPLY_ON_RECEIVE_ERROR = flag("server.reply.on.receive.error", true,
            "answer a request that could not be read, decrypted or verified with one Failure chunk; `false` "
            + "closes silently as Gold 2.0.0.7 did");

    // Database
    public static final Setting<String> DATABASE_DATASOURCE = text("database.datasource", "",
            "a `jdbc:postgresql://host:port/gold` URL (several hosts allowed, with `targetServerType=primary`), "
            + "`jdbc:sqlite:FILE`, or the classic `DBI:Pg:dbname=gold;host=h;port=p` / `DBI:SQLite:dbname=FILE`")
            .documentedDefault("none: the embedded SQLite file `data/gold.db`");
    public static final Setting<String> DATABASE_USER = Setting.of("database.user", OS_USER,
            "the OS user running goldd", v -> v, "database login (PostgreSQL)");
    public static final Setting<String> DATABASE_PASSWORD = Setting.of("database.password", "", "empty", v -> v,
            "its password");
    public static final Setting<Integer> DATABASE_POOL_SIZE = integer("database.pool.size", 10, 1, Integer.MAX_VALUE,
            "connections per server process");
    public static final Setting<Integer> DATABASE_CONNECT_TIMEOUT = secondsInt("database.connect.timeout", 5,
            "connect and pool checkout deadline");
    public static final Setting<Integer> DATABASE_SOCKET_TIMEOUT = secondsInt("database.socket.timeout", 60,
            "PostgreSQL socket read deadline");
    public static final Setting<Integer> DATABASE_LOCK_TIMEOUT = secondsInt("database.lock.timeout", 10,
            "PostgreSQL `lock_timeout`");
    public static final Setting<Integer> DATABASE_IDLE_TRANSACTION_TIMEOUT = secondsInt(
            "database.idle.transaction.timeout", 30, "PostgreSQL `idle_in_transaction_session_timeout`");
    public static final Setting<Integer> DATABASE_BUSY_TIMEOUT = secondsInt("database.busy.timeout", 10,
            "SQLite busy timeout (writers queue)");
    public static final Setting<Integer> DATABASE_COMMIT_TIMEOUT = secondsInt("database.commit.timeout", 10,
            "PostgreSQL: a commit still waiting for synchronous replication after this is cancelled and answered 250");

    // Requests and the bank
    public static final Setting<String> SUPER_USER = text("super.user", OS_USER,
            "administrator of a fresh bootstrap; actor of internal sub-requests")
            .documentedDefault("the OS user running goldd (the shipped file: the user who built the tree)");
    public static final Setting<Duration> REQUEST_KEY_RETENTION = seconds("request.key.retention",
            Duration.ofDays(7), Integer.MIN_VALUE, "how long a request key and its reply are kept; values below 3600 are raised "
            + "to 3600, the interval between clean-ups").documentedDefault("`604800` s (7 days)");
    public static final Setting<Boolean> ACCOUNT_AUTOGEN = flag("account.autogen", true,
            "Project Create also makes the project's default account");
    public static final Setting<Boolean> USER_AUTOGEN = flag("user.autogen", false,
            "Quote/Reserve/Charge create unknown users");
    public static final Setting<Boolean> PROJECT_AUTOGEN = flag("project.autogen", false,
            "Quote/Reserve/Charge create unknown projects (without account)");
    public static final Setting<Boolean> MACHINE_AUTOGEN = flag("machine.autogen", false,
            "Quote/Reserve/Charge create unknown machines");
    public static final Setting<String> USER_DEFAULT = text("user.default", "NONE",
            "user of job data that names none (`NONE` = refuse)");
    public static final Setting<String> PROJECT_DEFAULT = text("project.default", "NONE",
            "project when neither the job data nor the user's DefaultProject gives one");
    public static final Setting<String> MACHINE_DEFAULT = text("machine.default", "NONE",
            "machine of job data that names none");

    public static final SettingTable PROCESS = new SettingTable("goldd.process", List.of(
            SharedKeys.SERVER_HOST, SharedKeys.SERVER_PORT, WORKERS, WORKER_HEAP, TIMEOUT, MESSAGE_MAX,
            CONNECTIONS_MAX, CONNECTIONS_UNAUTHENTICATED_MAX, SHUTDOWN_TIMEOUT, METRICS_PORT, METRICS_HOST,
            ALERT_COMMAND, ALERT_TIMEOUT, REPLY_ON_RECEIVE_ERROR));
    public static final SettingTable SECURITY = new SettingTable("goldd.security", List.of(
            SharedKeys.SECURITY_AUTHENTICATION, SharedKeys.SECURITY_ENCRYPTION, ServerSecurityKeys.LEGACY_ACCEPT,
            ServerSecurityKeys.GS2_ACCEPT, ServerSecurityKeys.GS2_REQUIRE_ENCRYPTION, ServerSecurityKeys.REPLAY_WINDOW,
            ServerSecurityKeys.MAX_PLAINTEXT, ServerSecurityKeys.MAX_NODES, SharedKeys.XML_USENAMESPACES,
            SharedKeys.XML_NAMESPACE, SharedKeys.XML_INSTANCE));
    public static final SettingTable DATABASE = new SettingTable("goldd.database", List.of(
            DATABASE_DATASOURCE, DATABASE_USER, DATABASE_PASSWORD, DATABASE_POOL_SIZE, DATABASE_CONNECT_TIMEOUT,
            DATABASE_SOCKET_TIMEOUT, DATABASE_LOCK_TIMEOUT, DATABASE_IDLE_TRANSACTION_TIMEOUT, DATABASE_BUSY_TIMEOUT,
            DATABASE_COMMIT_TIMEOUT));
    public static final SettingTable BANK = new SettingTable("goldd.bank", List.of(
            SUPER_USER, SharedKeys.RESPONSE_CHUNKSIZE, REQUEST_KEY_RETENTION, SharedKeys.CURRENCY_PRECISION,
            ACCOUNT_AUTOGEN, USER_AUTOGEN, PROJECT_AUTOGEN, MACHINE_AUTOGEN, USER_DEFAULT, PROJECT_DEFAULT,
            MACHINE_DEFAULT));

    /** goldd.conf, table by table in the order of docs/configuration.md. */
    public static final List<SettingTable> TABLES = List.of(PROCESS, SECURITY, DATABASE, BANK);

    /** A timeout in whole seconds handed to a driver as an int. */
    private static Setting<Integer> secondsInt(String key, int def, String description) {
        return integer(key, def, 1, Integer.MAX_VALUE, description).documentedDefault("`" + def + "` s");
    }
}
