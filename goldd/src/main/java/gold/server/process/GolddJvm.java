package gold.server.process;

import java.util.ArrayList;
import java.util.List;

/**
 * What the JVMs goldd starts for itself (the detached master, the workers) have in common: the main
 * class they run, the java command, and the version and test properties they are handed.
 */
public final class GolddJvm {
    /**
     * The main class of every goldd process, as launchers and scripts name it. Also how a pid file's
     * process is told from an unrelated one that got the same pid.
     */
    public static final String MAIN_CLASS = "gold.server.Goldd";
    /** The version goldd reports (--version) and hands on to the processes it starts. */
    public static final String VERSION = System.getProperty("gold.version", "3.0.0");

    private GolddJvm() {
    }

    /** The java command of goldd's own processes: the launcher's (gold.java), else this JVM's. */
    static String java() {
        return System.getProperty("gold.java", ProcessHandle.current().info().command().orElse("java"));
    }

    /** System properties a process hands on to the ones it starts (the test pause directory). */
    static List<String> passThroughProperties() {
        List<String> props = new ArrayList<>();
        for (String key : List.of("gold.test.pause.dir")) {
            String v = System.getProperty(key);
            if (v != null) {
                props.add("-D" + key + "=" + v);
            }
        }
        return props;
    }
}
