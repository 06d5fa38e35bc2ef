package gold.client;

import java.io.OutputStream;
import java.io.PrintStream;

/**
 * Build-time training run of the clients' start-up cache (dist/assemble.sh), never run by a site: each
 * argument is one command line ("glsuser -A --show Name,Active"), run in turn in this one JVM, so the
 * cache made from this run holds the classes of all of them. Their output is thrown away.
 */
public final class TrainingRun {
    private TrainingRun() {
    }

    public static void main(String[] commandLines) {
        PrintStream out = System.out;
        PrintStream err = System.err;
        PrintStream discard = new PrintStream(OutputStream.nullOutputStream());
        System.setOut(discard);
        System.setErr(discard);
        for (String line : commandLines) {
            Main.run(line.trim().split(" +"));
        }
        System.setOut(out);
        System.setErr(err);
        System.exit(0);
    }
}
