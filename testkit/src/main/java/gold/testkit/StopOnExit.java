package gold.testkit;

/**
 * A server's stop, run once: when its owner closes the server, or at JVM exit if the owner never does
 * (a test JVM that ends early), so no server outlives the JVM that started it.
 */
public final class StopOnExit {
    private final Runnable stop;
    private final Thread hook;
    private boolean done;

    public StopOnExit(String name, Runnable stop) {
        this.stop = stop;
        this.hook = new Thread(this::once, name);
        Runtime.getRuntime().addShutdownHook(hook);
    }

    /** Stops now (unless already stopped) and drops the exit hook. */
    public void now() {
        once();
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException shuttingDown) {
            // the hook itself is running or about to: nothing left to unregister
        }
    }

    private synchronized void once() {
        if (!done) {
            done = true;
            stop.run();
        }
    }
}
