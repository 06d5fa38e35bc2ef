package gold.protocol.config;

/** A configuration value that does not parse; the message names the key, the value and what was expected. */
public final class InvalidSettingException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    private final String key;
    private final String value;
    private final String expected;

    public InvalidSettingException(String key, String value, String expected) {
        super(key + " has the invalid value \"" + value + "\": " + expected);
        this.key = key;
        this.value = value;
        this.expected = expected;
    }

    public String key() {
        return key;
    }

    /** The text that did not parse. */
    public String value() {
        return value;
    }

    /** What the key takes, e.g. "expected a port number from 0 to 65535". */
    public String expected() {
        return expected;
    }
}
