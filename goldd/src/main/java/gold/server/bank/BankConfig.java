package gold.server.bank;

import gold.protocol.GoldConfig;
import gold.protocol.config.Setting;
import gold.protocol.config.SharedKeys;
import gold.server.config.ServerKeys;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * The goldd.conf keys the bank reads (docs/configuration.md, Requests and the bank), through the server
 * registry {@link ServerKeys} where their defaults and meanings are: the autogen switches, the
 * user/project/machine defaults, currency.precision; and the super user.
 */
public record BankConfig(boolean accountAutogen, boolean userAutogen, boolean projectAutogen,
                         boolean machineAutogen, String userDefault, String projectDefault, String machineDefault,
                         int precision, String superUser) {

    public static BankConfig defaults(String superUser) {
        return from(GoldConfig.empty(), superUser);
    }

    /** Reads the keys from goldd.conf; missing or invalid keys keep their defaults. */
    public static BankConfig from(GoldConfig conf, String superUser) {
        return new BankConfig(
                conf.get(ServerKeys.ACCOUNT_AUTOGEN),
                conf.get(ServerKeys.USER_AUTOGEN),
                conf.get(ServerKeys.PROJECT_AUTOGEN),
                conf.get(ServerKeys.MACHINE_AUTOGEN),
                conf.get(ServerKeys.USER_DEFAULT),
                conf.get(ServerKeys.PROJECT_DEFAULT),
                conf.get(ServerKeys.MACHINE_DEFAULT),
                conf.get(SharedKeys.CURRENCY_PRECISION),
                superUser);
    }

    /** Reads the keys from a lookup that answers null for an absent key (tests). */
    public static BankConfig from(Function<String, String> conf, String superUser) {
        Map<String, String> present = new HashMap<>();
        for (Setting<?> s : ServerKeys.BANK.settings()) {
            String v = conf.apply(s.key());
            if (v != null) {
                present.put(s.key(), v);
            }
        }
        return from(GoldConfig.of(present), superUser);
    }

    /** The same settings for another super user (the request's). */
    public BankConfig withSuperUser(String user) {
        return new BankConfig(accountAutogen, userAutogen, projectAutogen, machineAutogen, userDefault, projectDefault,
                machineDefault, precision, user);
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
