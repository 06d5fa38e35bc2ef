package gold.server.engine;

import gold.protocol.Request;
import gold.protocol.Response;
import gold.server.sql.SchemaInstaller;
import gold.testkit.PgCluster;
import gold.testkit.SharedPg;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** With a multi-host datasource, two writable hosts mean no writes (730) while reads go on. */
class SplitBrainTest {
    @TempDir
    Path home;

    @Test
    void twoWritableHostsRefuseWritesWith730() throws Exception {
        PgCluster first = SharedPg.get();
        try (PgCluster second = PgCluster.start()) {
            String db = "split" + Long.toHexString(System.nanoTime());
            String url1 = first.createDatabase(db);
            String url2 = second.createDatabase(db);
            for (String url : new String[] {url1, url2}) {
                GoldService.open(Map.of("super.user", "gold", "database.datasource", url, "database.user", "postgres"),
                        home, Handlers.none(), SchemaInstaller.bankSql()).close();
            }
            String multi = "jdbc:postgresql://127.0.0.1:" + first.port() + ",127.0.0.1:" + second.port() + "/" + db
                    + "?targetServerType=primary";
            try (GoldService both = GoldService.open(Map.of("super.user", "gold", "database.datasource", multi,
                    "database.user", "postgres"), home, Handlers.none(), SchemaInstaller.bankSql())) {
                assertEquals("730", call(both, Request.builder("User", "Create").set("Name", "amy")).code());
                assertEquals("000", call(both, Request.builder("User", "Query")).code());
            }
            String single = "jdbc:postgresql://127.0.0.1:" + first.port() + ",127.0.0.1:1/" + db;
            try (GoldService one = GoldService.open(Map.of("super.user", "gold", "database.datasource", single,
                    "database.user", "postgres", "database.connect.timeout", "1"), home, Handlers.none(),
                    SchemaInstaller.bankSql())) {
                assertEquals("000", call(one, Request.builder("User", "Create").set("Name", "amy")).code());
            }
        }
    }

    private static Response call(GoldService service, Request.Builder b) {
        Response[] out = new Response[1];
        service.serve(b.actor("gold").build(), (chunk, last) -> out[0] = chunk);
        return out[0];
    }
}
