package gold.server.engine;

import gold.protocol.Code;
import gold.protocol.Condition;
import gold.protocol.ObjectRef;
import gold.protocol.Request;
import gold.protocol.Response;
import gold.protocol.Row;
import gold.protocol.Selection;
import gold.server.meta.Metadata;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Password hashes go to nobody but a SystemAdmin (docs/differences.md): for everybody else the Password
 * column of the Password object is blanked in replies (whatever alias selects it) and may not be
 * used in conditions, which would let a caller guess a hash piece by piece.
 */
final class PasswordShield {
    private static final String OBJECT = "Password";
    private static final String COLUMN = "Password";

    private PasswordShield() {
    }

    static boolean applies(Metadata meta, Request request) {
        return request.objects().stream().anyMatch(o -> o.name().equals(OBJECT))
                && !meta.rolesOf(request.actor()).contains("SystemAdmin");
    }

    /** Refuses conditions on the hash. */
    static void checkConditions(Request request) {
        for (Condition c : request.conditions()) {
            if (c.name().equals(COLUMN) && targetsPassword(request, c.object())) {
                throw Code.NOT_AUTHORIZED.exception(request.actor() + " is not authorized to use the Password attribute"
                        + " in conditions");
            }
        }
    }

    /** Blanks every reply field that carries the hash. */
    static Response mask(Request cooked, Response r) {
        Set<String> fields = new HashSet<>(Set.of(COLUMN));
        for (Selection s : cooked.selections()) {
            if (s.name().equals(COLUMN) && targetsPassword(cooked, s.object()) && !s.alias().isEmpty()) {
                fields.add(s.alias());
            }
        }
        List<Row> rows = r.data().stream().map(row -> new Row(row.name(), row.fields().stream()
                .map(f -> fields.contains(f.name()) ? new Row.Field(f.name(), "") : f).toList())).toList();
        return new Response(r.status(), r.code(), r.message(), r.count(), rows, r.chunkNum(), r.chunkMax(),
                r.actor(), r.server());
    }

    private static boolean targetsPassword(Request request, String objectOrAlias) {
        List<ObjectRef> refs = request.objects();
        if (objectOrAlias.isEmpty()) {
            return refs.get(0).name().equals(OBJECT);
        }
        return refs.stream().anyMatch(o -> o.name().equals(OBJECT)
                && (o.alias().equals(objectOrAlias) || o.name().equals(objectOrAlias)));
    }
}
