package gold.server.engine;

import gold.protocol.Response;

import java.io.IOException;

/** Receives the reply chunks of one request in order; the connection layer seals and writes each one. */
public interface ReplySink {
    /** Sends one chunk; {@code last} is true for the final chunk of the reply. */
    void send(Response chunk, boolean last) throws IOException;
}
