package gold.protocol.client;

import static gold.protocol.config.Setting.flag;
import static gold.protocol.config.Setting.seconds;
import static gold.protocol.config.Setting.text;

import gold.protocol.client.ClientSettings.Mode;
import gold.protocol.config.Setting;
import gold.protocol.config.SettingTable;
import gold.protocol.config.SharedKeys;
import java.time.Duration;
import java.util.List;
import java.util.Locale;

/**
 * The client registry: every gold.conf key, read by the transport ({@link ClientSettings}) and by the
 * commands (display columns, precision). Keys shared with goldd.conf are defined in {@link SharedKeys}
 * and listed here too, so {@link #TABLE} is the whole of gold.conf in the order of docs/configuration.md.
 */
public final class ClientKeys {
    private ClientKeys() {
    }

    public static final Setting<String> SERVER_BACKUP = text("server.backup", "NONE",
            "servers tried when the primary cannot be reached or answers 730: one or more `host[:port]`, "
            + "separated by commas or blanks; the port defaults to `server.port`");
    public static final Setting<Boolean> SERVER_KEYS_HONOURED = flag("server.keys.honoured", false,
            "treat every server as honouring request keys, so an outcome-unknown request may be retried on a "
            + "backup even before a server showed it honours keys");
    public static final Setting<Mode> SECURITY_MODE = Setting.of("security.mode", Mode.LEGACY,
            "`legacy` (the shipped file sets `gs2`)",
            text -> text.strip().toLowerCase(Locale.ROOT).equals("gs2") ? Mode.GS2 : Mode.LEGACY,
            "`gs2`: HMAC-SHA256 with timestamp and nonce, signed replies, AES-256-GCM when encrypting "
            + "(a server accepts both suites side by side); `legacy` (any other value): the classic "
            + "HMAC-SHA1 / DES-EDE3 suite (docs/protocol.md)");
    public static final Setting<String> SECURITY_TOKEN_TYPE = text("security.token.type", "symmetric",
            "accepted for compatibility and not read; the clients always sign with the shared key, or with the "
            + "user's password where a command asks for it");
    public static final Setting<Boolean> RESPONSE_CHUNKING = flag("response.chunking", false,
            "ask for segmented replies (goldsh always does)");
    public static final Setting<Duration> CLIENT_CONNECT_TIMEOUT = seconds("client.connect.timeout",
            Duration.ofSeconds(5), 1, "deadline to connect to one server");
    public static final Setting<Duration> CLIENT_REPLY_TIMEOUT = seconds("client.reply.timeout",
            Duration.ofSeconds(60), 1, "deadline for the reply once the request is sent; past it the result is 250, "
            + "outcome unknown");
    public static final Setting<Duration> CLIENT_FAILOVER_WAIT = seconds("client.failover.wait", null, 0,
            "how long a request refused with 730 (database unavailable, e.g. while Patroni promotes a standby) "
            + "by every server is sent round again with the same request key, with back-off (0.25 s doubling "
            + "to 2 s), from its first attempt; `0` gives up at once, as `--fail-fast` does")
            .documentedDefault("`client.reply.timeout`");
    public static final Setting<String> ACCOUNT_SHOW = show("account", "Id,Name,Amount,Projects,Users,Machines,Description",
            "`glsaccount`; when set, also of `gbalance`'s table (which otherwise shows its balance columns)");
    public static final Setting<String> ALLOCATION_SHOW = show("allocation",
            "Id,Account,StartTime,EndTime,Amount,CreditLimit,Deposited,Description", "`glsalloc`");
    public static final Setting<String> JOB_SHOW = show("job", "Id,JobId,User,Project,Machine,Queue,QualityOfService,"
            + "Stage,Charge,Processors,Nodes,WallDuration,StartTime,EndTime,Description", "`glsjob`");
    public static final Setting<String> MACHINE_SHOW = show("machine",
            "Name,Active,Architecture,OperatingSystem,Organization,Description", "`glsmachine`");
    public static final Setting<String> PROJECT_SHOW = show("project", "Name,Active,Users,Machines,Description",
            "`glsproject`");
    public static final Setting<String> QUOTATION_SHOW = show("quotation",
            "Id,Amount,Job,Project,User,Machine,StartTime,EndTime,WallDuration,Uses,ChargeRates,Description",
            "`glsquote`");
    public static final Setting<String> RESERVATION_SHOW = show("reservation",
            "Id,Name,Amount,StartTime,EndTime,Job,User,Project,Machine,Accounts,Description", "`glsres`");
    public static final Setting<String> TRANSACTION_SHOW = show("transaction", "Id,Object,Action,Actor,Name,Child,"
            + "JobId,Amount,Delta,Account,Project,User,Machine,Allocation,Count,Description", "`glstxn`");
    public static final Setting<String> USER_SHOW = show("user",
            "Name,Active,CommonName,PhoneNumber,EmailAddress,DefaultProject,Description", "`glsuser`");

    /** gold.conf, in the order of docs/configuration.md. */
    public static final SettingTable TABLE = new SettingTable("gold.conf", List.of(
            SharedKeys.SERVER_HOST, SharedKeys.SERVER_PORT, SERVER_BACKUP, SERVER_KEYS_HONOURED, SECURITY_MODE,
            SharedKeys.SECURITY_AUTHENTICATION, SharedKeys.SECURITY_ENCRYPTION, SECURITY_TOKEN_TYPE,
            RESPONSE_CHUNKING, SharedKeys.RESPONSE_CHUNKSIZE, CLIENT_CONNECT_TIMEOUT, CLIENT_REPLY_TIMEOUT,
            CLIENT_FAILOVER_WAIT, SharedKeys.CURRENCY_PRECISION, ACCOUNT_SHOW, ALLOCATION_SHOW, JOB_SHOW,
            MACHINE_SHOW, PROJECT_SHOW, QUOTATION_SHOW, RESERVATION_SHOW, TRANSACTION_SHOW, USER_SHOW,
            SharedKeys.XML_USENAMESPACES, SharedKeys.XML_NAMESPACE, SharedKeys.XML_INSTANCE));

    /** The column list of a list command; {@code --show} replaces it for one run. */
    private static Setting<String> show(String object, String columns, String command) {
        return Setting.of(object + ".show", columns, "`" + columns + "`", text -> text,
                "columns of " + command);
    }
}
