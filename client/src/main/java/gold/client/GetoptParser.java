package gold.client;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A Perl Getopt::Long emulation with the configuration of the classic clients ({@code no_ignore_case},
 * permute, auto_abbrev, no bundling): one or two dashes, a value after {@code =} or
 * in the next word, unique case-sensitive prefixes of any name or alias, string options that take
 * the next word even when it starts with '-', signed integers, {@code --} ending the options, and
 * the supplement flags of 1.4 that swallow the {@code key=value} words after them. Our extension
 * options take part only when spelled exactly. Errors are collected, as Getopt::Long reports every
 * one before the usage text.
 */
public final class GetoptParser {
    private static final Pattern INTEGER = Pattern.compile("[-+]?[0-9]+");

    private final OptionSet options;

    public GetoptParser(OptionSet options) {
        this.options = options;
    }

    /** Parses the words after the command name. */
    public ParsedArgs parse(List<String> words) throws UsageException {
        ParsedArgs parsed = new ParsedArgs();
        List<String> errors = new ArrayList<>();
        int i = 0;
        while (i < words.size()) {
            String word = words.get(i++);
            if (word.equals("--")) {
                while (i < words.size()) {
                    parsed.addPositional(words.get(i++));
                }
                break;
            }
            if (!word.startsWith("-") || word.equals("-")) {
                parsed.addPositional(word);
                continue;
            }
            String body = word.startsWith("--") ? word.substring(2) : word.substring(1);
            String typed = body;
            String inline = null;
            int eq = body.indexOf('=');
            if (eq > 0) {
                typed = body.substring(0, eq);
                inline = body.substring(eq + 1);
            }
            Match match = resolve(typed, errors);
            if (match == null) {
                continue;
            }
            i = consume(match, inline, words, i, parsed, errors);
        }
        if (!errors.isEmpty()) {
            throw new UsageException(errors);
        }
        return parsed;
    }

    private record Match(OptionSpec spec, String name) { }

    private Match resolve(String typed, List<String> errors) {
        if (!typed.isEmpty()) {
            var exact = options.exactly(typed);
            if (exact.isPresent()) {
                return new Match(exact.get(), typed);
            }
            List<String> hits = new ArrayList<>();
            Set<OptionSpec> specs = new LinkedHashSet<>();
            for (String name : options.abbreviable()) {
                if (name.startsWith(typed)) {
                    hits.add(name);
                    specs.add(options.exactly(name).orElseThrow());
                }
            }
            if (hits.size() == 1) {
                return new Match(specs.iterator().next(), hits.get(0));
            }
            if (specs.size() == 1) {
                OptionSpec spec = specs.iterator().next();
                return new Match(spec, spec.name());
            }
            if (specs.size() > 1) {
                errors.add("Option " + typed + " is ambiguous (" + String.join(", ", hits) + ")");
                return null;
            }
        }
        errors.add("Unknown option: " + typed);
        return null;
    }

    private int consume(Match match, String inline, List<String> words, int next, ParsedArgs parsed,
                        List<String> errors) {
        OptionSpec spec = match.spec();
        String name = match.name();
        OptionKind kind = spec.kind();
        if (kind == OptionKind.FLAG || kind.isSupplement()) {
            if (inline != null) {
                errors.add("Option " + name + " does not take an argument");
                return next;
            }
            if (kind == OptionKind.FLAG) {
                parsed.countFlag(spec.name());
                return next;
            }
            List<String[]> raw = new ArrayList<>();
            while (next < words.size()) {
                String[] pair = Supplement.pair(words.get(next));
                if (pair == null) {
                    break;
                }
                raw.add(pair);
                next++;
            }
            parsed.addSupplement(new Supplement(kind, Supplement.accepted(kind, raw)));
            return next;
        }
        String value;
        if (inline != null) {
            value = inline;
        } else if (next < words.size()) {
            value = words.get(next++);
        } else {
            value = null;
        }
        if (value == null || (inline != null && inline.isEmpty())) {
            errors.add("Option " + name + " requires an argument");
            return next;
        }
        switch (kind) {
            case INT -> {
                if (!INTEGER.matcher(value).matches()) {
                    errors.add("Value \"" + value + "\" invalid for option " + name + " (number expected)");
                } else {
                    parsed.setValue(spec.name(), value);
                }
            }
            case MAP -> {
                int eq = value.indexOf('=');
                if (eq < 0) {
                    errors.add("Option " + name + ", key \"" + value + "\", requires a value");
                } else {
                    parsed.putMap(spec.name(), value.substring(0, eq), value.substring(eq + 1));
                }
            }
            default -> parsed.setValue(spec.name(), value);
        }
        return next;
    }
}
