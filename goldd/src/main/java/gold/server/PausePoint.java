package gold.server;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Test-only pause points. Only with the system property {@code gold.test.pause.dir=DIR} (set by tests
 * through GOLD_JAVA_OPTS, never by any configuration file) does {@link #reach} look at anything: when
 * a test has armed a point by creating {@code DIR/<name>.arm}, the first process to reach it consumes
 * the arm file, creates {@code DIR/<name>.<pid>} and waits until a test deletes that file (or kills
 * the process, which is usually the point). Without the property it costs one null check.
 */
public final class PausePoint {
    /** Inside the request's transaction, after its writes, before the commit. */
    public static final String BEFORE_COMMIT = "before-commit";
    /** Between the database commit of a request and the write of its reply. */
    public static final String AFTER_COMMIT = "after-commit";

    private static final String DIR = System.getProperty("gold.test.pause.dir");

    private PausePoint() {
    }

    public static void reach(String name) {
        if (DIR == null) {
            return;
        }
        try {
            if (!Files.deleteIfExists(Path.of(DIR, name + ".arm"))) {
                return;
            }
            Path marker = Path.of(DIR, name + "." + ProcessHandle.current().pid());
            Files.writeString(marker, "");
            while (Files.exists(marker)) {
                Thread.sleep(20);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
