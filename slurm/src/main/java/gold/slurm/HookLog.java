package gold.slurm;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * One line per decision in log/gold-slurm.log (slurmctld discards its hooks' output), also on stderr.
 * Failing to write the log never fails a hook.
 */
public final class HookLog {
    private final Path file;
    private final String who;

    public HookLog(Path file, String who) {
        this.file = file;
        this.who = who;
    }

    public void info(String message) {
        write("INFO", message);
    }

    public void warn(String message) {
        write("WARN", message);
    }

    private void write(String level, String message) {
        String line = Instant.now().truncatedTo(ChronoUnit.MILLIS) + " " + level + " " + who + "[" + ProcessHandle.current().pid()
                + "] " + message.replace('\n', ' ') + "\n";
        System.err.print(line);
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, line, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            System.err.println("gold-slurm: cannot write " + file + ": " + e.getMessage());
        }
    }
}
