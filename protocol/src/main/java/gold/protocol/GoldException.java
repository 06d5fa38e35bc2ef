package gold.protocol;

/**
 * The one unchecked exception of Gold: a three-digit status code (docs/codes.md) and the message a
 * client sees. Handlers throw it; the dispatcher turns it into a Failure response.
 */
public class GoldException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final String code;

    public GoldException(String code, String message) {
        super(message);
        this.code = code;
    }

    public GoldException(String code, String message, Throwable cause) {
        super(message, cause);
        this.code = code;
    }

    public GoldException(Code code, String message) {
        this(code.code(), message);
    }

    public GoldException(Code code, String message, Throwable cause) {
        this(code.code(), message, cause);
    }

    public String code() {
        return code;
    }
}
