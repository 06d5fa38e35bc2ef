package gold.t;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;

/** A free loopback TCP port for a test server. */
final class FreePort {
    private FreePort() {
    }

    static int find() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }
}
