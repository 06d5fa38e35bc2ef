package gold.client.completion;

import gold.client.OptionKind;
import gold.client.OptionSpec;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One option as the completion scripts offer it: the words that spell it ({@code -u}, {@code --show}), what
 * its value is, and one line of help. Values: none (a flag), free text, the names of users, projects or
 * machines (from the local cache the scripts keep), or fixed choices ({@code <table|raw|json|csv>}).
 */
public record CompletedOption(List<String> words, Value value, List<String> choices, String description) {
    public enum Value { NONE, FREE, USER, PROJECT, MACHINE, CHOICE }

    private static final Pattern PLACEHOLDER = Pattern.compile("<([^>]*)>");

    public CompletedOption {
        words = List.copyOf(words);
        choices = List.copyOf(choices);
    }

    /** From a g* command's option table: the value follows from the kind and the help label's placeholder. */
    public static CompletedOption of(OptionSpec spec) {
        Value value = Value.FREE;
        List<String> choices = List.of();
        if (spec.kind() == OptionKind.FLAG) {
            value = Value.NONE;
        } else {
            Matcher m = PLACEHOLDER.matcher(spec.label());
            String placeholder = m.find() ? m.group(1) : "";
            if (placeholder.endsWith("user name")) {
                value = Value.USER;
            } else if (placeholder.endsWith("project name")) {
                value = Value.PROJECT;
            } else if (placeholder.endsWith("machine name")) {
                value = Value.MACHINE;
            } else if (placeholder.matches("[a-z]+(\\|[a-z]+)+")) {
                value = Value.CHOICE;
                choices = List.of(placeholder.split("\\|"));
            }
        }
        return new CompletedOption(words(spec.names()), value, choices, spec.description());
    }

    /**
     * From a Getopt-style spec of a program that is not a g* command: {@code "name|alias"} is a flag,
     * {@code "name=s"} takes a free value.
     */
    public static CompletedOption of(String getoptSpec) {
        boolean takesValue = getoptSpec.endsWith("=s");
        String names = takesValue ? getoptSpec.substring(0, getoptSpec.length() - 2) : getoptSpec;
        return new CompletedOption(words(List.of(names.split("\\|"))), takesValue ? Value.FREE : Value.NONE, List.of(), "");
    }

    /** -x for one-letter names, --name for the others; "?" (the classic alias of help) is left out, a glob character. */
    private static List<String> words(List<String> names) {
        List<String> out = new ArrayList<>();
        for (String name : names) {
            if (!name.equals("?")) {
                out.add(name.length() == 1 ? "-" + name : "--" + name);
            }
        }
        return out;
    }
}
