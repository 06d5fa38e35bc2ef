package gold.bench;

import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ProfilerTest {
    @Test
    void samplesAreTalliedByTopFrameAndInnermostGoldFrame() {
        String text = String.join("\n",
                "jdk.ExecutionSample {",
                "  startTime = 07:10:00.000",
                "  stackTrace = [",
                "    java.lang.String.hashCode() line: 2",
                "    gold.server.bank.Accounts.load(java.sql.Connection) line: 40",
                "    gold.server.RequestService.serve(gold.protocol.Request) line: 9",
                "    ...",
                "  ]",
                "}",
                "jdk.ExecutionSample {",
                "  stackTrace = [",
                "    gold.server.bank.Accounts.load(java.sql.Connection) line: 41",
                "  ]",
                "}",
                "jdk.ExecutionSample {",
                "  stackTrace = [",
                "    sun.nio.ch.Net.poll(java.io.FileDescriptor, int, long) line: 1",
                "  ]",
                "}");
        Map<String, Integer> self = new HashMap<>();
        Map<String, Integer> gold = new HashMap<>();
        assertEquals(3, Profiler.count(text, self, gold));
        assertEquals(Map.of("java.lang.String.hashCode", 1, "gold.server.bank.Accounts.load", 1, "sun.nio.ch.Net.poll", 1), self);
        assertEquals(Map.of("gold.server.bank.Accounts.load", 2), gold);
    }
}
