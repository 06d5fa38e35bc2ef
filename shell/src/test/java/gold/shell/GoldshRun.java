package gold.shell;

import gold.client.Session;
import gold.client.Settings;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.jline.terminal.Terminal;

/** Runs goldsh in-process with piped standard input against a {@link FakeServer}; keeps stdout, stderr, status. */
final class GoldshRun {
    final String out;
    final String err;
    final int status;

    private GoldshRun(String out, String err, int status) {
        this.out = out;
        this.err = err;
        this.status = status;
    }

    static GoldshRun piped(FakeServer server, String stdin, String... args) {
        return run(server, Map.of(), stdin, args);
    }

    static GoldshRun run(FakeServer server, Map<String, String> config, String stdin, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Terminals pipe = new Terminals() {
            @Override
            public boolean stdinIsTerminal() {
                return false;
            }

            @Override
            public Terminal open() throws IOException {
                throw new IOException("no terminal in a piped run");
            }
        };
        PrintStream stdout = new PrintStream(out, true, StandardCharsets.UTF_8);
        PrintStream stderr = new PrintStream(err, true, StandardCharsets.UTF_8);
        Goldsh goldsh = new Goldsh(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)), stdout, stderr,
                startup(server, config, stdout, stderr), pipe);
        int status = goldsh.run(List.of(args));
        return new GoldshRun(out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8), status);
    }

    /** The clients' session as the start-up makes it, over the fake server. */
    static Goldsh.Startup startup(FakeServer server, Map<String, String> config, PrintStream out, PrintStream err) {
        return channel -> Session.builder().settings(Settings.of(config)).transport(channel.over(server))
                .actor(System.getProperty("user.name", "")).out(out).err(err).build();
    }

    @Override
    public String toString() {
        return "status " + status + "\n--- stdout\n" + out + "--- stderr\n" + err;
    }
}
