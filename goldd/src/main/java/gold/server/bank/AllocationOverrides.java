package gold.server.bank;

import gold.protocol.Code;
import gold.protocol.Assignment;
import gold.protocol.Condition;
import gold.protocol.Request;
import gold.protocol.Response;
import gold.protocol.Row;
import gold.server.engine.TransactionRecord;

import java.sql.SQLException;
import java.util.List;

/**
 * The bank's guards around the generic Allocation actions (docs/bank.md, Guards): no direct Create,
 * no direct change of Amount or Active, a Refresh after Modify (a moved window journals its
 * activation), and redundant journal entries carrying -/+Amount when active allocations are deleted
 * or undeleted, so statements keep balancing.
 */
final class AllocationOverrides {
    private AllocationOverrides() {
    }

    static Response create(BankCall call) {
        throw Code.FAILED.exception("Invoking Allocation Create directly is not allowed because it bypasses accounting."
                + " Use Account Deposit instead.");
    }

    static Response modify(BankCall call) throws SQLException {
        for (Assignment a : call.request.assignments()) {
            if (a.name().equals("Amount")) {
                throw Code.FAILED.exception("The Amount cannot be modified directly because it bypasses accounting."
                        + " Use Account Deposit or Account Withdraw instead.");
            }
            if (a.name().equals("Active")) {
                throw Code.FAILED.exception("The Active property cannot be modified directly."
                        + " Modify the StartTime and/or EndTime instead.");
            }
        }
        Response modified = call.store.generic(call.request);
        BalanceAction.refresh(call);
        return modified;
    }

    static Response delete(BankCall call) throws SQLException {
        redundant(call, call.request.conditions(), true);
        return call.store.generic(call.request);
    }

    static Response undelete(BankCall call) throws SQLException {
        redundant(call, call.request.conditions(), false);
        return call.store.generic(call.request);
    }

    /**
     * Refresh, then for every matching allocation (live ones for a delete, deleted ones for an undelete)
     * that is active now, an {@code Allocation Delete}/{@code Undelete} entry with -/+ its amount.
     */
    static void redundant(BankCall call, List<Condition> conditions, boolean delete) throws SQLException {
        BalanceAction.refresh(call);
        Request.Builder q = Request.builder("Allocation", "Query").actor(call.config.superUser());
        conditions.forEach(q::where);
        if (!delete) {
            q.where(Condition.eq("Deleted", "True"));
        }
        for (String column : List.of("Id", "Account", "Amount", "StartTime", "EndTime")) {
            q.get(column);
        }
        Response rows = call.store.generic(q.build());
        if (rows.isFailure()) {
            throw rows.exception();
        }
        for (Row row : rows.data()) {
            long start = (long) Money.number(row.get("StartTime"));
            String endText = row.get("EndTime");
            long end = endText == null || endText.isEmpty() ? Window.INFINITY : (long) Money.number(endText);
            if (!Window.contains(start, end, call.now)) {
                continue;
            }
            double amount = Money.number(row.get("Amount"));
            long account = (long) Money.number(row.get("Account"));
            long id = (long) Money.number(row.get("Id"));
            call.store.journal(redundantRecord(call, delete, id, account, amount));
        }
    }

    private static TransactionRecord redundantRecord(BankCall call, boolean delete, long id, long account,
                                                     double amount) {
        return BankEntry.of("Allocation", delete ? "Delete" : "Undelete", call.actor(), String.valueOf(id),
                call.options()).account(account).allocation(id).delta(delete ? -amount : amount)
                .description("Redundant entry includes account and delta");
    }
}
