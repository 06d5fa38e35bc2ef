package gold.client.commands;

import gold.client.GoldCommand;
import gold.client.Invocation;
import gold.client.OptionKind;
import gold.client.OptionSet;
import gold.client.Table;
import gold.client.UsageException;
import gold.protocol.Condition;
import gold.protocol.Request;
import gold.protocol.Response;
import gold.protocol.Row;
import gold.protocol.Selection;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * gstatement: an account statement over a period. A single positional argument
 * is taken as the account id (the classic client ignored it; docs/differences.md).
 */
public final class Gstatement extends GoldCommand {
    /**
     * The one schema of {@code --format json|csv}: the four balances (Section = their label, Amount
     * only), then each credit and debit line (Section = Credit or Debit; with --summarize JobId and
     * Time are empty, credits never have Project, User or Machine).
     */
    static final List<String> COLUMNS = List.of("Section", "Object", "Action", "JobId", "Project", "User", "Machine",
            "Amount", "Time");

    @Override public String name() { return "gstatement"; }
    @Override public String purpose() { return "display an account statement"; }
    @Override public String synopsis() {
        return "gstatement [[-a] <account id>] [-p <project name>] [-u <user name>] [-m <machine name>] [-s <start time>] [-e <end time>] [--summarize] [-h, --hours] [--debug] [-?, --help] [--man] [-V, --version]";
    }
    @Override protected boolean alwaysVerbose() { return true; }

    @Override
    protected void declare(OptionSet o) {
        o.integer("a", "-a <account id>", "Report on this account.");
        o.string("p", "-p <project name>", "Report on the accounts usable by this project.");
        o.string("u", "-u <user name>", "Report on the accounts usable by this user.");
        o.string("m", "-m <machine name>", "Report on the accounts usable by this machine.");
        o.string("s", "-s <start time>", "Start of the period (default -infinity).");
        o.string("e", "-e <end time>", "End of the period (default now).");
        o.flag("summarize", "--summarize", "Group credits and debits instead of listing each transaction.");
        o.hours().commonReport();
        o.supplements(OptionKind.GET);
    }

