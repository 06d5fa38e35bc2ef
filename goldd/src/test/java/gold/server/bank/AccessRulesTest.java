package gold.server.bank;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Account resolution of docs/bank.md, Access lists on hand-made access lists. */
class AccessRulesTest {
    private final List<AccessEntry> projects = new ArrayList<>();
    private final List<AccessEntry> users = new ArrayList<>();
    private final List<AccessEntry> machines = new ArrayList<>();
    private final List<Membership> projectUsers = new ArrayList<>();
    private final List<Membership> projectMachines = new ArrayList<>();
    private final List<AccountLink> links = new ArrayList<>();

    private void account(long id, String p, String u, String m) {
        for (String n : p.split(",")) {
            projects.add(entry(id, n));
        }
        for (String n : u.split(",")) {
            users.add(entry(id, n));
        }
        for (String n : m.split(",")) {
            machines.add(entry(id, n));
        }
    }

    private static AccessEntry entry(long id, String n) {
        return n.startsWith("-") ? new AccessEntry(id, n.substring(1), false) : new AccessEntry(id, n, true);
    }

    private AccessRules rules() {
        return new AccessRules(AccessLists.of(projects, users, machines, projectUsers, projectMachines, links));
    }

    @Test
    void weightsRankSpecificAccountsFirstAndDenialsRemoveAccounts() {
        account(2, "chemistry", "MEMBERS", "colony");
        account(3, "chemistry", "amy", "ANY");
        account(4, "chemistry", "MEMBERS,-amy", "ANY");
        account(5, "ANY", "ANY", "ANY");
        projectUsers.add(new Membership("chemistry", "amy", true));
        AccountSet set = rules().forJob(Set.of(2L, 3L, 4L, 5L), "amy", "chemistry", "colony");
        assertEquals(Map.of(2L, 121L, 3L, 113L, 5L, 333L), set.weights());
        assertEquals(1000, set.d());
    }

    @Test
    void membersCountOnlyForActiveMembersOfTheEntrysProject() {
        account(1, "biology", "MEMBERS", "ANY");
        account(2, "ANY", "MEMBERS", "ANY");
        projectUsers.add(new Membership("chemistry", "amy", true));
        projectUsers.add(new Membership("biology", "amy", false));
        AccountSet set = rules().forJob(Set.of(1L, 2L), "amy", "biology", "colony");
        assertEquals(Set.of(2L), set.accounts(), "inactive in biology; ANY accepts membership anywhere (K3)");
    }

    @Test
    void bothMembersNeedTheSameProject() {
        account(1, "ANY", "MEMBERS", "MEMBERS");
        projectUsers.add(new Membership("p1", "amy", true));
        projectMachines.add(new Membership("p2", "colony", true));
        assertTrue(rules().forJob(Set.of(1L), "amy", "p1", "colony").isEmpty());
        projectMachines.add(new Membership("p1", "colony", true));
        assertEquals(Set.of(1L), rules().forJob(Set.of(1L), "amy", "p1", "colony").accounts());
    }

    @Test
    void overflowAncestorsWeighByGeneration() {
        account(11, "ANY", "amy", "ANY");
        links.add(new AccountLink(10, 11, 60, true));
        links.add(new AccountLink(9, 10, 0, true));
        links.add(new AccountLink(8, 11, 0, false));
        AccountSet set = rules().forJob(Set.of(11L), "amy", "p", "m");
        assertEquals(Map.of(11L, 313L, 10L, 1000L, 9L, 10000L), set.weights());
        assertEquals(100000, set.d());
        assertTrue(set.allocationWeight(new Allocation(1, 11, 0, 5, 0, 0, 0, true, "Normal"))
                < set.allocationWeight(new Allocation(2, 10, 0, 5, 0, 0, 0, true, "Normal")));
        assertTrue(set.allocationWeight(new Allocation(2, 9, 0, 4, 0, 0, 0, true, "Normal"))
                < set.allocationWeight(new Allocation(1, 11, 0, 5, 0, 0, 0, true, "Normal")));
    }

    @Test
    void balanceWildcardsSkipAbsentDimensionsAndTheirDenials() {
        account(1, "chemistry", "MEMBERS,-amy", "ANY");
        account(2, "NONE", "ANY", "ANY");
        projectUsers.add(new Membership("chemistry", "bob", true));
        assertEquals(Set.of(1L), rules().forBalance(Set.of(1L, 2L), "", "", "", true).accounts());
        assertTrue(rules().forBalance(Set.of(1L, 2L), "amy", "", "", true).isEmpty());
        assertEquals(Set.of(1L), rules().forBalance(Set.of(1L, 2L), "bob", "chemistry", "", true).accounts());
    }
}
