package gold.protocol;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The shared secret of etc/auth_key (docs/protocol.md, Classic suite): the first line with a trailing LF and then a
 * trailing CR removed (the CR removal is our documented deviation from Perl's chomp); the whole line is
 * the HMAC key.
 */
public final class AuthKey {
    private AuthKey() {
    }

    public static String read(Path file) throws IOException {
        byte[] all = Files.readAllBytes(file);
        int end = 0;
        while (end < all.length && all[end] != '\n') {
            end++;
        }
        if (end > 0 && all[end - 1] == '\r') {
            end--;
        }
        return new String(all, 0, end, StandardCharsets.UTF_8);
    }
}
