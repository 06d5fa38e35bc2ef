package gold.client.completion;

import gold.client.Commands;
import gold.client.GoldCommand;
import gold.client.OptionSpec;

import java.util.ArrayList;
import java.util.List;

/** A program and the options its completion offers. */
public record CompletedProgram(String name, List<CompletedOption> options) {
    public CompletedProgram {
        options = List.copyOf(options);
    }

    /** Every g* command, from the option table it parses its command line with. */
    public static List<CompletedProgram> commands() {
        List<CompletedProgram> out = new ArrayList<>();
        for (String name : Commands.NAMES) {
            GoldCommand command = Commands.create(name).orElseThrow();
            List<CompletedOption> options = new ArrayList<>();
            for (OptionSpec spec : command.options().specs()) {
                options.add(CompletedOption.of(spec));
            }
            out.add(new CompletedProgram(name, options));
        }
        return out;
    }

    /** Another program (goldd, gold_init, ...) from its Getopt-style table ({@code "name|alias"}, {@code "name=s"}). */
    public static CompletedProgram of(String name, List<String> getoptSpecs) {
        return new CompletedProgram(name, getoptSpecs.stream().map(CompletedOption::of).toList());
    }
}
