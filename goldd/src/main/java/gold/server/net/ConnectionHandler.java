package gold.server.net;

import gold.protocol.Code;
import gold.protocol.GoldException;
import gold.protocol.Request;
import gold.protocol.Response;
import gold.protocol.server.OpenedRequest;
import gold.protocol.server.RejectedRequest;
import gold.protocol.server.ReplySealer;
import gold.protocol.server.ServerSecurity;
import gold.protocol.wire.ChunkedReplyWriter;
import gold.protocol.wire.FrameLimits;
import gold.protocol.wire.RequestReader;
import gold.server.engine.ReplySink;
import gold.server.engine.RequestService;
import gold.server.ServerSettings;
import gold.server.metrics.WorkerMetrics;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.SocketChannel;
import java.time.Duration;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Serves one connection on its own virtual thread: read the whole request under one deadline, open it
 * (decrypt, authenticate), run it through the request service, and write the reply chunks under a
 * second deadline. Receive-phase failures are answered with one Failure chunk (docs/differences.md) and
 * logged; nothing a peer sends or fails to send can hold the thread past its deadlines.
 */
final class ConnectionHandler {
    private static final Logger LOG = Logger.getLogger(ConnectionHandler.class.getName());
    private static final Duration DRAIN = Duration.ofSeconds(1);
    /** What a served request may still send (its chunk terminator or a trailer). */
    private static final int DRAIN_AFTER_REPLY = 64 * 1024;
    /** The least a refused request's remainder may be drained by, whatever server.message.max says. */
    private static final int MIN_DRAIN_AFTER_REFUSAL = 1024 * 1024;

    private final ServerSecurity security;
    private final RequestService service;
    private final ServerSettings settings;
    private final FrameLimits frameLimits;
    private final ConnectionLimits connections;
    private final String serverActor;
    private final String serverId;

    ConnectionHandler(ServerSecurity security, RequestService service, ServerSettings settings,
                      ConnectionLimits connections, String serverActor, String serverId) {
        this.security = security;
        this.service = service;
        this.settings = settings;
        this.frameLimits = FrameLimits.defaults().withMaxPayload(settings.maxMessageBytes());
        this.connections = connections;
        this.serverActor = serverActor;
        this.serverId = serverId;
    }

