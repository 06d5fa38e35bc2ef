package gold.server.bank;

import gold.protocol.Response;
import gold.testkit.PgCluster;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.function.Supplier;

import static gold.testkit.Requests.job;
import static gold.testkit.Requests.req;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What one bank request sends to PostgreSQL, counted from the server's statement log
 * ({@code log_statement = all}): one journal INSERT per request however many rows it journals, and
 * no read of the charge-rate table while the rates are unchanged. Prints the counts (goldd/README.md).
 */
class PostgresStatementCountTest {
    private static PgCluster pg;
    @TempDir
    Path home;

    @BeforeAll
    static void cluster() throws Exception {
        pg = PgCluster.start(Map.of("log_statement", "'all'"));
    }

    @AfterAll
    static void stopCluster() {
        pg.close();
    }

    /** Statements of one request: all, journal inserts, charge-rate reads; plus the journal rows it wrote. */
    private record Count(int statements, int journalInserts, int rateReads, long journalRows) {
    }

    @Test
    void bankRequestsBatchTheirJournalRows() throws Exception {
        try (BankGold g = BankGold.postgres(pg, home, Map.of(), UnaryOperator.identity())) {
            g.users("amy", "bob").machines("colony");
            g.project("chemistry", "", "amy", "bob");
            g.ok(req("Account", "Deposit", "Id", "1", "Amount", "360000000"));
            String[] jobOf = {"ProjectId", "chemistry", "UserId", "amy", "MachineName", "colony", "Processors", "16",
                "WallDuration", "3600"};
            Count quote = count(g, () -> g.call(job("Quote", jobOf)));
            Count reserve = count(g, () -> g.call(job("Reserve", with(jobOf, "JobId", "PBS.1"))));
            Count chargeReserved = count(g, () -> g.call(job("Charge", with(jobOf, "JobId", "PBS.1"))));
            Count charge = count(g, () -> g.call(job("Charge", with(jobOf, "JobId", "PBS.2"))));
            Count balance = count(g, () -> g.call(req("Account", "Balance", "Project", "chemistry")));
            Map<String, Count> all = Map.of("Quote", quote, "Reserve", reserve, "Charge (reserved)", chargeReserved,
                    "Charge", charge, "Balance", balance);
            all.forEach((name, c) -> System.out.println("statements " + name + ": " + c));
            for (Count c : List.of(reserve, chargeReserved, charge)) {
                assertTrue(c.journalRows() > 1, "the request journals several rows: " + c);
                assertEquals(1, c.journalInserts(), "one INSERT for all of them: " + c);
                assertEquals(0, c.rateReads(), "the charge rates come from the cache: " + c);
            }
        }
    }

    private static String[] with(String[] base, String name, String value) {
        String[] all = Arrays.copyOf(base, base.length + 2);
        all[base.length] = name;
        all[base.length + 1] = value;
        return all;
    }

    private Count count(BankGold g, Supplier<Response> request) throws Exception {
        long rowsBefore = (long) g.number("SELECT COUNT(*) FROM g_transaction");
        long from = Files.size(log());
        Response r = request.get();
        assertTrue(!r.isFailure(), r.message());
        Thread.sleep(300); // the read request id is taken after the reply
        List<String> lines = newLines(from);
        long rows = (long) g.number("SELECT COUNT(*) FROM g_transaction") - rowsBefore;
        List<String> statements = lines.stream().filter(l -> l.matches(".* LOG:  (execute [^:]*|statement): .*"))
                .toList();
        return new Count(statements.size(),
                (int) statements.stream().filter(l -> l.contains("INSERT INTO g_transaction ")).count(),
                (int) statements.stream().filter(l -> l.contains("FROM g_charge_rate ")).count(), rows);
    }

    private static Path log() {
        return pg.directory().resolve("server.log");
    }

    private static List<String> newLines(long from) throws IOException {
        byte[] all = Files.readAllBytes(log());
        return new String(all, (int) from, all.length - (int) from).lines().toList();
    }
}
