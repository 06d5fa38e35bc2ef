package gold.client.commands;

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
}
