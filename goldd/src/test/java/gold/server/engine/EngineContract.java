package gold.server.engine;

import gold.protocol.Assignment;
import gold.protocol.Condition;
import gold.protocol.Request;
import gold.protocol.Response;
import gold.protocol.Row;
import gold.protocol.Selection;
import gold.testkit.TestGold;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import java.util.ArrayList;
import java.util.Map;
import java.util.TreeMap;

/**
 * Behaviour of the generic engine that must hold on every database: the SQLite and PostgreSQL test
 * classes run these same tests against a freshly bootstrapped database each.
 */
abstract class EngineContract extends ServerFixture {
    static Request.Builder req(String object, String action) {
        return Request.builder(object, action);
    }

    static String field(Response r, int row, String name) {
        return r.data().get(row).get(name);
    }

    @Test
    void freshBootstrapHandsOutRequest272AndTransaction271() throws Exception {
        gold.ok(req("User", "Create").set("Name", "amy"));
        Response t = gold.ok(req("Transaction", "Query").where("Object", "User").where("Name", "amy")
                .get("Id").get("RequestId").get("TransactionId"));
        assertEquals(List.of("271", "272", "271"), List.of(field(t, 0, "Id"), field(t, 0, "RequestId"),
                field(t, 0, "TransactionId")));
        // the query above consumed request id 273 after it succeeded
        gold.ok(req("User", "Create").set("Name", "bob"));
        Response bob = gold.ok(req("User", "Query").where("Name", "bob").get("RequestId").get("TransactionId"));
        assertEquals("274", field(bob, 0, "RequestId"));
        assertEquals("272", field(bob, 0, "TransactionId"));
    }

    @Test
    void deletingAUserWithoutRolesStillRefreshesTheMetadataCacheThroughTheRoleUserCascade() {
        gold.ok(req("User", "Create").set("Name", "yan"));
        Response r = gold.ok(req("User", "Delete").where("Name", "yan"));
        assertEquals("Successfully deleted 1 Users", r.message());
        assertEquals("080", r.code());
        Response machine = gold.ok(req("Machine", "Create").set("Name", "blue"));
        assertEquals("000", machine.code());
        assertEquals("000", gold.ok(req("Machine", "Delete").where("Name", "blue")).code());
    }

    @Test
    void successfulModifyingRequestThatJournalsNothingStillConsumesARequestId() throws Exception {
        Response none = gold.ok(req("User", "Modify").where("Name", "nobody").set("Description", "x"));
        assertEquals("Successfully modified 0 Users", none.message());
        assertTrue(gold.call(req("User", "Modify").where("Name", "nobody").set("Active", "maybe")).isFailure());
        gold.ok(req("User", "Create").set("Name", "amy"));
        Response amy = gold.ok(req("User", "Query").where("Name", "amy").get("RequestId"));
        // 272 went to the empty Modify, the failed Modify took none
        assertEquals("273", field(amy, 0, "RequestId"));
    }

    @Test
    void userCreateAppliesDefaultsAndReturnsTheCreatedRow() {
        Response r = gold.ok(req("User", "Create").set("Name", "amy").set("CommonName", "Wilkes, Amy")
                .set("EmailAddress", "amy@western.edu"));
        assertEquals("000", r.code());
        assertEquals("Successfully created 1 User", r.message());
        assertEquals(1, r.count());
        Row row = r.data().get(0);
        assertEquals("User", row.name());
        assertEquals(List.of("Name", "Active", "CommonName", "PhoneNumber", "EmailAddress", "DefaultProject",
                "Organization", "Description"), row.names());
        assertEquals("True", row.get("Active"));
        assertEquals("Wilkes, Amy", row.get("CommonName"));
        assertEquals("", row.get("PhoneNumber"));
        assertEquals(TestGold.ADMIN.equals(System.getProperty("user.name")) ? "gold" : System.getProperty("user.name"),
                r.actor());
    }

    @Test
    void creatingAnExistingUserFailsWith740AndWritesNothing() throws Exception {
        gold.ok(req("User", "Create").set("Name", "zed"));
        String before = gold.footprint();
        Response r = gold.call(req("User", "Create").set("Name", "zed"));
        assertEquals("740", r.code());
        assertEquals("User already exists", r.message());
        assertEquals(before, gold.footprint());
    }

