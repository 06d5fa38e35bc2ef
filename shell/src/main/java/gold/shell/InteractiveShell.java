package gold.shell;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
import java.util.function.Consumer;
import org.jline.reader.Completer;
import org.jline.reader.EndOfFileException;
import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;
import org.jline.reader.UserInterruptException;
import org.jline.terminal.Terminal;
import org.jline.utils.AttributedString;
import org.jline.utils.AttributedStyle;

/**
 * goldsh on a terminal: the bold {@code gold> } prompt, line editing, history kept
 * across sessions in a file, and tab completion. The session ends at end of input (Ctrl-D) or on a
 * line that is exactly {@code q}, {@code quit} or {@code exit}; Ctrl-C abandons the line being typed.
 * Event expansion is off, because {@code !} is goldsh's negation.
 */
final class InteractiveShell {
    /** The prompt, as the classic shell writes it. */
    static final String PROMPT = "gold> ";
    /** Lines kept in the history file, as in the classic shell. */
    static final int HISTORY_LINES = 51;
    private static final Set<PosixFilePermission> PRIVATE = PosixFilePermissions.fromString("rw-------");

    private final Terminal terminal;
    private final Path historyFile;
    private final Completer completer;
    private final PrintStream out;

    /** {@code out} gets the one message of a history file that cannot be written, as in the classic shell. */
    InteractiveShell(Terminal terminal, Path historyFile, Completer completer, PrintStream out) {
        this.terminal = terminal;
        this.historyFile = historyFile;
        this.completer = completer;
        this.out = out;
    }

    /** Reads and hands over lines until the session ends. */
    void run(Consumer<String> lines) {
        createPrivately(historyFile);
        LineReader reader = LineReaderBuilder.builder()
                .terminal(terminal)
                .appName("goldsh")
                .parser(new WordParser())
                .completer(completer)
                .history(new ShellHistory(historyFile, HISTORY_LINES))
                .variable(LineReader.HISTORY_FILE, historyFile)
                // ShellHistory trims the file; JLine's own trimming would also drop duplicates.
                .variable(LineReader.HISTORY_FILE_SIZE, Integer.MAX_VALUE / 2)
                // Every line read is an entry, repeated ones too, as GNU readline keeps them.
                .option(LineReader.Option.HISTORY_IGNORE_DUPS, false)
                .option(LineReader.Option.DISABLE_EVENT_EXPANSION, true)
                .option(LineReader.Option.HISTORY_INCREMENTAL, false)
                .option(LineReader.Option.HISTORY_TIMESTAMPED, false)
                .build();
        String prompt = new AttributedString(PROMPT, AttributedStyle.BOLD).toAnsi(terminal);
        try {
            while (true) {
                String line;
                try {
                    line = reader.readLine(prompt);
                } catch (UserInterruptException e) {
                    continue;
                } catch (EndOfFileException e) {
                    break;
                }
                if (!runLines(line, lines)) {
                    break;
                }
                terminal.flush();
            }
        } finally {
            save(reader);
        }
    }

    /**
     * Runs the lines of one accepted buffer: usually one, several when a script was pasted (the
     * terminal's bracketed paste keeps its line breaks). False when one of them ends the session.
     */
    private static boolean runLines(String buffer, Consumer<String> lines) {
        for (String line : buffer.split("\\R")) {
            if (InputLine.isQuit(line)) {
                return false;
            }
            lines.accept(line);
        }
        return true;
    }

    private void save(LineReader reader) {
        try {
            reader.getHistory().save();
        } catch (IOException e) {
            out.println("Error: Unable to open history to '" + historyFile + "'");
        }
    }

    /**
     * The history may hold passwords (Password Create ...) and LOG_DIR is shared, so the file is the
     * user's alone, as GNU readline writes it. A directory that cannot be written is reported at exit.
     */
    private static void createPrivately(Path file) {
        try {
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PRIVATE));
        } catch (FileAlreadyExistsException e) {
            // kept as it is
        } catch (IOException | UnsupportedOperationException e) {
            // no file yet; saving at exit says so
        }
    }
}
