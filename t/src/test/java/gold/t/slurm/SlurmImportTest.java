package gold.t.slurm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gold.protocol.Row;
import gold.t.Installation;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import java.util.HashSet;

/**
 * gold-slurm import on a real goldd: the users, projects (Slurm accounts), machine (cluster) and
 * memberships of an association list in sacctmgr's -P shape are created once; --dry-run and a second
 * run change nothing.
 */
class SlurmImportTest {
    @Test
    void associationsBecomeUsersProjectsAndMembershipsOnce() throws Exception {
        try (Installation gold = Installation.create(Map.of())) {
            gold.start();
            GoldSite.ok(gold.run("gmkuser", "alice"));
            Path file = gold.home().resolve("associations.txt");
            Files.writeString(file, String.join("\n",
                    "Cluster|Account|User",
                    "orion|root|",
                    "orion|physics|",
                    "orion|physics|alice",
                    "orion|physics|bob",
                    "orion|bio|alice",
                    ""));
            if (Installation.admin().equals("gold")) {
                gold.runAsInvoker("chown", "gold:", file.toString());
            }

            Set<String> builtIn = names(gold, "Project"); // the bootstrap's special names (ANY, NONE, ...)
            Set<String> builtInMachines = names(gold, "Machine");
            Installation.Result dry = gold.run("gold-slurm", "import", "--file", file.toString(), "--dry-run");
            assertEquals(0, dry.exit(), dry.toString());
            assertEquals(String.join("\n", "would create machine orion", "would create project root",
                    "would create project physics", "would create member alice of project physics", "would create user bob",
                    "would create member bob of project physics", "would create project bio",
                    "would create member alice of project bio", "would create 8 objects, 5 associations read", ""),
                    dry.stdout(), dry.toString());
            assertEquals(builtIn, names(gold, "Project"), "--dry-run creates nothing");

            Installation.Result first = gold.run("gold-slurm", "import", "--file", file.toString());
            assertEquals(0, first.exit(), first.toString());
            assertTrue(first.stdout().endsWith("created 8 objects, 5 associations read\n"), first.toString());
            assertEquals(union(builtIn, Set.of("root", "physics", "bio")), names(gold, "Project"));
            assertTrue(names(gold, "User").containsAll(Set.of("alice", "bob")));
            assertEquals(union(builtInMachines, Set.of("orion")), names(gold, "Machine"));
            assertEquals(Set.of("physics|alice", "physics|bob", "bio|alice"), members(gold));
            assertEquals(3, accountsOfImported(gold), "each project got its account");

            Installation.Result second = gold.run("gold-slurm", "import", "--file", file.toString());
            assertEquals(0, second.exit(), second.toString());
            assertEquals("created 0 objects, 5 associations read\n", second.stdout(), second.toString());
            assertEquals(Set.of("physics|alice", "physics|bob", "bio|alice"), members(gold));
            assertEquals(3, accountsOfImported(gold));

            Installation.Result missing = gold.run("gold-slurm", "import", "--file", gold.home().resolve("missing.txt").toString());
            assertEquals(2, missing.exit(), missing.toString());
            assertTrue(missing.stderr().contains("missing.txt"), missing.toString());
            Files.writeString(file, "Cluster|Account|User\norion|chem|carol\nthis is not|an association list\n");
            Installation.Result bad = gold.run("gold-slurm", "import", "--file", file.toString());
            assertEquals(2, bad.exit(), bad.toString());
            assertTrue(bad.stderr().contains("line 3 is not an association"), bad.toString());
            assertEquals(union(builtIn, Set.of("root", "physics", "bio")), names(gold, "Project"), "bad input: nothing created");
        }
    }

    private static long accountsOfImported(Installation gold) throws Exception {
        List<Row> rows = GoldSite.query(gold, "AccountProject", List.of("Account", "Name"));
        return rows.stream().filter(r -> Set.of("root", "physics", "bio").contains(r.get("Name"))).count();
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> u = new HashSet<>(a);
        u.addAll(b);
        return u;
    }

    private static Set<String> names(Installation gold, String object) throws Exception {
        return GoldSite.query(gold, object, List.of("Name")).stream().map(r -> r.get("Name")).collect(Collectors.toSet());
    }

    private static Set<String> members(Installation gold) throws Exception {
        return GoldSite.query(gold, "ProjectUser", List.of("Project", "Name")).stream()
                .map(r -> r.get("Project") + "|" + r.get("Name")).collect(Collectors.toSet());
    }
}
