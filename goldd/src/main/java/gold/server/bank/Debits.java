package gold.server.bank;

import gold.protocol.Code;
import gold.protocol.Assignment;
import gold.protocol.Condition;

import java.sql.SQLException;
import java.util.List;

/** The allocation Modify sub-steps every debit and credit goes through ({@code Amount -= x} / {@code += x}). */
final class Debits {
    private Debits() {
    }

    static void debit(BankStore store, long allocation, double x) throws SQLException {
        store.modify("Allocation", List.of(Condition.eq("Id", String.valueOf(allocation))),
                List.of(new Assignment("Amount", "Dec", Money.text(x))));
    }

    static void credit(BankStore store, long allocation, double x) throws SQLException {
        store.modify("Allocation", List.of(Condition.eq("Id", String.valueOf(allocation))),
                List.of(new Assignment("Amount", "Inc", Money.text(x))));
    }

    /** Amount option checks shared by Withdraw and Transfer; returns the amount. */
    static double requiredPositiveAmount(BankCall call) {
        if (!call.hasOption("Amount")) {
            throw Code.FAILED.exception("Amount must be specified");
        }
        double amount = Money.number(call.option("Amount"));
        if (amount <= 0) {
            throw Code.FAILED.exception("Amount must be positive");
        }
        return amount;
    }
}
