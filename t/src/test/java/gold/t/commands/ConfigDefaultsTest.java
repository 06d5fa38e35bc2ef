package gold.t.commands;

import gold.t.Installation;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.nio.file.Files;
import java.nio.file.StandardOpenOption;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The client defaults of gold.conf on the built tree: the tree's
 * gold.conf gets {@code account.show} (read by gbalance and glsaccount alike), the
 * {@code balance.show} of the sample gold.conf (never read) and {@code currency.precision}; the
 * resource config-defaults.txt replays what the commands print with them.
 */
class ConfigDefaultsTest {
    private static final String RESOURCE = "config-defaults.txt";
    private static Installation gold;

    @BeforeAll
    static void startServer() throws Exception {
        gold = Installation.create(Map.of());
        Files.writeString(gold.home().resolve("etc/gold.conf"),
                "account.show = Id,Name,Amount,Users\nbalance.show = Id\ncurrency.precision = 2\n", StandardOpenOption.APPEND);
        gold.start();
    }

    @AfterAll
    static void stopServer() {
        if (gold != null) {
            gold.close();
        }
    }

    @TestFactory
    Stream<DynamicTest> listingsUseTheDefaultsOfGoldConf() throws Exception {
        TranscriptPlayer player = new TranscriptPlayer(gold, RESOURCE);
        return Transcript.load(RESOURCE).stream()
                .map(step -> DynamicTest.dynamicTest(step.line() + ": " + step, () -> player.play(step)));
    }
}
