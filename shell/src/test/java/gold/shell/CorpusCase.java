package gold.shell;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * One case of a parser corpus file ({@code > command}, then {@code = request},
 * {@code ! code message} or {@code !prefix code message}); see parser-corpus.txt.
 */
record CorpusCase(int line, String command, String expectedRequest, String expectedCode, String expectedMessage,
                  boolean prefix) {

    boolean accepted() {
        return !expectedRequest.isEmpty();
    }

    static List<CorpusCase> load(String resource) {
        List<CorpusCase> cases = new ArrayList<>();
        try (InputStream in = CorpusCase.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + resource);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String command = null;
            int commandLine = 0;
            int number = 0;
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                number++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                if (line.startsWith("> ")) {
                    if (command != null) {
                        throw new IllegalStateException(resource + ":" + commandLine + " has no expectation");
                    }
                    command = line.substring(2);
                    commandLine = number;
                    continue;
                }
                if (command == null) {
                    throw new IllegalStateException(resource + ":" + number + " expectation without command");
                }
                if (line.startsWith("= ")) {
                    cases.add(new CorpusCase(commandLine, command, line.substring(2), "", "", false));
                } else if (line.startsWith("! ") || line.startsWith("!prefix ")) {
                    boolean prefix = line.startsWith("!prefix ");
                    String rest = line.substring(prefix ? 8 : 2);
                    int blank = rest.indexOf(' ');
                    cases.add(new CorpusCase(commandLine, command, "", rest.substring(0, blank), rest.substring(blank + 1), prefix));
                } else {
                    throw new IllegalStateException(resource + ":" + number + " unknown line: " + line);
                }
                command = null;
            }
            if (command != null) {
                throw new IllegalStateException(resource + ":" + commandLine + " has no expectation");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return cases;
    }

    @Override
    public String toString() {
        return "line " + line + ": " + command;
    }
}
