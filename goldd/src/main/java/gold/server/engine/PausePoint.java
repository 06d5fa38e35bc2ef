package gold.server.engine;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Test-only pause points. Only with the system property {@code gold.test.pause.dir=DIR} (set by tests
 * through GOLD_JAVA_OPTS, never by any configuration file) does {@link #reach} look at anything: when
 * a test has armed a point by creating {@code DIR/<name>.arm}, the first request to reach it whose
 * request key starts with the arm file's text (empty: any request) consumes the arm file, creates
 * {@code DIR/<name>.<pid>} holding its request key (so the test can follow that request), and waits
 * until a test deletes that file (or kills the process, which is usually the point). Without the
 * property it costs one null check.
 */
public final class PausePoint {
    /** Inside the request's transaction, after its writes, before the commit. */
    public static final String BEFORE_COMMIT = "before-commit";
    /** Between the database commit of a request and the write of its reply. */
    public static final String AFTER_COMMIT = "after-commit";
    /** Inside a writing bank request, right after it locked the rows it will change, before any id is taken. */
    public static final String BANK_LOCKED = "bank-locked";

    private static volatile String pauseDir = System.getProperty("gold.test.pause.dir");

    /** In-process tests (no system property at start-up) point the pause points at {@code dir}; null disarms. */
    public static void directory(Path dir) {
        pauseDir = dir == null ? null : dir.toString();
    }

    private PausePoint() {
    }

    /** Holds the calling request here if the point is armed; {@code requestKey} goes into the marker. */
    public static void reach(String name, String requestKey) {
        String dir = pauseDir;
        if (dir == null) {
            return;
        }
        try {
            Path arm = Path.of(dir, name + ".arm");
            String wanted;
            try {
                wanted = Files.readString(arm).strip();
            } catch (NoSuchFileException e) {
                return; // not armed, or another request took it
            }
            if (!requestKey.startsWith(wanted) || !Files.deleteIfExists(arm)) {
                return;
            }
            String file = name + "." + ProcessHandle.current().pid();
            Path marker = Path.of(dir, file);
            // written aside and moved, so a test never reads a marker without its key
            Path pending = Files.writeString(Path.of(dir, "." + file), requestKey);
            Files.move(pending, marker, StandardCopyOption.ATOMIC_MOVE);
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
