package gold.server.net;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** server.connections.max refuses past the cap; at the unauthenticated cap the oldest unauthenticated one is dropped. */
class ConnectionLimitsTest {
    private ServerSocketChannel listener;
    private final List<SocketChannel> opened = new ArrayList<>();

    @BeforeEach
    void listen() throws IOException {
        listener = ServerSocketChannel.open().bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
    }

    @AfterEach
    void closeAll() throws IOException {
        for (SocketChannel ch : opened) {
            ch.close();
        }
        listener.close();
    }

    /** The server side of a fresh loopback connection. */
    private SocketChannel accepted() throws IOException {
        opened.add(SocketChannel.open(listener.getLocalAddress()));
        SocketChannel server = listener.accept();
        opened.add(server);
        return server;
    }

    @Test
    void connectionCapRefusesTheNextOneUntilOneCloses() throws IOException {
        ConnectionLimits limits = new ConnectionLimits(3, 100);
        SocketChannel a = accepted();
        assertTrue(limits.admit(a));
        assertTrue(limits.admit(accepted()));
        assertTrue(limits.admit(accepted()));
        SocketChannel refused = accepted();
        assertFalse(limits.admit(refused), "a fourth connection is over server.connections.max = 3");
        assertEquals(3, limits.open());
        assertTrue(refused.isOpen(), "refusing leaves closing to the caller");
        limits.closed(a);
        assertEquals(2, limits.open());
        assertTrue(limits.admit(accepted()), "a closed connection frees its place");
        assertEquals(3, limits.open());
    }

    @Test
    void authenticatedConnectionsStillCountTowardsTheConnectionCap() throws IOException {
        ConnectionLimits limits = new ConnectionLimits(2, 100);
        SocketChannel a = accepted();
        assertTrue(limits.admit(a));
        limits.authenticated(a);
        assertTrue(limits.admit(accepted()));
        assertFalse(limits.admit(accepted()));
    }

    @Test
    void atTheUnauthenticatedCapTheOldestUnauthenticatedIsDropped() throws IOException {
        ConnectionLimits limits = new ConnectionLimits(100, 2);
        SocketChannel first = accepted();
        SocketChannel second = accepted();
        SocketChannel third = accepted();
        assertTrue(limits.admit(first));
        assertTrue(limits.admit(second));
        assertTrue(first.isOpen() && second.isOpen(), "at the cap nothing is dropped yet");
        assertTrue(limits.admit(third), "a newcomer is always admitted under the connection cap");
        assertFalse(first.isOpen(), "the oldest unauthenticated connection was dropped");
        assertTrue(second.isOpen());
        assertTrue(third.isOpen());
        SocketChannel fourth = accepted();
        assertTrue(limits.admit(fourth));
        assertFalse(second.isOpen(), "then the next oldest");
        assertTrue(third.isOpen() && fourth.isOpen());
    }

    @Test
    void authenticatedConnectionsAreNeverDropped() throws IOException {
        ConnectionLimits limits = new ConnectionLimits(100, 1);
        SocketChannel served = accepted();
        assertTrue(limits.admit(served));
        limits.authenticated(served);
        SocketChannel silent = accepted();
        assertTrue(limits.admit(silent));
        assertTrue(served.isOpen() && silent.isOpen(), "one unauthenticated connection is within the cap of 1");
        SocketChannel next = accepted();
        assertTrue(limits.admit(next));
        assertTrue(served.isOpen(), "the authenticated connection survives");
        assertFalse(silent.isOpen(), "the silent one goes");
        assertTrue(next.isOpen());
        assertEquals(3, limits.open(), "a dropped connection counts until its handler reports it closed");
        limits.closed(silent);
        assertEquals(2, limits.open());
    }
}
