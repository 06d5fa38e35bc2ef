package gold.client.commands;

import gold.client.Invocation;
import gold.protocol.Request;
import gold.protocol.Response;

/**
 * A failed query that ends a command sending several (a sub-query of a listing, a query of a
 * report); the command catches it in one place and prints how it aborts.
 */
final class QueryFailed extends Exception {
    private static final long serialVersionUID = 1L;
    private final transient Response reply;

    private QueryFailed(Response reply) {
        super(reply.message(), null, false, false);
        this.reply = reply;
    }

    /** Sends the query; a failed reply is thrown. */
    static Response send(Invocation inv, Request.Builder q) throws QueryFailed {
        Response r = inv.send(q);
        if (r.isFailure()) {
            throw new QueryFailed(r);
        }
        return r;
    }

    Response reply() {
        return reply;
    }
}
