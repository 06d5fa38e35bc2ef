package gold.shell;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.List;
import org.jline.reader.impl.history.DefaultHistory;

/**
 * The terminal history, minus the lines that end a session (the classic shell dropped its final
 * {@code q...} entry; recalling {@code quit} helps nobody). Saving keeps exactly the last
 * {@code fileLines} lines in the file, as the classic shell did: JLine alone lets the file grow by a
 * quarter before it trims.
 */
final class ShellHistory extends DefaultHistory {
    private final Path file;
    private final int fileLines;

    ShellHistory(Path file, int fileLines) {
        this.file = file;
        this.fileLines = fileLines;
    }

    @Override
    public void add(Instant time, String line) {
        if (!InputLine.isQuit(line)) {
            super.add(time, line);
        }
    }

    @Override
    public void save() throws IOException {
        super.save();
        List<String> lines = Files.readAllLines(file);
        if (lines.size() > fileLines) {
            // A temporary file is private (0600) and the move atomic, so no reader sees half a file.
            Path temp = Files.createTempFile(file.toAbsolutePath().getParent(), file.getFileName().toString(), ".tmp");
            Files.write(temp, lines.subList(lines.size() - fileLines, lines.size()));
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        }
    }
}
