package gold.t;

import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** gold_init --bootstrap loads an empty database explicitly; goldd then serves it as is. */
class GoldInitTest {
    @Test
    void bootstrapLoadsTheDatabaseOnceAndQuietly() throws Exception {
        try (Installation gold = Installation.create(Map.of())) {
            assertFalse(Files.exists(gold.home().resolve("data/gold.db")));
            Installation.Result r = gold.run("gold_init", "--bootstrap");
            assertEquals(0, r.exit(), r.toString());
            assertEquals("The database is bootstrapped and answers\n", r.stdout());
            assertEquals("", r.stderr());
            assertTrue(Files.exists(gold.home().resolve("data/gold.db")));
            assertEquals(0, gold.run("gold_init", "--bootstrap").exit(), "a bootstrapped database is left as it is");
            gold.start();
            Installation.Result users = gold.run("glsuser", "--show", "Name", "--quiet");
            assertEquals(Installation.admin() + " \n", users.stdout(), users.toString());
        }
    }
}
