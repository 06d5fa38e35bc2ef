package gold.protocol;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * Finds the install root (docs/configuration.md; docs/differences.md, Operations): environment {@code GOLD_HOME} if non-empty;
 * else a {@code GOLD_HOME} line of /etc/gold.cfg; else the system property {@code gold.home} (set by our
 * launchers to the tree they live in); else the current directory.
 */
public final class GoldHome {
    /** The site file naming GOLD_HOME. */
    public static final Path SITE_FILE = Path.of("/etc/gold.cfg");

    private GoldHome() {
    }

    public static Path resolve() {
        return resolve(System.getenv(), SITE_FILE, System.getProperty("gold.home", ""));
    }

    /** The rule with its inputs explicit, for tests. */
    public static Path resolve(Map<String, String> env, Path siteFile, String homeProperty) {
        String fromEnv = env.getOrDefault("GOLD_HOME", "");
        if (!fromEnv.isEmpty()) {
            return Path.of(fromEnv);
        }
        Optional<String> fromSite = siteFileValue(siteFile, "GOLD_HOME");
        if (fromSite.isPresent()) {
            return Path.of(fromSite.get());
        }
        if (homeProperty != null && !homeProperty.isEmpty()) {
            return Path.of(homeProperty);
        }
        return Path.of("").toAbsolutePath();
    }

    /**
     * A variable of a gold.cfg-style file: leading white space and everything from the first '#' are
     * dropped, name and value are split at the first run of '=' and/or spaces. Empty values do not count.
     */
    public static Optional<String> siteFileValue(Path file, String name) {
        if (!Files.isReadable(file)) {
            return Optional.empty();
        }
        String value = "";
        try {
            for (String raw : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                String line = raw.stripLeading();
                int hash = line.indexOf('#');
                if (hash >= 0) {
                    line = line.substring(0, hash);
                }
                String[] kv = line.strip().split("[= ]+", 2);
                if (kv.length == 2 && kv[0].equals(name)) {
                    value = kv[1].strip();
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
        return value.isEmpty() ? Optional.empty() : Optional.of(value);
    }
}
