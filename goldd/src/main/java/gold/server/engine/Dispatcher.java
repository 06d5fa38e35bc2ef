package gold.server.engine;

import gold.protocol.Code;
import gold.protocol.GoldException;
import gold.protocol.ObjectRef;
import gold.protocol.Request;
import gold.protocol.Response;
import gold.server.auth.Authorizer;
import gold.server.auth.Decision;
import gold.server.auth.Subject;
import gold.server.meta.Metadata;

import java.sql.SQLException;
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
        if (JournalReads.touches(request)) {
            ctx.flushJournal();
        }
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
        boolean shielded = PasswordShield.applies(meta, request);
        if (shielded) {
            PasswordShield.checkConditions(request);
        }
        Request cooked = RequestChecks.cook(ctx, request);
        if ("True".equals(request.option("NoRefresh"))) {
            ctx.noRefresh();
        }
        Optional<ActionHandler> handler = Actions.scoped(request.action()) ? Optional.empty()
                : handlers.find(request.object(), plain);
        if (handler.isPresent()) {
            try {
                Response r = handler.get().handle(ctx, cooked);
                return shielded ? PasswordShield.mask(cooked, r) : r;
            } catch (GoldException e) {
                if (!e.code().equals(Code.UNSUPPORTED_ACTION.code()) && !e.code().equals(Code.UNSUPPORTED_OBJECT.code())) {
                    throw e;
                }
            }
        }
        Response r = engine.execute(ctx, cooked);
        return shielded ? PasswordShield.mask(cooked, r) : r;
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
}
