package gold.server.bank;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Everything account resolution reads (docs/bank.md, Access lists): the three access lists by account,
 * the active-or-not memberships of users and machines in projects, and the account links.
 */
public record AccessLists(Map<Long, List<AccessEntry>> projects, Map<Long, List<AccessEntry>> users,
                          Map<Long, List<AccessEntry>> machines, List<Membership> projectUsers,
                          List<Membership> projectMachines, List<AccountLink> links) {

    public static AccessLists of(List<AccessEntry> projects, List<AccessEntry> users, List<AccessEntry> machines,
                                 List<Membership> projectUsers, List<Membership> projectMachines,
                                 List<AccountLink> links) {
        return new AccessLists(byAccount(projects), byAccount(users), byAccount(machines),
                List.copyOf(projectUsers), List.copyOf(projectMachines), List.copyOf(links));
    }

    private static Map<Long, List<AccessEntry>> byAccount(List<AccessEntry> entries) {
        Map<Long, List<AccessEntry>> map = new HashMap<>();
        for (AccessEntry e : entries) {
            map.computeIfAbsent(e.account(), k -> new ArrayList<>()).add(e);
        }
        return map;
    }

    List<AccessEntry> projectsOf(long account) {
        return projects.getOrDefault(account, List.of());
    }

    List<AccessEntry> usersOf(long account) {
        return users.getOrDefault(account, List.of());
    }

    List<AccessEntry> machinesOf(long account) {
        return machines.getOrDefault(account, List.of());
    }
}