    @Override
    protected int run(Invocation inv) throws UsageException {
        var a = inv.args();
        if (!a.given("a") && a.positionals().size() == 1) {
            a.put("a", a.positionals().get(0));
        }
        String start = a.value("s").orElse("-infinity");
        String end = a.value("e").orElse("now");
        Request.Builder q = Request.builder("Account", "Query").get(Selection.of("Id", "Sort")).get("Name");
        Assign.where(a, q, "a", "Id");
        Assign.option(a, q, "p", "Project");
        Assign.option(a, q, "u", "User");
        Assign.option(a, q, "m", "Machine");
        q.option("UseRules", "True");
        Response found = inv.send(q);
        if (found.isFailure()) {
            Report.line(inv, "Aborting account statement: " + found.message());
            return found.exitStatus();
        }
        if (found.data().isEmpty()) {
            Report.line(inv, "No accounts were matched. An account statement cannot be produced.");
            return 74;
        }
        List<Row> accounts = new ArrayList<>(found.data());
        accounts.sort(Comparator.comparing((Row r) -> Gbalance.number(Members.value(r, "Id"))));
        StringBuilder head = new StringBuilder(Report.RULE).append("\n#\n");
        if (a.given("a")) {
            head.append("# Statement for account ").append(a.get("a")).append(" (")
                    .append(Members.value(accounts.get(0), "Name")).append(")\n");
        }
        a.value("p").ifPresent(p -> head.append("# Statement for project ").append(p).append('\n'));
        a.value("u").ifPresent(u -> head.append("# Statement for user ").append(u).append('\n'));
        a.value("m").ifPresent(m -> head.append("# Statement for machine ").append(m).append('\n'));
        if (!a.given("a")) {
            for (Row r : accounts) {
                head.append("# Includes account ").append(Members.value(r, "Id")).append(" (")
                        .append(Members.value(r, "Name")).append(")\n");
            }
        }
        head.append("# Generated on ").append(Report.ctime(inv)).append(".\n");
        head.append("# Reporting account activity from ").append(start).append(" to ").append(end).append(".\n");
        head.append("#\n").append(Report.RULE).append("\n\n");
        boolean records = inv.renderer().options().format().records();
        if (!records) {
            inv.session().out().print(head);
        }

        List<Condition> restrict = restriction(accounts);
        List<Request.Builder> queries = List.of(allocationSum(restrict, start), deltaSum(restrict, "GT", start, end),
                deltaSum(restrict, "LE", start, end), allocationSum(restrict, end));
        Response[] sums = new Response[queries.size()];
        for (int i = 0; i < sums.length; i++) {
            sums[i] = inv.send(queries.get(i));
            if (sums[i].isFailure()) {
                Report.line(inv, "Aborting account statement: " + sums[i].message());
                return sums[i].exitStatus();
            }
        }
        BigDecimal beginning = Report.sum(sums[0], "Amount");
        BigDecimal credits = Report.sum(sums[1], "Delta");
        BigDecimal debits = Report.sum(sums[2], "Delta");
        BigDecimal ending = Report.sum(sums[3], "Amount");
        int division = inv.renderer().options().timeDivision();
        int precision = inv.renderer().options().precision();
        StringBuilder body = new StringBuilder();
        body.append("Beginning Balance: ").append(Report.amount(beginning, division, precision)).append('\n');
        body.append("------------------ --------------------\n");
        body.append("Total Credits:     ").append(Report.amount(credits, division, precision)).append('\n');
        body.append("Total Debits:      ").append(Report.amount(debits, division, precision)).append('\n');
        body.append("------------------ --------------------\n");
        body.append("Ending Balance:    ").append(Report.amount(ending, division, precision)).append('\n');
        BigDecimal discrepancy = credits.add(debits).subtract(ending.subtract(beginning));
        String warning = discrepancy.signum() == 0 ? "" : "Warning: A discrepancy of " + String.format("%20d", discrepancy.longValue())
                + " credits was detected\nbetween the logged transactions and the historical account balances.";
        Table statement = new Table(COLUMNS);
        if (records) {
            statement.add(List.of("Beginning Balance", "", "", "", "", "", "", beginning.toPlainString()));
            statement.add(List.of("Total Credits", "", "", "", "", "", "", credits.toPlainString()));
            statement.add(List.of("Total Debits", "", "", "", "", "", "", debits.toPlainString()));
            statement.add(List.of("Ending Balance", "", "", "", "", "", "", ending.toPlainString()));
            if (!warning.isEmpty()) {
                inv.session().err().println(warning);
            }
        } else {
            if (!warning.isEmpty()) {
                body.append('\n').append(warning).append('\n');
            }
            inv.session().out().print(body);
        }

        boolean summary = a.flag("summarize");
        for (boolean credit : new boolean[] {true, false}) {
            if (!records) {
                inv.println("");
                inv.println(Report.banner((credit ? "Credit " : "Debit ") + (summary ? "Summary" : "Detail")));
                inv.println("");
            }
            Request.Builder t = Request.builder("Transaction", "Query");
            restrict.forEach(t::where);
            t.where(Condition.of("Delta", credit ? "GT" : "LE", "0"));
            t.where(Condition.of("CreationTime", "GE", start)).where(Condition.of("CreationTime", "LT", end));
            List<String> groups = credit ? List.of("Object", "Action") : List.of("Object", "Action", "Project", "User", "Machine");
            if (summary) {
                groups.forEach(g -> t.get(Selection.of(g, "GroupBy")));
                t.get(new Selection("", "Delta", "Sum", "Amount"));
            } else {
                t.get("Object").get("Action").get("JobId");
                if (!credit) {
                    t.get("Project").get("User").get("Machine");
                }
                t.get(new Selection("", "Delta", "", "Amount")).get(new Selection("", "CreationTime", "Sort", "Time"));
            }
            Response detail = inv.send(inv.supplements(t));
            if (detail.isFailure()) {
                Report.line(inv, "Aborting account statement: " + detail.message());
                return detail.exitStatus();
            }
            if (records) {
                String section = credit ? "Credit" : "Debit";
                for (List<String> row : Table.of(detail, inv.times()).select(COLUMNS.subList(1, COLUMNS.size())).rows()) {
                    List<String> values = new ArrayList<>(COLUMNS.size());
                    values.add(section);
                    values.addAll(row);
                    statement.add(values);
                }
                inv.renderer().printMessage(detail.status(), detail.message());
            } else {
                inv.display(detail);
            }
        }
        if (records) {
            inv.renderer().printData(statement, true);
            return 0;
        }
        inv.println("");
        inv.println(Report.banner("End of Report"));
        inv.println("");
        return 0;
    }

    /** Account == id for each account: one alone, or a parenthesised Or-chain. */
    static List<Condition> restriction(List<Row> accounts) {
        List<Condition> list = new ArrayList<>();
        int n = accounts.size();
        for (int i = 0; i < n; i++) {
            String id = Members.value(accounts.get(i), "Id");
            String conj = n == 1 || i == 0 ? "And" : "Or";
            String group = n == 1 ? "" : i == 0 ? "+1" : i == n - 1 ? "-1" : "";
            list.add(new Condition(conj, group, "", "Account", "", "", id));
        }
        return list;
    }

    private static Request.Builder allocationSum(List<Condition> restrict, String time) {
        Request.Builder r = Request.builder("Allocation", "Query").get(Selection.of("Amount", "Sum"));
        restrict.forEach(r::where);
        return r.where(Condition.of("Active", "", "True")).option("Time", time);
    }

    private static Request.Builder deltaSum(List<Condition> restrict, String op, String start, String end) {
        Request.Builder r = Request.builder("Transaction", "Query").get(Selection.of("Delta", "Sum"));
        restrict.forEach(r::where);
        return r.where(Condition.of("Delta", op, "0")).where(Condition.of("CreationTime", "GE", start))
                .where(Condition.of("CreationTime", "LT", end));
    }
}
