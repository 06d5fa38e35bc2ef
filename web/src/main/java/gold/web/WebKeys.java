package gold.web;

import static gold.protocol.config.Setting.flag;
import static gold.protocol.config.Setting.port;
import static gold.protocol.config.Setting.seconds;
import static gold.protocol.config.Setting.text;

import gold.protocol.config.Setting;
import gold.protocol.config.SettingTable;
import java.time.Duration;
import java.util.List;

/**
 * The goldweb registry: every etc/goldweb.conf key as a typed setting. The goldd servers goldweb talks
 * to come from etc/gold.conf (the client registry). A bad value reads as the default, with a warning
 * in goldweb's log.
 */
public final class WebKeys {
    private WebKeys() {
    }

    public static final Setting<String> HOST = text("web.host", "127.0.0.1",
            "address to listen on; plain HTTP is served only on a loopback address unless `web.insecure.allow`");
    public static final Setting<Integer> PORT = port("web.port", 7180, "port to listen on");
    public static final Setting<String> TLS_KEYSTORE = text("web.tls.keystore", "",
            "a PKCS#12 keystore (relative to the install tree): HTTPS");
    public static final Setting<String> TLS_PASSWORD = Setting.of("web.tls.password", "", "empty", v -> v,
            "the keystore's password");
    public static final Setting<Boolean> INSECURE_ALLOW = flag("web.insecure.allow", false,
            "serve plain HTTP on an address other than loopback (passwords then travel in clear)");
    public static final Setting<Duration> SESSION_IDLE_TIMEOUT = seconds("web.session.idle.timeout",
            Duration.ofSeconds(1800), Integer.MIN_VALUE, "seconds of inactivity after which a session (and the "
            + "password it holds in memory) is dropped; values below 30 are raised to 30");

    /** etc/goldweb.conf. */
    public static final SettingTable TABLE = new SettingTable("goldweb.conf", List.of(HOST, PORT, TLS_KEYSTORE,
            TLS_PASSWORD, INSECURE_ALLOW, SESSION_IDLE_TIMEOUT));
}
