package gold.server.sql;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Loads bank.sql into a fresh SQLite file with BootstrapScript and checks the result against the spec:
 * every table and column of docs/data-model.md, Metadata, the whole metadata catalogue, the bootstrap data and the 270 journal rows of bootstrap-transactions.tsv, for an administrator who is not
 * called gold.
 */
class BootstrapSqliteTest {
    static final String ADMIN = "alice";
    static final long NOW = 1_700_000_123L;

    @TempDir
    static Path dir;
    static Connection db;

    @BeforeAll
    static void load() throws SQLException {
        db = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("gold.db"));
        db.setAutoCommit(false);
        BootstrapScript.load().run(db, ADMIN, NOW);
        db.commit();
    }

    @AfterAll
    static void close() throws SQLException {
        db.close();
    }

    private List<List<String>> rows(String sql) throws SQLException {
        return Rows.query(db, sql);
    }

    private static List<String> sorted(List<List<String>> rows) {
        return rows.stream().map(r -> r.stream().map(v -> Objects.requireNonNullElse(v, "\\N"))
                .collect(Collectors.joining("|"))).sorted().toList();
    }

    @Test
    void everyTableOfTheSpecExistsWithItsColumnsInOrderAndAnIdenticalJournal() throws SQLException {
        Map<String, List<String>> expected = new TreeMap<>();
        for (List<String> r : SpecTable.read("physical-tables.tsv", "").rows()) {
            expected.computeIfAbsent(r.get(0), t -> new ArrayList<>()).add(r.get(1) + " " + r.get(2));
        }
        assertEquals(30, expected.size());
        for (var e : expected.entrySet()) {
            assertEquals(e.getValue(), columns(e.getKey()), e.getKey());
            if (!e.getKey().equals("g_key_generator") && !e.getKey().equals("g_undo")) {
                assertEquals(e.getValue(), columns(e.getKey() + "_log"), e.getKey() + "_log");
            }
        }
        List<List<String>> tables = rows("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name");
        assertEquals(Rows.bootstrapTables().stream().sorted().toList(), tables.stream().map(r -> r.get(0)).toList());
        assertEquals(61, tables.size());
    }

    /** PRAGMA table_info rendered like the spec: name, type (SQLite upper-cases some), NOT NULL, DEFAULT. */
    private List<String> columns(String table) throws SQLException {
        List<String> cols = new ArrayList<>();
        for (List<String> c : rows("PRAGMA table_info(" + table + ")")) {
            cols.add(c.get(1) + " " + c.get(2).toLowerCase() + ("1".equals(c.get(3)) ? " NOT NULL" : "")
                    + (c.get(4) == null ? "" : " DEFAULT " + c.get(4)));
        }
        return cols;
    }

    @Test
    void timeStampColumnsAreBigintsAndTheRestKeepTheClassicTypes() throws SQLException {
        List<String> bigints = rows("SELECT m.name || '.' || p.name FROM sqlite_master m, pragma_table_info(m.name) p "
                + "WHERE m.type = 'table' AND lower(p.type) = 'bigint' AND m.name NOT LIKE '%_log'")
                .stream().map(r -> r.get(0)).filter(c -> !c.endsWith("_time")).toList();
        assertEquals(List.of(), bigints, "bigint columns that are not times");
        assertEquals("bigint", columns("g_allocation").get(7).split(" ")[1], "g_start_time");
        assertEquals("g_end_time bigint DEFAULT 2147483647", columns("g_reservation").get(12));
    }

    @Test
    void theCatalogueHas30Objects313AttributesAnd150ActionsExactlyAsSpecified() throws SQLException {
        assertCatalogue("g_object", "catalogue-objects.tsv", 30);
        assertCatalogue("g_attribute", "catalogue-attributes.tsv", 313);
        assertCatalogue("g_action", "catalogue-actions.tsv", 150);
    }

    private void assertCatalogue(String table, String fixture, int count) throws SQLException {
        SpecTable spec = SpecTable.read(fixture, "\\N");
        assertEquals(count, spec.rows().size(), fixture);
        List<List<String>> actual = rows("SELECT " + String.join(", ", spec.columns()) + " FROM " + table);
        assertEquals(sorted(spec.rows()), sorted(actual), table);
        assertEquals(List.of(List.of("False", String.valueOf(NOW), String.valueOf(NOW), String.valueOf(count))),
                rows("SELECT g_deleted, MIN(g_creation_time), MAX(g_modification_time), COUNT(*) FROM " + table
                        + " GROUP BY g_deleted"));
    }

    @Test
    void theJournalHoldsThe270BootstrapTransactionsWithTheAdministratorSubstituted() throws SQLException {
        SpecTable spec = SpecTable.read("bootstrap-transactions.tsv", "");
        List<List<String>> expected = new ArrayList<>();
        for (List<String> row : spec.rows()) {
            List<String> r = new ArrayList<>(row);
            r.replaceAll(v -> "@USER@".equals(v) ? ADMIN : "@NOW@".equals(v) ? String.valueOf(NOW) : v);
            if (r.get(0).equals("263") || r.get(0).equals("264")) {
                assertEquals("gold", r.get(4), "the spec names the dump's administrator here");
                r.set(4, ADMIN);
            }
            expected.add(r);
        }
        assertEquals(270, expected.size());
        assertEquals(expected, rows("SELECT " + String.join(", ", spec.columns()) + " FROM g_transaction ORDER BY g_id"));
    }

    @Test
    void idGeneratorsContinueAfterTheBootstrapJournal() throws SQLException {
        assertEquals(Set.of("Account|1", "Allocation|1", "Reservation|1", "Quotation|1", "Job|1", "Request|272",
                "Transaction|271"), new HashSet<>(sorted(rows("SELECT g_name, g_next_id FROM g_key_generator"))));
        assertEquals(7, Rows.count(db, "g_key_generator"));
    }

    @Test
    void rolesPrivilegesAndRoleHoldersAreTheShippedOnes() throws SQLException {
        assertEquals(sorted(List.of(
                        List.of("SystemAdmin", "Can update or view any object", "0", "0"),
                        List.of("Anonymous", "Things that can be done by anybody", "0", "0"),
                        List.of("OVERRIDE", "A custom authorization method will be invoked", "0", "0"),
                        List.of("ProjectAdmin", "Can update or view a project they are admin for", "244", "244"),
                        List.of("UserServices", "User Services", "246", "246"),
                        List.of("Scheduler", "Scheduler relevant Transactions", "253", "253"))),
                sorted(rows("SELECT g_name, g_description, g_request_id, g_transaction_id FROM g_role")));
        assertEquals(sorted(List.of(
                        List.of("SystemAdmin", "ANY", "ANY", "ANY", "0"), List.of("Anonymous", "ANY", "Query", "ANY", "0"),
                        List.of("Anonymous", "Password", "ANY", "SELF", "0"),
                        List.of("Anonymous", "Account", "Balance", "ANY", "243"),
                        List.of("ProjectAdmin", "Project", "ANY", "ADMIN", "245"),
                        List.of("UserServices", "Job", "Refund", "ANY", "247"),
                        List.of("UserServices", "User", "ANY", "ANY", "248"),
                        List.of("UserServices", "Machine", "ANY", "ANY", "249"),
                        List.of("UserServices", "Project", "ANY", "ANY", "250"),
                        List.of("UserServices", "ProjectUser", "ANY", "ANY", "251"),
                        List.of("UserServices", "ProjectMachine", "ANY", "ANY", "252"),
                        List.of("Scheduler", "Job", "Charge", "ANY", "254"),
                        List.of("Scheduler", "Job", "Quote", "ANY", "255"),
                        List.of("Scheduler", "Job", "Reserve", "ANY", "256"),
                        List.of("OVERRIDE", "Account", "Balance", "ANY", "258"))),
                sorted(rows("SELECT g_role, g_object, g_name, g_instance, g_request_id FROM g_role_action "
                        + "WHERE g_request_id = g_transaction_id")));
        assertEquals(15, Rows.count(db, "g_role_action"));
        assertEquals(sorted(List.of(List.of("SystemAdmin", ADMIN, "0", "0"), List.of("Anonymous", "ANY", "0", "0"),
                        List.of("OVERRIDE", "ANY", "257", "257"))),
                sorted(rows("SELECT g_role, g_name, g_request_id, g_transaction_id FROM g_role_user")));
    }

    @Test
    void theAdministratorAndTheSpecialUsersExistWithTheirModifyJournal() throws SQLException {
        String cols = "g_name, g_description, g_special, g_active, g_deleted, g_request_id, g_transaction_id";
        assertEquals(sorted(List.of(
                        List.of(ADMIN, "Gold Admin", "False", "True", "False", "264", "263"),
                        List.of("ANY", "Any User", "True", "False", "False", "265", "264"),
                        List.of("NONE", "No User", "True", "False", "False", "265", "264"),
                        List.of("SELF", "Authenticated User", "True", "False", "False", "265", "264"),
                        List.of("MEMBERS", "Any User which is a member of the Project", "True", "False", "False", "266", "265"))),
                sorted(rows("SELECT " + cols + " FROM g_user")));
        List<List<String>> journal = rows("SELECT " + cols + " FROM g_user_log");
        assertEquals(sorted(List.of(
                        Arrays.asList(ADMIN, "Gold Admin", "False", null, "False", "0", "0"),
                        Arrays.asList("ANY", "Any User", "True", null, "False", "0", "0"),
                        Arrays.asList("NONE", "No User", "True", null, "False", "0", "0"),
                        Arrays.asList("SELF", "Authenticated User", "True", null, "False", "0", "0"))),
                sorted(journal));
        assertEquals(List.of(List.of("0")), rows("SELECT COUNT(*) FROM g_user WHERE g_common_name IS NOT NULL "
                + "OR g_phone_number IS NOT NULL OR g_email_address IS NOT NULL OR g_default_project IS NOT NULL "
                + "OR g_organization IS NOT NULL"));
    }

    @Test
    void specialProjectsMachinesTheSystemRowAndTheChargeRateAreThere() throws SQLException {
        assertEquals(sorted(List.of(
                        List.of("NONE", "False", "True", "No Project", "260", "259"),
                        List.of("ADMIN", "False", "True", "Any Project which the User is an admin for", "261", "260"),
                        List.of("MEMBERS", "False", "True", "Any Project the User is a member of", "262", "261"),
                        List.of("ANY", "False", "True", "Any Project", "263", "262"))),
                sorted(rows("SELECT g_name, g_active, g_special, g_description, g_request_id, g_transaction_id "
                        + "FROM g_project WHERE g_organization IS NULL AND g_deleted = 'False'")));
        assertEquals(sorted(List.of(
                        List.of("NONE", "False", "True", "No Machine", "267", "266"),
                        List.of("MEMBERS", "False", "True", "Any Machine which is a member of the Project", "268", "267"),
                        List.of("ADMIN", "False", "True", "Any Machine which the User is an admin for", "269", "268"),
                        List.of("ANY", "False", "True", "Any Machine", "270", "269"))),
                sorted(rows("SELECT g_name, g_active, g_special, g_description, g_request_id, g_transaction_id "
                        + "FROM g_machine WHERE g_architecture IS NULL AND g_operating_system IS NULL "
                        + "AND g_organization IS NULL AND g_deleted = 'False'")));
        assertEquals(List.of(Arrays.asList("Gold", "2.0.0.4", "Beta Release", null, "False", "0", "0")),
                rows("SELECT g_name, g_version, g_description, g_organization, g_deleted, g_request_id, "
                        + "g_transaction_id FROM g_system"));
        assertEquals(List.of(Arrays.asList("Resource", "Processors", "1", null, "271", "270")),
                rows("SELECT g_type, g_name, CAST(g_rate AS integer), g_description, g_request_id, g_transaction_id "
                        + "FROM g_charge_rate WHERE g_rate = 1.0"));
    }

    @Test
    void everyOtherTableStartsEmpty() throws SQLException {
        Set<String> filled = Set.of("g_object", "g_attribute", "g_action", "g_transaction", "g_system", "g_user",
                "g_user_log", "g_role", "g_role_action", "g_role_user", "g_project", "g_machine", "g_charge_rate",
                "g_key_generator");
        Map<String, Long> counts = new TreeMap<>();
        for (String t : Rows.bootstrapTables()) {
            long n = Rows.count(db, t);
            if (filled.contains(t) != (n > 0)) {
                counts.put(t, n);
            }
        }
        assertEquals(Map.of(), counts, "tables whose emptiness differs from the classic bootstrap");
    }

    @Test
    void noPlaceholderNorTheDumpsAdministratorNameIsLeftAnywhere() throws SQLException {
        List<String> leftovers = new ArrayList<>();
        long adminCells = 0;
        for (String t : Rows.bootstrapTables()) {
            for (List<String> col : rows("SELECT name, type FROM pragma_table_info('" + t + "')")) {
                String c = col.get(0);
                String type = col.get(1).toLowerCase();
                if (type.startsWith("varchar") || type.equals("text")) {
                    long bad = Long.parseLong(rows("SELECT COUNT(*) FROM " + t + " WHERE " + c + " = 'gold' OR " + c
                            + " LIKE '%@USER@%' OR " + c + " LIKE '%@NOW@%' OR " + c + " LIKE '%:''admin''%' OR "
                            + c + " LIKE '%:now%'").get(0).get(0));
                    if (bad > 0) {
                        leftovers.add(t + "." + c);
                    }
                    adminCells += Long.parseLong(rows("SELECT COUNT(*) FROM " + t + " WHERE " + c + " = '" + ADMIN + "'")
                            .get(0).get(0));
                } else if (c.endsWith("_time") && !t.equals("g_request_key") && !t.equals("g_nonce")
                        && !c.equals("g_start_time") && !c.equals("g_end_time")) {
                    assertEquals(List.of(), rows("SELECT " + c + " FROM " + t + " WHERE " + c + " != " + NOW),
                            t + "." + c + " is the install time");
                }
            }
        }
        assertEquals(List.of(), leftovers);
        // 270 actors, the names of transactions 263 and 264, g_user, g_user_log and the SystemAdmin holder
        assertEquals(270 + 2 + 1 + 1 + 1, adminCells);
    }

    @Test
    void indexesServeKeysJournalsAndLookupsAndOurTwoTablesRefuseDuplicates() throws SQLException {
        Set<String> indexes = rows("SELECT name FROM sqlite_master WHERE type = 'index'").stream()
                .map(r -> r.get(0)).collect(Collectors.toSet());
        for (String t : Rows.bootstrapTables()) {
            if (t.startsWith("g_key_generator") || t.equals("g_undo") || t.equals("g_request_key") || t.equals("g_nonce")
                    || t.equals("g_api_token")) {
                continue;
            }
            for (String suffix : List.of("_pk", "_rq", "_tx")) {
                assertTrue(indexes.contains(t + suffix), t + suffix);
            }
        }
        for (String i : List.of("g_transaction_object", "g_transaction_action", "g_transaction_name",
                "g_transaction_account", "g_transaction_creation_time", "g_allocation_account", "g_job_job_id",
                "g_account_project_name", "g_account_user_name", "g_account_machine_name", "g_project_user_name",
                "g_project_machine_name", "g_account_account_id", "g_reservation_allocation_account",
                "g_allocation_active", "g_allocation_start_time", "g_allocation_end_time")) {
            assertTrue(indexes.contains(i), i);
        }
        assertEquals(List.of(List.of("g_account", "g_name")),
                List.of(rows("SELECT name FROM pragma_index_info('g_account_user_pk') ORDER BY seqno")
                        .stream().map(r -> r.get(0)).toList()));
        try (Statement s = db.createStatement()) {
            s.execute("INSERT INTO g_request_key (g_key, g_creation_time) VALUES ('k1', 1)");
            assertThrows(SQLException.class, () -> s.execute("INSERT INTO g_request_key (g_key, g_creation_time) VALUES ('k1', 2)"));
            s.execute("INSERT INTO g_nonce VALUES ('t', 'n', 1)");
            s.execute("INSERT INTO g_nonce VALUES ('t2', 'n', 1)");
            assertThrows(SQLException.class, () -> s.execute("INSERT INTO g_nonce VALUES ('t', 'n', 2)"));
        } finally {
            db.rollback();
        }
    }
}