    @Test
    void userQueryHonoursMatchSortAndShowHidden() {
        for (String n : List.of("carl", "cathy", "bert")) {
            gold.ok(req("User", "Create").set("Name", n));
        }
        Response r = gold.ok(req("User", "Query").where(Condition.of("Name", "Match", "ca*"))
                .get(Selection.of("Name", "Sort")).get("Active"));
        assertEquals(2, r.count());
        assertEquals(List.of("carl", "cathy"), r.data().stream().map(x -> x.get("Name")).toList());
        Response hidden = gold.ok(req("User", "Query").where("Name", "bert").option("ShowHidden", "True"));
        assertTrue(hidden.data().get(0).names().containsAll(List.of("Special", "CreationTime", "Deleted",
                "RequestId", "TransactionId")));
        Response plain = gold.ok(req("User", "Query").where("Name", "bert"));
        assertEquals(8, plain.data().get(0).names().size());
    }

    @Test
    void systemQueryReturnsTheSystemRow() {
        Response r = gold.ok(req("System", "Query"));
        assertEquals("Gold", field(r, 0, "Name"));
    }

    @Test
    void modifyDeleteAndUndeleteCascadeToAssociations() {
        gold.ok(req("User", "Create").set("Name", "dave"));
        gold.ok(req("Project", "Create").set("Name", "chemistry"));
        gold.ok(req("ProjectUser", "Create").set("Project", "chemistry").set("Name", "dave"));
        Response m = gold.ok(req("User", "Modify").where("Name", "dave").set("CommonName", "Miller, David"));
        assertEquals("Successfully modified 1 Users", m.message());
        assertEquals("Miller, David", field(m, 0, "CommonName"));
        Response d = gold.ok(req("User", "Delete").where("Name", "dave"));
        assertEquals("Successfully deleted 1 Users and 1 associations", d.message());
        assertEquals(0, gold.ok(req("ProjectUser", "Query").where("Name", "dave")).count());
        assertEquals(1, gold.ok(req("User", "Query").where("Name", "dave").where("Deleted", "True")).count());
        Response u = gold.ok(req("User", "Undelete").where("Name", "dave"));
        assertEquals("Successfully undeleted 1 Users and 1 associations", u.message());
        assertEquals(1, gold.ok(req("ProjectUser", "Query").where("Name", "dave")).count());
        assertEquals("Miller, David", field(gold.ok(req("User", "Query").where("Name", "dave")), 0, "CommonName"));
    }

    @Test
    void eachAssociationGetsOneJournaledNestedRequestInCreationOrderCountZeroIncluded() throws Exception {
        gold.ok(req("Project", "Create").set("Name", "casc"));
        gold.ok(req("ProjectUser", "Create").set("Project", "casc").set("Name", TestGold.ADMIN));
        gold.ok(req("Project", "Delete").where("Name", "casc"));
        assertEquals(List.of("Project Delete 1", "ProjectUser Delete 1", "ProjectMachine Delete 0", "AccountProject Delete 0"),
                journalFrom(gold.scalar("SELECT g_transaction_id FROM g_project WHERE g_name = 'casc'")));

        // a self-association: Delete covers both sides in one request (one record, as the classic's parent
        // side alone), Undelete applies the parent and the child test as two requests
        long a = Long.parseLong(field(gold.ok(req("Account", "Create").set("Name", "ca")), 0, "Id"));
        long b = Long.parseLong(field(gold.ok(req("Account", "Create").set("Name", "cb")), 0, "Id"));
        long c = Long.parseLong(field(gold.ok(req("Account", "Create").set("Name", "cc")), 0, "Id"));
        gold.ok(req("AccountAccount", "Create").set("Account", String.valueOf(a)).set("Id", String.valueOf(b)));
        gold.ok(req("AccountAccount", "Create").set("Account", String.valueOf(c)).set("Id", String.valueOf(a)));
        Response d = gold.ok(req("Account", "Delete").where("Id", String.valueOf(a)));
        assertEquals("Successfully deleted 1 Accounts and 2 associations", d.message());
        long deleted = gold.scalar("SELECT g_transaction_id FROM g_account WHERE g_id = " + a);
        assertEquals(List.of("Account Delete 1", "AccountProject Delete 0", "AccountUser Delete 0", "AccountMachine Delete 0",
                "AccountOrganization Delete 0", "AccountAccount Delete 2"), journalFrom(deleted).subList(0, 6));
        Response u = gold.ok(req("Account", "Undelete").where("Id", String.valueOf(a)));
        assertEquals("Successfully undeleted 1 Accounts and 2 associations", u.message());
        long undeleted = gold.scalar("SELECT g_transaction_id FROM g_account WHERE g_id = " + a);
        assertEquals(deleted + 6, undeleted);
        assertEquals(List.of("Account Undelete 1", "AccountProject Undelete 0", "AccountUser Undelete 0",
                "AccountMachine Undelete 0", "AccountOrganization Undelete 0", "AccountAccount Undelete 1",
                "AccountAccount Undelete 1"), journalFrom(undeleted));
    }

