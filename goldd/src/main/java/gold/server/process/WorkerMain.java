package gold.server.process;

import gold.protocol.GoldConfig;
import gold.server.ServerPaths;
import gold.server.log.RotatingLog;
import gold.server.engine.GoldService;
import gold.server.net.Worker;
import gold.server.security.NonceTable;
import gold.server.security.StoredPasswords;
import gold.server.metrics.MeteredService;
import gold.server.metrics.RequestKeyCount;
import gold.server.metrics.WorkerMetrics;
import gold.server.metrics.WorkerReports;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The worker process: opens the database (bootstrapping an empty one), binds the shared port, tells
 * the master "READY", and serves until its stdin — a pipe from the master — closes, which happens on
 * a graceful stop and also when the master dies, so a worker never outlives its master.
 */
public final class WorkerMain {
    private static final Logger LOG = Logger.getLogger(WorkerMain.class.getName());

    private WorkerMain() {
    }

    public static int run(ServerPaths paths, int slot) {
        String debug = System.getProperty("gold.debug.level");
        try {
            RotatingLog.install(paths.workerLog(slot), RotatingLog.level(debug == null ? "INFO" : debug), debug != null);
        } catch (IOException e) {
            System.err.println("Cannot open the log " + paths.workerLog(slot) + ": " + e.getMessage());
            return 1;
        }
        long pid = ProcessHandle.current().pid();
        // stdout is the pipe to the master: keep it for reports and send any stray output to the log
        PrintStream toMaster = System.out;
        System.setOut(System.err);
        WorkerReports.install(toMaster);
        try {
            GoldConfig conf = GoldConfig.load(paths.goldddConf());
            String key = Worker.readKey(paths.authKey());
            String actor = System.getProperty("user.name");
            try (GoldService service = SiteService.open(conf.asMap(), paths.home())) {
                WorkerMetrics.watchRequestKeys(new RequestKeyCount(service.database()));
                Worker worker = new Worker(conf, key, new MeteredService(service),
                        new StoredPasswords(service.database(), service.passwordCipher(), service.apiTokens()),
                        new NonceTable(service.database()), actor);
                Thread.ofPlatform().daemon().name("master-watch").start(() -> watchMaster(worker));
                LOG.info("Worker " + slot + " Pid (" + pid + ") serving on port " + worker.port());
                synchronized (toMaster) {
                    toMaster.println("READY " + pid);
                    toMaster.flush();
                }
                worker.serve();
            }
            LOG.info("Worker " + slot + " Pid (" + pid + ") stopped");
            return 0;
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.SEVERE, "Worker " + slot + " Pid (" + pid + ") failed: " + e.getMessage(), e);
            return 1;
        }
    }

    /**
     * Blocks on stdin, answering the master's {@code SCRAPE id} requests for figures; EOF means the
     * master closed the pipe (stop) or died: stop serving.
     */
    private static void watchMaster(Worker worker) {
        try {
            BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.US_ASCII));
            String line;
            while ((line = in.readLine()) != null) {
                if (line.startsWith("SCRAPE ")) {
                    String id = line.substring("SCRAPE ".length()).trim();
                    // counting request keys may wait for the database: never delay noticing the pipe's end
                    Thread.ofVirtual().name("scrape").start(() -> WorkerReports.answerScrape(id));
                }
            }
        } catch (IOException e) {
            LOG.warning("lost the pipe from the master: " + e);
        }
        LOG.info("Master gone or stopping: no longer accepting connections");
        worker.stop();
    }
}
