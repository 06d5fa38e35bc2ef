package gold.t.commands;

import gold.t.Installation;

/** The getting-started transcript on a throw-away PostgreSQL cluster. */
class GettingStartedPostgresTranscriptTest extends GettingStartedTranscript {
    @Override
    Installation install() throws Exception {
        return Installation.onOwnPostgres();
    }

    @Override
    boolean insertionOrder() {
        return false;
    }
}
