package gold.client.commands;

import gold.client.ParsedArgs;
import gold.protocol.Condition;
import gold.protocol.Request;

/** The time-window conditions the classic clients use; "now" is converted on sending. */
final class Conditions {
    private Conditions() {
    }

    /** The window for -A (active), then for -I (inactive); none without either. */
    static void byFlags(ParsedArgs a, Request.Builder r) {
        if (a.flag("A")) {
            active(r);
        }
        if (a.flag("I")) {
            inactive(r);
        }
    }

    /** Active: StartTime <= now and EndTime > now. */
    static void active(Request.Builder r) {
        r.where(Condition.of("StartTime", "LE", "now"));
        r.where(Condition.of("EndTime", "GT", "now"));
    }

    /** Inactive: ( StartTime > now or EndTime <= now ). */
    static void inactive(Request.Builder r) {
        r.where(new Condition("And", "+1", "", "StartTime", "GT", "", "now"));
        r.where(new Condition("Or", "-1", "", "EndTime", "LE", "", "now"));
    }
}
