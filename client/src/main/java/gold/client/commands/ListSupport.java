package gold.client.commands;

import gold.client.Invocation;
import gold.client.Table;
import gold.protocol.Response;
import gold.protocol.Status;

/**
 * Endings shared by the list commands that merge several queries into one table: print the table,
 * report a warning of the main query on stderr (the classic clients lost it; see
 * docs/differences.md, Clients), and exit with the main query's code; a failed main query prints its
 * message; a failed secondary query aborts with {@code Aborting <argv0>: <message>}.
 */
final class ListSupport {
    private ListSupport() {
    }

    /** Displays the main query's failure, or returns -1 when it succeeded. */
    static int failed(Invocation inv, Response main) {
        if (main.isFailure()) {
            inv.display(main);
            return main.exitStatus();
        }
        return -1;
    }

    /** Prints the merged table and returns the main query's exit status. */
    static int finish(Invocation inv, Table table, Response main) {
        inv.renderer().printData(table, true);
        if (main.status() == Status.Warning && !main.message().isEmpty()) {
            inv.session().err().println(main.message());
        }
        return main.exitStatus();
    }

    /** Aborts after a failed secondary query. */
    static int abort(Invocation inv, Response failed) {
        inv.println("Aborting " + inv.session().program() + ": " + failed.message());
        return failed.exitStatus();
    }
}
