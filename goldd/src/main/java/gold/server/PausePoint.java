package gold.server;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

/**
 * Test-only pause points: with the system property {@code gold.test.pause=name[,name...]} and
 * {@code gold.test.pause.dir=DIR} a worker that reaches a named point creates {@code DIR/name.<pid>}
 * and waits until a test deletes that file (or kills the process, which is usually the point).
 * Without the property (every production configuration) {@link #reach} costs one set lookup.
 */
public final class PausePoint {
    /** Between the database commit of a request and the write of its reply. */
    public static final String AFTER_COMMIT = "after-commit";
    /** Inside the request's transaction, after its writes, before the commit. */
    public static final String BEFORE_COMMIT = "before-commit";
    /** While writing a reply, after the first bytes went out. */
    public static final String MID_WRITE = "mid-write";

    private static final Set<String> ENABLED = Set.of(System.getProperty("gold.test.pause", "").split(","));
    private static final Path DIR = Path.of(System.getProperty("gold.test.pause.dir", System.getProperty("java.io.tmpdir")));

    private PausePoint() {
    }

    public static void reach(String name) {
        if (!ENABLED.contains(name)) {
            return;
        }
        Path marker = DIR.resolve(name + "." + ProcessHandle.current().pid());
        try {
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
