package gold.server;

import gold.protocol.GoldConfig;
import gold.protocol.GoldHome;
import gold.protocol.config.SharedKeys;
import gold.server.config.ServerKeys;
import gold.server.engine.GoldService;
import gold.server.process.SiteService;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Pattern;

/**
 * gold_init: post-install set-up of a Gold tree — the shared key, the administrator (super.user),
 * server.host, ownership and modes — and, with --bootstrap, loading an empty database. Asks only when
 * stdin is a terminal and --non-interactive was not given. Root is needed to hand the tree to another
 * administrator; a user may set up a tree of their own as its administrator.
 */
public final class GoldInit {
    private static final String USAGE = """
            Usage:
                gold_init [--admin=<bank admin>] [--auth-key=<secret passphrase>] [--interactive |
                --non-interactive] [--bootstrap] [-?, --help] [--man]
            """;

    /**
     * The options, Getopt-style ("name=s" takes a value as --name=VALUE, "name|alias"); the parser below and
     * the shell completion (gold.client.completion.CompletionScripts) both read this table.
     */
    public static final List<String> OPTIONS = List.of("admin=s", "auth-key=s", "interactive", "non-interactive", "bootstrap",
            "help|?", "man");

    private GoldInit() {
    }

    /** The primary name of the option spelled NAME (an "=s" option only with a value, the others only without); null if none. */
    static String option(String name, boolean withValue) {
        for (String spec : OPTIONS) {
            boolean takesValue = spec.endsWith("=s");
            List<String> names = List.of(spec.replaceFirst("=s$", "").split("\\|"));
            if (names.contains(name) && takesValue == withValue) {
                return names.get(0);
            }
        }
        return null;
    }

    public static void main(String[] args) throws IOException {
        // a command-line tool: only warnings and errors of the libraries reach the terminal
        Logger root = Logger.getLogger("");
        root.setLevel(Level.WARNING);
        for (Handler h : root.getHandlers()) {
            h.setLevel(Level.WARNING);
        }
        String admin = null;
        String key = null;
        boolean interactive = System.console() != null;
        boolean bootstrapOnly = args.length > 0;
        boolean bootstrap = false;
        for (String a : args) {
            String w = a.replaceFirst("^--?", "");
            String name = w.contains("=") ? w.substring(0, w.indexOf('=')) : w;
            String value = w.substring(name.length()).replaceFirst("^=", "");
            String option = option(name, w.contains("="));
            if (option == null) {
                System.err.println("Unknown option: " + w);
                System.err.print(USAGE);
                System.exit(2);
            }
            switch (option) {
                case "admin" -> admin = value;
                case "auth-key" -> key = value;
                case "interactive", "non-interactive" -> interactive = option.equals("interactive");
                case "bootstrap" -> bootstrap = true;
                default -> { // help, man
                    System.out.print(USAGE);
                    System.exit(1);
                }
            }
            bootstrapOnly &= option.equals("bootstrap");
        }
        ServerPaths paths = new ServerPaths(GoldHome.resolve());
        if (!bootstrapOnly) {
            System.exit(setUp(paths, admin, key, interactive));
        }
        if (bootstrap) {
            System.exit(bootstrap(paths));
        }
    }

    private static int setUp(ServerPaths paths, String adminArg, String keyArg, boolean interactive) throws IOException {
        String me = System.getProperty("user.name");
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        String key = keyArg != null ? keyArg : randomKey();
        if (keyArg == null && interactive) {
            System.out.print("What is your authentication key? [" + key + "] ");
            System.out.flush();
            String answer = in.readLine();
            key = answer == null || answer.isBlank() ? key : answer.trim();
        }
        String admin = adminArg != null ? adminArg : me;
        if (adminArg == null && interactive) {
            System.out.print("What user do you want to be the primary gold admin? [" + admin + "] ");
            System.out.flush();
            String answer = in.readLine();
            admin = answer == null || answer.isBlank() ? admin : answer.trim();
        }
        boolean root = me.equals("root");
        if (!root && !admin.equals(me)) {
            System.err.println("You must be root to run this command!");
            return 1;
        }
        if (run("id", "-u", admin) != 0) {
            System.err.println("The bank admin could not be translated to a valid uid. Please avoid using");
            System.err.println("the backspace key when entering the gold admin name");
            return 1;
        }
        writeKey(paths.authKey(), key);
        String host = shortHostName();
        editConfig(paths.goldddConf(), List.of(ServerKeys.SUPER_USER.key(), admin, SharedKeys.SERVER_HOST.key(), host));
        editConfig(paths.home().resolve("etc/gold.conf"), List.of(SharedKeys.SERVER_HOST.key(), host));
        Files.createDirectories(paths.logDir());
        Files.createDirectories(paths.home().resolve("data"));
        if (root) {
            for (Path p : List.of(paths.home().resolve("etc"), paths.logDir(), paths.home().resolve("data"))) {
                // the directories themselves: a packaged tree links etc/, log/ and data/ to /etc/gold, ...
                run("chown", "-R", admin + ":", p.toRealPath().toString());
            }
            run("chown", admin + ":", paths.home().resolve("sbin/goldd").toString());
            run("chmod", "0700", paths.home().resolve("sbin/goldd").toString());
        }
        System.out.println("Gold is set up in " + paths.home() + " for administrator " + admin);
        return 0;
    }

    private static int bootstrap(ServerPaths paths) {
        try (GoldService service = SiteService.open(GoldConfig.load(paths.goldddConf()).asMap(), paths.home())) {
            System.out.println("The database is bootstrapped and answers");
            return 0;
        } catch (IOException | RuntimeException e) {
            System.err.println("Bootstrap failed: " + e.getMessage());
            return 1;
        }
    }

    private static String randomKey() {
        byte[] b = new byte[32];
        new SecureRandom().nextBytes(b);
        return Base64.getEncoder().encodeToString(b);
    }

    private static void writeKey(Path file, String key) throws IOException {
        Files.deleteIfExists(file);
        Files.writeString(file, key + "\n");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("r--------"));
    }

    /** Sets key = value lines (replacing existing ones, commented or not); the old file is kept as .orig. */
    static void editConfig(Path file, List<String> keyValues) throws IOException {
        List<String> lines = Files.exists(file) ? new ArrayList<>(Files.readAllLines(file)) : new ArrayList<>();
        if (Files.exists(file)) {
            Files.copy(file, file.resolveSibling(file.getFileName() + ".orig"), StandardCopyOption.REPLACE_EXISTING);
        }
        for (int i = 0; i < keyValues.size(); i += 2) {
            String k = keyValues.get(i);
            String line = k + " = " + keyValues.get(i + 1);
            boolean done = false;
            for (int j = 0; j < lines.size() && !done; j++) {
                if (lines.get(j).matches("\\s*#?\\s*" + Pattern.quote(k) + "\\s*[=:\\s].*")) {
                    lines.set(j, line);
                    done = true;
                }
            }
            if (!done) {
                lines.add(line);
            }
        }
        Files.write(file, lines);
    }

    private static String shortHostName() {
        try {
            String h = InetAddress.getLocalHost().getHostName();
            int dot = h.indexOf('.');
            return dot > 0 ? h.substring(0, dot) : h;
        } catch (IOException e) {
            return "localhost";
        }
    }

    private static int run(String... cmd) {
        try {
            Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            return p.waitFor();
        } catch (IOException e) {
            return 1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 1;
        }
    }
}
