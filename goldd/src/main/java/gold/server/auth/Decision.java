package gold.server.auth;

/** The outcome of authorization when the request may go on. */
public enum Decision {
    /** A normal role allowed it. */
    ALLOWED,
    /** Only an OVERRIDE role allowed it: the handler applies its own data-dependent check. */
    OVERRIDDEN
}
