package gold.server.engine;

import gold.protocol.Code;
import gold.protocol.GoldException;
import gold.protocol.ObjectRef;
import gold.protocol.Request;
import gold.protocol.Response;
import gold.protocol.Row;
import gold.server.auth.Authorizer;
import gold.server.auth.Decision;
import gold.server.auth.Subject;
import gold.server.meta.Metadata;

import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

/**
 * Runs one request inside the caller's transaction: validation, usage, authorization, cooking, then
 * the plugged-in handler for the object and action (unless the action is scoped, e.g.
 * {@code Base::Modify}) and, when it declines with 313/315 or there is none, the generic engine.
 */
public final class Dispatcher {
    private final Handlers handlers;
    private final GenericEngine engine;

    Dispatcher(Handlers handlers, GenericEngine engine) {
        this.handlers = handlers;
        this.engine = engine;
    }

    public Response dispatch(RequestContext ctx, Request request) throws SQLException {
        Metadata meta = ctx.metadata();
        RequestChecks.objects(meta, request);
        String plain = Actions.plain(request.action());
        if ("True".equals(request.option("ShowUsage"))) {
            return Usage.of(meta, request);
        }
        Subject subject = Subject.of(request, plain);
        for (ObjectRef ref : request.objects()) {
            Decision d = Authorizer.authorize(ctx.connection(), meta, request.actor(), meta.require(ref.name()),
                    request.action(), subject);
            if (d == Decision.OVERRIDDEN) {
                ctx.overridden(true);
            }
        }
        Request cooked = RequestChecks.cook(ctx, request);
        if ("True".equals(request.option("NoRefresh"))) {
            ctx.noRefresh();
        }
        Optional<ActionHandler> handler = Actions.scoped(request.action()) ? Optional.empty()
                : handlers.find(request.object(), plain);
        if (handler.isPresent()) {
            try {
                return masked(meta, request, handler.get().handle(ctx, cooked));
            } catch (GoldException e) {
                if (!e.code().equals(Code.UNSUPPORTED_ACTION.code()) && !e.code().equals(Code.UNSUPPORTED_OBJECT.code())) {
                    throw e;
                }
            }
        }
        return masked(meta, request, engine.execute(ctx, cooked));
    }

    /** Whether the request writes (decides the transaction kind before anything runs). */
    boolean writes(Request request) {
        String plain = Actions.plain(request.action());
        if ("True".equals(request.option("ShowUsage"))) {
            return false;
        }
        Optional<ActionHandler> handler = Actions.scoped(request.action()) ? Optional.empty()
                : handlers.find(request.object(), plain);
        return handler.map(h -> h.writes(request)).orElse(!plain.equals("Query"));
    }

    /** Password hashes go to nobody but a SystemAdmin (decisions.md). */
    private static Response masked(Metadata meta, Request request, Response r) {
        boolean passwords = request.objects().stream().anyMatch(o -> o.name().equals("Password"));
        if (!passwords || meta.rolesOf(request.actor()).contains("SystemAdmin")) {
            return r;
        }
        List<Row> rows = r.data().stream().map(row -> new Row(row.name(), row.fields().stream()
                .map(f -> f.name().equals("Password") ? new Row.Field(f.name(), "") : f).toList())).toList();
        return new Response(r.status(), r.code(), r.message(), r.count(), rows, r.chunkNum(), r.chunkMax(),
                r.actor(), r.server());
    }
}
