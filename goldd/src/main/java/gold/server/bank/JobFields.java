package gold.server.bank;

import gold.protocol.Assignment;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * "JA" of docs/bank.md, Job data: the ordered job-record assignments a job function builds. A name
 * enters once, at its first position; a later value replaces the earlier one (K5: no duplicate columns).
 */
public final class JobFields {
    private final Map<String, String> fields = new LinkedHashMap<>();

    public JobFields put(String name, String value) {
        fields.put(name, value);
        return this;
    }

    public boolean has(String name) {
        return fields.containsKey(name);
    }

    public Optional<String> get(String name) {
        return Optional.ofNullable(fields.get(name));
    }

    public Map<String, String> asMap() {
        return Collections.unmodifiableMap(fields);
    }

    /** The fields as plain assignments, in order. */
    public List<Assignment> assignments() {
        List<Assignment> list = new ArrayList<>();
        fields.forEach((k, v) -> list.add(Assignment.of(k, v)));
        return list;
    }

    public JobFields copy() {
        JobFields c = new JobFields();
        c.fields.putAll(fields);
        return c;
    }
}
