package gold.protocol.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gold.protocol.GoldConfig;
import gold.protocol.client.ClientKeys;
import gold.protocol.client.ClientSettings;
import gold.protocol.client.ServerAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Typed settings: parsing, defaults, and what an invalid value gives and says. */
class SettingTest {
    private static final Setting<Integer> WORKERS = Setting.integer("server.workers", 2, 1, 64, "workers");

    private static <T> T read(Setting<T> s, Map<String, String> values, List<String> warnings) {
        return GoldConfig.of(values).reportingInvalidTo(warnings::add).get(s);
    }

    @Test
    void anAbsentKeyGivesTheDefaultWithoutAWarning() {
        List<String> warnings = new ArrayList<>();
        assertEquals(2, read(WORKERS, Map.of(), warnings));
        assertEquals("localhost", read(SharedKeys.SERVER_HOST, Map.of(), warnings));
        assertNull(read(ClientKeys.CLIENT_FAILOVER_WAIT, Map.of(), warnings));
        assertEquals(List.of(), warnings);
    }

    @Test
    void presentValuesAreParsed() {
        List<String> warnings = new ArrayList<>();
        assertEquals(8, read(WORKERS, Map.of("server.workers", " 8 "), warnings));
        assertEquals(7113, read(SharedKeys.SERVER_PORT, Map.of("server.port", "7113"), warnings));
        assertEquals("gold.example.org", read(SharedKeys.SERVER_HOST, Map.of("server.host", " gold.example.org "), warnings));
        assertEquals(Duration.ZERO, read(ClientKeys.CLIENT_FAILOVER_WAIT, Map.of("client.failover.wait", "0"), warnings));
        assertEquals(ClientSettings.Mode.GS2, read(ClientKeys.SECURITY_MODE, Map.of("security.mode", "GS2"), warnings));
        assertEquals(ClientSettings.Mode.LEGACY, read(ClientKeys.SECURITY_MODE, Map.of("security.mode", "x"), warnings));
        assertEquals(List.of(), warnings);
    }

    @Test
    void booleansKeepTheClassicContainsTrueRule() {
        List<String> none = new ArrayList<>();
        assertTrue(read(SharedKeys.SECURITY_ENCRYPTION, Map.of("security.encryption", "untrue"), none));
        assertTrue(read(SharedKeys.SECURITY_ENCRYPTION, Map.of("security.encryption", "TRUE"), none));
        assertFalse(read(SharedKeys.SECURITY_AUTHENTICATION, Map.of("security.authentication", "yes"), none));
        assertEquals(List.of(), none, "a boolean is never invalid");
    }

    @Test
    void anInvalidValueGivesTheDefaultAndAWarningNamingKeyAndValue() {
        List<String> warnings = new ArrayList<>();
        assertEquals(2, read(WORKERS, Map.of("server.workers", "many"), warnings));
        assertEquals(2, read(WORKERS, Map.of("server.workers", "0"), warnings));
        assertEquals(7112, read(SharedKeys.SERVER_PORT, Map.of("server.port", "71120"), warnings));
        assertEquals(List.of(
                "server.workers has the invalid value \"many\": expected a whole number from 1 to 64; using the default 2",
                "server.workers has the invalid value \"0\": expected a whole number from 1 to 64; using the default 2",
                "server.port has the invalid value \"71120\": expected a port number from 0 to 65535; using the default 7112"),
                warnings);
    }

    @Test
    void parseThrowsNamingTheKey() {
        InvalidSettingException e = assertThrows(InvalidSettingException.class,
                () -> Setting.seconds("client.reply.timeout", Duration.ofSeconds(60), 1, "d").parse("-5"));
        assertEquals("client.reply.timeout", e.key());
        assertEquals("client.reply.timeout has the invalid value \"-5\": expected a whole number of seconds of at least 1",
                e.getMessage());
        Setting<String> heap = Setting.matching("server.worker.heap", "256m", Pattern.compile("\\d+[kmg]"),
                "expected a heap size", "heap");
        assertEquals("1g", heap.parse(" 1g "));
        assertThrows(InvalidSettingException.class, () -> heap.parse("lots"));
    }

    @Test
    void aClientPortThatIsNotAPortIsKeptInvalidSoSendingFailsWith214() {
        ClientSettings bad = ClientSettings.from(GoldConfig.of(Map.of("server.port", "71x2")), "k");
        assertEquals(ServerAddress.INVALID_PORT, bad.port());
        assertEquals(7112, ClientSettings.from(GoldConfig.empty(), "k").port());
        assertEquals(List.of(new ServerAddress("b", ServerAddress.INVALID_PORT), new ServerAddress("c", 7112)),
                ServerAddress.backups("b:x c", 7112));
    }

    @Test
    void theDocumentedDefaultIsTheValueUnlessSpelledOut() {
        assertEquals("`2`", WORKERS.defaultText());
        assertEquals("`60` s", ClientKeys.CLIENT_REPLY_TIMEOUT.defaultText());
        assertEquals("`client.reply.timeout`", ClientKeys.CLIENT_FAILOVER_WAIT.defaultText());
    }

    @Test
    void requireRefusesAnInvalidValueAndChoicesIgnoreCase() {
        Setting<String> policy = Setting.choice("prolog.insufficient", "deny", List.of("deny", "allow"), "p");
        GoldConfig c = GoldConfig.of(Map.of("prolog.insufficient", "Allow", "other", "x"));
        assertEquals("allow", c.require(policy));
        assertEquals("deny", GoldConfig.empty().require(policy));
        InvalidSettingException e = assertThrows(InvalidSettingException.class,
                () -> GoldConfig.of(Map.of("prolog.insufficient", "requeue")).require(policy));
        assertEquals("requeue", e.value());
        assertEquals("is not one of deny, allow", e.expected());
    }
}
