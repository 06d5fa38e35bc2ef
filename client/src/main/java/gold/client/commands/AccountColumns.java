package gold.client.commands;

import gold.protocol.Request;
import gold.protocol.Selection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The derived columns glsaccount and gbalance share: the member lists of an account (the first shown
 * column naming User, Project or Machine gets the AccountUser, AccountProject or AccountMachine
 * members, an excluded one marked '-'), and the query of the allocation sums per account.
 */
final class AccountColumns {
    private static final String[] MEMBER_TYPES = {"User", "Project", "Machine"};

    private final Map<String, Members> byColumn = new HashMap<>();

    private AccountColumns() {
    }

    /** Sends one member query per kind that a shown column names, for one account or all. */
    static AccountColumns members(Listing listing, Optional<String> account) throws QueryFailed {
        AccountColumns columns = new AccountColumns();
        for (String type : MEMBER_TYPES) {
            String column = Columns.firstContaining(listing.show(), type);
            if (column.isEmpty()) {
                continue;
            }
            Request.Builder m = Request.builder("Account" + type, "Query");
            account.ifPresent(id -> m.where(Assign.eq("Account", id)));
            m.get("Account").get("Name").get("Access");
            columns.byColumn.put(column, Members.flagged(listing.fetch(m), "Account", "Name", "Access"));
        }
        return columns;
    }

    /** The members of this column for the account (none when the column got no member query). */
    MemberTable.Cell cell(String column, String account) {
        Members m = byColumn.get(column);
        return MemberTable.Cell.members(m == null ? List.of() : m.of(account));
    }

    /** Completes an Allocation query to one row per account: Amount, CreditLimit and Deposited summed. */
    static Request.Builder sums(Request.Builder allocations) {
        return allocations.get(Selection.of("Account", "GroupBy")).get(Selection.of("Amount", "Sum"))
                .get(Selection.of("CreditLimit", "Sum")).get(Selection.of("Deposited", "Sum"));
    }
}
