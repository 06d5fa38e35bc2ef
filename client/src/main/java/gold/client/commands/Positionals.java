package gold.client.commands;

import gold.client.ParsedArgs;
import gold.client.UsageException;

/**
 * The positional-argument rules of the classic clients ("[-x] value"): required-key, optional-key
 * strict and lenient, and no-args. They reproduce the classic quirk that two or more positionals
 * are ignored where the rule looks for exactly one.
 */
final class Positionals {
    private Positionals() {
    }

    /** The option is required; without it exactly one positional stands for it. */
    static void requiredKey(ParsedArgs args, String option) throws UsageException {
        if (args.given(option)) {
            return;
        }
        if (args.positionals().size() == 1) {
            args.put(option, args.positionals().get(0));
        } else {
            throw UsageException.usage();
        }
    }

    /** One positional stands for the option, but giving both is an error. */
    static void optionalStrict(ParsedArgs args, String option) throws UsageException {
        if (args.positionals().size() == 1) {
            if (args.given(option)) {
                throw UsageException.usage();
            }
            args.put(option, args.positionals().get(0));
        }
    }

    /** One positional overrides the option. */
    static void optionalLenient(ParsedArgs args, String option) {
        if (args.positionals().size() == 1) {
            args.put(option, args.positionals().get(0));
        }
    }

    /** No positional is allowed. */
    static void none(ParsedArgs args) throws UsageException {
        if (!args.positionals().isEmpty()) {
            throw UsageException.usage();
        }
    }
}
