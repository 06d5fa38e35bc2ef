package gold.server.engine;

import gold.protocol.Request;

/** Whether a (sub-)request reads or changes the Transaction journal, so the pending journal rows must be in first. */
final class JournalReads {
    private JournalReads() {
    }

    static boolean touches(Request request) {
        return request.objects().stream().anyMatch(o -> o.name().equals("Transaction"));
    }
}
