package gold.client.commands;

import gold.protocol.Request;
import java.util.ArrayList;
import java.util.List;

/**
 * One element of a {@code [+|-]name[,...]} member list: the name without its sign, and whether a
 * leading '-' asked for an inactive (project) or denied (account) membership.
 */
record MemberSpec(String name, boolean negated) {
    static List<MemberSpec> parse(String list) {
        List<MemberSpec> members = new ArrayList<>();
        for (String element : Columns.split(list)) {
            boolean negated = element.startsWith("-");
            String name = element.startsWith("-") || element.startsWith("+") ? element.substring(1) : element;
            members.add(new MemberSpec(name, negated));
        }
        return members;
    }

    /** Creates this member of an account (AccountUser, ...): Access=False when negated. */
    Request.Builder ofAccount(String object, String account) {
        return create(object, "Account", account, "Access");
    }

    /** Creates this member of a project (ProjectUser, ProjectMachine): Active=False when negated. */
    Request.Builder ofProject(String object, String project) {
        return create(object, "Project", project, "Active");
    }

    private Request.Builder create(String object, String ownerField, String owner, String flagField) {
        Request.Builder r = Request.builder(object, "Create").set(ownerField, owner).set("Name", name);
        if (negated) {
            r.set(flagField, "False");
        }
        return r;
    }
}
