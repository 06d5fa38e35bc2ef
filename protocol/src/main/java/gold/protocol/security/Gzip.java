package gold.protocol.security;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.GZIPInputStream;

/**
 * gzip as the classic encryption uses it (docs/protocol.md, Classic suite). The header mirrors Compress::Zlib 2.x (mtime 0,
 * OS byte 0xff) so deterministic vectors reproduce; decompression is bounded against zip bombs.
 */
final class Gzip {
    private Gzip() {
    }

    static byte[] compress(byte[] data) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(data.length / 2 + 32);
        out.writeBytes(new byte[] {0x1f, (byte) 0x8b, 8, 0, 0, 0, 0, 0, 0, (byte) 0xff});
        Deflater d = new Deflater(Deflater.DEFAULT_COMPRESSION, true);
        try {
            d.setInput(data);
            d.finish();
            byte[] buf = new byte[8192];
            while (!d.finished()) {
                int n = d.deflate(buf);
                out.write(buf, 0, n);
            }
        } finally {
            d.end();
        }
        CRC32 crc = new CRC32();
        crc.update(data);
        writeLe(out, (int) crc.getValue());
        writeLe(out, data.length);
        return out.toByteArray();
    }

    private static void writeLe(ByteArrayOutputStream out, int v) {
        out.write(v);
        out.write(v >>> 8);
        out.write(v >>> 16);
        out.write(v >>> 24);
    }

    /** Decompresses at most {@code limit} bytes; more is an IllegalArgumentException. */
    static byte[] decompress(byte[] data, int limit) {
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(data))) {
            byte[] out = in.readNBytes(limit);
            if (in.read() >= 0) {
                throw new IllegalArgumentException("Decompressed message exceeds " + limit + " bytes");
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
