package gold.shell;

import gold.protocol.GoldHome;
import java.io.IOException;
import java.nio.file.Path;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;

/** Where goldsh's terminal comes from: the process's own, or (in tests) one over in-memory streams. */
interface Terminals {
    /** True when standard input is a terminal, so the interactive shell runs. */
    boolean stdinIsTerminal();

    /** Opens the terminal for the interactive shell. */
    Terminal open() throws IOException;

    /**
     * The file that keeps the terminal history across sessions (docs/configuration.md, Files and logs):
     * {@code LOG_DIR/.gold_history.<login name>}, LOG_DIR being the install tree's {@code log}.
     */
    default Path historyFile() {
        return GoldHome.resolve().resolve("log").resolve(".gold_history." + System.getProperty("user.name", ""));
    }

    /** The process's standard input and output; a dumb terminal if no better one can be had. */
    static Terminals system() {
        return new Terminals() {
            @Override
            public boolean stdinIsTerminal() {
                return StandardInput.isTerminal();
            }

            @Override
            public Terminal open() throws IOException {
                return TerminalBuilder.builder().name("goldsh").system(true).dumb(true).build();
            }
        };
    }
}
