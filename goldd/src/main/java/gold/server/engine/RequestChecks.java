package gold.server.engine;

import gold.protocol.Assignment;
import gold.protocol.Code;
import gold.protocol.Condition;
import gold.protocol.ObjectRef;
import gold.protocol.Option;
import gold.protocol.Request;
import gold.protocol.Selection;
import gold.server.meta.AttributeMeta;
import gold.server.meta.DataType;
import gold.server.meta.Metadata;
import gold.server.meta.ObjectMeta;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Validation and cooking of a request in the order of docs/data-model.md, Validation and cooking (first failure wins):
 * objects and actions, options ending in Time, selections, assignments (fixed, primary key, values,
 * types, then defaults and required attributes on Create) and conditions. Cooking returns the
 * request with the default selection of a Query and the default assignments of a Create added.
 */
final class RequestChecks {
    private RequestChecks() {
    }

    /** Steps 1 and 2: the objects exist and allow the action. */
    static void objects(Metadata meta, Request request) {
        String action = Actions.plain(request.action());
        if (request.objects().size() > 1 && !action.equals("Query")) {
            throw Code.FAILED.exception("Multiple objects may only be specified in a Query");
        }
        for (ObjectRef ref : request.objects()) {
            ObjectMeta o = meta.require(ref.name());
            if (!o.hasAction(action)) {
                throw Code.FAILED.exception(action + " is not a valid action for a " + o.name() + " object");
            }
        }
    }

    /** Steps 5 to 8; returns the cooked request. */
    static Request cook(RequestContext ctx, Request request) throws SQLException {
        String action = Actions.plain(request.action());
        for (Option o : request.options()) {
            if (o.name().endsWith("Time") && !o.value().matches("\\d+")) {
                throw Code.INVALID_VALUE.exception("Invalid time stamp value for " + o.name() + ": (" + o.value() + ")");
            }
        }
        QueryScope scope = QueryScope.of(ctx.metadata(), request.objects());
        Request.Builder cooked = request.toBuilder();
        if (!request.selections().isEmpty() && !action.equals("Query")) {
            throw Code.INVALID_USE.exception("You may only specify the properties to display with a Query action");
        }
        for (Selection s : request.selections()) {
            scope.attribute(s.object(), s.name());
        }
        if (action.equals("Query") && request.selections().isEmpty()) {
            SelectBuilder.defaultSelections(scope, "True".equals(request.option("ShowHidden"))).forEach(cooked::get);
        }
        cookAssignments(ctx, request, scope.first().meta(), action, cooked);
        for (Condition c : request.conditions()) {
            AttributeMeta a = scope.attribute(c.object(), c.name());
            if (!c.subject().isEmpty()) {
                scope.attribute(c.subject(), c.value());
            } else if (!c.op().equals("Match")) {
                (a.type() == DataType.AutoGen ? DataType.Integer : a.type()).check(c.name(), c.value());
            }
        }
        return cooked.build();
    }

    private static void cookAssignments(RequestContext ctx, Request request, ObjectMeta o, String action,
                                        Request.Builder cooked) throws SQLException {
        boolean create = action.equals("Create");
        boolean modify = action.equals("Modify");
        if (!request.assignments().isEmpty() && !create && !modify) {
            throw Code.INVALID_USE.exception("You may only specify assignments with a create or modify action");
        }
        Set<String> assigned = new HashSet<>();
        for (Assignment a : request.assignments()) {
            AttributeMeta attr = o.attribute(a.name()).orElseThrow(() -> Code.UNKNOWN_ATTRIBUTE.exception(
                    a.name() + " is not a valid attribute for a " + o.name() + " object"));
            if (modify && attr.fixed()) {
                throw Code.FAILED.exception(o.name() + " " + attr.name() + " is fixed and cannot be updated");
            }
            if (modify && attr.primaryKey()) {
                throw Code.FAILED.exception(o.name() + " " + attr.name() + " is a primary key and cannot be modified");
            }
            if (a.op().equals("Inc") || a.op().equals("Dec")) {
                if (!(attr.type().integral() || attr.type().floating()) || a.value().equals("NULL")) {
                    throw Code.FAILED.exception(attr.name() + " cannot be incremented or decremented by " + a.value());
                }
                attr.type().check(attr.name(), a.value());
            } else {
                ValueRules.check(ctx, attr, a.value());
            }
            assigned.add(a.name());
        }
        if (modify && request.assignments().isEmpty()) {
            throw Code.INVALID_USE.exception("You must specify at least one assignment with a Modify action");
        }
        if (create) {
            List<Assignment> defaults = defaults(ctx, o, assigned);
            defaults.forEach(cooked::set);
        }
    }

    private static List<Assignment> defaults(RequestContext ctx, ObjectMeta o, Set<String> assigned)
            throws SQLException {
        List<Assignment> list = new ArrayList<>();
        for (AttributeMeta attr : o.attributes()) {
            if (assigned.contains(attr.name())) {
                continue;
            }
            if (attr.hasDefault()) {
                String value = attr.type() == DataType.TimeStamp
                        ? TimeWords.toEpoch(attr.defaultValue(), ctx.now()) : attr.defaultValue();
                ValueRules.check(ctx, attr, value);
                list.add(Assignment.of(attr.name(), value));
            } else if (attr.required() && attr.type() != DataType.AutoGen) {
                throw Code.REQUIRED.exception(o.name() + " " + attr.name() + " is required and must be specified");
            }
        }
        return list;
    }
}
