package gold.server.bank;

import gold.protocol.Assignment;
import gold.protocol.GoldException;
import gold.protocol.Response;

import java.sql.SQLException;
import java.util.List;
import java.util.Locale;

/**
 * Project Create with account autogeneration (docs/bank.md, Project Create): after the generic create, a
 * default account named after the project (project = the project, users = MEMBERS, machines = ANY)
 * when account.autogen is true and CreateAccount is not False, or when CreateAccount is True.
 */
final class ProjectCreateAction {
    private ProjectCreateAction() {
    }

    static Response run(BankCall call) throws SQLException {
        Response created = call.store.generic(call.request);
        if (created.isFailure()) {
            return created;
        }
        String option = call.option("CreateAccount");
        boolean create = call.config.accountAutogen() ? !option.toLowerCase(Locale.ROOT).equals("false")
                : option.toLowerCase(Locale.ROOT).equals("true");
        if (!create) {
            return created;
        }
        String name = projectName(call);
        long id = step("Unable to create account: ", () -> call.store.create("Account",
                List.of(Assignment.of("Name", name), Assignment.of("Description", "Auto-generated"))));
        String account = String.valueOf(id);
        step("Unable to create account project: ", () -> call.store.create("AccountProject",
                List.of(Assignment.of("Account", account), Assignment.of("Name", name))));
        step("Unable to create account user: ", () -> call.store.create("AccountUser",
                List.of(Assignment.of("Account", account), Assignment.of("Name", "MEMBERS"))));
        step("Unable to create account machine: ", () -> call.store.create("AccountMachine",
                List.of(Assignment.of("Account", account), Assignment.of("Name", "ANY"))));
        return created.withStatus(created.status(), created.code(),
                created.message() + "\nAuto-generated Account " + id);
    }

    private static String projectName(BankCall call) {
        String project = "";
        for (Assignment a : call.request.assignments()) {
            if (a.name().equals("Name")) {
                project = a.value();
            }
        }
        return project;
    }

    @FunctionalInterface
    private interface Step {
        long run() throws SQLException;
    }

    private static long step(String prefix, Step step) throws SQLException {
        try {
            return step.run();
        } catch (GoldException e) {
            throw e.prefixed(prefix);
        }
    }
}
