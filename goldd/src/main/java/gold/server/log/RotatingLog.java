package gold.server.log;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.logging.ConsoleHandler;
import java.util.logging.ErrorManager;
import java.util.logging.Formatter;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * The server log: one file per process under log/ (goldd.log for the master, goldd.worker<N>.log for
 * workers), rotated by size like the classic FileRotate appender (10 MB, 7 backups: name.1 .. name.7).
 * With --debug the same lines also go to stderr.
 */
public final class RotatingLog extends Handler {
    static final long MAX_BYTES = 10_000_000;
    static final int BACKUPS = 7;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSS");

    private final Path file;
    private OutputStream out;
    private long size;

    private RotatingLog(Path file) throws IOException {
        this.file = file;
        Files.createDirectories(file.getParent());
        open();
        setFormatter(new LineFormat());
    }

    /** Routes the root logger to {@code file} (and stderr when {@code screen} is set) at {@code level}. */
    public static void install(Path file, Level level, boolean screen) throws IOException {
        Logger root = Logger.getLogger("");
        for (Handler h : root.getHandlers()) {
            root.removeHandler(h);
        }
        RotatingLog log = new RotatingLog(file);
        log.setLevel(level);
        root.addHandler(log);
        if (screen) {
            ConsoleHandler console = new ConsoleHandler();
            console.setLevel(level);
            console.setFormatter(new LineFormat());
            root.addHandler(console);
        }
        root.setLevel(level);
    }

    /** Parses a classic level name (TRACE, DEBUG, INFO, WARN, ERROR, FATAL) into a JUL level. */
    public static Level level(String name) {
        return switch (name.toUpperCase()) {
            case "TRACE" -> Level.FINEST;
            case "DEBUG" -> Level.FINE;
            case "WARN" -> Level.WARNING;
            case "ERROR", "FATAL" -> Level.SEVERE;
            default -> Level.INFO;
        };
    }

    private void open() throws IOException {
        out = Files.newOutputStream(file, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        size = Files.size(file);
    }

    @Override
    public synchronized void publish(LogRecord record) {
        if (!isLoggable(record)) {
            return;
        }
        byte[] line = getFormatter().format(record).getBytes(StandardCharsets.UTF_8);
        try {
            if (size + line.length > MAX_BYTES) {
                rotate();
            }
            out.write(line);
            out.flush();
            size += line.length;
        } catch (IOException e) {
            reportError("cannot write " + file, e, ErrorManager.WRITE_FAILURE);
        }
    }

    private void rotate() throws IOException {
        out.close();
        for (int i = BACKUPS - 1; i >= 1; i--) {
            Path from = Path.of(file + "." + i);
            if (Files.exists(from)) {
                Files.move(from, Path.of(file + "." + (i + 1)), StandardCopyOption.REPLACE_EXISTING);
            }
        }
        Files.move(file, Path.of(file + ".1"), StandardCopyOption.REPLACE_EXISTING);
        open();
    }

    @Override
    public synchronized void flush() {
        try {
            out.flush();
        } catch (IOException e) {
            reportError("cannot flush " + file, e, ErrorManager.FLUSH_FAILURE);
        }
    }

    @Override
    public synchronized void close() {
        try {
            out.close();
        } catch (IOException e) {
            reportError("cannot close " + file, e, ErrorManager.CLOSE_FAILURE);
        }
    }

    /** "2026-11-22 05:30:00.123 INFO  Worker  message" plus the stack trace when there is one. */
    static final class LineFormat extends Formatter {
        @Override
        public String format(LogRecord r) {
            StringBuilder sb = new StringBuilder()
                    .append(LocalDateTime.now().format(TIME)).append(' ')
                    .append(String.format("%-5s", name(r.getLevel()))).append(' ')
                    .append(shortName(r.getLoggerName())).append("  ")
                    .append(formatMessage(r)).append('\n');
            if (r.getThrown() != null) {
                StringWriter sw = new StringWriter();
                r.getThrown().printStackTrace(new PrintWriter(sw));
                sb.append(sw);
            }
            return sb.toString();
        }

        private static String name(Level level) {
            if (level.intValue() >= Level.SEVERE.intValue()) {
                return "ERROR";
            }
            if (level.intValue() >= Level.WARNING.intValue()) {
                return "WARN";
            }
            if (level.intValue() >= Level.INFO.intValue()) {
                return "INFO";
            }
            return level.intValue() >= Level.FINE.intValue() ? "DEBUG" : "TRACE";
        }

        private static String shortName(String logger) {
            if (logger == null) {
                return "";
            }
            int dot = logger.lastIndexOf('.');
            return dot < 0 ? logger : logger.substring(dot + 1);
        }
    }
}
