package gold.server.process;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import java.util.logging.Logger;

/** etc/gold.pid: the master's decimal pid without newline, written atomically (classic format). */
final class PidFile {
    private final Path file;

    PidFile(Path file) {
        this.file = file;
    }

    Path path() {
        return file;
    }

    /** The pid in the file, if the file exists and holds a number. */
    Optional<Long> read() {
        try {
            return Optional.of(Long.parseLong(Files.readString(file).trim()));
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** The live process the file names, if any (a stale file names nothing). */
    Optional<ProcessHandle> live() {
        return read().flatMap(ProcessHandle::of).filter(ProcessHandle::isAlive).filter(PidFile::isGoldd);
    }

    void write(long pid) throws IOException {
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        Files.writeString(tmp, Long.toString(pid));
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    /** Removes the file only while it still names {@code pid}, so a newer server's file survives. */
    void removeIfOwnedBy(long pid) {
        if (read().filter(p -> p == pid).isPresent()) {
            delete();
        }
    }

    void delete() {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            Logger.getLogger(PidFile.class.getName()).warning("cannot remove " + file + ": " + e);
        }
    }

    /** A recycled pid may belong to an unrelated process: only a Java process running goldd counts. */
    private static boolean isGoldd(ProcessHandle p) {
        return p.info().arguments().map(args -> String.join(" ", args).contains(GolddJvm.MAIN_CLASS)).orElse(true);
    }
}
