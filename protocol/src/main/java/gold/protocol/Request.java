package gold.protocol;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A Gold request (the {@code <Request>} element): objects, action, actor and the optional selections,
 * assignments, conditions, options and data rows, plus the chunking attributes and our request key.
 * Immutable; build with {@link #builder(String, String)}. Strings are never null ("" = unset).
 */
public final class Request {
    private final List<ObjectRef> objects;
    private final String action;
    private final String actor;
    private final boolean chunking;
    private final int chunkSize;
    private final String requestKey;
    private final List<Selection> selections;
    private final List<Assignment> assignments;
    private final List<Condition> conditions;
    private final List<Option> options;
    private final List<Row> data;

    private Request(Builder b) {
        this.objects = List.copyOf(b.objects);
        this.action = b.action;
        this.actor = b.actor;
        this.chunking = b.chunking;
        this.chunkSize = b.chunkSize;
        this.requestKey = b.requestKey;
        this.selections = List.copyOf(b.selections);
        this.assignments = List.copyOf(b.assignments);
        this.conditions = List.copyOf(b.conditions);
        this.options = List.copyOf(b.options);
        this.data = List.copyOf(b.data);
    }

    public static Builder builder(String object, String action) {
        Builder b = new Builder();
        b.object(object).action(action);
        return b;
    }

    public static Builder builder() {
        return new Builder();
    }

    public Builder toBuilder() {
        Builder b = new Builder();
        b.objects.addAll(objects);
        b.action = action;
        b.actor = actor;
        b.chunking = chunking;
        b.chunkSize = chunkSize;
        b.requestKey = requestKey;
        b.selections.addAll(selections);
        b.assignments.addAll(assignments);
        b.conditions.addAll(conditions);
        b.options.addAll(options);
        b.data.addAll(data);
        return b;
    }

    public List<ObjectRef> objects() { return objects; }

    /** The first (for most actions the only) object name, or "" when there is none. */
    public String object() { return objects.isEmpty() ? "" : objects.get(0).name(); }

    public String action() { return action; }
    public String actor() { return actor; }
    public boolean chunking() { return chunking; }
    /** Requested rows per chunk, 0 when unset. */
    public int chunkSize() { return chunkSize; }
    /** Our request key (docs/differences.md, request keys), "" when absent. */
    public String requestKey() { return requestKey; }
    public List<Selection> selections() { return selections; }
    public List<Assignment> assignments() { return assignments; }
    public List<Condition> conditions() { return conditions; }
    public List<Option> options() { return options; }
    public List<Row> data() { return data; }

    /** The value of the last option with this name, or null when absent. */
    public String option(String name) {
        String value = null;
        for (Option o : options) {
            if (o.name().equals(name)) {
                value = o.value();
            }
        }
        return value;
    }

    /** Value equality over every field (the decoder's round trips rely on it). */
    @Override
    public boolean equals(Object o) {
        return o instanceof Request r && chunking == r.chunking && chunkSize == r.chunkSize
                && objects.equals(r.objects) && action.equals(r.action) && actor.equals(r.actor)
                && requestKey.equals(r.requestKey) && selections.equals(r.selections)
                && assignments.equals(r.assignments) && conditions.equals(r.conditions) && options.equals(r.options)
                && data.equals(r.data);
    }

    @Override
    public int hashCode() {
        return Objects.hash(objects, action, actor, chunking, chunkSize, requestKey, selections, assignments,
                conditions, options, data);
    }

    @Override
    public String toString() {
        return "Request[" + objects + " " + action + " actor=" + actor + " get=" + selections + " set=" + assignments
                + " where=" + conditions + " option=" + options + " data=" + data
                + (chunking ? " chunking" : "") + (chunkSize != 0 ? " chunkSize=" + chunkSize : "")
                + (requestKey.isEmpty() ? "" : " key=" + requestKey) + "]";
    }

    /** Mutable builder; every adder returns this. */
    public static final class Builder {
        private final List<ObjectRef> objects = new ArrayList<>();
        private String action = "";
        private String actor = "";
        private boolean chunking;
        private int chunkSize;
        private String requestKey = "";
        private final List<Selection> selections = new ArrayList<>();
        private final List<Assignment> assignments = new ArrayList<>();
        private final List<Condition> conditions = new ArrayList<>();
        private final List<Option> options = new ArrayList<>();
        private final List<Row> data = new ArrayList<>();

        public Builder object(String name) { objects.add(ObjectRef.of(name)); return this; }
        public Builder object(ObjectRef ref) { objects.add(ref); return this; }
        public Builder action(String a) { action = Objects.requireNonNull(a); return this; }
        public Builder actor(String a) { actor = Objects.requireNonNull(a); return this; }
        public Builder chunking(boolean c) { chunking = c; return this; }
        public Builder chunkSize(int s) { chunkSize = s; return this; }
        public Builder requestKey(String k) { requestKey = k == null ? "" : k; return this; }
        public Builder get(Selection s) { selections.add(s); return this; }
        public Builder get(String name) { selections.add(Selection.of(name)); return this; }
        public Builder set(Assignment a) { assignments.add(a); return this; }
        public Builder set(String name, String value) { assignments.add(Assignment.of(name, value)); return this; }
        public Builder where(Condition c) { conditions.add(c); return this; }
        public Builder where(String name, String value) { conditions.add(Condition.eq(name, value)); return this; }
        public Builder option(Option o) { options.add(o); return this; }
        public Builder option(String name, String value) { options.add(Option.of(name, value)); return this; }
        public Builder data(Row r) { data.add(r); return this; }
        public Request build() { return new Request(this); }
    }
}
