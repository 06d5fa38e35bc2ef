package gold.server.bank;

import java.util.Locale;
import java.util.function.Function;

/**
 * The goldd.conf keys the bank reads (docs/configuration.md, Requests and the bank), with their defaults in {@link #defaults}:
 * account.autogen true; user/project/machine.autogen false; user/project/machine.default NONE;
 * currency.precision 0; super.user root.
 */
public record BankConfig(boolean accountAutogen, boolean userAutogen, boolean projectAutogen,
                         boolean machineAutogen, String userDefault, String projectDefault, String machineDefault,
                         int precision, String superUser) {

    public static BankConfig defaults(String superUser) {
        return new BankConfig(true, false, false, false, "NONE", "NONE", "NONE", 0, superUser);
    }

    /** Reads the keys from a lookup (missing keys keep their defaults); autogen keys match /true/i. */
    public static BankConfig from(Function<String, String> conf, String superUser) {
        return new BankConfig(
                truthy(conf.apply("account.autogen"), true),
                truthy(conf.apply("user.autogen"), false),
                truthy(conf.apply("project.autogen"), false),
                truthy(conf.apply("machine.autogen"), false),
                or(conf.apply("user.default"), "NONE"),
                or(conf.apply("project.default"), "NONE"),
                or(conf.apply("machine.default"), "NONE"),
                precision(conf.apply("currency.precision")),
                superUser);
    }

    private static boolean truthy(String v, boolean dflt) {
        return v == null ? dflt : v.toLowerCase(Locale.ROOT).contains("true");
    }

    private static String or(String v, String dflt) {
        return v == null ? dflt : v.strip();
    }

    private static int precision(String v) {
        if (v == null || !v.strip().matches("\\d{1,2}")) {
            return 0;
        }
        return Integer.parseInt(v.strip());
    }

    /** The default for the entity kind (user.default, project.default, machine.default). */
    public String defaultFor(Entity.Kind kind) {
        return switch (kind) {
            case USER -> userDefault;
            case PROJECT -> projectDefault;
            case MACHINE -> machineDefault;
        };
    }

    public boolean autogen(Entity.Kind kind) {
        return switch (kind) {
            case USER -> userAutogen;
            case PROJECT -> projectAutogen;
            case MACHINE -> machineAutogen;
        };
    }
}
