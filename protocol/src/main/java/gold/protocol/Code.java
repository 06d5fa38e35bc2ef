package gold.protocol;

import java.util.Locale;

/**
 * Every Gold status code this implementation produces, with when it applies (docs/codes.md,
 * docs/differences.md) and, for protocol and security codes, the classic message.
 * The client exit status is {@code code / 10}.
 */
public enum Code {
    /** Success. */
    SUCCESS("000"),
    /** Success; the usage text of the action was returned (ShowUsage). */
    USAGE("010"),
    /** Success, and the metadata cache was refreshed (Object/Attribute/Action/Role/... changed). */
    REFRESHED("080"),
    /** Warning: more rows exist but the client did not ask for chunking. */
    TRUNCATED("146", "Results were truncated -- use chunking to enable large messages"),
    /** Local: bad characters in server.host or the host cannot be resolved (no failover). */
    BAD_HOST("212"),
    /** Local: server.port is not an integer. */
    BAD_PORT("214", "server.port must be an integer number (%s)"),
    /** Local: a socket could not be created. */
    NO_SOCKET("216", "Unable to create socket (%s)"),
    /** Local: connecting to the server failed; triggers failover. */
    CONNECT_FAILED("222", "Unable to connect to socket (%s)"),
    /** Write error towards the peer. */
    WRITE_ERROR("224", "Error writing to client: %s"),
    /** Read error from the server. */
    READ_ERROR("226", "Error reading from server: %s"),
    /** A read or write deadline passed. */
    TIMEOUT("232", "Client timed out trying to read from server"),
    /** Framing or format error (method, URI, headers, root element, missing Body, oversized message). */
    MALFORMED("242"),
    /** End of file before any request line (never answered). */
    NULL_CONNECTION("243", "Null connection received."),
    /** Local: the reply body holds no Response element. */
    NO_RESPONSE("244", "No response found in the message\nBody should have a Response element."),
    /** End of file while reading a reply header. */
    NO_HEADER("246", "No HTTP header returned by server."),
    /** OUR EXTENSION: the request was sent but no reply came, or the commit could not be confirmed. */
    OUTCOME_UNKNOWN("250"),
    /** No Object in the request. */
    NO_OBJECT("311", "No object specified in the request."),
    /** No action or no actor in the request. */
    NO_ACTION("312", "No action specified in the request."),
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
    NO_STATUS("321", "No status found in the response\nResponse should have a Status element."),
    /** Web portal and API only: a write without the session's CSRF token (HTTP 403). */
    CSRF_REFUSED("403"),
    /** Signing failed. */
    SIGN_FAILED("422", "Failed signing message: (%s)."),
    /** Authentication of a received message failed. */
    AUTH_FAILED("424", "Failed authenticating message: (%s)."),
    /** GS2: timestamp outside the permitted window. */
    STALE("426", "Message timestamp outside the permitted window"),
    /** GS2: replayed message. */
    REPLAYED("427", "Replayed message"),
    /** GS2: unsupported security method or version. */
    UNSUPPORTED_METHOD("428", "Unsupported security method"),
    /** Encryption failed. */
    ENCRYPT_FAILED("432", "Failed encrypting message: (%s)."),
    /** Decryption failed. */
    DECRYPT_FAILED("434", "Failed decrypting message: (%s)."),
    /** No message body to encrypt. */
    NO_BODY("436", "No message body found"),
    /** GS2: AEAD decryption failed. */
    AEAD_FAILED("438", "Decryption failed"),
    /** The actor is not authorized. */
    NOT_AUTHORIZED("444", "%s is not authorized to perform this function (%s)"),
    /** Time travel not supported. */
    NO_TIME_TRAVEL("700"),
    /** Unsupported Data element. */
    UNSUPPORTED_DATA("710"),
    /** Internal server error (details in the log only). */
    INTERNAL("720"),
    /** The database is unavailable or read-only for a write; clients fail over. */
    DB_UNAVAILABLE("730", "Failed obtaining database connection: %s"),
    /** General request or validation failure. */
    FAILED("740"),
    /** Insufficient funds: no valid allocation. */
    NO_FUNDS("782"),
    /** Insufficient balance. */
    NO_BALANCE("784"),
    /** Unspecified failure. */
    UNSPECIFIED("999");

    private final String code;
    private final String classicMessage;

    Code(String code) {
        this(code, "");
    }

    Code(String code, String classicMessage) {
        this.code = code;
        this.classicMessage = classicMessage;
    }

    /**
     * The classic message for this code where the protocol fixes one ("" otherwise); {@code %s} marks
     * the parts filled in (the inner reason, the errno text, the actor) as in {@link #message(Object...)}.
     */
    public String classicMessage() {
        return classicMessage;
    }

    /** The classic message with its {@code %s} parts filled in. */
    public String message(Object... parts) {
        return String.format(Locale.ROOT, classicMessage, parts);
    }

    public String code() {
        return code;
    }

    /**
     * The one way to fail a request with this code: {@code throw Code.X.exception(message)}. The
     * message is what the client sees; the dispatcher turns the exception into a Failure response.
     */
    public GoldException exception(String message) {
        return new GoldException(code, message, null);
    }

    /** As {@link #exception(String)}, keeping the underlying failure for the log. */
    public GoldException exception(String message, Throwable cause) {
        return new GoldException(code, message, cause);
    }

    /** True when {@code code} (as it travels) is one of {@code codes}. */
    public static boolean isAnyOf(String code, Code... codes) {
        for (Code c : codes) {
            if (c.code.equals(code)) {
                return true;
            }
        }
        return false;
    }

    /** goldd could not be reached or could not answer: a transport failure (2xx) or no database (730). */
    public static boolean isUnavailable(String code) {
        return code.startsWith("2") || DB_UNAVAILABLE.code.equals(code);
    }

    /** No server settled the request: it could not be sent (212, 214, 222, 224) or got no reply (250). */
    public static boolean isUnreachable(String code) {
        return isAnyOf(code, BAD_HOST, BAD_PORT, CONNECT_FAILED, WRITE_ERROR, OUTCOME_UNKNOWN);
    }

    /** The request still met no working database: 730, or no server could be connected (222) or answered (250). */
    public static boolean isDatabaseUnreached(String code) {
        return isAnyOf(code, DB_UNAVAILABLE, OUTCOME_UNKNOWN, CONNECT_FAILED);
    }

    /** The project cannot pay: no usable allocation (782) or not enough balance (784). */
    public static boolean isInsufficientFunds(String code) {
        return isAnyOf(code, NO_FUNDS, NO_BALANCE);
    }
}
