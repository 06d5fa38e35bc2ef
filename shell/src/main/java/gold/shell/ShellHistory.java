package gold.shell;

import java.time.Instant;
import org.jline.reader.impl.history.DefaultHistory;

/** The terminal history, minus the lines that end a session (recalling {@code quit} helps nobody). */
final class ShellHistory extends DefaultHistory {
    @Override
    public void add(Instant time, String line) {
        if (!InputLine.isQuit(line)) {
            super.add(time, line);
        }
    }
}
