package gold.server.bank;

import gold.protocol.Response;

import java.sql.SQLException;

/** Allocation Refresh requested explicitly (bank-semantics.md 8.1). */
final class RefreshAction {
    private RefreshAction() {
    }

    static Response run(BankCall call) throws SQLException {
        Refresher.Outcome o = Refresher.run(call, call.actor(), call.options());
        return Response.success("Successfully activated " + call.money(o.activated()) + " credits and deactivated "
                + call.money(o.deactivated()) + " credits");
    }
}
