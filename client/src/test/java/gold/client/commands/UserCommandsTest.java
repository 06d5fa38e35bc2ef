package gold.client.commands;

import static gold.client.FakeTransport.row;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gold.client.Harness;
import gold.protocol.Assignment;
import gold.protocol.Condition;
import gold.protocol.ObjectRef;
import gold.protocol.Option;
import gold.protocol.Request;
import gold.protocol.Selection;
import java.util.List;
import org.junit.jupiter.api.Test;

class UserCommandsTest {
    @Test
    void gmkuserSendsUserCreateWithAssignmentsInClassicOrder() {
        Harness h = new Harness();
        h.transport.success("Successfully created 1 User");
        h.run("gmkuser", "-n", "Wilkes, Amy", "-E", "amy@western.edu", "-X", "Zeta=z", "-X", "Alpha=a", "-I", "amy");
        Request r = h.transport.request(0);
        assertEquals(List.of(ObjectRef.of("User")), r.objects());
        assertEquals("Create", r.action());
        assertEquals("amy", r.actor());
        assertEquals(List.of(Assignment.of("Name", "amy"), Assignment.of("Active", "False"),
                Assignment.of("CommonName", "Wilkes, Amy"), Assignment.of("EmailAddress", "amy@western.edu"),
                Assignment.of("Alpha", "a"), Assignment.of("Zeta", "z")), r.assignments());
        assertEquals("Successfully created 1 User\n", h.out());
        assertEquals(0, h.status);
    }

    @Test
    void gmkuserFailureIsPrintedEvenWhenQuietAndSetsTheExitStatus() {
        Harness.assertPrintsFailure("740", "User already exists", "gmkuser", "--quiet", "zed");
    }

    @Test
    void gmkuserVerboseShowsTheCreatedUser() {
        Harness h = new Harness();
        h.transport.success("Successfully created 1 User", row("User", "Name", "yan", "Active", "True", "CommonName", "",
                "PhoneNumber", "", "EmailAddress", "", "DefaultProject", "", "Organization", "", "Description", ""));
        h.run("gmkuser", "-v", "yan");
        assertEquals("""
                Name Active CommonName PhoneNumber EmailAddress DefaultProject Organization Description\s
                ---- ------ ---------- ----------- ------------ -------------- ------------ -----------\s
                yan  True                                                                              \s
                Successfully created 1 User
                """, h.out());
    }

    @Test
    void gmkuserWithoutAUserIsAUsageError() {
        Harness h = new Harness();
        h.run("gmkuser", "-n", "x");
        assertEquals(2, h.status);
        assertTrue(h.err().startsWith("Usage:\n    gmkuser [-A|-I]"), h.err());
        assertTrue(h.transport.requests().isEmpty());
    }

    @Test
    void gmkuserDashHIsHelpAndSupplementsComeLast() {
        Harness h = new Harness();
        h.run("gmkuser", "-h");
        assertEquals(0, h.status);
        assertTrue(h.out().startsWith("Usage:\n"));
        assertTrue(h.out().contains("Options:\n    -A  "), h.out());

        Harness s = new Harness();
        s.transport.success("ok");
        s.run("gmkuser", "bob", "--set", "name=Description", "value=\"x y\"", "--option", "name=NoRefresh", "value=True");
        Request r = s.transport.request(0);
        assertEquals(List.of(Assignment.of("Name", "bob"), Assignment.of("Description", "x y")), r.assignments());
        assertEquals(List.of(Option.of("NoRefresh", "True")), r.options());
    }

