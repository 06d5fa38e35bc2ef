package gold.protocol.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gold.protocol.Code;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/**
 * docs/codes.md holds a table generated from the {@link Code} enum (its constants, codes, Javadoc and
 * classic messages). The test fails when the table and the enum drift apart; run it with
 * {@code -Ddocs.write=true} to regenerate the table after changing the enum.
 */
class CodesDocTest {
    private static final Pattern CONSTANT = Pattern.compile(
            "/\\*\\*\\s*((?:(?!\\*/).)*?)\\s*\\*/\\s*([A-Z_]+)\\(\"(\\d{3})\"(?:,\\s*\"((?:[^\"\\\\]|\\\\.)*)\")?\\)",
            Pattern.DOTALL);

    record Entry(String name, String code, String when, String message) {
    }

    static List<Entry> entries(String source) {
        List<Entry> out = new ArrayList<>();
        Matcher m = CONSTANT.matcher(source);
        while (m.find()) {
            String when = m.group(1).replaceAll("\\s*\\n\\s*\\*\\s*", " ").strip();
            String message = m.group(4) == null ? "" : m.group(4).replace("\\n", " / ");
            out.add(new Entry(m.group(2), m.group(3), when, message));
        }
        return out;
    }

    static String table(List<Entry> entries) {
        StringBuilder t = new StringBuilder("| code | constant | exit | when | classic message |\n|---|---|---|---|---|\n");
        for (Entry e : entries) {
            t.append("| ").append(e.code()).append(" | `").append(e.name()).append("` | ")
                    .append(Integer.parseInt(e.code()) / 10).append(" | ").append(e.when().replace("|", "\\|"))
                    .append(" | ").append(e.message().isEmpty() ? "" : "`" + e.message() + "`").append(" |\n");
        }
        return t.toString();
    }

    @Test
    void theCodesTableIsGeneratedFromTheEnum() throws IOException {
        Path root = RepositoryDocs.root();
        String source = RepositoryDocs.read(root.resolve("protocol/src/main/java/gold/protocol/Code.java"));
        List<Entry> entries = entries(source);
        assertEquals(Code.values().length, entries.size(), "every Code constant is read from Code.java");
        for (int i = 0; i < entries.size(); i++) {
            assertEquals(Code.values()[i].name(), entries.get(i).name());
            assertEquals(Code.values()[i].code(), entries.get(i).code());
        }
        Path docFile = root.resolve("docs/codes.md");
        String doc = RepositoryDocs.read(docFile);
        String expected = RepositoryDocs.withSection(doc, "codes", table(entries));
        if (RepositoryDocs.writing()) {
            Files.writeString(docFile, expected, StandardCharsets.UTF_8);
            doc = expected;
        }
        assertEquals(expected, doc, "docs/codes.md is stale: run this test with -Ddocs.write=true");
    }

    @Test
    void everyCodeHasItsOwnExplanation() throws IOException {
        String doc = RepositoryDocs.read(RepositoryDocs.root().resolve("docs/codes.md"));
        String prose = doc.substring(doc.indexOf("<!-- generated:codes end -->"));
        for (Code c : Code.values()) {
            assertTrue(prose.contains("**" + c.code() + "**"), "docs/codes.md explains " + c.code() + " in its prose");
        }
    }
}
