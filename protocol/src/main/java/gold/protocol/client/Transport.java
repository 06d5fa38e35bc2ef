package gold.protocol.client;

import gold.protocol.Code;
import gold.protocol.GoldException;
import gold.protocol.Response;
import gold.protocol.wire.ReplyReader;
import gold.protocol.wire.RequestFraming;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NoRouteToHostException;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * One attempt: validate host and port, connect under the connect deadline, write the framed request,
 * read the reply under the reply deadline, check every chunk with the request's {@link ReplyOpener}.
 * Never throws for transport problems: they become local Failure responses with the classic codes
 * and texts (docs/protocol.md, Client behaviour), or 250 when the outcome is unknown (docs/differences.md).
 */
final class Transport {
    private static final Pattern HOST = Pattern.compile("^[-\\w.]+$");

    private final ClientSettings settings;

    Transport(ClientSettings settings) {
        this.settings = settings;
    }

    Exchange exchange(ServerAddress server, SealedRequest sealed, boolean allChunks) {
        String host = server.host();
        int port = server.port();
        if (!HOST.matcher(host).matches()) {
            return notSent(Code.BAD_HOST, "Invalid characters were found in server.host (" + host + ")\n");
        }
        if (port == ServerAddress.INVALID_PORT) {
            return notSent(Code.BAD_PORT, "server.port must be an integer number (" + host + ")\n");
        }
        InetAddress address;
        try {
            address = InetAddress.getByName(host);
        } catch (UnknownHostException e) {
            return notSent(Code.BAD_HOST, "Unable to resolve server hostname " + host + " (Unknown host)");
        }
        Socket socket = new Socket();
        try {
            try {
                socket.connect(new InetSocketAddress(address, port),
                        (int) Math.min(Integer.MAX_VALUE, settings.connectTimeout().toMillis()));
            } catch (IOException e) {
                return notSent(Code.CONNECT_FAILED, "Unable to connect to socket (" + connectReason(e) + ")");
            }
            long deadline = System.nanoTime() + settings.replyTimeout().toNanos();
            try {
                socket.setSoTimeout((int) Math.min(Integer.MAX_VALUE, settings.replyTimeout().toMillis()));
                OutputStream out = socket.getOutputStream();
                out.write(RequestFraming.frame(sealed.payload()));
                out.flush();
            } catch (IOException e) {
                return notSent(Code.WRITE_ERROR, "Error writing to server: " + reason(e));
            }
            InputStream in;
            try {
                in = new BufferedInputStream(new DeadlineInputStream(socket, deadline));
            } catch (IOException e) {
                return new Exchange.Unknown(failure(Code.OUTCOME_UNKNOWN,
                        "Failed receiving reply: (Error reading from server: " + reason(e) + ")."));
            }
            return receive(in, sealed, allChunks);
        } finally {
            close(socket);
        }
    }

    private static void close(Socket socket) {
        try {
            socket.close();
        } catch (IOException e) {
            // the exchange's outcome is decided before closing; a failed close changes nothing about it
            assert e != null;
        }
    }

    private Exchange receive(InputStream in, SealedRequest sealed, boolean allChunks) {
        List<Response> chunks = new ArrayList<>();
        try {
            ReplyReader reader = new ReplyReader(in, settings.limits());
            reader.readHeader();
            while (true) {
                Optional<byte[]> payload = reader.nextChunk();
                if (payload.isEmpty()) {
                    break;
                }
                Response r = open(sealed, payload.get(), reader);
                chunks.add(r);
                if (!allChunks || (r.chunkMax() != -1 && r.chunkNum() >= r.chunkMax())) {
                    break;
                }
            }
            if (chunks.isEmpty()) {
                throw Code.MALFORMED.exception("No response chunk returned by server.");
            }
            return new Exchange.Replied(chunks);
        } catch (GoldException e) {
            return afterFailure(chunks, e.code(), e.getMessage());
        } catch (SocketTimeoutException e) {
            return afterFailure(chunks, Code.TIMEOUT.code(), Code.TIMEOUT.classicMessage());
        } catch (IOException e) {
            return afterFailure(chunks, Code.READ_ERROR.code(), "Error reading from server: " + reason(e));
        }
    }

    private static Response open(SealedRequest sealed, byte[] payload, ReplyReader reader) {
        try {
            return sealed.opener().open(payload);
        } catch (GoldException e) {
            if (!reader.statusOk()) {
                throw Code.MALFORMED.exception("HTTP Response failure detected (" + reader.status() + ").", e);
            }
            throw e;
        }
    }

    /** Before a complete first chunk the outcome is unknown (250); later failures keep their code. */
    private static Exchange afterFailure(List<Response> chunks, String code, String text) {
        Response failure = failure(code, "Failed receiving reply: (" + text + ").");
        if (chunks.isEmpty()) {
            boolean framing = code.equals(Code.MALFORMED.code()) || code.equals(Code.NO_RESPONSE.code())
                    || code.startsWith("3") || code.startsWith("4");
            return framing ? new Exchange.Replied(List.of(failure))
                    : new Exchange.Unknown(failure(Code.OUTCOME_UNKNOWN.code(), failure.message()));
        }
        List<Response> out = new ArrayList<>(chunks);
        Response last = chunks.get(chunks.size() - 1);
        out.add(failure.withChunk(last.chunkNum() + 1, 0));
        return new Exchange.Replied(out);
    }

    private static Exchange notSent(Code code, String text) {
        return new Exchange.NotSent(failure(code, "Failed sending message: (" + text + ")."));
    }

    static Response failure(Code code, String message) {
        return Response.failure(code.code(), message);
    }

    static Response failure(String code, String message) {
        return Response.failure(code, message);
    }

    private static String connectReason(IOException e) {
        if (e instanceof SocketTimeoutException) {
            return "Connection timed out";
        }
        if (e instanceof NoRouteToHostException) {
            return "No route to host";
        }
        if (e instanceof ConnectException && e.getMessage() != null && e.getMessage().startsWith("Connection refused")) {
            return "Connection refused";
        }
        return reason(e);
    }

    private static String reason(IOException e) {
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
