package gold.client.commands;

import gold.client.CurrencyFormat;
import gold.client.GoldCommand;
import gold.client.Invocation;
import gold.client.OptionSet;
import gold.client.Table;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;

/**
 * mybalance: the invoking user's balance per project and machines. Runs gbalance
 * in the same JVM ({@code -u <user> --show Project,Machines,Balance}) and sums its lines per
 * (projects, machines). Always exits 0. Machines are listed in ascending order (docs/differences.md).
 */
public final class Mybalance extends GoldCommand {
    private static final String SHOW = "Project,Machines,Balance";

    @Override public String name() { return "mybalance"; }
    @Override public String purpose() { return "display your own balance"; }
    @Override public String synopsis() {
        return "mybalance [-h, --hours] [-?, --help] [--man]";
    }

    @Override
    protected void declare(OptionSet o) {
        o.hours();
        o.helpAndMan();
        o.format();
    }

    @Override
    protected int run(Invocation inv) {
        String user = inv.session().actor();
        if (!user.matches("\\w+")) {
            inv.session().err().println("Illegal characters were found in uid (" + user + ")");
            return 255;
        }
        if (inv.renderer().options().format().records()) {
            return records(inv, user);
        }
        String text = gbalance(inv, List.of("-u", user, "--show", SHOW));
        if (text.isEmpty()) {
            return 0;
        }
        String[] lines = text.split("\n", -1);
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < Math.min(2, lines.length); i++) {
            out.append(lines[i]).append('\n');
        }
        Map<String, Map<String, BigDecimal>> sums = new TreeMap<>();
        Map<String, String> firstLine = new LinkedHashMap<>();
        for (int i = 2; i < lines.length; i++) {
            if (lines[i].isEmpty()) {
                continue;
            }
            String[] fields = lines[i].strip().split("\\s+");
            String projects = fields.length > 0 ? fields[0] : "";
            String machines = fields.length > 1 ? fields[1] : "";
            String amount = fields.length > 2 ? fields[2] : "0";
            sums.computeIfAbsent(projects, k -> new TreeMap<>()).merge(machines, Gbalance.number(amount), BigDecimal::add);
            firstLine.putIfAbsent(projects + "\u0000" + machines, lines[i]);
        }
        boolean hours = inv.args().flag("hours");
        sums.forEach((projects, byMachines) -> byMachines.forEach((machines, sum) -> {
            String shown = hours ? CurrencyFormat.format(sum.doubleValue() / 3600, 2) : sum.toPlainString();
            String line = firstLine.get(projects + "\u0000" + machines);
            out.append(line.replaceFirst("\\d+\\s*$", Matcher.quoteReplacement(shown))).append('\n');
        }));
        inv.session().out().print(out);
        return 0;
    }

    /**
     * {@code --format json|csv}: the same sums as records Project, Machines, Balance (raw units,
     * divided by the writer with -h), read from gbalance's raw lines so that an empty Machines
     * value or a negative balance cannot break the split as it does in the classic layout.
     */
    private static int records(Invocation inv, String user) {
        String text = gbalance(inv, List.of("-u", user, "--show", SHOW, "--raw", "--quiet"));
        Map<List<String>, BigDecimal> sums = new TreeMap<>(Comparator.comparing((List<String> k) -> k.get(0))
                .thenComparing(k -> k.get(1)));
        for (String line : text.split("\n")) {
            if (line.isEmpty()) {
                continue;
            }
            String[] fields = line.split("\\|", -1);
            sums.merge(List.of(fields[0], fields.length > 1 ? fields[1] : ""),
                    Gbalance.number(fields.length > 2 ? fields[2] : "0"), BigDecimal::add);
        }
        Table table = new Table(List.of("Project", "Machines", "Balance"));
        sums.forEach((key, sum) -> table.add(List.of(key.get(0), key.get(1), sum.toPlainString())));
        inv.renderer().printData(table, true);
        return 0;
    }

    /** Runs gbalance in this JVM and returns its stdout (its stderr passes through). */
    private static String gbalance(Invocation inv, List<String> words) {
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        new Gbalance().execute(words, inv.session().withOut(new PrintStream(captured, true, StandardCharsets.UTF_8)));
        return captured.toString(StandardCharsets.UTF_8);
    }
}
