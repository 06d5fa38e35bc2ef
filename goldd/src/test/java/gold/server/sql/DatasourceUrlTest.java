package gold.server.sql;

import gold.protocol.GoldException;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class DatasourceUrlTest {
    private final Path home = Path.of("/opt/gold");

    @Test
    void noDatasourceMeansTheEmbeddedSqliteFile() {
        assertEquals("jdbc:sqlite:/opt/gold/data/gold.db", DatasourceUrl.toJdbc(null, home));
        assertEquals("jdbc:sqlite:/opt/gold/data/gold.db", DatasourceUrl.toJdbc("  ", home));
    }

    @Test
    void classicDbiFormsAreTranslated() {
        assertEquals("jdbc:postgresql://db1:5433/gold", DatasourceUrl.toJdbc("DBI:Pg:dbname=gold;host=db1;port=5433", home));
        assertEquals("jdbc:postgresql://localhost/bank", DatasourceUrl.toJdbc("DBI:Pg:dbname=bank", home));
        assertEquals("jdbc:sqlite:/var/gold.db", DatasourceUrl.toJdbc("DBI:SQLite:dbname=/var/gold.db", home));
        assertEquals("jdbc:sqlite:/opt/gold/data/x.db", DatasourceUrl.toJdbc("DBI:SQLite:dbname=data/x.db", home));
    }

    @Test
    void jdbcUrlsPassThroughAndOtherDriversAreRefused() {
        assertEquals("jdbc:postgresql://h/g", DatasourceUrl.toJdbc("jdbc:postgresql://h/g", home));
        assertEquals("730", assertThrows(GoldException.class,
                () -> DatasourceUrl.toJdbc("DBI:mysql:database=gold", home)).code());
    }
}
