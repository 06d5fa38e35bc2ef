package gold.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Facts about the machine the figures come from: cores, CPU model, memory, kernel, JDK, load. */
public final class Machine {
    private Machine() {
    }

    /** The 1-, 5- and 15-minute load averages, e.g. "4.81 4.89 4.61". */
    public static String loadAverage() {
        try {
            String[] f = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return f[0] + " " + f[1] + " " + f[2];
        } catch (IOException | RuntimeException e) {
            return "unknown";
        }
    }

    public static double load1() {
        try {
            return Double.parseDouble(loadAverage().split(" ")[0]);
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    public static Map<String, String> facts() {
        Map<String, String> f = new LinkedHashMap<>();
        f.put("cores (online)", String.valueOf(Runtime.getRuntime().availableProcessors()));
        f.put("CPU model", firstValue(Path.of("/proc/cpuinfo"), "model name"));
        f.put("memory", firstValue(Path.of("/proc/meminfo"), "MemTotal"));
        f.put("kernel", System.getProperty("os.name") + " " + System.getProperty("os.version"));
        f.put("JDK (load generator and goldd)", System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version")
                + " at " + System.getProperty("java.home"));
        return f;
    }

    private static String firstValue(Path file, String key) {
        try {
            List<String> lines = Files.readAllLines(file);
            return lines.stream().filter(l -> l.startsWith(key)).map(l -> l.substring(l.indexOf(':') + 1).strip())
                    .findFirst().orElse("unknown");
        } catch (IOException e) {
            return "unknown";
        }
    }
}
