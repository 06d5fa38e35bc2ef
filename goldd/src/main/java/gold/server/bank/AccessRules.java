package gold.server.bank;

import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Which accounts a user, project and machine may use (docs/bank.md, Access lists): the ANY / MEMBERS /
 * NONE / named entries of the three access lists, denials (Access=False) and project membership.
 * {@link #forJob} is the strict resolution of Quote, Reserve and Charge; {@link #forBalance} the
 * wildcard resolution of Balance and Reservation Query (docs/bank.md, Account resolution).
 */
public final class AccessRules {
    static final String ANY = "ANY";
    static final String MEMBERS = "MEMBERS";
    static final String NONE = "NONE";

    private final AccessLists lists;

    public AccessRules(AccessLists lists) {
        this.lists = lists;
    }

    /**
     * Section 5.1: the candidate accounts (those holding an allocation usable at the instant) that
     * user u, project p and machine m may use, weighted, with Overflow ancestors.
     */
    public AccountSet forJob(Collection<Long> candidates, String u, String p, String m) {
        Map<Long, Long> direct = new LinkedHashMap<>();
        for (long account : new TreeSet<>(candidates)) {
            Optional<Long> weight = jobWeight(account, u, p, m);
            if (weight.isPresent() && !deniedForJob(account, u, p, m)) {
                direct.put(account, weight.get());
            }
        }
        return Ancestry.withAncestors(direct, lists.links());
    }

    private Optional<Long> jobWeight(long account, String u, String p, String m) {
        Long best = null;
        for (AccessEntry ap : lists.projectsOf(account)) {
            if (!ap.access() || !(ap.name().equals(ANY) || ap.name().equals(p))) {
                continue;
            }
            for (AccessEntry au : lists.usersOf(account)) {
                if (!au.access() || !(au.name().equals(ANY) || au.name().equals(u) || au.name().equals(MEMBERS))) {
                    continue;
                }
                for (AccessEntry am : lists.machinesOf(account)) {
                    if (!am.access() || !(am.name().equals(ANY) || am.name().equals(m) || am.name().equals(MEMBERS))) {
                        continue;
                    }
                    if (!membersCount(ap.name(), au.name().equals(MEMBERS), am.name().equals(MEMBERS), u, m)) {
                        continue;
                    }
                    long w = 100L * g(ap.name()) + 10L * g(au.name()) + g(am.name());
                    best = best == null ? w : Math.min(best, w);
                }
            }
        }
        return Optional.ofNullable(best);
    }

    /** Step 2 of 5.1: a MEMBERS entry counts only for active members of the entry's project (any when ANY). */
    private boolean membersCount(String apName, boolean userMembers, boolean machineMembers, String u, String m) {
        if (!userMembers && !machineMembers) {
            return true;
        }
        boolean anyProject = apName.equals(ANY);
        List<Membership> pus = userMembers ? matching(lists.projectUsers(), u, apName, anyProject) : null;
        List<Membership> pms = machineMembers ? matching(lists.projectMachines(), m, apName, anyProject) : null;
        if (pus != null && pms != null) {
            for (Membership pu : pus) {
                for (Membership pm : pms) {
                    if (pu.project().equals(pm.project())) {
                        return true;
                    }
                }
            }
            return false;
        }
        return pus != null ? !pus.isEmpty() : !pms.isEmpty();
    }

    private static List<Membership> matching(List<Membership> rows, String member, String project, boolean anyProject) {
        return rows.stream().filter(r -> r.active() && r.name().equals(member)
                && (anyProject || r.project().equals(project))).toList();
    }

    private boolean deniedForJob(long account, String u, String p, String m) {
        return denied(lists.projectsOf(account), names(ANY, p))
                || denied(lists.usersOf(account), names(ANY, u, MEMBERS))
                || denied(lists.machinesOf(account), names(ANY, m, MEMBERS));
    }

    private static boolean denied(List<AccessEntry> entries, Set<String> names) {
        for (AccessEntry e : entries) {
            if (!e.access() && names.contains(e.name())) {
                return true;
            }
        }
        return false;
    }

    /** A set of names that tolerates repeats (a project may itself be called ANY). */
    private static Set<String> names(String... values) {
        return new HashSet<>(List.of(values));
    }

    private static int g(String name) {
        return switch (name) {
            case ANY -> 3;
            case MEMBERS -> 2;
            default -> 1;
        };
    }

    /**
     * Section 5.2: the candidate accounts usable by the given (possibly absent, "") user, project and
     * machine; ancestors are added unless {@code ignoreAncestors}.
     */
    public AccountSet forBalance(Collection<Long> candidates, String u, String p, String m, boolean ignoreAncestors) {
        Map<Long, Long> direct = new LinkedHashMap<>();
        for (long account : new TreeSet<>(candidates)) {
            if (acceptedForBalance(account, u, p, m) && !deniedForBalance(account, u, p, m)) {
                direct.put(account, 0L);
            }
        }
        return ignoreAncestors ? Ancestry.without(direct) : Ancestry.withAncestors(direct, lists.links());
    }

    private boolean acceptedForBalance(long account, String u, String p, String m) {
        boolean checkUser = false;
        boolean checkMachine = false;
        boolean checkBoth = false;
        for (AccessEntry ap : lists.projectsOf(account)) {
            if (!ap.access() || !(p.isEmpty() ? !ap.name().equals(NONE) : ap.name().equals(ANY) || ap.name().equals(p))) {
                continue;
            }
            for (AccessEntry au : lists.usersOf(account)) {
                if (!au.access() || !allows(au.name(), u)) {
                    continue;
                }
                for (AccessEntry am : lists.machinesOf(account)) {
                    if (!am.access() || !allows(am.name(), m)) {
                        continue;
                    }
                    boolean um = au.name().equals(MEMBERS);
                    boolean mm = am.name().equals(MEMBERS);
                    if (!um && !mm) {
                        return true;
                    }
                    checkBoth |= um && mm;
                    checkUser |= um && !mm;
                    checkMachine |= mm && !um;
                }
            }
        }
        return (checkUser && memberOfAccountProject(account, true, u))
                || (checkMachine && memberOfAccountProject(account, false, m))
                || (checkBoth && bothMembers(account, u, m));
    }

    /** A given name matches ANY, itself and MEMBERS; an absent one matches anything but NONE. */
    private static boolean allows(String entry, String given) {
        return given.isEmpty() ? !entry.equals(NONE) : entry.equals(ANY) || entry.equals(given) || entry.equals(MEMBERS);
    }

    private boolean memberOfAccountProject(long account, boolean user, String member) {
        List<Membership> rows = user ? lists.projectUsers() : lists.projectMachines();
        for (AccessEntry ap : lists.projectsOf(account)) {
            for (Membership r : rows) {
                if (r.active() && (member.isEmpty() || r.name().equals(member))
                        && (ap.name().equals(ANY) || ap.name().equals(r.project()))) {
                    return true;
                }
            }
        }
        return false;
    }

    private boolean bothMembers(long account, String u, String m) {
        for (AccessEntry ap : lists.projectsOf(account)) {
            for (Membership pu : lists.projectUsers()) {
                if (!pu.active() || !(u.isEmpty() || pu.name().equals(u))) {
                    continue;
                }
                for (Membership pm : lists.projectMachines()) {
                    if (!pm.active() || !(m.isEmpty() || pm.name().equals(m)) || !pu.project().equals(pm.project())) {
                        continue;
                    }
                    if (ap.name().equals(ANY) || ap.name().equals(pu.project())) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private boolean deniedForBalance(long account, String u, String p, String m) {
        return (!p.isEmpty() && denied(lists.projectsOf(account), names(ANY, p)))
                || (!u.isEmpty() && denied(lists.usersOf(account), names(ANY, u, MEMBERS)))
                || (!m.isEmpty() && denied(lists.machinesOf(account), names(ANY, m, MEMBERS)));
    }

    /**
     * Section 8.10 steps 6-7 for one account: with UseRules the lists are read like Balance (ANY,
     * MEMBERS, denials; an absent dimension forbids only ANY denials); without, a given name must appear
     * literally in its list (any Access) and nothing else is checked.
     */
    public boolean listsForQuery(long account, String u, String p, String m, boolean useRules) {
        if (!useRules) {
            return named(lists.projectsOf(account), p) && named(lists.usersOf(account), u)
                    && named(lists.machinesOf(account), m);
        }
        if (!acceptedForBalance(account, u, p, m)) {
            return false;
        }
        return !denied(lists.projectsOf(account), p.isEmpty() ? names(ANY) : names(ANY, p))
                && !denied(lists.usersOf(account), u.isEmpty() ? names(ANY) : names(ANY, u, MEMBERS))
                && !denied(lists.machinesOf(account), m.isEmpty() ? names(ANY) : names(ANY, m, MEMBERS));
    }

    private static boolean named(List<AccessEntry> entries, String name) {
        return name.isEmpty() || entries.stream().anyMatch(e -> e.name().equals(name));
    }

    /** The given accounts with their Overflow ancestors. */
    public AccountSet withAncestors(Collection<Long> accounts) {
        Map<Long, Long> direct = new LinkedHashMap<>();
        for (long a : new TreeSet<>(accounts)) {
            direct.put(a, 0L);
        }
        return Ancestry.withAncestors(direct, lists.links());
    }
}
