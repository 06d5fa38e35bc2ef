package gold.t.commands;

import gold.t.Installation;

import java.io.IOException;
import java.util.Map;

/** The getting-started transcript on the embedded SQLite database (no datasource configured). */
class GettingStartedTranscriptTest extends GettingStartedTranscript {
    @Override
    Installation install() throws IOException {
        return Installation.create(Map.of());
    }
}
