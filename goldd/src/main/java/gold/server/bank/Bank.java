package gold.server.bank;

import gold.protocol.Code;
import gold.protocol.Response;

import java.sql.SQLException;
import java.util.List;

/**
 * The bank actions by object and action (docs/bank.md, Actions). Anything else answers 315 so the
 * dispatcher falls through to the generic engine.
 */
public final class Bank {
    /** Object/action pairs the bank handles fully (the generic-engine overrides are registered separately). */
    public static final List<String> ACTIONS = List.of("Account Balance", "Account Deposit", "Account Withdraw",
            "Account Transfer", "Allocation Refresh", "Job Quote", "Job Reserve", "Job Charge", "Job Refund", "Project Create", "Allocation Create",
            "Allocation Modify", "Allocation Delete", "Allocation Undelete", "Account Delete", "Account Undelete",
            "AccountAccount Create", "AccountAccount Modify", "Account Query", "Reservation Query", "Job Query",
            "Transaction Query");

    private Bank() {
    }

    public static Response handle(BankCall call) throws SQLException {
        if (call.request.objects().size() > 1) {
            // multi-object queries and anything else with several objects belong to the generic engine
            throw Code.UNSUPPORTED_ACTION.exception("Bank actions do not suppport multiple objects");
        }
        String key = call.request.object() + " " + call.request.action();
        return switch (key) {
            case "Account Balance" -> BalanceAction.run(call);
            case "Account Deposit" -> DepositAction.run(call);
            case "Account Withdraw" -> WithdrawAction.run(call);
            case "Account Transfer" -> TransferAction.run(call);
            case "Allocation Refresh" -> RefreshAction.run(call);
            case "Job Quote" -> QuoteAction.run(call);
            case "Job Reserve" -> ReserveAction.run(call);
            case "Job Charge" -> ChargeAction.run(call);
            case "Job Refund" -> RefundAction.run(call);
            case "Project Create" -> ProjectCreateAction.run(call);
            case "Allocation Create" -> AllocationOverrides.create(call);
            case "Allocation Modify" -> AllocationOverrides.modify(call);
            case "Allocation Delete" -> AllocationOverrides.delete(call);
            case "Allocation Undelete" -> AllocationOverrides.undelete(call);
            case "Account Delete" -> AccountOverrides.delete(call, true);
            case "Account Undelete" -> AccountOverrides.delete(call, false);
            case "AccountAccount Create" -> AccountOverrides.linkCreate(call);
            case "AccountAccount Modify" -> AccountOverrides.linkModify(call);
            case "Account Query" -> QueryOverrides.accounts(call);
            case "Reservation Query" -> QueryOverrides.reservations(call);
            case "Job Query" -> QueryOverrides.checkOnly(call, "jobs");
            case "Transaction Query" -> QueryOverrides.checkOnly(call, "transactions");
            default -> throw Code.UNSUPPORTED_OBJECT.exception("The Bank class does not implement " + key);
        };
    }
}