    /** "Object Action Count" of the journal records from transaction id {@code first} on, in id order. */
    private List<String> journalFrom(long first) {
        Response all = gold.ok(req("Transaction", "Query").where(Condition.of("Id", "GE", String.valueOf(first))));
        Map<Long, String> byId = new TreeMap<>();
        for (int i = 0; i < all.count(); i++) {
            byId.put(Long.parseLong(field(all, i, "Id")),
                    field(all, i, "Object") + " " + field(all, i, "Action") + " " + field(all, i, "Count"));
        }
        return List.copyOf(byId.values());
    }

    @Test
    void creatingADeletedUserRevivesIt() {
        gold.ok(req("User", "Create").set("Name", "eve").set("CommonName", "Old"));
        gold.ok(req("User", "Delete").where("Name", "eve"));
        Response r = gold.ok(req("User", "Create").set("Name", "eve").set("PhoneNumber", "555"));
        assertEquals("Successfully created 1 User", r.message());
        assertEquals("", field(r, 0, "CommonName"));
        assertEquals("555", field(r, 0, "PhoneNumber"));
    }

    @Test
    void writesJournalRowsAndTransactionRecords() throws Exception {
        gold.ok(req("User", "Create").set("Name", "fay").set("Description", "first"));
        gold.ok(req("User", "Modify").where("Name", "fay").set(new Assignment("PhoneNumber", "", "123")));
        assertEquals(1, gold.scalar("SELECT COUNT(*) FROM g_user_log WHERE g_name = 'fay'"));
        Response t = gold.ok(req("Transaction", "Query").where("Object", "User").where("Action", "Modify")
                .where("Name", "fay").option("ShowHidden", "True"));
        assertEquals("PhoneNumber=123", field(t, 0, "Details"));
        assertEquals("1", field(t, 0, "Count"));
        Response c = gold.ok(req("Transaction", "Query").where("Object", "User").where("Action", "Create")
                .where("Name", "fay").option("ShowHidden", "True"));
        assertEquals("first", field(c, 0, "Description"));
        assertTrue(field(c, 0, "Details").contains("Active=True"), field(c, 0, "Details"));
    }

    @Test
    void deleteAndUndeleteWriteTheirTransactionRecords() throws Exception {
        gold.ok(req("User", "Create").set("Name", "gil"));
        gold.ok(req("User", "Delete").where("Name", "gil").where("Active", "True"));
        long deletedBy = gold.scalar("SELECT g_transaction_id FROM g_user WHERE g_name = 'gil'");
        long deleteRequest = gold.scalar("SELECT g_request_id FROM g_user WHERE g_name = 'gil'");
        gold.ok(req("User", "Undelete").where("Name", "gil").where(new Condition("", "", "", "PhoneNumber", "EQ", "",
                "NULL")));
        long undeletedBy = gold.scalar("SELECT g_transaction_id FROM g_user WHERE g_name = 'gil'");
        long undeleteRequest = gold.scalar("SELECT g_request_id FROM g_user WHERE g_name = 'gil'");
        // as the classic: User Delete, then one nested Delete per association naming users, in the order
        // the objects were created, journaled with Count 0 too; the Undelete the same after them
        assertEquals(deletedBy + 4, undeletedBy);
        List<String> cascade = List.of("User", "RoleUser", "ProjectUser", "AccountUser");
        for (long[] step : new long[][] {{deleteRequest, deletedBy}, {0, undeletedBy}}) {
            Response all = gold.ok(req("Transaction", "Query").where(Condition.of("Id", "GE", String.valueOf(step[1])))
                    .where(Condition.of("Id", "LT", String.valueOf(step[1] + 4))).option("ShowHidden", "True"));
            Map<Long, List<String>> byId = new TreeMap<>();
            for (int i = 0; i < all.count(); i++) {
                byId.put(Long.parseLong(field(all, i, "Id")), List.of(field(all, i, "Object"), field(all, i, "Action"),
                        field(all, i, "Count"), field(all, i, "RequestId")));
            }
            String action = step[0] != 0 ? "Delete" : "Undelete";
            List<List<String>> expected = new ArrayList<>();
            for (String object : cascade) {
                expected.add(List.of(object, action, object.equals("User") ? "1" : "0",
                        String.valueOf(step[0] != 0 ? deleteRequest : undeleteRequest)));
            }
            assertEquals(expected, List.copyOf(byId.values()), action + " and its cascade");
        }
        for (String action : List.of("Delete", "Undelete")) {
            Response t = gold.ok(req("Transaction", "Query").where("Object", "User").where("Action", action)
                    .where("Name", "gil").option("ShowHidden", "True"));
            assertEquals(1, t.count(), action);
            assertEquals(TestGold.ADMIN, field(t, 0, "Actor"));
            assertEquals("1", field(t, 0, "Count"));
            // docs/data-model.md, The Transaction journal: Name from the conditions, the other conditions as details
            assertEquals(action.equals("Delete") ? "Active==True" : "PhoneNumber==NULL", field(t, 0, "Details"));
            long id = action.equals("Delete") ? deletedBy : undeletedBy;
            assertEquals(String.valueOf(id), field(t, 0, "Id"));
            assertEquals(String.valueOf(id), field(t, 0, "TransactionId"));
            assertEquals(String.valueOf(action.equals("Delete") ? deleteRequest : undeleteRequest),
                    field(t, 0, "RequestId"));
        }
        assertEquals(deleteRequest + 1, undeleteRequest);
        Response none = gold.ok(req("User", "Undelete").where("Name", "gil"));
        assertEquals(0, none.count());
        Response zero = gold.ok(req("Transaction", "Query").where("Object", "User").where("Action", "Undelete")
                .where("Name", "gil").where("Count", "0").option("ShowHidden", "True"));
        assertEquals(1, zero.count(), "an Undelete of nothing is still journaled, with Count 0");
    }

