package gold.server.engine;

import gold.protocol.Code;
import gold.protocol.ObjectRef;
import gold.server.meta.AttributeMeta;
import gold.server.meta.Metadata;
import gold.server.meta.Names;
import gold.server.meta.ObjectMeta;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The objects of one request as SQL sees them: each with its table and the qualifier its columns use
 * (the alias if one was given). Resolves the {@code object} attribute of selections and conditions,
 * which may name an object or an alias; "" means the first object.
 */
final class QueryScope {
    /** One object of the FROM list. */
    record Source(ObjectMeta meta, String alias) {
        String qualifier() {
            return alias.isEmpty() ? meta.table() : alias;
        }
    }

    private final List<Source> sources;
    private final String forcedQualifier;

    private QueryScope(List<Source> sources, String forcedQualifier) {
        this.sources = List.copyOf(sources);
        this.forcedQualifier = forcedQualifier;
    }

    static QueryScope of(Metadata meta, List<ObjectRef> refs) {
        List<Source> list = new ArrayList<>();
        for (ObjectRef r : refs) {
            if (!r.alias().isEmpty() && !Names.isIdentifier(r.alias())) {
                throw Code.FAILED.exception(r.alias() + " is not a valid alias");
            }
            list.add(new Source(meta.require(r.name()), r.alias()));
        }
        return new QueryScope(list, "");
    }

    /** The same objects with every column qualified by one fixed name (time travel's derived table). */
    QueryScope qualifiedBy(String qualifier) {
        return new QueryScope(sources, qualifier);
    }

    List<Source> sources() {
        return sources;
    }

    Source first() {
        return sources.get(0);
    }

    boolean multi() {
        return sources.size() > 1;
    }

    /** The source an object-or-alias name refers to; "" is the first. */
    Optional<Source> resolve(String objectOrAlias) {
        if (objectOrAlias.isEmpty()) {
            return Optional.of(first());
        }
        for (Source s : sources) {
            if (s.alias().equals(objectOrAlias)) {
                return Optional.of(s);
            }
        }
        return sources.stream().filter(s -> s.meta().name().equals(objectOrAlias)).findFirst();
    }

    /** The attribute or 318 "X is not a valid attribute for the O object". */
    AttributeMeta attribute(String objectOrAlias, String name) {
        Source s = resolve(objectOrAlias).orElseThrow(
                () -> Code.INVALID_USE.exception(name + " is not a valid attribute for the " + objectOrAlias + " object"));
        return s.meta().attribute(name).orElseThrow(
                () -> Code.INVALID_USE.exception(name + " is not a valid attribute for the " + s.meta().name() + " object"));
    }

    /** The SQL expression of a column, qualified when several objects are involved or one was named. */
    String column(String objectOrAlias, String name) {
        String column = attribute(objectOrAlias, name).column();
        if (!forcedQualifier.isEmpty()) {
            return forcedQualifier + "." + column;
        }
        if (multi() || !objectOrAlias.isEmpty()) {
            return resolve(objectOrAlias).orElseThrow().qualifier() + "." + column;
        }
        return column;
    }

    /** Qualifiers that need the implicit not-deleted filter: one per object ("" for a lone object). */
    List<String> deletedColumns() {
        if (!forcedQualifier.isEmpty()) {
            return List.of(forcedQualifier + ".g_deleted");
        }
        if (!multi()) {
            return List.of("g_deleted");
        }
        return sources.stream().map(s -> s.qualifier() + ".g_deleted").toList();
    }
}
