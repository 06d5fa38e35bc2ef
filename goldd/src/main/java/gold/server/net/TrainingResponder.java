package gold.server.net;

import gold.protocol.Code;
import gold.protocol.GoldConfig;
import gold.protocol.Request;
import gold.protocol.Response;
import gold.protocol.Row;
import gold.protocol.Selection;
import gold.protocol.security.InMemoryReplayGuard;
import gold.protocol.security.PasswordLookup;
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
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Build-time partner of the launchers' training runs (dist/assemble.sh), never started by a site:
 * answers each request on a loopback port with one success row holding every selected field, so
 * that a training run walks the whole request path (reply framing, opening, XML reading,
 * rendering) and the start-up archive made at its exit holds those classes too.
 * <p>Usage: {@code TrainingResponder PORT-FILE KEY CONNECTIONS}; writes the port it listens on to
 * PORT-FILE, serves CONNECTIONS connections (or stops after 60 s without one) and exits.
 */
public final class TrainingResponder {
    private static final int IDLE_MILLIS = 60_000;

    private TrainingResponder() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 3) {
            System.err.println("usage: TrainingResponder PORT-FILE KEY CONNECTIONS");
            System.exit(2);
        }
        ServerSecurity security = new ServerSecurity(GoldConfig.empty(), args[1], PasswordLookup.none(),
                new InMemoryReplayGuard());
        try (ServerSocket server = new ServerSocket(0, 4, InetAddress.getLoopbackAddress())) {
            server.setSoTimeout(IDLE_MILLIS);
            Path portFile = Path.of(args[0]);
            Path partial = portFile.resolveSibling(portFile.getFileName() + ".new");
            Files.writeString(partial, Integer.toString(server.getLocalPort()));
            Files.move(partial, portFile);
            for (int served = 0; served < Integer.parseInt(args[2]); served++) {
                try (Socket peer = server.accept()) {
                    peer.setSoTimeout(IDLE_MILLIS);
                    answer(security, peer.getInputStream(), peer.getOutputStream());
                    peer.shutdownOutput();
                    RequestReader.drain(peer.getInputStream(), 4096);
                } catch (SocketTimeoutException e) {
                    return;
                }
            }
        }
    }

    private static void answer(ServerSecurity security, InputStream in, OutputStream out) throws IOException {
        byte[] payload = RequestReader.read(in, FrameLimits.defaults());
        OpenedRequest opened;
        try {
            opened = security.open(payload);
        } catch (RejectedRequest e) {
            out.write(ServerSecurity.errorReply(e, e.sealer(), "training"));
            return;
        }
        Request request = opened.request();
        Row.Builder row = new Row.Builder(request.object());
        for (Selection s : request.selections()) {
            row.put(s.alias().isEmpty() ? s.name() : s.alias(), "1");
        }
        List<Row> rows = request.selections().isEmpty() ? List.of() : List.of(row.build());
        Response reply = Response.success(Code.SUCCESS.code(), "", rows.size(), rows).withActor(request.actor());
        if (opened.wantsServerAttribute()) {
            reply = reply.withServer("training");
        }
        new ChunkedReplyWriter(out).send(opened.sealer().seal(reply), true);
        out.flush();
    }
}
