package gold.shell;

import gold.client.Settings;
import gold.protocol.AuthKey;
import gold.protocol.GoldConfig;
import gold.protocol.GoldHome;
import gold.protocol.client.ClientSettings;
import gold.protocol.client.GoldClient;
import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * What goldsh takes from the install tree at start-up (commands.md 1.1): {@code GOLD_HOME},
 * {@code etc/gold.conf} and the shared key of {@code etc/auth_key} (needed unless
 * {@code security.authentication} is off), and the server connection built from them.
 */
record Installation(Settings settings, ChunkTransport transport) {

    /** A start-up failure: the lines to print on stderr; goldsh exits with status 2. */
    static final class StartupException extends Exception {
        private static final long serialVersionUID = 1L;
        private final transient List<String> lines;

        StartupException(List<String> lines, Throwable cause) {
            super(String.join("; ", lines), cause);
            this.lines = List.copyOf(lines);
        }

        List<String> lines() {
            return lines;
        }
    }

    /** Reads the installation the launcher or {@code GOLD_HOME} points at. */
    static Installation load() throws StartupException {
        Path home = GoldHome.resolve();
        Path confFile = home.resolve("etc").resolve("gold.conf");
        GoldConfig conf;
        try {
            conf = GoldConfig.load(confFile);
        } catch (IOException e) {
            throw new StartupException(List.of("Unable to open config file (" + confFile + "): " + reason(e) + ".",
                    "You may need to set the $GOLD_HOME environment variable."), e);
        }
        Path keyFile = home.resolve("etc").resolve("auth_key");
        Settings settings = Settings.of(name -> Optional.ofNullable(conf.asMap().get(name)));
        String key = "";
        try {
            key = AuthKey.read(keyFile);
        } catch (IOException e) {
            if (conf.flag("security.authentication", true)) {
                throw new StartupException(List.of("Unable to open auth_key file: " + reason(e)), e);
            }
        }
        return new Installation(settings, new GoldClient(ClientSettings.from(conf, key))::sendAll);
    }

    private static String reason(IOException e) {
        if (e instanceof NoSuchFileException) {
            return "No such file or directory";
        }
        if (e instanceof java.nio.file.AccessDeniedException) {
            return "Permission denied";
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
