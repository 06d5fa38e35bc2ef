package gold.server.bank;

import gold.protocol.Code;
import gold.protocol.Assignment;
import gold.protocol.Condition;
import gold.protocol.Request;
import gold.protocol.Response;
import gold.protocol.Row;

import java.sql.SQLException;
import java.util.List;

/**
 * Account Delete/Undelete and AccountAccount Create/Modify around the generic engine
 * (docs/bank.md, Guards): deleting an account first deletes its allocations with their redundant
 * journal entries; deposit shares of one parent never add up to more than 100%.
 */
final class AccountOverrides {
    private AccountOverrides() {
    }

    static Response delete(BankCall call, boolean delete) throws SQLException {
        Request.Builder q = Request.builder("Account", "Query").actor(call.config.superUser()).get("Id");
        call.request.conditions().forEach(q::where);
        if (!delete) {
            q.where(Condition.eq("Deleted", "True"));
        }
        Response accounts = call.store.generic(q.build());
        if (accounts.isFailure()) {
            throw accounts.exception();
        }
        for (Row row : accounts.data()) {
            List<Condition> ofAccount = List.of(Condition.eq("Account", row.get("Id")));
            AllocationOverrides.redundant(call, ofAccount, delete);
            Request.Builder sub = Request.builder("Allocation", delete ? "Delete" : "Undelete")
                    .actor(call.config.superUser());
            ofAccount.forEach(sub::where);
            if (!delete) {
                sub.where(Condition.eq("Deleted", "True"));
            }
            Response r = call.store.generic(sub.build());
            if (r.isFailure()) {
                throw r.exception().prefixed(delete ? "Unable to delete allocation: " : "Unable to undelete allocation: ");
            }
        }
        return call.store.generic(call.request);
    }

    static Response linkCreate(BankCall call) throws SQLException {
        String share = assigned(call, "DepositShare");
        if (!share.isEmpty()) {
            String parent = assigned(call, "Account");
            checkShares(call, parent, "", share);
        }
        return call.store.generic(call.request);
    }

    static Response linkModify(BankCall call) throws SQLException {
        String share = assigned(call, "DepositShare");
        if (!share.isEmpty()) {
            String parent = condition(call, "Account");
            String child = condition(call, "Id");
            if (parent.isEmpty() || child.isEmpty()) {
                throw Code.FAILED.exception("Deposit shares cannot be modified for multiple subaccounts simultaneously");
            }
            checkShares(call, parent, child, share);
        }
        return call.store.generic(call.request);
    }

    private static void checkShares(BankCall call, String parent, String exceptChild, String share) throws SQLException {
        long total = (long) Money.number(share);
        for (AccountLink link : call.store.accessLists().links()) {
            if (String.valueOf(link.parent()).equals(parent.strip())
                    && !String.valueOf(link.child()).equals(exceptChild.strip())) {
                total += link.share();
            }
        }
        if (total > 100) {
            throw Code.FAILED.exception("Total deposit shares for an account cannot exceed 100% (" + total + ")");
        }
    }

    private static String assigned(BankCall call, String name) {
        String v = "";
        for (Assignment a : call.request.assignments()) {
            if (a.name().equals(name)) {
                v = a.value();
            }
        }
        return v;
    }

    private static String condition(BankCall call, String name) {
        String v = "";
        for (Condition c : call.request.conditions()) {
            if (c.name().equals(name) && (c.op().isEmpty() || c.op().equals("EQ"))) {
                v = c.value();
            }
        }
        return v;
    }
}
