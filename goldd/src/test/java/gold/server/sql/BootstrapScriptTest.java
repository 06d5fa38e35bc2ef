package gold.server.sql;

import gold.protocol.GoldException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.io.StringReader;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BootstrapScriptTest {

    private static List<String> parse(String script, String admin, long now) throws IOException {
        return BootstrapScript.read(new StringReader(script)).statements(admin, now);
    }

    private static GoldException refused(String script) {
        return assertThrows(GoldException.class, () -> BootstrapScript.read(new StringReader(script)));
    }

    @Test
    void semicolonsInsideStringsAndIdentifiersDoNotEndAStatement() throws IOException {
        List<String> sql = parse("INSERT INTO t VALUES ('a;b', 'it''s; fine');\nSELECT \"odd;name\" FROM t;\n", "gold", 1);
        assertEquals(List.of("INSERT INTO t VALUES ('a;b', 'it''s; fine')", "SELECT \"odd;name\" FROM t"), sql);
    }

    @Test
    void commentsAreDroppedButCommentMarkersInsideStringsAreData() throws IOException {
        List<String> sql = parse("-- leading; comment\nSELECT 1 /* a; /* nested */ b */ + 2; -- tail\n"
                + "SELECT '-- not a comment', '/* nor this */';\n", "gold", 1);
        assertEquals(List.of("SELECT 1   + 2", "SELECT '-- not a comment', '/* nor this */'"), sql);
    }

    @Test
    void variablesBecomeAQuotedAdminLiteralAndTheNumericTime() throws IOException {
        List<String> sql = parse("INSERT INTO u VALUES (:'admin', :now, ':''admin''', x::text);\n", "o'brien", 1700000000L);
        assertEquals(List.of("INSERT INTO u VALUES ('o''brien', 1700000000, ':''admin''', x::text)"), sql);
    }

    @Test
    void metaCommandsAndTransactionControlAreNotExecuted() throws IOException {
        String script = "\\set ON_ERROR_STOP on\n\\if :{?now}\n\\else\n\\set now `date +%s`\n\\endif\n"
                + "\\echo 'hello; world'\nBEGIN;\nCREATE TABLE t (v integer);\ncommit ;\nEND;\nStart Transaction;\n";
        assertEquals(List.of("CREATE TABLE t (v integer)"), parse(script, "gold", 1));
    }

    @Test
    void sqlInsideAnIfBlockIsRefusedBecauseBothLoadersMustRunTheSameStatements() {
        GoldException e = refused("\\if :{?admin}\nSELECT 1;\n\\endif\n");
        assertEquals("720", e.code());
        assertTrue(e.getMessage().contains("line 2"), e.getMessage());
    }

    @Test
    void unknownVariablesMetaCommandsAndUnterminatedTextAreRefused() {
        assertTrue(refused("SELECT :'user';\n").getMessage().contains(":'user'"));
        assertTrue(refused("SELECT :other;\n").getMessage().contains(":other"));
        assertTrue(refused("\\i other.sql\n").getMessage().contains("\\i"));
        assertTrue(refused("SELECT 'open;\n").getMessage().contains("unterminated"));
        assertTrue(refused("SELECT 1\n").getMessage().contains("semicolon"));
        assertTrue(refused("SELECT 1 /* open;\n").getMessage().contains("comment"));
        assertTrue(refused("\\if :{?now}\n").getMessage().contains("\\endif"));
        assertTrue(refused("SELECT 1 \\gset\n").getMessage().contains("backslash"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " gold", "gold ", "go\nld", "go\u0000ld", "go\\ld", "go\tld"})
    void administratorNamesThatCannotBeUserNamesAreRefusedWith317(String admin) throws IOException {
        BootstrapScript script = BootstrapScript.read(new StringReader("SELECT :'admin';\n"));
        GoldException e = assertThrows(GoldException.class, () -> script.statements(admin, 1));
        assertEquals("317", e.code());
    }

    @Test
    void nullAndOverlongAdministratorNamesAndNegativeTimesAreRefused() throws IOException {
        BootstrapScript script = BootstrapScript.read(new StringReader("SELECT :'admin', :now;\n"));
        assertEquals("317", assertThrows(GoldException.class, () -> script.statements(null, 1)).code());
        assertEquals("317", assertThrows(GoldException.class, () -> script.statements("a".repeat(1025), 1)).code());
        assertEquals("317", assertThrows(GoldException.class, () -> script.statements("gold", -1)).code());
        assertEquals(List.of("SELECT '" + "a".repeat(1024) + "', 0"), script.statements("a".repeat(1024), 0));
    }

    @Test
    void theShippedScriptLeavesNoPlaceholderOrVariableBehind() {
        List<String> sql = BootstrapScript.load().statements("alice", 1234567890L);
        assertTrue(sql.size() > 100, "statements: " + sql.size());
        for (String s : sql) {
            assertFalse(s.contains("@USER@") || s.contains("@NOW@") || s.contains(":'admin'") || s.contains(":now"), s);
            assertFalse(s.startsWith("\\") || s.startsWith("--") || s.isBlank(), s);
            assertFalse(s.strip().toUpperCase().matches("BEGIN|COMMIT"), s);
        }
        assertTrue(sql.stream().anyMatch(s -> s.contains("('alice', 'Gold Admin'")));
    }
}
