package gold.client.commands;

import gold.client.ParsedArgs;
import gold.protocol.Condition;
import gold.protocol.Request;
import java.util.Map;

/** Small helpers that turn options into assignments, conditions and options of a request. */
final class Assign {
    private Assign() {
    }

    /** {@code Active=True} for -A, then {@code Active=False} for -I (both when both are given). */
    static void active(ParsedArgs a, Request.Builder r) {
        if (a.flag("A")) {
            r.set("Active", "True");
        }
        if (a.flag("I")) {
            r.set("Active", "False");
        }
    }

    static void ifGiven(ParsedArgs a, Request.Builder r, String option, String attribute) {
        a.value(option).ifPresent(v -> r.set(attribute, v));
    }

    /** The -X pairs as assignments, in ascending key order (docs/differences.md: no hash order). */
    static void extensions(ParsedArgs a, Request.Builder r) {
        for (Map.Entry<String, String> e : a.map("extension").entrySet()) {
            r.set(e.getKey(), e.getValue());
        }
    }

    /** An equality condition as the g* clients write it (no op attribute). */
    static void where(ParsedArgs a, Request.Builder r, String option, String attribute) {
        a.value(option).ifPresent(v -> r.where(Condition.of(attribute, "", v)));
    }

    /** {@link #where} for each pair of option and attribute, in this order. */
    static void whereEach(ParsedArgs a, Request.Builder r, String... optionAttributePairs) {
        for (int i = 0; i < optionAttributePairs.length; i += 2) {
            where(a, r, optionAttributePairs[i], optionAttributePairs[i + 1]);
        }
    }

    /** A condition with the g* clients' empty op for equality. */
    static Condition eq(String attribute, String value) {
        return Condition.of(attribute, "", value);
    }

    static Condition cond(String attribute, String op, String value) {
        return Condition.of(attribute, op, value);
    }

    static void option(ParsedArgs a, Request.Builder r, String option, String name) {
        a.value(option).ifPresent(v -> r.option(name, v));
    }

    /** A Match condition on the attribute for the option's {@code *}/{@code ?} pattern, when given. */
    static void matching(ParsedArgs a, Request.Builder r, String option, String attribute) {
        a.value(option).ifPresent(v -> r.where(cond(attribute, "Match", pattern(v))));
    }

    /** The options Project, User and Machine of -p, -u and -m: the accounts these may use. */
    static void usableBy(ParsedArgs a, Request.Builder r) {
        option(a, r, "p", "Project");
        option(a, r, "u", "User");
        option(a, r, "m", "Machine");
    }

    /** UseRules (membership rules) when -p, -u or -m names who uses the objects, unless --exact-match. */
    static void useRules(ParsedArgs a, Request.Builder r) {
        if ((a.given("p") || a.given("u") || a.given("m")) && !a.flag("exact-match")) {
            r.option("UseRules", "True");
        }
    }

    /** {@code *} and {@code ?} wildcards to SQL's {@code %} and {@code _}. */
    private static String pattern(String wildcards) {
        return wildcards.replace('*', '%').replace('?', '_');
    }
}
