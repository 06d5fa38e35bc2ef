package gold.server.bank;

import gold.protocol.Response;

import java.sql.SQLException;

/** Allocation Refresh requested explicitly (docs/bank.md, Time windows and Refresh). */
final class RefreshAction {
    private RefreshAction() {
    }

    static Response run(BankCall call) throws SQLException {
        Refresher.Outcome o = Refresher.run(call, call.actor(), call.options());
        return Response.success("Successfully activated " + call.money(o.activated()) + " credits and deactivated "
                + call.money(o.deactivated()) + " credits");
    }
}