    /** Users amy..eve, tagged so the queries below see only them (the bootstrap users are not). */
    private void conditionFixture() {
        String[][] users = {{"amy", "Chem", "1"}, {"bob", "Chem", "2"}, {"cal", "Bio", "1"}, {"dan", "Bio", "2"},
                {"eve", "Phys", "1"}};
        for (String[] u : users) {
            gold.ok(req("User", "Create").set("Name", u[0]).set("CommonName", u[1]).set("PhoneNumber", u[2])
                    .set("Description", "cond"));
        }
    }

    private List<String> names(Condition... conditions) {
        Request.Builder b = req("User", "Query").get(Selection.of("Name", "Sort")).where("Description", "cond");
        for (Condition c : conditions) {
            b.where(c);
        }
        return gold.ok(b).data().stream().map(r -> r.get("Name")).toList();
    }

    private static Condition cond(String conj, String group, String name, String value) {
        return new Condition(conj, group, "", name, "EQ", "", value);
    }

    @Test
    void conditionsCombineWithOrAndNotOrNotAndNestedGroups() {
        conditionFixture();
        assertEquals(List.of("cal", "dan", "eve"), names(cond("And", "1", "CommonName", "Bio"),
                cond("Or", "-1", "CommonName", "Phys")));
        assertEquals(List.of("cal", "dan", "eve"), names(cond("AndNot", "", "CommonName", "Chem")));
        // amy, or whoever's phone is not 1
        assertEquals(List.of("amy", "bob", "dan"), names(cond("And", "1", "Name", "amy"),
                cond("OrNot", "-1", "PhoneNumber", "1")));
        // ((Chem and 1) or (Bio and 2))
        assertEquals(List.of("amy", "dan"), names(cond("And", "2", "CommonName", "Chem"),
                cond("And", "-1", "PhoneNumber", "1"), cond("Or", "1", "CommonName", "Bio"),
                cond("And", "-2", "PhoneNumber", "2")));
        // docs/data-model.md, Actions: NOT comes after the parentheses, so it negates only the first condition inside
        assertEquals(List.of("amy", "cal", "dan", "eve"), names(cond("AndNot", "1", "CommonName", "Chem"),
                cond("Or", "-1", "PhoneNumber", "1")));
        // without groups AND binds tighter: cond and (amy) or (bob and Bio); bob is Chem, so amy only
        Response ungrouped = gold.ok(req("User", "Query").get(Selection.of("Name", "Sort"))
                .where(cond("", "", "Description", "cond")).where(cond("And", "", "Name", "amy"))
                .where(cond("Or", "", "Name", "bob")).where(cond("And", "", "CommonName", "Bio")));
        assertEquals(List.of("amy"), ungrouped.data().stream().map(r -> r.get("Name")).toList());
        assertEquals("318", gold.call(req("User", "Query").where(cond("And", "2", "Name", "amy"))
                .where(cond("Or", "-1", "Name", "bob"))).code());
    }

