package gold.protocol.testutil;

import gold.protocol.GoldException;
import gold.protocol.Request;
import gold.protocol.Response;
import gold.protocol.server.OpenedRequest;
import gold.protocol.server.RejectedRequest;
import gold.protocol.server.ServerSecurity;
import gold.protocol.wire.ChunkedReplyWriter;
import gold.protocol.wire.FrameLimits;
import gold.protocol.wire.RequestReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;

/**
 * A minimal Gold server for client tests: accepts connections on a loopback address, opens each
 * request with {@link ServerSecurity} and answers with the chunks the handler returns (or a raw
 * reply when one is given). Closed by the test.
 */
public final class TestServer implements AutoCloseable {
    private final ServerSocket socket;
    private final Thread thread;
    public final List<Request> received = new CopyOnWriteArrayList<>();
    public final List<String> rejected = new CopyOnWriteArrayList<>();

    public TestServer(String address, int port, ServerSecurity security, Function<Request, List<Response>> handler,
                      byte[] rawReply) throws IOException {
        socket = new ServerSocket();
        socket.bind(new InetSocketAddress(InetAddress.getByName(address), port));
        thread = Thread.ofVirtual().start(() -> loop(security, handler, rawReply));
    }

    public int port() {
        return socket.getLocalPort();
    }

    private void loop(ServerSecurity security, Function<Request, List<Response>> handler, byte[] rawReply) {
        while (!socket.isClosed()) {
            try (Socket s = socket.accept()) {
                InputStream in = s.getInputStream();
                OutputStream out = s.getOutputStream();
                byte[] payload = RequestReader.read(in, FrameLimits.defaults());
                if (rawReply != null) {
                    out.write(rawReply);
                    out.flush();
                    continue;
                }
                try {
                    OpenedRequest opened = security.open(payload);
                    received.add(opened.request());
                    List<Response> chunks = handler.apply(opened.request());
                    ChunkedReplyWriter w = new ChunkedReplyWriter(out);
                    for (int i = 0; i < chunks.size(); i++) {
                        w.send(opened.sealer().seal(chunks.get(i)), i == chunks.size() - 1);
                    }
                } catch (RejectedRequest e) {
                    rejected.add(e.code() + " " + e.getMessage());
                    out.write(ServerSecurity.errorReply(e, e.sealer(), "gold"));
                }
                s.shutdownOutput();
                in.readAllBytes();
            } catch (IOException | GoldException e) {
                if (!socket.isClosed()) {
                    rejected.add(e.toString());
                }
            }
        }
    }

    @Override
    public void close() throws IOException {
        socket.close();
        try {
            thread.join(5000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
