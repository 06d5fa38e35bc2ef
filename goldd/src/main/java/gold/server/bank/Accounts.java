package gold.server.bank;

import gold.protocol.Code;
import java.sql.SQLException;
import java.util.Set;
import java.util.TreeSet;

/** Account id checks shared by the account actions. */
final class Accounts {
    private Accounts() {
    }

    /** The id of an existing (non-deleted) account, or a 740 with the given message. */
    static long existing(BankCall call, String idText, String message) throws SQLException {
        if (!idText.matches("\\d+")) {
            throw Code.FAILED.exception(message);
        }
        long id = Long.parseLong(idText);
        if (!call.store.accountExists(id)) {
            throw Code.FAILED.exception(message);
        }
        return id;
    }

    /**
     * Locks the named accounts' rows, then all their allocations, each ascending by id (so two requests
     * moving credits in opposite directions cannot wait on each other in a circle), before a request
     * checks their balances and writes; ids that are not plain numbers are left to the later checks.
     */
    static void lock(BankCall call, String... idTexts) throws SQLException {
        Set<Long> ids = new TreeSet<>();
        for (String t : idTexts) {
            if (t.matches("\\d{1,18}")) {
                ids.add(Long.parseLong(t));
            }
        }
        call.store.lock("g_account", ids);
        call.store.lockAllocationsOf(ids);
        call.locked();
    }
}
