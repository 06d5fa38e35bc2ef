package gold.server;

import java.nio.file.Path;

/** Where the server finds its files in the install tree ({@code GOLD_HOME}). */
public record ServerPaths(Path home) {
    public Path goldddConf() { return home.resolve("etc/goldd.conf"); }
    public Path authKey() { return home.resolve("etc/auth_key"); }
    public Path pidFile() { return home.resolve("etc/gold.pid"); }
    public Path logDir() { return home.resolve("log"); }
    public Path masterLog() { return logDir().resolve("goldd.log"); }
    public Path workerLog(int slot) { return logDir().resolve("goldd.worker" + slot + ".log"); }
    /** stdout/stderr of the detached master (JVM crash reports land here). */
    public Path consoleLog() { return logDir().resolve("goldd.out"); }
    public Path lib() { return home.resolve("lib"); }
    /** Class path of the master and workers: the launcher's own list of jars (gold.class.path), else every jar of lib/. */
    public String classPath() { return System.getProperty("gold.class.path", lib() + "/*"); }
}