    void handle(SocketChannel ch) {
        Deadline deadline = new Deadline(ch);
        String peer = peer(ch);
        try (ch) {
            InputStream in = Channels.newInputStream(ch);
            OutputStream out = Channels.newOutputStream(ch);
            deadline.arm(settings.messageTimeout());
            OpenedRequest opened = receive(ch, in, out, peer, deadline);
            if (opened == null) {
                return;
            }
            connections.authenticated(ch);
            deadline.disarm();
            long started = System.nanoTime();
            Request request = opened.request();
            ReplyDelivery reply = new ReplyDelivery(opened, new ChunkedReplyWriter(out), deadline);
            service.serve(request, reply);
            if (reply.failure != null) {
                dropped(deadline.expired(), WorkerMetrics.WRITE_DEADLINE);
                LOG.warning("Connection from " + peer + (deadline.expired() ? " cut at its write deadline of "
                        + settings.messageTimeout().toSeconds() + " s" : " failed while writing the reply")
                        + " (" + request.object() + " " + request.action() + "): " + reply.failure);
                return;
            }
            LOG.info(String.format("%s %s %s by %s from %s: %s in %d ms", request.object(), request.action(),
                    request.requestKey().isEmpty() ? "" : "[" + request.requestKey() + "]", request.actor(), peer,
                    reply.lastCode, (System.nanoTime() - started) / 1_000_000));
            deadline.arm(DRAIN);
            closeOrderly(ch, in, DRAIN_AFTER_REPLY);
        } catch (IOException e) {
            LOG.warning("Connection from " + peer + (deadline.expired() ? " cut at its deadline" : " failed") + ": " + e);
            dropped(deadline.expired(), WorkerMetrics.WRITE_DEADLINE);
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "Unexpected failure serving " + peer, e);
        } finally {
            deadline.disarm();
        }
    }

    /**
     * Writes the reply chunks of one served request as the request service hands them over: stamps and
     * seals each chunk, arms the write deadline at the first one, and keeps what the connection reports
     * afterwards: the code of the last chunk written and the failure that stopped writing, if any.
     */
    private final class ReplyDelivery implements ReplySink {
        private final OpenedRequest opened;
        private final ChunkedReplyWriter writer;
        private final Deadline deadline;
        private boolean writing;
        /** Code of the last chunk written ("" before the first). */
        private String lastCode = "";
        /** Why writing failed; the service only learns that delivery failed, the connection logs why. */
        private IOException failure;

        ReplyDelivery(OpenedRequest opened, ChunkedReplyWriter writer, Deadline deadline) {
            this.opened = opened;
            this.writer = writer;
            this.deadline = deadline;
        }

        @Override
        public void send(Response chunk, boolean last) throws IOException {
            Response reply = chunk.withActor(serverActor);
            if (opened.wantsServerAttribute()) {
                reply = reply.withServer(serverId);
            }
            byte[] payload = opened.sealer().seal(reply);
            if (!writing) {
                writing = true;
                deadline.arm(settings.messageTimeout());
            }
            try {
                writer.send(payload, last);
            } catch (IOException e) {
                failure = e;
                throw e;
            }
            lastCode = reply.code();
        }
    }

    /**
     * Reads and opens the request; on failure answers it (when configured), closes in order and returns
     * null. The remainder of a refused request is drained under the request's own read deadline and at
     * most as many bytes as a request may have, so refusing costs no more than serving would have.
     */
    private OpenedRequest receive(SocketChannel ch, InputStream in, OutputStream out, String peer, Deadline deadline)
            throws IOException {
        ReplySealer errorSealer = security.plainSealer();
        int drainLimit = Math.max(settings.maxMessageBytes(), MIN_DRAIN_AFTER_REFUSAL);
        try {
            byte[] payload = RequestReader.read(in, frameLimits);
            return security.open(payload);
        } catch (RejectedRequest e) {
            errorSealer = e.sealer();
            LOG.warning("Rejected request from " + peer + ": " + e.code() + " " + oneLine(e.getMessage()));
            replyError(e, errorSealer, out);
            closeOrderly(ch, in, drainLimit);
        } catch (GoldException e) {
            if (e.code().equals(Code.NULL_CONNECTION.code())) {
                LOG.fine("Null connection from " + peer);
                return null;
            }
            LOG.warning("Bad request from " + peer + ": " + e.code() + " " + oneLine(e.getMessage()));
            replyError(e, errorSealer, out);
            closeOrderly(ch, in, drainLimit);
        } catch (IOException e) {
            if (deadline.expired()) {
                dropped(true, WorkerMetrics.READ_DEADLINE);
                LOG.info("Connection from " + peer + " cut at its read deadline of "
                        + settings.messageTimeout().toSeconds() + " s");
                return null;
            }
            throw e;
        }
        return null;
    }

    private void replyError(GoldException e, ReplySealer sealer, OutputStream out) {
        if (!settings.replyOnReceiveError()) {
            return;
        }
        try {
            out.write(ServerSecurity.errorReply(e, sealer, serverActor));
            out.flush();
        } catch (IOException | RuntimeException io) {
            LOG.fine("Could not send the error reply: " + io);
        }
    }

    /**
     * Ends a connection after its reply so that the reply arrives whole, however late the client reads:
     * FIN after the last reply byte, then read and discard what the client still sends until it closes,
     * so the socket is never closed with unread bytes (which makes the kernel send a reset that can
     * destroy the reply at the client). Bounded by {@code maxBytes} and by the deadline armed by the
     * caller (which closes the socket); a peer that goes past either is closed on regardless.
     */
    private static void closeOrderly(SocketChannel ch, InputStream in, int maxBytes) {
        try {
            ch.shutdownOutput();
        } catch (IOException e) {
            return; // already closed (deadline or peer): nothing more to do in order
        }
        RequestReader.drain(in, maxBytes);
    }

    private static void dropped(boolean cut, String reason) {
        if (cut) {
            WorkerMetrics.connectionDropped(reason);
        }
    }

    private static String peer(SocketChannel ch) {
        try {
            return String.valueOf(ch.getRemoteAddress());
        } catch (IOException e) {
            return "unknown peer";
        }
    }

    private static String oneLine(String s) {
        return s == null ? "" : s.replace('\n', ' ');
    }
}
