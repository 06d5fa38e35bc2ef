package gold.slurm;

import gold.protocol.GoldHome;
import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import java.nio.file.NoSuchFileException;

/**
 * {@code gold-slurm}: the programs Slurm runs (quote for job_submit.lua, prolog and epilog for
 * PrologSlurmctld/EpilogSlurmctld) and the site's tools (sync, import). Exit status 0 success, 1 the
 * hook refuses the job, 2 usage or configuration error, 75 Gold unreachable (sync: retry later).
 */
@Command(name = "gold-slurm", mixinStandardHelpOptions = true, versionProvider = GoldSlurm.Version.class,
        description = "Slurm integration of Gold: quote at submission, reserve at start, charge at end.",
        subcommands = {QuoteCommand.class, PrologCommand.class, EpilogCommand.class, SyncCommand.class,
                ImportCommand.class})
public final class GoldSlurm implements Callable<Integer> {
    static final int REFUSE = 1;
    static final int CONFIG = 2;
    static final int UNREACHABLE = 75;

    @Option(names = "--config", description = "gold-slurm.conf to read (default: etc/slurm/gold-slurm.conf of the install tree)")
    Path config;

    @Override
    public Integer call() {
        CommandLine.usage(this, System.out);
        return CONFIG;
    }

    /** The install tree and its gold-slurm.conf; a configuration error ends the run with status 2. */
    SiteConfig site() {
        Path home = GoldHome.resolve();
        try {
            return SiteConfig.load(home, config);
        } catch (IOException | IllegalArgumentException e) {
            throw new CommandLine.ParameterException(new CommandLine(this), "gold-slurm: configuration: " + e.getMessage());
        }
    }

    public static void main(String[] args) {
        System.exit(run(args));
    }

    public static int run(String... args) {
        CommandLine cl = new CommandLine(new GoldSlurm());
        cl.setExecutionExceptionHandler((e, cmd, parsed) -> {
            System.err.println(e instanceof CommandLine.ParameterException ? e.getMessage()
                    : e instanceof IllegalArgumentException || e instanceof NoSuchFileException
                            ? "gold-slurm: " + cmd.getCommandName() + ": " + e.getMessage() : "gold-slurm: " + e);
            return CONFIG;
        });
        cl.setParameterExceptionHandler((e, a) -> {
            System.err.println(e.getMessage());
            return CONFIG;
        });
        return cl.execute(args);
    }

    /** --version: the build's version. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"gold-slurm " + System.getProperty("gold.version", "3.0.0")};
        }
    }
}
