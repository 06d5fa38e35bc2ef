package gold.server.log;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.logging.Level;
import java.util.logging.Logger;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RotatingLogTest {
    @Test
    void rotatesBySizeAndKeepsSevenBackups(@TempDir Path dir) throws Exception {
        Path log = dir.resolve("goldd.log");
        RotatingLog.install(log, Level.INFO, false);
        Logger logger = Logger.getLogger("gold.test.Rotation");
        String line = "x".repeat(10_000);
        for (int i = 0; i < 9_000; i++) {
            logger.info(line);
        }
        assertTrue(Files.size(log) <= RotatingLog.MAX_BYTES);
        for (int i = 1; i <= RotatingLog.BACKUPS; i++) {
            assertTrue(Files.exists(Path.of(log + "." + i)), "backup " + i);
            assertTrue(Files.size(Path.of(log + "." + i)) <= RotatingLog.MAX_BYTES);
        }
        assertFalse(Files.exists(Path.of(log + "." + (RotatingLog.BACKUPS + 1))));
        assertTrue(Files.readString(log).contains(" INFO  Rotation  x"), "classic line layout");
    }
}
