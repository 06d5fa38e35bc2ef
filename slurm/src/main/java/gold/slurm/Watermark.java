package gold.slurm;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * How far sync has settled a completion log: the log's identity (inode) and the byte offset after the
 * last line settled. A log that was rotated (another inode) or truncated (shorter than the offset) is
 * read from its start again; the request keys keep the runs settled before from being charged twice.
 */
record Watermark(String identity, long offset) {
    static Watermark read(Path file) throws IOException {
        if (!Files.exists(file)) {
            return new Watermark("", 0);
        }
        String[] parts = Files.readString(file).strip().split("\\s+");
        if (parts.length != 2 || !parts[1].matches("\\d+")) {
            throw new IOException("unreadable watermark in " + file + " (expected: <identity> <offset>)");
        }
        return new Watermark(parts[0], Long.parseLong(parts[1]));
    }

    /** Written to a temporary file and moved in place, so a crash never leaves half a watermark. */
    void write(Path file) throws IOException {
        Files.createDirectories(file.getParent());
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        Files.writeString(tmp, identity + " " + offset + "\n", StandardCharsets.UTF_8);
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    static String identityOf(Path log) throws IOException {
        Object key = Files.readAttributes(log, BasicFileAttributes.class).fileKey();
        return key == null ? "file" : key.toString().replaceAll("\\s+", "");
    }

    /** Where to start reading the log as it is now. */
    long startIn(String currentIdentity, long size) {
        return identity.equals(currentIdentity) && offset <= size ? offset : 0;
    }
}