    @Test
    void glsuserQueriesSortedNonSpecialUsersAndPrintsTheTable() {
        Harness h = new Harness();
        h.transport.rows(
                row("User", "Name", "amy", "Active", "True", "CommonName", "Wilkes, Amy", "PhoneNumber", "",
                        "EmailAddress", "amy@western.edu", "DefaultProject", "", "Description", ""),
                row("User", "Name", "gold", "Active", "True", "CommonName", "", "PhoneNumber", "",
                        "EmailAddress", "", "DefaultProject", "", "Description", "Gold Admin"));
        h.run("glsuser");
        Request r = h.transport.request(0);
        assertEquals("Query", r.action());
        assertEquals(List.of(new Selection("", "Name", "Sort", ""), Selection.of("Name"), Selection.of("Active"),
                Selection.of("CommonName"), Selection.of("PhoneNumber"), Selection.of("EmailAddress"),
                Selection.of("DefaultProject"), Selection.of("Description")), r.selections());
        assertEquals(List.of(Condition.of("Special", "", "False")), r.conditions());
        assertEquals("""
                Name Active CommonName  PhoneNumber EmailAddress    DefaultProject Description\s
                ---- ------ ----------- ----------- --------------- -------------- -----------\s
                amy  True   Wilkes, Amy             amy@western.edu                           \s
                gold True                                                          Gold Admin \s
                """, h.out());
        assertEquals(0, h.status);
    }

    @Test
    void glsuserProjectsColumnMergesMembershipsWithInactiveMarked() {
        Harness h = new Harness();
        h.transport.rows(row("User", "Name", "amy"), row("User", "Name", "bob"), row("User", "Name", "gold"));
        h.transport.rows(row("ProjectUser", "Project", "biology", "Name", "amy", "Active", "True"),
                row("ProjectUser", "Project", "biology", "Name", "bob", "Active", "True"),
                row("ProjectUser", "Project", "chemistry", "Name", "amy", "Active", "True"),
                row("ProjectUser", "Project", "physics", "Name", "bob", "Active", "False"));
        h.run("glsuser", "--show", "Name,Projects");
        assertEquals(List.of(new Selection("", "Name", "Sort", ""), Selection.of("Name")),
                h.transport.request(0).selections());
        assertEquals(List.of(Selection.of("Project"), Selection.of("Name"), Selection.of("Active")),
                h.transport.request(1).selections());
        assertEquals("""
                Name Projects         \s
                ---- -----------------\s
                amy  biology,chemistry\s
                bob  biology,-physics \s
                gold                  \s
                """, h.out());
    }

    @Test
    void glsuserPatternShowQuietAndPositional() {
        Harness h = new Harness();
        h.transport.rows(row("User", "Name", "bob", "PhoneNumber", "(509) 555-1234"));
        h.run("glsuser", "--show", "PhoneNumber", "b*", "--quiet", "-A", "--showSpecial", "--showHidden");
        Request r = h.transport.request(0);
        assertEquals(List.of(Condition.of("Name", "Match", "b%"), Condition.of("Active", "", "True")), r.conditions());
        assertEquals(List.of(Option.of("ShowHidden", "True")), r.options());
        assertEquals("(509) 555-1234 \n", h.out());
    }

    @Test
    void glsuserOptionAndPositionalTogetherIsAUsageErrorButTwoPositionalsAreIgnored() {
        Harness h = new Harness();
        h.run("glsuser", "-u", "amy", "bob");
        assertEquals(2, h.status);
        Harness two = new Harness();
        two.transport.rows();
        two.run("glsuser", "a", "b");
        assertEquals(List.of(Condition.of("Special", "", "False")), two.transport.request(0).conditions());
    }

    @Test
    void glsuserLongFormatListsMembersBackwards() {
        Harness h = new Harness();
        h.transport.rows(row("User", "Name", "amy"));
        h.transport.rows(row("ProjectUser", "Project", "biology", "Name", "amy", "Active", "True"),
                row("ProjectUser", "Project", "chemistry", "Name", "amy", "Active", "True"));
        h.run("glsuser", "--show", "Name,Projects", "-l", "--raw");
        assertEquals("Name|Projects\namy|chemistry\n|biology\n", h.out());
    }
}
