package gold.slurm;

import gold.protocol.Request;
import gold.protocol.Row;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import java.util.regex.Pattern;

/**
 * Creates in Gold what Slurm's associations name and Gold lacks: users, projects (one per Slurm account,
 * with its Gold account), the machine (cluster) and project memberships. Reads {@code sacctmgr -P show
 * associations format=Cluster,Account,User} or a file of that shape (a header line naming the columns, or
 * Cluster|Account|User columns). Only what is missing is created, so a second run changes nothing.
 */
@Command(name = "import", description = "Create Gold users, projects and memberships from Slurm associations.")
final class ImportCommand implements Callable<Integer> {
    @ParentCommand
    GoldSlurm parent;

    @Option(names = "--file", description = "associations as sacctmgr -P prints them (default: run sacctmgr)")
    Path file;

    @Option(names = "--dry-run", description = "print what would be created; change nothing")
    boolean dryRun;

    private static final Pattern NAME = Pattern.compile("[\\w.@-]*");

    /** One association: a user of a Slurm account on a cluster (user "" = the account's own line). */
    record Association(String cluster, String account, String user) {
    }

    @Override
    public Integer call() throws IOException {
        SiteConfig site = parent.site();
        HookLog log = new HookLog(site.logFile(), "import");
        List<String> lines;
        if (file != null) {
            lines = Files.readAllLines(file);
        } else {
            Slurm.Result r = new Slurm(site).run("sacctmgr", "-P", "show", "associations", "format=Cluster,Account,User");
            if (r.exit() != 0) {
                System.err.println("gold-slurm import: sacctmgr failed (exit " + r.exit() + "): " + r.err().strip());
                return GoldSlurm.CONFIG;
            }
            lines = r.out().lines().toList();
        }
        List<Association> associations = parse(lines);
        Gold gold = Gold.connect(site.home(), site);
        Set<String> users = names(gold, "User", "Name");
        Set<String> projects = names(gold, "Project", "Name");
        Set<String> machines = names(gold, "Machine", "Name");
        Set<String> members = new LinkedHashSet<>();
        for (Row row : query(gold, Request.builder("ProjectUser", "Query").get("Project").get("Name"))) {
            members.add(row.get("Project") + "|" + row.get("Name"));
        }
        boolean importMachines = site.machineFrom().equals("cluster") && site.machine().isEmpty();
        List<Request.Builder> plan = new ArrayList<>();
        List<String> described = new ArrayList<>();
        for (Association a : associations) {
            if (importMachines && !a.cluster().isEmpty() && machines.add(a.cluster())) {
                plan.add(Request.builder("Machine", "Create").set("Name", a.cluster()));
                described.add("machine " + a.cluster());
            }
            if (!a.account().isEmpty() && projects.add(a.account())) {
                plan.add(Request.builder("Project", "Create").set("Name", a.account()));
                described.add("project " + a.account());
            }
            if (!a.user().isEmpty() && users.add(a.user())) {
                plan.add(Request.builder("User", "Create").set("Name", a.user()));
                described.add("user " + a.user());
            }
            if (!a.user().isEmpty() && !a.account().isEmpty() && members.add(a.account() + "|" + a.user())) {
                plan.add(Request.builder("ProjectUser", "Create").set("Project", a.account()).set("Name", a.user()));
                described.add("member " + a.user() + " of project " + a.account());
            }
        }
        int failed = 0;
        for (int i = 0; i < plan.size(); i++) {
            if (dryRun) {
                System.out.println("would create " + described.get(i));
                continue;
            }
            Gold.Outcome o = gold.send(plan.get(i), null);
            if (o.ok()) {
                System.out.println("created " + described.get(i));
                log.info("created " + described.get(i));
            } else {
                failed++;
                System.err.println("gold-slurm import: " + described.get(i) + ": " + o.message() + " (" + o.code() + ")");
                log.warn(described.get(i) + ": " + o.code() + " " + o.message());
                if (o.kind() == Gold.Kind.UNREACHABLE) {
                    return GoldSlurm.UNREACHABLE;
                }
            }
        }
        System.out.println((dryRun ? "would create " : "created ") + (plan.size() - failed) + " objects, "
                + associations.size() + " associations read");
        return failed == 0 ? 0 : GoldSlurm.REFUSE;
    }

    /** Pipe-separated lines; the column order comes from a header line when there is one. */
    static List<Association> parse(List<String> lines) {
        int cluster = 0;
        int account = 1;
        int user = 2;
        List<Association> out = new ArrayList<>();
        int number = 0;
        for (String raw : lines) {
            number++;
            String line = raw.strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\\|", -1);
            List<String> lower = List.of(f).stream().map(s -> s.strip().toLowerCase(Locale.ROOT)).toList();
            if (lower.contains("account")) {
                cluster = lower.indexOf("cluster");
                account = lower.indexOf("account");
                user = lower.indexOf("user");
                continue;
            }
            Association a = new Association(field(f, cluster), field(f, account), field(f, user));
            if (f.length < 2 || account < 0 || !NAME.matcher(a.cluster() + a.account() + a.user()).matches()) {
                throw new IllegalArgumentException("line " + number + " is not an association (Cluster|Account|User"
                        + " with names of letters, digits, '.', '_' or '-'): " + line);
            }
            out.add(a);
        }
        return out;
    }

    private static String field(String[] f, int i) {
        return i >= 0 && i < f.length ? f[i].strip() : "";
    }

    private static Set<String> names(Gold gold, String object, String field) {
        Set<String> out = new LinkedHashSet<>();
        for (Row row : query(gold, Request.builder(object, "Query").get(field))) {
            out.add(row.get(field));
        }
        return out;
    }

    private static List<Row> query(Gold gold, Request.Builder q) {
        Gold.Outcome o = gold.query(q);
        if (!o.ok()) {
            throw new IllegalStateException("cannot read Gold's " + q.build().object() + " list: " + o.message()
                    + " (" + o.code() + ")");
        }
        return o.response().data();
    }
}
