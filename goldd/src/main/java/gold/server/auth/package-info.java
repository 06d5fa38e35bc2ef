/**
 * Authorization: may this caller do this? Given the authenticated actor of a request, {@link
 * gold.server.auth.Authorizer} applies the roles of docs/data-model.md, Authorization (ANY, SELF, a
 * specific instance, MEMBERS, ADMIN, OVERRIDE) to the identifiers the request names ({@link
 * gold.server.auth.Subject}) and answers a {@link gold.server.auth.Decision} or 444.
 *
 * <p>The line to {@code gold.server.security}: this package decides on requests whose caller is
 * already known and never touches a secret; proving who the caller is, and keeping the secrets that
 * proof needs (passwords, API tokens, nonces), is {@code gold.server.security}'s.
 */
package gold.server.auth;
