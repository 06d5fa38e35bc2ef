package gold.server.bank;

import java.sql.SQLException;

/** Account id checks shared by the account actions. */
final class Accounts {
    private Accounts() {
    }

    /** The id of an existing (non-deleted) account, or a 740 with the given message. */
    static long existing(BankCall call, String idText, String message) throws SQLException {
        if (!idText.matches("\\d+")) {
            throw BankCall.fail(message);
        }
        long id = Long.parseLong(idText);
        if (!call.store.accountExists(id)) {
            throw BankCall.fail(message);
        }
        return id;
    }
}
