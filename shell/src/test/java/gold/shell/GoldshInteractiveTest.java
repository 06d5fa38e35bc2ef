package gold.shell;

import static gold.shell.FakeServer.row;
import static gold.shell.FakeServer.rows;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gold.protocol.Request;
import gold.protocol.Response;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.jline.terminal.Attributes;
import org.jline.terminal.Size;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * goldsh on a terminal, driven through an emulated terminal over in-memory streams: the prompt,
 * tab completion of an attribute name from the server's metadata, history recall with the up arrow
 * (also in the next session, from the history file), and quit.
 */
@Timeout(60)
class GoldshInteractiveTest {
    /** The up-arrow key as xterm sends it in application mode (terminfo kcuu1). */
    private static final String UP = "\033OA";

    @TempDir
    Path dir;

    private final FakeServer server = new FakeServer().answer(GoldshInteractiveTest::answer);

    private static List<Response> answer(Request r) {
        if (r.action().equals("Query")) {
            switch (r.object()) {
                case "Object" -> {
                    return List.of(rows("", row("Object", "Name", "User"), row("Object", "Name", "Project")));
                }
                case "Action" -> {
                    return List.of(rows("", row("Action", "Object", "User", "Name", "Query"),
                            row("Action", "Object", "User", "Name", "Modify")));
                }
                case "Attribute" -> {
                    return List.of(rows("", row("Attribute", "Object", "User", "Name", "Name"),
                            row("Attribute", "Object", "User", "Name", "Active"),
                            row("Attribute", "Object", "User", "Name", "CommonName")));
                }
                default -> {
                    return List.of(rows("", row(r.object(), "Name", "amy")));
                }
            }
        }
        return List.of(Response.success("Done"));
    }

    /** One goldsh session on an emulated terminal. */
    private final class Session implements AutoCloseable {
        final PipedOutputStream keys = new PipedOutputStream();
        final ByteArrayOutputStream screen = new ByteArrayOutputStream();
        final ByteArrayOutputStream out = new ByteArrayOutputStream();
        final ByteArrayOutputStream err = new ByteArrayOutputStream();
        final CompletableFuture<Integer> status;

        Session(Path history) throws IOException {
            InputStream terminalIn = new PipedInputStream(keys, 4096);
            Terminal terminal = TerminalBuilder.builder().system(false).streams(terminalIn, screen).type("xterm")
                    .size(new Size(160, 40)).build();
            // A real terminal's end-of-file character, which an emulated one leaves unset.
            Attributes attributes = terminal.getAttributes();
            attributes.setControlChar(Attributes.ControlChar.VEOF, 4);
            terminal.setAttributes(attributes);
            Terminals terminals = new Terminals() {
                @Override
                public boolean stdinIsTerminal() {
                    return true;
                }

                @Override
                public Terminal open() {
                    return terminal;
                }

                @Override
                public Path historyFile() {
                    return history;
                }
            };
            PrintStream stdout = new PrintStream(out, true, StandardCharsets.UTF_8);
            PrintStream stderr = new PrintStream(err, true, StandardCharsets.UTF_8);
            Goldsh goldsh = new Goldsh(InputStream.nullInputStream(), stdout, stderr,
                    GoldshRun.startup(server, Map.of(), stdout, stderr), terminals);
            status = CompletableFuture.supplyAsync(() -> goldsh.run(List.of()));
        }

        void type(String text) throws IOException {
            OutputStream o = keys;
            o.write(text.getBytes(StandardCharsets.UTF_8));
            o.flush();
        }

        String screen() {
            return screen.toString(StandardCharsets.UTF_8);
        }

        @Override
        public void close() throws IOException {
            keys.close();
        }
    }

