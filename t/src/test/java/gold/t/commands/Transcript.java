package gold.t.commands;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A recorded command session read from a test resource: each step is one command line with the
 * exact stdout, stderr and exit status it must produce. Format, line by line:
 * <pre>
 * $ command line            a new step (words split like a POSIX shell: '...' and "...")
 * @exit N                   expected exit status (default 0)
 * @stderr TEXT              one expected stderr line (default: stderr empty)
 * @usage                    stderr continues with the command's usage text (synopsis)
 * @prefix / @suffix         stdout must start / end with the expected lines (abridged transcripts)
 * @dates Col,Col            date columns (or "Generated on") that depend on the day the test runs
 * @stdin TEXT               one more line (newline added) on the command's standard input
 * @setup                    a set-up step the spec does not show (reported, checked the same way)
 * @serverorder              the command requests no sort: its rows come in the database's order,
 *                           which only the embedded database keeps as insertion order
 * ;; text                   a comment
 * anything else             one expected stdout line, trailing blanks and empty lines included
 * </pre>
 * Empty lines at the very end of the resource are ignored.
 */
final class Transcript {
    /** How the expected stdout is compared. */
    enum Mode { EXACT, PREFIX, SUFFIX }

    /** One command and everything it must print. */
    record Step(int line, String commandLine, List<String> stdout, List<String> stderr, boolean usage,
                int exit, Mode mode, Set<String> dateColumns, boolean setup, boolean serverOrder,
                String stdin) {
        List<String> words() {
            return CommandWords.split(commandLine);
        }

        String program() {
            return words().get(0);
        }

        String expectedStdout() {
            return lines(stdout);
        }

        @Override
        public String toString() {
            return (setup ? "(set-up) " : "") + commandLine;
        }
    }

    private Transcript() {
    }

    static String lines(List<String> lines) {
        StringBuilder sb = new StringBuilder();
        lines.forEach(l -> sb.append(l).append('\n'));
        return sb.toString();
    }

    /** Reads a transcript from the classpath (under /commands/). */
    static List<Step> load(String name) throws IOException {
        try (InputStream in = Transcript.class.getResourceAsStream("/commands/" + name)) {
            if (in == null) {
                throw new IOException("no test resource /commands/" + name);
            }
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }

    static List<Step> parse(String text) {
        List<Step> steps = new ArrayList<>();
        Builder current = null;
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String l = lines[i];
            if (l.startsWith("$ ")) {
                if (current != null) {
                    steps.add(current.build());
                }
                current = new Builder(i + 1, l.substring(2));
            } else if (l.startsWith(";;")) {
                continue;
            } else if (current == null) {
                if (!l.isEmpty()) {
                    throw new IllegalArgumentException("line " + (i + 1) + ": text before the first command");
                }
            } else {
                current.line(l);
            }
        }
        if (current != null) {
            while (!current.stdout.isEmpty() && current.stdout.getLast().isEmpty()) {
                current.stdout.removeLast();
            }
            steps.add(current.build());
        }
        return steps;
    }

    private static final class Builder {
        final int line;
        final String command;
        final List<String> stdout = new ArrayList<>();
        final List<String> stderr = new ArrayList<>();
        boolean usage;
        int exit;
        Mode mode = Mode.EXACT;
        Set<String> dates = new LinkedHashSet<>();
        boolean setup;
        boolean serverOrder;
        String stdin;

        Builder(int line, String command) {
            this.line = line;
            this.command = command;
        }

        void line(String l) {
            if (l.startsWith("@exit ")) {
                exit = Integer.parseInt(l.substring(6).trim());
            } else if (l.startsWith("@stderr ")) {
                stderr.add(l.substring(8));
            } else if (l.equals("@usage")) {
                usage = true;
            } else if (l.equals("@prefix")) {
                mode = Mode.PREFIX;
            } else if (l.equals("@suffix")) {
                mode = Mode.SUFFIX;
            } else if (l.startsWith("@dates ")) {
                dates.addAll(Arrays.asList(l.substring(7).split(",")));
            } else if (l.startsWith("@stdin ")) {
                stdin = (stdin == null ? "" : stdin) + l.substring(7) + "\n";
            } else if (l.equals("@serverorder")) {
                serverOrder = true;
            } else if (l.equals("@setup")) {
                setup = true;
            } else if (l.startsWith("@")) {
                throw new IllegalArgumentException("line " + line + ": unknown directive " + l);
            } else {
                stdout.add(l);
            }
        }

        Step build() {
            return new Step(line, command, List.copyOf(stdout), List.copyOf(stderr), usage, exit, mode,
                    Set.copyOf(dates), setup, serverOrder, stdin);
        }
    }
}
