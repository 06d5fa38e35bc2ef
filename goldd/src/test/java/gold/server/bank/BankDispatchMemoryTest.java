package gold.server.bank;

import gold.protocol.Assignment;
import gold.protocol.Code;
import gold.protocol.Request;
import gold.protocol.Response;
import gold.protocol.Row;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Locale;

import static gold.testkit.Requests.job;
import static gold.testkit.Requests.req;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The bank's own answers that the dispatcher turns into a generic-engine fallback (docs/bank.md,
 * Actions; docs/codes.md), and a refused job-function autogen (docs/bank.md, Job data: "Unable to create user: …").
 */
class BankDispatchMemoryTest {

    static void fails(String code, String message, Response r) {
        assertEquals(List.of(code, message), List.of(r.code(), r.message()));
        assertTrue(r.isFailure());
    }

    @Test
    void anObjectTheBankDoesNotHandleAnswers315() {
        MemoryBank b = MemoryBank.gettingStarted();
        fails("315", "The Bank class does not implement User Quote", b.run(req("User", "Quote")));
        fails("315", "The Bank class does not implement Account Refresh", b.run(req("Account", "Refresh")));
        fails("315", "The Bank class does not implement Machine Charge", b.run(Request.builder("Machine",
                "Charge").data(new Row.Builder("Job").put("JobId", "J").build())));
        assertTrue(b.store.journal.isEmpty());
    }

    @Test
    void severalObjectsAnswer313() {
        MemoryBank b = MemoryBank.gettingStarted();
        fails("313", "Bank actions do not suppport multiple objects", b.run(req("Account", "Balance").object("User")));
        fails("313", "Bank actions do not suppport multiple objects", b.run(job("Charge", "JobId", "J", "UserId", "amy",
                "ProjectId", "chemistry", "MachineName", "colony", "WallDuration", "1").object("Allocation")));
        assertTrue(b.store.journal.isEmpty());
    }

    /** A store whose generic create refuses one object, as the generic engine refuses a taken key. */
    private static final class RefusingStore extends MemoryBankStore {
        private final String refused;

        RefusingStore(String refused) {
            this.refused = refused;
        }

        @Override
        public long create(String object, List<Assignment> values) {
            if (object.equals(refused)) {
                throw Code.FAILED.exception(object + " already exists");
            }
            return super.create(object, values);
        }
    }

    @Test
    void aRefusedAutogenKeepsTheCodeAndSaysWhatCouldNotBeCreated() {
        for (String object : List.of("User", "Project", "Machine")) {
            MemoryBank b = new MemoryBank(new RefusingStore(object));
            b.config = BankConfig.from(k -> k.endsWith(".autogen") ? "true" : null, "root");
            b.rate("Resource", "Processors", 1);
            Response r = b.run(job("Charge", "JobId", "J", "UserId", "newuser", "ProjectId", "newproject",
                    "MachineName", "newmachine", "Processors", "1", "WallDuration", "1"));
            fails("740", "Unable to create " + object.toLowerCase(Locale.ROOT) + ": " + object
                    + " already exists", r);
            assertTrue(b.store.rows("Job").isEmpty(), "no job for " + object);
            assertTrue(b.store.bankEntries().isEmpty(), "no bank journal entry for " + object);
        }
    }
}
