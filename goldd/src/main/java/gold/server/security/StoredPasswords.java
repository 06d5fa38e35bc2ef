package gold.server.security;

import gold.protocol.security.PasswordLookup;
import gold.server.sql.Database;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * Users' passwords for Password tokens (docs/protocol.md, Classic suite): the stored form in g_password, decrypted
 * with the shared key. A user without a (live) password row has none.
 */
public final class StoredPasswords implements PasswordLookup {
    private static final Logger LOG = Logger.getLogger(StoredPasswords.class.getName());
    private final Database db;
    private final PasswordCipher cipher;
    private final Optional<ApiTokens> apiTokens;

    public StoredPasswords(Database db, PasswordCipher cipher) {
        this.db = db;
        this.cipher = cipher;
        this.apiTokens = Optional.empty();
    }

    /** Also resolves ApiToken tokens through the given store. */
    public StoredPasswords(Database db, PasswordCipher cipher, ApiTokens apiTokens) {
        this.db = db;
        this.cipher = cipher;
        this.apiTokens = Optional.of(apiTokens);
    }

    @Override
    public Optional<String> apiTokenKey(String userAndId) {
        return apiTokens.flatMap(t -> t.keyOf(userAndId));
    }

    @Override
    public Optional<String> password(String user) {
        try (Connection c = db.reader()) {
            db.dialect().beginRead(c);
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT g_password FROM g_password WHERE g_user = ? AND g_deleted <> 'True'")) {
                ps.setString(1, user);
                try (ResultSet rs = ps.executeQuery()) {
                    Optional<String> stored = rs.next() ? Optional.ofNullable(rs.getString(1)) : Optional.empty();
                    db.dialect().commit(c);
                    return stored.filter(s -> !s.isEmpty()).map(cipher::decrypt);
                }
            }
        } catch (SQLException | RuntimeException e) {
            LOG.warning("cannot read the password of " + user + ": " + e.getMessage());
            return Optional.empty();
        }
    }
}
