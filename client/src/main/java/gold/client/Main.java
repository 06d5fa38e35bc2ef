package gold.client;

/** Placeholder while the start-up wiring waits for the protocol module. */
public final class Main {
    public static final String VERSION = "3.0.0";

    private Main() {
    }
}
