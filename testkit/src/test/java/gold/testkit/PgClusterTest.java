package gold.testkit;

import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PgClusterTest {
    @Test
    void startsAnswersRunsPsqlAndRemovesItselfOnClose() throws Exception {
        Path dir;
        try (PgCluster pg = PgCluster.start()) {
            dir = pg.directory();
            String url = pg.createDatabase("probe");
            Path sql = Files.createTempFile("probe", ".sql");
            Files.writeString(sql, "CREATE TABLE t (v varchar(10));\nINSERT INTO t VALUES (:'word');\n");
            pg.psql("probe", sql, Map.of("word", "hello"));
            Files.delete(sql);
            try (Connection c = DriverManager.getConnection(url, pg.user(), pg.password());
                 ResultSet rs = c.createStatement().executeQuery("SELECT v FROM t")) {
                assertTrue(rs.next());
                assertEquals("hello", rs.getString(1));
            }
        }
        assertFalse(Files.exists(dir), "cluster directory removed");
    }
}
