package gold.client;

import gold.protocol.client.ClientKeys;
import gold.protocol.AuthKey;
import gold.protocol.GoldConfig;
import gold.protocol.GoldHome;
import gold.protocol.client.ClientSettings;
import gold.protocol.client.GoldClient;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Start-up of every client: the install root (GOLD_HOME, /etc/gold.cfg, the
 * launcher's tree), PREFIX/etc/gold.conf (missing: the classic two lines, exit 2), the actor (login
 * name of the user running the JVM) and, on the first request only, PREFIX/etc/auth_key and the
 * protocol module's {@link GoldClient}.
 */
public final class ClientStartup {
    private static final Pattern PREFIX = Pattern.compile("[-/\\w.]+");

    private ClientStartup() {
    }

    /** A start-up failure: the lines for stderr and the exit status. */
    public static final class StartupException extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final transient List<String> lines;
        private final int status;

        StartupException(List<String> lines, int status, Throwable cause) {
            super(String.join(" ", lines), cause);
            this.lines = List.copyOf(lines);
            this.status = status;
        }

        public List<String> lines() {
            return lines;
        }

        public int status() {
            return status;
        }
    }

    static Session session(String command) {
        return session(command, client -> client::send);
    }

    /** The same start-up with another use of the client (goldsh reads every reply chunk). */
    public static Session session(String command, Function<GoldClient, Transport> use) {
        Path home = GoldHome.resolve();
        if (!PREFIX.matcher(home.toString()).matches()) {
            throw new StartupException(List.of("Illegal characters were found in $PREFIX (" + home + ")"), 255, null);
        }
        Path confFile = home.resolve("etc").resolve("gold.conf");
        GoldConfig config;
        try {
            // The classic clients read a bad value as its default without a word: no warning on stderr.
            config = GoldConfig.load(confFile).reportingInvalidTo(invalid -> { });
        } catch (IOException e) {
            throw new StartupException(List.of("Unable to open config file (" + confFile + "): " + strerror(e) + ".",
                    "You may need to set the $GOLD_HOME environment variable."), 2, e);
        }
        Path keyFile = home.resolve("etc").resolve("auth_key");
        AnsweringServer answers = new AnsweringServer();
        AtomicBoolean failFast = new AtomicBoolean();
        return Session.builder()
                .failFastSwitch(failFast::set)
                .settings(Settings.of(key -> config.has(key) ? Optional.of(config.get(key, "")) : Optional.empty()))
                .transport(() -> use.apply(client(failFast.get() ? config.with(ClientKeys.CLIENT_FAILOVER_WAIT.key(), "0") : config,
                        keyFile, answers)))
                .answers(answers)
                .actor(System.getProperty("user.name", ""))
                .program(System.getProperty("gold.program", command))
                .requestKey(Optional.ofNullable(System.getenv("GOLD_REQUEST_KEY")).filter(k -> !k.isEmpty()))
                .build();
    }

    private static GoldClient client(GoldConfig config, Path keyFile, AnsweringServer answers) {
        String key;
        try {
            key = AuthKey.read(keyFile);
        } catch (IOException e) {
            throw new StartupException(List.of("Unable to open auth_key file: " + strerror(e)),
                    e instanceof AccessDeniedException ? 13 : 2, e);
        }
        return new GoldClient(ClientSettings.from(config, key), answers);
    }

    /** The C library's wording for the usual file errors. */
    static String strerror(IOException e) {
        if (e instanceof NoSuchFileException) {
            return "No such file or directory";
        }
        if (e instanceof AccessDeniedException) {
            return "Permission denied";
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
