package gold.protocol.config;

/** A configuration value that does not parse; the message names the key, the value and what was expected. */
public final class InvalidSettingException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    private final String key;

    public InvalidSettingException(String key, String value, String expected) {
        super(key + " has the invalid value \"" + value + "\": " + expected);
        this.key = key;
    }

    public String key() {
        return key;
    }
}
