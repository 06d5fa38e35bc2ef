package gold.server.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import gold.protocol.GoldConfig;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@code request.key.retention} of goldd.conf: seconds, 7 days by default, never below an hour. */
class RequestKeyRetentionTest {
    private static long retention(String value) {
        return RequestKeys.retention(GoldConfig.of(Map.of("request.key.retention", value)));
    }

    @Test
    void theDefaultIsSevenDays() {
        assertEquals(604800, RequestKeys.retention(GoldConfig.empty()));
        assertEquals(604800, retention(" "));
    }

    @Test
    void aConfiguredRetentionIsUsed() {
        assertEquals(86400, retention("86400"));
        assertEquals(3600, retention(" 3600 "));
    }

    @Test
    void aBadValueFallsBackToTheDefaultAndATooShortOneIsRaisedToAnHour() {
        assertEquals(604800, retention("7d"));
        assertEquals(3600, retention("60"));
        assertEquals(3600, retention("-1"));
    }
}
