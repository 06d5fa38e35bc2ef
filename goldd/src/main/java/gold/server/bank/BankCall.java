package gold.server.bank;

import gold.protocol.Code;
import gold.protocol.Option;
import gold.protocol.Request;
import gold.protocol.Response;
import gold.protocol.Row;

import java.util.List;
import gold.server.engine.PausePoint;

/**
 * One bank action invocation: the request, its store (inside the request's transaction), the bank
 * configuration, the request's clock and helpers for options and formatted amounts.
 */
public final class BankCall {
    final BankStore store;
    final BankConfig config;
    /** The request's instant; moved on to the wall clock once the request holds its row locks ({@link #locked}). */
    long now;
    final Request request;
    final boolean overridden;
    private final boolean wallClock;

    public BankCall(BankStore store, BankConfig config, long now, Request request, boolean overridden) {
        this(store, config, now, request, overridden, false);
    }

    /**
     * With {@code wallClock} (the server) the instant is read again after the row locks are taken:
     * a request that waited on a lock then never judges funds at an instant earlier than that of a
     * request it waited for (whose reservation would otherwise not have started yet).
     */
    public BankCall(BankStore store, BankConfig config, long now, Request request, boolean overridden,
                    boolean wallClock) {
        this.store = store;
        this.config = config;
        this.now = now;
        this.request = request;
        this.overridden = overridden;
        this.wallClock = wallClock;
    }

    /** The same store and clock for an internal sub-request run as the super user. */
    BankCall internal(Request sub) {
        return new BankCall(store, config, now, sub.toBuilder().actor(config.superUser()).build(), false, wallClock);
    }

    /** Called once the request holds the row locks of what it changes: reaches the pause point, moves the clock. */
    void locked() {
        PausePoint.reach(PausePoint.BANK_LOCKED, request.requestKey());
        if (wallClock) {
            now = Math.max(now, System.currentTimeMillis() / 1000);
        }
    }

    String actor() {
        return request.actor();
    }

    /** The last option with this name, "" when absent. */
    String option(String name) {
        String v = request.option(name);
        return v == null ? "" : v;
    }

    boolean hasOption(String name) {
        return request.option(name) != null;
    }

    /** Perl truthiness of an option: absent, "" and "0" are false. */
    boolean perlTrue(String name) {
        String v = option(name);
        return !v.isEmpty() && !v.equals("0");
    }

    /** The CallType option; missing means Normal. */
    String callType() {
        String v = option("CallType");
        return v.isEmpty() ? "Normal" : v;
    }

    List<Option> options() {
        return request.options();
    }

    /** An amount formatted for responses (section 2): currency.precision decimals, per hour with ShowHours. */
    String money(double v) {
        return Money.formatted(v, config.precision(), hasOption("ShowHours"));
    }

    /** A Success response whose Count is the formatted amount. */
    static Response success(String message, String formatted, List<Row> rows) {
        return Response.success(Code.SUCCESS.code(), message, Money.count(formatted), rows);
    }
}
