package gold.protocol;

/**
 * The one unchecked exception of Gold: a three-digit status code (docs/codes.md) and the message a
 * client sees. Handlers raise it with {@code throw Code.X.exception(message)}; the dispatcher turns it
 * into a Failure response. A failure met on the way is passed on with its own code by
 * {@link #prefixed(String)} or {@link Response#exception()}.
 */
public class GoldException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final String code;

    /** Made by {@link Code#exception(String)}; subclasses wrap a failure that already has its code. */
    protected GoldException(String code, String message, Throwable cause) {
        super(message, cause);
        this.code = code;
    }

    public String code() {
        return code;
    }

    /** This failure with {@code prefix} in front of its message, same code (a step of a larger request failed). */
    public GoldException prefixed(String prefix) {
        return new GoldException(code, prefix + getMessage(), this);
    }
}
