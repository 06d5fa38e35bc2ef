package gold.protocol.testutil;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.Map;

/** Loads the protocol test vectors copied into src/test/resources/vectors. */
public final class Vectors {
    private Vectors() {
    }

    public static byte[] bytes(String name) {
        try (InputStream in = Vectors.class.getResourceAsStream("/vectors/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no vector " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Map<String, Object> json(String name) {
        return Json.obj(Json.parse(new String(bytes(name), StandardCharsets.UTF_8)));
    }

    public static byte[] hex(Object hex) {
        return HexFormat.of().parseHex((String) hex);
    }

    public static String str(Map<String, Object> m, String key) {
        return (String) m.get(key);
    }
}
