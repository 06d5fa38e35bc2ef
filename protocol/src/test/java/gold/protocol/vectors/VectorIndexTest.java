package gold.protocol.vectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gold.protocol.testutil.Json;
import gold.protocol.testutil.Vectors;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * index.json lists the 41 vectors; each must be exercised by a vector test and its one-line summary
 * (verdict code, ok, chunk count, client error) must agree with the detailed file the test reads.
 * The recorded values inside them are accounted for by security/VectorValuesAccountingTest.
 */
class VectorIndexTest {
    /** Vectors whose detail lives in a shared file that NegativeVectorsTest walks entry by entry. */
    static final List<String> NEGATIVE_FILES = List.of("negative_server_receive.json",
            "password_token_negative.json", "perl_unwrap_null_strip_bug.json");

    @Test
    void everyIndexedVectorIsExercisedAndMatchesItsSummary() {
        Map<String, Object> index = Vectors.json("index.json");
        Map<String, Map<String, Object>> negatives = new HashMap<>();
        for (String file : NEGATIVE_FILES) {
            Vectors.json(file).forEach((name, o) -> {
                Map<String, Object> v = Json.obj(o);
                negatives.put(name, v.containsKey("server_receive") ? Json.obj(v.get("server_receive")) : v);
            });
        }
        TreeSet<String> covered = new TreeSet<>();
        index.forEach((name, o) -> {
            Map<String, Object> summary = Json.obj(o);
            if (name.startsWith("req")) {
                assertTrue(Arrays.asList(RequestVectorsTest.NAMES).contains(name), name);
                Map<String, Object> verdict = Json.obj(Vectors.json(name + ".json").get("server_receive"));
                assertEquals(summary.get("ok"), verdict.get("ok"), name);
                assertEquals(summary.get("code"), verdict.get("code"), name);
            } else if (name.startsWith("rep")) {
                assertTrue(Arrays.asList(ReplyVectorsTest.NAMES).contains(name), name);
                long chunks = Json.arr(Vectors.json(name + ".json").get("chunks")).stream()
                        .filter(c -> Json.obj(c).containsKey("payload")).count();
                assertEquals(((Number) summary.get("chunks")).longValue(), chunks, name);
            } else if (name.startsWith("neg")) {
                Map<String, Object> verdict = Objects.requireNonNull(negatives.get(name), name + " has a detailed record");
                assertEquals(summary.get("ok"), verdict.get("ok"), name);
                assertEquals(summary.get("code"), verdict.get("code"), name);
            } else {
                assertEquals("client_multichunk_timing", name);
                List<Object> late = Json.arr(Vectors.json(name + ".json").get("second_chunk_sent_1s_late"));
                assertEquals(summary.get("late_result"), late.get(late.size() - 1));
            }
            covered.add(name);
        });
        assertEquals(index.size(), covered.size());
        assertEquals(41, covered.size(), "index.json lists 41 vectors");
        assertEquals(17, negatives.size(), "neg01..neg17");
    }
}
