package gold.server.bank;

import gold.protocol.Code;
import gold.protocol.Condition;
import gold.protocol.GoldException;
import gold.protocol.Option;
import gold.protocol.Request;
import gold.protocol.Response;
import gold.protocol.Row;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The bank's Query actions (docs/bank.md, Queries): Account Query resolving access lists with
 * UseRules, Reservation Query listing the holds on a user's accounts, and the OVERRIDE checks of Job,
 * Transaction and Reservation queries (docs/data-model.md, Authorization). Plain queries fall through (315).
 */
final class QueryOverrides {
    /** Options the final generic select honours. */
    private static final Set<String> SELECT_OPTIONS = Set.of("Time", "Unique", "Limit", "Offset", "ShowHidden");

    private QueryOverrides() {
    }

    static Response accounts(BankCall call) throws SQLException {
        String user = call.option("User");
        String project = call.option("Project");
        String machine = call.option("Machine");
        if (call.overridden && !Entities.overrideAllows(call, project, user)) {
            throw Code.NOT_AUTHORIZED.exception(call.actor() + " is not authorized to Query the Accounts");
        }
        boolean useRules = call.option("UseRules").equals("True");
        Entities.prescreen(call, Entity.Kind.PROJECT, project, useRules);
        Entities.prescreen(call, Entity.Kind.USER, user, useRules);
        Entities.prescreen(call, Entity.Kind.MACHINE, machine, useRules);
        BalanceAction.refresh(call);
        if (call.request.options().isEmpty()) {
            return call.store.generic(call.request);
        }
        Request.Builder q = Request.builder("Account", "Query").actor(call.config.superUser()).get("Id");
        call.request.conditions().forEach(q::where);
        Response matching = checked(call.store.generic(q.build()));
        AccessRules rules = new AccessRules(call.store.accessLists());
        List<Allocation> allocations = call.store.allocations();
        String active = call.option("Active");
        List<Long> set = new ArrayList<>();
        for (Row row : matching.data()) {
            long id = (long) Money.number(row.get("Id"));
            if (!rules.listsForQuery(id, user, project, machine, useRules)) {
                continue;
            }
            if (call.hasOption("Active") && allocations.stream().noneMatch(a -> a.account() == id
                    && a.activeAt(call.now) == active.equals("True"))) {
                continue;
            }
            set.add(id);
        }
        Collection<Long> accounts = call.option("IncludeAncestors").equals("True")
                ? rules.withAncestors(set).accounts() : set;
        return select(call, accounts, "Id");
    }

    static Response reservations(BankCall call) throws SQLException {
        checkOverride(call, "reservations");
        if (!call.option("UseRules").equals("True")) {
            throw decline(call);
        }
        String user = conditionValue(call, "User");
        String project = conditionValue(call, "Project");
        String machine = conditionValue(call, "Machine");
        BalanceAction.refresh(call);
        Set<Long> candidates = new TreeSet<>();
        for (Allocation a : call.store.allocations()) {
            if (a.activeAt(call.now) && a.callType().equals("Normal")) {
                candidates.add(a.account());
            }
        }
        String ignore = call.option("IgnoreAncestors");
        AccountSet set = new AccessRules(call.store.accessLists()).forBalance(candidates, user, project, machine,
                call.hasOption("IgnoreAncestors") && !ignore.equals("False"));
        Set<Long> ids = new TreeSet<>();
        for (Hold h : call.store.holds()) {
            if (set.contains(h.account())) {
                ids.add(h.reservation());
            }
        }
        List<Condition> others = call.request.conditions().stream()
                .filter(c -> !Set.of("User", "Project", "Machine").contains(c.name())).toList();
        return select(call, ids, "Id", others);
    }

    /** Job Query and Transaction Query: only the OVERRIDE check, then the generic query. */
    static Response checkOnly(BankCall call, String what) throws SQLException {
        checkOverride(call, what);
        throw decline(call);
    }

    private static void checkOverride(BankCall call, String what) throws SQLException {
        if (!call.overridden) {
            return;
        }
        boolean allowed = Entities.overrideAllows(call, conditionValue(call, "Project"), conditionValue(call, "User"))
                || (what.equals("transactions") && conditionValue(call, "Actor").equals(call.actor()));
        if (!allowed) {
            throw Code.NOT_AUTHORIZED.exception(call.actor() + " is not authorized to list the " + what);
        }
    }

    private static String conditionValue(BankCall call, String name) {
        String v = "";
        for (Condition c : call.request.conditions()) {
            if (c.name().equals(name)) {
                v = c.value();
            }
        }
        return v;
    }

    private static GoldException decline(BankCall call) {
        return Code.UNSUPPORTED_OBJECT.exception("The Bank class does not implement " + call.request.object() + " "
                + call.request.action());
    }

    private static Response select(BankCall call, Collection<Long> ids, String key) throws SQLException {
        return select(call, ids, key, List.of());
    }

    /**
     * The request's selections for exactly these ids (deleted or not), honouring Time, Unique, Limit,
     * Offset and ShowHidden; Count 0 when there are none.
     */
    private static Response select(BankCall call, Collection<Long> ids, String key, List<Condition> extra)
            throws SQLException {
        if (ids.isEmpty()) {
            return Response.success(Code.SUCCESS.code(), "", 0, List.of());
        }
        Request.Builder q = Request.builder(call.request.object(), "Query").actor(call.actor());
        call.request.selections().forEach(q::get);
        for (Option o : call.request.options()) {
            if (SELECT_OPTIONS.contains(o.name())) {
                q.option(o);
            }
        }
        List<Long> list = new ArrayList<>(ids);
        for (int i = 0; i < list.size(); i++) {
            String group = list.size() == 1 ? "" : i == 0 ? "1" : i == list.size() - 1 ? "-1" : "";
            q.where(new Condition(i == 0 ? "" : "Or", group, "", key, "EQ", "", String.valueOf(list.get(i))));
        }
        extra.forEach(c -> q.where(new Condition(c.conj().isEmpty() ? "And" : c.conj(), c.group(), c.object(),
                c.name(), c.op(), c.subject(), c.value())));
        if (extra.isEmpty()) {
            q.where(new Condition("And", "1", "", "Deleted", "EQ", "", "True"));
            q.where(new Condition("Or", "-1", "", "Deleted", "EQ", "", "False"));
        }
        return checked(call.store.generic(q.build()));
    }

    private static Response checked(Response r) {
        if (r.isFailure()) {
            throw r.exception();
        }
        return r;
    }
}
