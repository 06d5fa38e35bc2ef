package gold.t.faults;

import gold.protocol.Request;
import gold.protocol.Response;
import gold.t.Installation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import java.util.concurrent.TimeUnit;

/**
 * Issue 21's alert test: the primary goldd (two workers) of the replicated site runs a recording alert
 * command that appends its environment to a file. A failover drill — the synchronous standby lost while
 * a write commits (answered 250), then the primary database killed, the standby promoted, the old primary
 * revived writable (the split-brain guard refuses writes), the old primary fenced
 * again (writes allowed), then a worker killed — must produce exactly these events, once each (not once
 * per worker), in this order: commit_outcome_unknown, primary_changed, guard_refusing_writes,
 * guard_allowing_writes, worker_replaced.
 */
@Timeout(value = 300, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class AlertDrillTest {
    @Test
    void failoverDrillRaisesEachAlertOnceInOrder() throws Exception {
        Path dir = Files.createTempDirectory("gold-alerts-");
        Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxrwxrwx")); // goldd may run as gold
        Path record = dir.resolve("alerts.log");
        Path script = dir.resolve("record-alert.sh");
        Files.writeString(script, "#!/bin/sh\nprintf '%s|%s|%s|%s|%s\\n' \"$GOLD_ALERT_SEQUENCE\" \"$GOLD_ALERT_EVENT\""
                + " \"$GOLD_ALERT_HOST\" \"$GOLD_ALERT_TIME\" \"$GOLD_ALERT_DETAIL\" >> " + record + "\n");
        Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwxr-xr-x"));
        // longer connect and lock timeouts than the site's 2 s: two workers starting on a busy machine, one
        // waiting for the other's bootstrap, need them (the drill measures no pause)
        try (ReplicatedSite site = ReplicatedSite.start(2, Map.of("server.alert.command", script.toString(),
                "database.connect.timeout", "5", "database.lock.timeout", "20"))) {
            Installation gold = site.primary();
            int[] n = {0};
            FaultDrill.Check write = () -> {
                gold.run("gmkuser", "user" + n[0]++);
                return true;
            };
            FaultDrill.await(() -> gold.run("gmkuser", "first").exit() == 0, Duration.ofSeconds(60), "a first write");

            // the synchronous standby is gone: one commit waits past database.commit.timeout and is answered 250
            site.standbyDb().killAll();
            try {
                Response limbo = gold.client().send(Request.builder("User", "Create").actor(Installation.admin())
                        .set("Name", "limbo").requestKey("alert-drill-250").build());
                System.out.println("  reply while the standby is down: " + limbo.code() + " " + limbo.message());
            } catch (RuntimeException e) {
                System.out.println("  no reply while the standby is down: " + e); // the server's event decides
            }
            FaultDrill.await(() -> events(record).contains("commit_outcome_unknown"), Duration.ofSeconds(60),
                    "commit_outcome_unknown");
            site.standbyDb().startAgain();
            site.primaryDb().awaitSynchronousStandby(ReplicatedSite.STANDBY, Duration.ofSeconds(60));

            site.primaryDb().killAll();
            Thread.sleep(2_000);
            site.standbyDb().promote();
            writeUntil(write, record, "primary_changed");

            site.primaryDb().startAgain(); // the old primary back, writable, on the old timeline
            writeUntil(write, record, "guard_refusing_writes");

            site.primaryDb().killAll(); // the operator fences it again
            writeUntil(write, record, "guard_allowing_writes");

            long master = gold.masterPid();
            long worker = ProcessHandle.of(master).orElseThrow().children()
                    .filter(p -> p.info().commandLine().orElse("").contains("--worker")).findFirst().orElseThrow().pid();
            ReplicatedSite.signal("KILL", List.of(worker));
            FaultDrill.await(() -> events(record).contains("worker_replaced"), Duration.ofSeconds(60), "worker_replaced");
            write.ok();
            Thread.sleep(4_000); // anything raised twice (once per worker) would show by now

            List<String[]> alerts = alerts(record);
            alerts.forEach(a -> System.out.println("  alert " + String.join(" | ", a)));
            assertEquals(List.of("commit_outcome_unknown", "primary_changed", "guard_refusing_writes",
                    "guard_allowing_writes", "worker_replaced"), events(record));
            for (int i = 0; i < alerts.size(); i++) {
                String[] a = alerts.get(i);
                assertEquals(String.valueOf(i + 1), a[0], "sequence numbers in order");
                assertFalse(a[2].isEmpty(), "GOLD_ALERT_HOST is set");
                Instant.parse(a[3]); // GOLD_ALERT_TIME is an ISO-8601 instant
            }
            assertTrue(alerts.get(0)[4].contains("User Create by " + Installation.admin()
                    + " [request key alert-drill-250]"), alerts.get(0)[4]);
            String oldHost = "127.0.0.1:" + site.primaryDb().port();
            String newHost = "127.0.0.1:" + site.standbyDb().port();
            assertEquals("database primary changed from " + oldHost + " to " + newHost, alerts.get(1)[4]);
            assertTrue(alerts.get(2)[4].contains("more than one writable database host"), alerts.get(2)[4]);
            assertTrue(alerts.get(4)[4].startsWith("worker ") && alerts.get(4)[4].contains("Pid (" + worker + ")"),
                    alerts.get(4)[4]);
            for (String event : events(record)) {
                assertEquals(1, gold.log().lines().filter(l -> l.contains(" WARN ") && l.contains("Event " + event + ":"))
                        .count(), "logged once at WARNING: " + event);
            }
        } finally {
            Files.deleteIfExists(record);
            Files.deleteIfExists(script);
            Files.deleteIfExists(dir);
        }
    }

    /** Keeps writing (each write lets a worker probe the hosts) until the event is recorded. */
    private static void writeUntil(FaultDrill.Check write, Path record, String event) throws Exception {
        FaultDrill.await(() -> write.ok() && events(record).contains(event), Duration.ofSeconds(90), event);
    }

    private static List<String[]> alerts(Path record) throws Exception {
        List<String[]> out = new ArrayList<>();
        if (Files.exists(record)) {
            for (String line : Files.readAllLines(record)) {
                out.add(line.split("\\|", 5));
            }
        }
        return out;
    }

    private static List<String> events(Path record) throws Exception {
        return alerts(record).stream().map(a -> a[1]).toList();
    }
}