    @Test
    void uniqueOptionCollapsesDuplicateRows() {
        gold.ok(req("User", "Create").set("Name", "amy"));
        gold.ok(req("User", "Create").set("Name", "bob"));
        Response all = gold.ok(req("User", "Query").get("Active").where("Special", "False"));
        Response unique = gold.ok(req("User", "Query").get("Active").where("Special", "False").option("Unique", "True"));
        assertEquals(3, all.count());
        assertEquals(1, unique.count());
    }

    @Test
    void usageIsReturnedWithoutExecutingOrAuthorizing() throws Exception {
        long users = gold.scalar("SELECT COUNT(*) FROM g_user");
        long records = gold.scalar("SELECT COUNT(*) FROM g_transaction");
        Response r = gold.call(req("User", "Create").actor("amy").set("Name", "x").option("ShowUsage", "True"));
        assertEquals("010", r.code());
        assertTrue(r.message().contains("\n    <Set name=\"Name\" [op=\"Assign (Assign)\"]>{User Name}</Set>\n"), r.message());
        assertTrue(r.message().contains("[<Set name=\"Active\" [op=\"Assign (Assign)\"]>True|False (True)</Set>]"),
                r.message());
        assertEquals(users, gold.scalar("SELECT COUNT(*) FROM g_user"));
        assertEquals(records, gold.scalar("SELECT COUNT(*) FROM g_transaction"));
    }

    @Test
    void modifyUsageOffersIncrementsAndNoKeys() {
        String usage = gold.call(req("ChargeRate", "Modify").option("ShowUsage", "True")).message();
        assertTrue(usage.contains("\n    [<Set name=\"Rate\" [op=\"Assign|Inc|Dec (Assign)\"]>{Floating Point Number}"
                + "</Set>]\n"), usage);
        assertTrue(!usage.contains("<Set name=\"Type\""), usage);
        assertTrue(usage.contains("[<Where name=\"Type\" [op=\"eq|ne|gt|ge|lt|le|match (eq)\"] [conj=\"And|Or (And)\"]"
                + " [group=\"<Integer Number>\"]>"), usage);
        assertTrue(usage.endsWith("    [<Option name=\"ShowUsage\">True|False (False)</Option>]\n</Request>\n"), usage);
    }

    @Test
    void noRefreshKeepsTheSuccessCodeOfAMetadataChange() {
        assertEquals("000", gold.ok(req("Role", "Create").set("Name", "Quiet").option("NoRefresh", "True")).code());
        assertEquals("080", gold.ok(req("System", "Refresh")).code());
        assertEquals("Successfully refreshed the metadata cache", gold.ok(req("System", "Refresh")).message());
    }

    @Test
    void deletedAttributesDisappearFromQueriesAndComeBackOnUndelete() {
        gold.ok(req("Attribute", "Create").set("Object", "User").set("Name", "Shell").set("DefaultValue", "sh"));
        assertEquals("sh", field(gold.ok(req("User", "Create").set("Name", "amy")), 0, "Shell"));
        assertEquals("080", gold.ok(req("Attribute", "Delete").where("Object", "User").where("Name", "Shell")).code());
        assertEquals("318", gold.call(req("User", "Query").get("Shell")).code());
        gold.ok(req("Attribute", "Undelete").where("Object", "User").where("Name", "Shell"));
        assertEquals("sh", field(gold.ok(req("User", "Query").where("Name", "amy").get("Shell")), 0, "Shell"));
    }

    @Test
    void sortBySequenceOrdersAttributesByTheirSequence() {
        Response r = gold.ok(req("Attribute", "Query").where("Object", "User").get("Name").option("SortBySequence", "True"));
        assertEquals("Name", field(r, 0, "Name"));
        assertEquals("TransactionId", field(r, r.data().size() - 1, "Name"));
    }

    @Test
    void databaseErrorsAnswer720WithAPlainMessageAndRollBack() throws Exception {
        gold.ok(req("Machine", "Create").set("Name", "colony"));
        gold.execute("DROP TABLE g_machine_log");
        String before = gold.footprint();
        Response r = gold.call(req("Machine", "Modify").where("Name", "colony").set("Description", "x"));
        assertEquals("720", r.code());
        assertTrue(!r.message().contains("g_machine"), r.message());
        assertEquals(before, gold.footprint());
        assertEquals("", field(gold.ok(req("Machine", "Query").where("Name", "colony")), 0, "Description"));
    }
}
