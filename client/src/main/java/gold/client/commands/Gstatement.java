package gold.client.commands;

import gold.client.GoldCommand;
import gold.client.Invocation;
import gold.client.OptionKind;
import gold.client.OptionSet;
import gold.client.ParsedArgs;
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
        Response found = inv.send(accountQuery(a));
        if (found.isFailure()) {
            return Report.abort(inv, found);
        }
        if (found.data().isEmpty()) {
            Report.line(inv, "No accounts were matched. An account statement cannot be produced.");
            return 74;
        }
        List<Row> accounts = new ArrayList<>(found.data());
        accounts.sort(Comparator.comparing((Row r) -> Gbalance.number(Members.value(r, "Id"))));
        Statement statement = new Statement(inv, accounts);
        try {
            statement.header();
            statement.balances();
            statement.transactions(true);
            statement.transactions(false);
        } catch (QueryFailed e) {
            return Report.abort(inv, e.reply());
        }
        statement.end();
        return 0;
    }

    /** The accounts the statement covers: -a, or those -p, -u and -m may use. */
    private static Request.Builder accountQuery(ParsedArgs a) {
        Request.Builder q = Request.builder("Account", "Query").get(Selection.of("Id", "Sort")).get("Name");
        Assign.where(a, q, "a", "Id");
        Assign.usableBy(a, q);
        return q.option("UseRules", "True");
    }

    /**
     * One statement over the accounts, in its order: the header, the four balances, the credit and
     * the debit transactions, the end. As text (banners and tables), or with --format json|csv as
     * the records of {@link #COLUMNS}, printed at the end.
     */
    private static final class Statement {
        private final Invocation inv;
        private final ParsedArgs args;
        private final List<Row> accounts;
        private final List<Condition> restrict;
        private final String start;
        private final String end;
        private final boolean records;
        private final Table table = new Table(COLUMNS);

        Statement(Invocation inv, List<Row> accounts) {
            this.inv = inv;
            this.args = inv.args();
            this.accounts = accounts;
            this.restrict = restriction(accounts);
            this.start = args.value("s").orElse("-infinity");
            this.end = args.value("e").orElse("now");
            this.records = inv.renderer().options().format().records();
        }

        /** The banner naming the accounts and the period (text only). */
        void header() {
            if (records) {
                return;
            }
            StringBuilder head = new StringBuilder(Report.RULE).append("\n#\n");
            if (args.given("a")) {
                head.append("# Statement for account ").append(args.get("a")).append(" (")
                        .append(Members.value(accounts.get(0), "Name")).append(")\n");
            }
            args.value("p").ifPresent(p -> head.append("# Statement for project ").append(p).append('\n'));
            args.value("u").ifPresent(u -> head.append("# Statement for user ").append(u).append('\n'));
            args.value("m").ifPresent(m -> head.append("# Statement for machine ").append(m).append('\n'));
            if (!args.given("a")) {
                for (Row r : accounts) {
                    head.append("# Includes account ").append(Members.value(r, "Id")).append(" (")
                            .append(Members.value(r, "Name")).append(")\n");
                }
            }
            head.append("# Generated on ").append(Report.ctime(inv)).append(".\n");
            head.append("# Reporting account activity from ").append(start).append(" to ").append(end).append(".\n");
            head.append("#\n").append(Report.RULE).append("\n\n");
            inv.session().out().print(head);
        }

        /** Beginning balance, credits, debits, ending balance, and a warning when they do not add up. */
        void balances() throws QueryFailed {
            BigDecimal beginning = Report.sum(QueryFailed.send(inv, allocationSum(restrict, start)), "Amount");
            BigDecimal credits = Report.sum(QueryFailed.send(inv, deltaSum(restrict, "GT", start, end)), "Delta");
            BigDecimal debits = Report.sum(QueryFailed.send(inv, deltaSum(restrict, "LE", start, end)), "Delta");
            BigDecimal ending = Report.sum(QueryFailed.send(inv, allocationSum(restrict, end)), "Amount");
            BigDecimal discrepancy = credits.add(debits).subtract(ending.subtract(beginning));
            String warning = discrepancy.signum() == 0 ? "" : "Warning: A discrepancy of "
                    + String.format("%20d", discrepancy.longValue())
                    + " credits was detected\nbetween the logged transactions and the historical account balances.";
            if (records) {
                balance("Beginning Balance", beginning);
                balance("Total Credits", credits);
                balance("Total Debits", debits);
                balance("Ending Balance", ending);
                if (!warning.isEmpty()) {
                    inv.session().err().println(warning);
                }
                return;
            }
            StringBuilder body = new StringBuilder();
            body.append("Beginning Balance: ").append(amount(beginning)).append('\n');
            body.append("------------------ --------------------\n");
            body.append("Total Credits:     ").append(amount(credits)).append('\n');
            body.append("Total Debits:      ").append(amount(debits)).append('\n');
            body.append("------------------ --------------------\n");
            body.append("Ending Balance:    ").append(amount(ending)).append('\n');
            if (!warning.isEmpty()) {
                body.append('\n').append(warning).append('\n');
            }
            inv.session().out().print(body);
        }

        private String amount(BigDecimal value) {
            var options = inv.renderer().options();
            return Report.amount(value, options.timeDivision(), options.precision());
        }

        private void balance(String section, BigDecimal amount) {
            table.add(List.of(section, "", "", "", "", "", "", amount.toPlainString()));
        }

        /** The credit (or debit) transactions of the period: each one, or grouped with --summarize. */
        void transactions(boolean credit) throws QueryFailed {
            boolean summary = args.flag("summarize");
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
            Response detail = QueryFailed.send(inv, inv.supplements(t));
            if (!records) {
                inv.display(detail);
                return;
            }
            String section = credit ? "Credit" : "Debit";
            for (List<String> row : Table.of(detail, inv.times()).select(COLUMNS.subList(1, COLUMNS.size())).rows()) {
                List<String> values = new ArrayList<>(COLUMNS.size());
                values.add(section);
                values.addAll(row);
                table.add(values);
            }
            inv.renderer().printMessage(detail.status(), detail.message());
        }

        /** The records, or the closing banner. */
        void end() {
            if (records) {
                inv.renderer().printData(table, true);
                return;
            }
            inv.println("");
            inv.println(Report.banner("End of Report"));
            inv.println("");
        }
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
