/**
 * Stored secrets: what the protocol's {@code ServerSecurity} asks the database for to authenticate a
 * request, and how secrets are kept there. {@link gold.server.security.PasswordCipher} is the stored
 * (encrypted) form of passwords and token keys, {@link gold.server.security.StoredPasswords} answers
 * a Password or ApiToken token's key, {@link gold.server.security.ApiTokens} keeps the per-user API
 * tokens, {@link gold.server.security.NonceTable} the GS2 replay window shared by every server.
 *
 * <p>The line to {@code gold.server.auth}: this package establishes who the caller is (and holds the
 * secrets for it); whether that caller may do what the request asks is {@code gold.server.auth}'s.
 */
package gold.server.security;
