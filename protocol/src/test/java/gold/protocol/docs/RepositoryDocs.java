package gold.protocol.docs;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** The repository's docs/ directory as the tests of this package see it (run from a module directory). */
final class RepositoryDocs {
    private RepositoryDocs() {
    }

    /** The repository root: the nearest directory upwards holding both pom.xml and docs/. */
    static Path root() {
        Path dir = Path.of("").toAbsolutePath();
        for (Path p = dir; p != null; p = p.getParent()) {
            if (Files.isRegularFile(p.resolve("pom.xml")) && Files.isDirectory(p.resolve("docs"))) {
                return p;
            }
        }
        throw new IllegalStateException("no repository root with docs/ above " + dir);
    }

    static String read(Path file) throws IOException {
        return Files.readString(file, StandardCharsets.UTF_8);
    }

    /**
     * Replaces the text between the two marker lines of a generated section; with the system property
     * {@code docs.write=true} the file is rewritten, otherwise the caller compares.
     */
    static String withSection(String doc, String name, String body) {
        String begin = "<!-- generated:" + name + " begin -->\n";
        String end = "<!-- generated:" + name + " end -->";
        int b = doc.indexOf(begin);
        int e = doc.indexOf(end);
        if (b < 0 || e < b) {
            throw new IllegalStateException("markers of section " + name + " missing");
        }
        return doc.substring(0, b + begin.length()) + body + doc.substring(e);
    }

    static boolean writing() {
        return Boolean.getBoolean("docs.write");
    }
}
