package gold.server.engine;

import gold.server.sql.PostgresDialect;
import org.junit.jupiter.api.Test;

import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class RetryTest {
    private final Retry retry = new Retry(new PostgresDialect(10), 4, 1);

    @Test
    void lostRacesRunTheWholeAttemptAgain() throws Exception {
        AtomicInteger calls = new AtomicInteger();
        String result = retry.run(() -> {
            if (calls.incrementAndGet() < 3) {
                throw new SQLException(calls.get() == 1 ? "serialization" : "deadlock", calls.get() == 1 ? "40001" : "40P01");
            }
            return "done";
        });
        assertEquals("done", result);
        assertEquals(3, calls.get());
    }

    @Test
    void otherErrorsAreNotRetried() {
        AtomicInteger calls = new AtomicInteger();
        SQLException e = assertThrows(SQLException.class, () -> retry.run(() -> {
            calls.incrementAndGet();
            throw new SQLException("syntax", "42601");
        }));
        assertEquals("42601", e.getSQLState());
        assertEquals(1, calls.get());
    }

    @Test
    void retriesAreBounded() {
        AtomicInteger calls = new AtomicInteger();
        assertThrows(SQLException.class, () -> retry.run(() -> {
            calls.incrementAndGet();
            throw new SQLException("busy", "40001");
        }));
        assertEquals(4, calls.get());
    }
}
