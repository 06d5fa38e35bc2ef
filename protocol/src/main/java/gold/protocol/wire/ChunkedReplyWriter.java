package gold.protocol.wire;

import java.io.IOException;
import java.io.OutputStream;

/**
 * Writes a reply as header and chunks to a stream with look-ahead (docs/protocol.md, Reply framing): chunk n's payload
 * goes out in one write together with the size line of chunk n+1, so a classic Perl client (which
 * reads size lines of later chunks non-blocking) always finds the next size line already buffered.
 */
public final class ChunkedReplyWriter {
    private final OutputStream out;
    private final byte[] header;
    private byte[] pending;
    private boolean started;
    private boolean finished;

    public ChunkedReplyWriter(OutputStream out) {
        this(out, ReplyFraming.header());
    }

    public ChunkedReplyWriter(OutputStream out, byte[] header) {
        this.out = out;
        this.header = header.clone();
    }

    /** Sends one chunk payload; {@code last} ends the reply with {@code 0\r\n} and flushes. */
    public void send(byte[] payload, boolean last) throws IOException {
        if (finished) {
            throw new IllegalStateException("reply already finished");
        }
        byte[] size = RequestFraming.sizeLine(payload.length);
        byte[] lead = started ? pending : header;
        started = true;
        byte[] first = new byte[lead.length + size.length];
        System.arraycopy(lead, 0, first, 0, lead.length);
        System.arraycopy(size, 0, first, lead.length, size.length);
        out.write(first);
        if (last) {
            byte[] tail = new byte[payload.length + 3];
            System.arraycopy(payload, 0, tail, 0, payload.length);
            System.arraycopy(ReplyFraming.TERMINATOR, 0, tail, payload.length, 3);
            out.write(tail);
            finished = true;
            pending = null;
        } else {
            pending = payload;
        }
        out.flush();
    }

    public boolean finished() {
        return finished;
    }
}
