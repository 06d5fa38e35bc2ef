package gold.protocol;

/**
 * Every Gold status code this implementation produces, with when it applies (spec/error-codes.md,
 * protocol.md section 10, decisions.md). The client exit status is {@code code / 10}.
 */
public enum Code {
    /** Success. */
    SUCCESS("000"),
    /** Success; the usage text of the action was returned (ShowUsage). */
    USAGE("010"),
    /** Success, and the metadata cache was refreshed (Object/Attribute/Action/Role/... changed). */
    REFRESHED("080"),
    /** Warning: more rows exist but the client did not ask for chunking. */
    TRUNCATED("146"),
    /** Local: bad characters in server.host or the host cannot be resolved (no failover). */
    BAD_HOST("212"),
    /** Local: server.port is not an integer. */
    BAD_PORT("214"),
    /** Local: a socket could not be created. */
    NO_SOCKET("216"),
    /** Local: connecting to the server failed; triggers failover. */
    CONNECT_FAILED("222"),
    /** Write error towards the peer. */
    WRITE_ERROR("224"),
    /** Read error from the server. */
    READ_ERROR("226"),
    /** A read or write deadline passed. */
    TIMEOUT("232"),
    /** Framing or format error (method, URI, headers, root element, missing Body, oversized message). */
    MALFORMED("242"),
    /** End of file before any request line (never answered). */
    NULL_CONNECTION("243"),
    /** Local: the reply body holds no Response element. */
    NO_RESPONSE("244"),
    /** End of file while reading a reply header. */
    NO_HEADER("246"),
    /** OUR EXTENSION: the request was sent but no reply came, or the commit could not be confirmed. */
    OUTCOME_UNKNOWN("250"),
    /** No Object in the request. */
    NO_OBJECT("311"),
    /** No action or no actor in the request. */
    NO_ACTION("312"),
    /** Action not implemented here (internal: falls through to the generic engine). */
    UNSUPPORTED_ACTION("313"),
    /** A required value is missing. */
    REQUIRED("314"),
    /** Object not handled here (internal). */
    UNSUPPORTED_OBJECT("315"),
    /** Unknown attribute in an assignment. */
    UNKNOWN_ATTRIBUTE("316"),
    /** Invalid value: boolean, integer, float or time stamp. */
    INVALID_VALUE("317"),
    /** Invalid use of selections, assignments or conditions. */
    INVALID_USE("318"),
    /** A response without Status or Code. */
    NO_STATUS("321"),
    /** Signing failed. */
    SIGN_FAILED("422"),
    /** Authentication of a received message failed. */
    AUTH_FAILED("424"),
    /** GS2: timestamp outside the permitted window. */
    STALE("426"),
    /** GS2: replayed message. */
    REPLAYED("427"),
    /** GS2: unsupported security method or version. */
    UNSUPPORTED_METHOD("428"),
    /** Encryption failed. */
    ENCRYPT_FAILED("432"),
    /** Decryption failed. */
    DECRYPT_FAILED("434"),
    /** No message body to encrypt. */
    NO_BODY("436"),
    /** GS2: AEAD decryption failed. */
    AEAD_FAILED("438"),
    /** The actor is not authorized. */
    NOT_AUTHORIZED("444"),
    /** Time travel not supported. */
    NO_TIME_TRAVEL("700"),
    /** Unsupported Data element. */
    UNSUPPORTED_DATA("710"),
    /** Internal server error (details in the log only). */
    INTERNAL("720"),
    /** The database is unavailable or read-only for a write; clients fail over. */
    DB_UNAVAILABLE("730"),
    /** General request or validation failure. */
    FAILED("740"),
    /** Insufficient funds: no valid allocation. */
    NO_FUNDS("782"),
    /** Insufficient balance. */
    NO_BALANCE("784"),
    /** Unspecified failure. */
    UNSPECIFIED("999");

    private final String code;

    Code(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public GoldException exception(String message) {
        return new GoldException(this, message);
    }
}