    private static void await(BooleanSupplier condition, String what) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out waiting for " + what);
            }
            Thread.sleep(20);
        }
    }

    private int sent(String object) {
        return (int) server.received().stream().filter(r -> r.object().equals(object)).count();
    }

    @Test
    void promptCompletionHistoryAndQuit() throws Exception {
        Path history = dir.resolve("history");
        try (Session s = new Session(history)) {
            await(() -> s.screen().contains("gold> "), "the prompt");
            s.type("User Query Na\t");
            await(() -> s.screen().contains("User Query Name"), "completion of Name");
            s.type("==amy\r");
            await(() -> sent("User") == 1, "the first command");
            Request first = server.received().stream().filter(r -> r.object().equals("User")).findFirst().orElseThrow();
            assertEquals("Name", first.conditions().get(0).name());
            assertEquals("amy", first.conditions().get(0).value());
            await(() -> s.out.toString(StandardCharsets.UTF_8).contains("amy"), "the reply");
            s.type(UP + "\r");
            await(() -> sent("User") == 2, "the recalled command");
            s.type("quit\r");
            assertEquals(0, s.status.get(20, TimeUnit.SECONDS));
        }
        List<String> saved = Files.readAllLines(history);
        assertTrue(saved.contains("User Query Name==amy"), saved.toString());
        assertFalse(saved.stream().anyMatch(l -> l.endsWith("quit")), saved.toString());

        try (Session s = new Session(history)) {
            await(() -> s.screen().contains("gold> "), "the prompt of the second session");
            s.type(UP + "\r");
            await(() -> sent("User") == 3, "the command recalled from the previous session");
            s.type("exit\r");
            assertEquals(0, s.status.get(20, TimeUnit.SECONDS));
            assertEquals("", s.err.toString(StandardCharsets.UTF_8));
        }
        assertEquals(1, sent("Attribute"), "metadata is asked for once, at the first completion");
    }

    @Test
    void theHistoryFileKeepsTheLast51LinesAndOnlyItsOwnerMayReadIt() throws Exception {
        Path history = dir.resolve("history");
        try (Session s = new Session(history)) {
            await(() -> s.screen().contains("gold> "), "the prompt");
            for (int i = 1; i <= 60; i++) {
                s.type("User Query Name==u" + i + "\r");
                int n = i;
                await(() -> sent("User") == n, "command " + i);
            }
            s.type("quit\r");
            assertEquals(0, s.status.get(20, TimeUnit.SECONDS));
        }
        List<String> saved = Files.readAllLines(history);
        assertEquals(InteractiveShell.HISTORY_LINES, saved.size(), saved.toString());
        assertEquals("User Query Name==u10", saved.get(0));
        assertEquals("User Query Name==u60", saved.get(50));
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(history)));
    }

    @Test
    void aHistoryThatCannotBeWrittenIsReportedOnStdoutAtExit() throws Exception {
        Files.writeString(dir.resolve("file"), "");
        Path history = dir.resolve("file").resolve("history");
        try (Session s = new Session(history)) {
            await(() -> s.screen().contains("gold> "), "the prompt");
            s.type("User Query\r");
            await(() -> sent("User") == 1, "the command");
            s.type("quit\r");
            assertEquals(0, s.status.get(20, TimeUnit.SECONDS));
            assertTrue(s.out.toString(StandardCharsets.UTF_8).endsWith("Error: Unable to open history to '" + history + "'\n"),
                    s.out.toString(StandardCharsets.UTF_8));
            assertEquals("", s.err.toString(StandardCharsets.UTF_8));
        }
    }

    @Test
    void aPastedScriptRunsLineByLineUpToQuit() throws Exception {
        try (Session s = new Session(dir.resolve("history"))) {
            await(() -> s.screen().contains("gold> "), "the prompt");
            s.type("\033[200~User Query\nProject Query\nquit\nMachine Query\033[201~\r");
            assertEquals(0, s.status.get(20, TimeUnit.SECONDS));
        }
        assertEquals(List.of("User", "Project"), server.received().stream().map(Request::object).toList());
    }

    @Test
    void endOfInputEndsTheSessionAndFailuresSetTheStatus() throws Exception {
        server.answer(r -> List.of(Response.failure("740", "Foo is not a valid object")));
        try (Session s = new Session(dir.resolve("history"))) {
            await(() -> s.screen().contains("gold> "), "the prompt");
            s.type("Foo Query\r");
            await(() -> s.out.toString(StandardCharsets.UTF_8).contains("Foo is not a valid object"), "the failure");
            s.type("\u0004");
            assertEquals(74, s.status.get(20, TimeUnit.SECONDS));
        }
    }
}
