package gold.server.metrics;

import gold.protocol.Code;
import gold.protocol.Request;
import gold.server.engine.ReplySink;
import gold.server.engine.RequestService;

/**
 * Counts every request a service answers (object, action, code of the last chunk, time to the last
 * chunk) and reports a 250 (commit outcome unknown) to the master, around the real request service: the
 * connection layer needs no change to be measured.
 */
public final class MeteredService implements RequestService {
    private final RequestService service;

    public MeteredService(RequestService service) {
        this.service = service;
    }

    @Override
    public void serve(Request request, ReplySink sink) {
        long started = System.nanoTime();
        String[] code = {null};
        String[] message = {""};
        try {
            service.serve(request, (chunk, last) -> {
                if (last) {
                    code[0] = chunk.code();
                    message[0] = chunk.message();
                }
                sink.send(chunk, last);
            });
        } finally {
            if (code[0] != null) {
                WorkerMetrics.requestServed(request.object(), request.action(), code[0], System.nanoTime() - started);
                if (code[0].equals(Code.OUTCOME_UNKNOWN.code())) {
                    WorkerReports.outcomeUnknown(request.object() + " " + request.action() + " by " + request.actor()
                            + (request.requestKey().isEmpty() ? "" : " [request key " + request.requestKey() + "]")
                            + ": " + message[0]);
                }
            }
        }
    }

    @Override
    public void close() {
        service.close();
    }
}
