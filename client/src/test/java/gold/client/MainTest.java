package gold.client;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Start-up through the real entry point, in a child JVM with its own GOLD_HOME. */
class MainTest {
    @TempDir
    Path home;

    private record Run(int status, String out, String err) { }

    private Run main(String... args) throws IOException, InterruptedException {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        List<String> cmd = new ArrayList<>(List.of(java.toString(), "-cp", System.getProperty("java.class.path"),
                "gold.client.Main"));
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd);
        pb.environment().put("GOLD_HOME", home.toString());
        pb.environment().remove("GOLD_REQUEST_KEY");
        Path out = home.resolve("stdout");
        Path err = home.resolve("stderr");
        pb.redirectOutput(out.toFile()).redirectError(err.toFile());
        Process p = pb.start();
        if (!p.waitFor(60, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("client did not finish");
        }
        return new Run(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
    }

    private void config(String text) throws IOException {
        Files.createDirectories(home.resolve("etc"));
        Files.writeString(home.resolve("etc/gold.conf"), text);
    }

    private static int closedPort() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }

    @Test
    void missingConfigPrintsTheClassicTwoLinesAndExitsTwo() throws Exception {
        Run r = main("glsuser");
        assertEquals(2, r.status());
        assertEquals("Unable to open config file (" + home.resolve("etc/gold.conf") + "): No such file or directory.\n"
                + "You may need to set the $GOLD_HOME environment variable.\n", r.err());
    }

    @Test
    void unreachableServerIsAFailureResponseWithExit22() throws Exception {
        config("server.host = 127.0.0.1\nserver.port = " + closedPort() + "\n");
        Files.writeString(home.resolve("etc/auth_key"), "sss\n");
        Run r = main("glsuser");
        assertEquals("Failed sending message: (Unable to connect to socket (Connection refused)).\n", r.out());
        assertEquals(22, r.status());
    }

    @Test
    void missingKeyIsReportedWhenTheFirstRequestIsMade() throws Exception {
        config("server.host = 127.0.0.1\n");
        Run help = main("gmkuser", "--help");
        assertEquals(0, help.status());
        Run r = main("gmkuser", "zed");
        assertEquals("Unable to open auth_key file: No such file or directory\n", r.err());
        assertEquals(2, r.status());
    }

    @Test
    void unknownCommandAndMissingCommand() throws Exception {
        assertEquals(2, main("gfoo").status());
        assertEquals(2, main().status());
    }
}
