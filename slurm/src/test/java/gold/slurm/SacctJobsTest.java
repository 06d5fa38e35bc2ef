package gold.slurm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gold.protocol.GoldConfig;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading ended runs from sacct --json, and sync's choice of source when sacct fails. */
class SacctJobsTest {
    /** The jobcomp/filetxt record of the run that the sample's job 7 is (same job, same times, UTC). */
    private static final String JOBCOMP_7 = "JobId=7 UserId=root(0) GroupId=root(0) Name=wrap JobState=CANCELLED by 0 "
            + "Partition=debug TimeLimit=2 StartTime=2026-12-07T05:16:57 EndTime=2026-12-07T05:16:59 NodeList=localhost "
            + "NodeCnt=1 ProcCnt=2 WorkDir=/tmp ReservationName= Tres=cpu=2,mem=1000M,node=1,billing=2 Account=chem "
            + "QOS= WcKey= Cluster=unknown SubmitTime=2026-12-07T05:16:57 EligibleTime=2026-12-07T05:16:57 "
            + "DerivedExitCode=0:0 ExitCode=0:15";

    private static List<SlurmJob> sample() throws IOException {
        try (InputStream in = SacctJobsTest.class.getResourceAsStream("/sacct/jobs-22.05.json")) {
            return SacctJobs.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), "fallback");
        }
    }

    private static SlurmJob job(List<SlurmJob> jobs, String id, long start) {
        return jobs.stream().filter(j -> j.jobId().equals(id) && j.start() == start).findFirst().orElseThrow();
    }

    @Test
    void endedRunsOldestEndFirstAndRunningJobsLeftForLater() throws IOException {
        List<SlurmJob> jobs = sample();
        assertEquals(List.of("7", "43", "43", "44", "46"), jobs.stream().map(SlurmJob::jobId).toList(),
                "job 45 has no end yet");
        for (int i = 1; i < jobs.size(); i++) {
            assertTrue(jobs.get(i - 1).end() <= jobs.get(i).end());
        }
    }

    @Test
    void sameRunAsTheJobcompRecordGivesTheSameRecordAndKeys() throws IOException {
        SlurmJob fromSacct = job(sample(), "7", 1796620617L);
        SlurmJob fromJobcomp = SlurmJob.fromJobcomp("orion", JOBCOMP_7, ZoneOffset.UTC);
        // the jobcomp record has no restart count and says who cancelled ("CANCELLED by 0", Gold gets the base
        // state); everything else is the same record
        assertEquals(fromJobcomp.withState(fromJobcomp.baseState()), new SlurmJob(fromSacct.cluster(), fromSacct.jobId(), fromSacct.user(), fromSacct.account(),
                fromSacct.partition(), fromSacct.qos(), fromSacct.wckey(), fromSacct.cpus(), fromSacct.nodes(),
                fromSacct.memoryMb(), fromSacct.gpus(), fromSacct.timeLimit(), fromSacct.start(), fromSacct.end(),
                fromSacct.state(), fromSacct.exitCode(), -1));
        assertEquals(0, fromSacct.restarts());
        JobMapping map = new JobMapping(SiteConfig.of(GoldConfig.of(Map.of("charge.resources", "Nodes, Memory, GPUs")),
                Path.of("/x")));
        for (String action : List.of("charge", "release", "run")) {
            assertEquals(map.key(fromJobcomp, action), map.key(fromSacct, action));
        }
        assertEquals("slurm:orion:7:1796620617:charge", map.key(fromSacct, "charge"));
        assertEquals(map.datum(fromJobcomp, fromJobcomp.elapsed()).build().toString(),
                map.datum(fromSacct, fromSacct.elapsed()).build().toString());
        assertEquals(Settlement.CHARGE, Settlement.of(fromSacct, SiteConfig.of(GoldConfig.empty(), Path.of("/x"))),
                "a cancelled run that ran is charged for what it used by default");
    }

    @Test
    void eachRunOfARequeuedJobIsItsOwnRecordWithItsOwnKey() throws IOException {
        List<SlurmJob> jobs = sample();
        SlurmJob first = job(jobs, "43", 1796620619L);
        SlurmJob second = job(jobs, "43", 1796620800L);
        assertEquals("REQUEUED", first.baseState());
        assertEquals(40, first.elapsed());
        assertEquals(0, first.restarts());
        assertEquals("COMPLETED", second.baseState());
        assertEquals(70, second.elapsed());
        assertEquals(1, second.restarts());
        assertEquals(8, second.cpus());
        assertEquals(2, second.nodes());
        assertEquals(4096, second.memoryMb());
        assertEquals(2, second.gpus());
        assertEquals(3600, second.timeLimit(), "22.05 gives the limit in minutes");
        assertEquals("high", second.qos());
        assertEquals("*sim", second.wckey());
        JobMapping map = new JobMapping(SiteConfig.of(GoldConfig.empty(), Path.of("/x")));
        assertNotEquals(map.key(first, "charge"), map.key(second, "charge"));
        SiteConfig refundRequeued = SiteConfig.of(GoldConfig.of(Map.of("epilog.requeued", "refund")), Path.of("/x"));
        assertEquals(Settlement.REFUND, Settlement.of(first, refundRequeued));
        assertEquals(Settlement.CHARGE, Settlement.of(second, refundRequeued));
    }

    @Test
    void aJobCancelledBeforeItStartedOnlyReleases() throws IOException {
        SlurmJob never = sample().stream().filter(j -> j.jobId().equals("44")).findFirst().orElseThrow();
        assertEquals(-1, never.start());
        assertEquals(0, never.elapsed());
        assertEquals(1, never.cpus(), "no allocated TRES: the required CPUs");
        assertEquals(Settlement.REFUND, Settlement.of(never, SiteConfig.of(GoldConfig.empty(), Path.of("/x"))));
    }

    @Test
    void missingFieldsGiveDefaultsNotErrors() throws IOException {
        SlurmJob sparse = sample().stream().filter(j -> j.jobId().equals("46")).findFirst().orElseThrow();
        assertEquals(4, sparse.cpus());
        assertEquals(0, sparse.nodes());
        assertEquals(0, sparse.memoryMb());
        assertEquals(0, sparse.gpus());
        assertEquals(-1, sparse.timeLimit(), "INFINITE");
        assertEquals("", sparse.partition());
        assertEquals("", sparse.qos());
        assertEquals("", sparse.wckey());
        assertEquals("", sparse.exitCode());
        assertEquals(-1, sparse.restarts());
        assertEquals("TIMEOUT", sparse.baseState());
        assertEquals(100, sparse.elapsed());
    }

    @Test
    void newerReleasesWrappedNumbersAndStateListsAreRead() throws IOException {
        String json = """
                {"jobs": [{"job_id": 9, "user": "amy", "account": "chem", "partition": "debug",
                  "state": {"current": ["COMPLETED"], "reason": "None"},
                  "time": {"start": 1796620617, "end": 1796620677,
                           "limit": {"set": true, "infinite": false, "number": 5}},
                  "required": {"CPUs": 2},
                  "exit_code": {"status": ["SUCCESS"], "return_code": {"set": true, "infinite": false, "number": 0},
                                "signal": {"id": {"set": false, "infinite": false, "number": 0}, "name": ""}},
                  "tres": {"allocated": [{"type": "cpu", "name": "", "id": 1, "count": 2}]}}]}
                """;
        SlurmJob j = SacctJobs.parse(json, "orion").get(0);
        assertEquals("orion", j.cluster(), "a record without a cluster takes the configured one");
        assertEquals("COMPLETED", j.state());
        assertEquals(300, j.timeLimit());
        assertEquals(2, j.cpus());
        assertEquals("0:0", j.exitCode());
        assertEquals(60, j.elapsed());
    }

    @Test
    void outputThatIsNotSacctsIsAnError() {
        assertThrows(IOException.class, () -> SacctJobs.parse("{\"errors\": []}", "orion"));
        assertThrows(IOException.class, () -> SacctJobs.parse("Slurm accounting storage is disabled", "orion"));
    }

    /** A stand-in for sacct on a cluster without slurmdbd: it fails as Debian's sacct 22.05 does there. */
    private static Path failingSacct(Path dir) throws IOException {
        Path bin = Files.createDirectories(dir.resolve("bin"));
        Path sacct = bin.resolve("sacct");
        Files.writeString(sacct, "#!/bin/sh\necho 'Slurm accounting storage is disabled'\nexit 1\n");
        Files.setPosixFilePermissions(sacct, PosixFilePermissions.fromString("rwxr-xr-x"));
        return bin;
    }

    @Test
    void failingSacctUnderAutoFallsBackToTheJobcompLogWithALogLine(@TempDir Path dir) throws IOException {
        Path bin = failingSacct(dir);
        SiteConfig site = SiteConfig.of(GoldConfig.of(Map.of("sync.source", "auto", "slurm.bin", bin.toString(),
                "slurm.conf", dir.resolve("slurm.conf").toString())), dir);
        Path logFile = dir.resolve("gold-slurm.log");
        Optional<String> out = SyncCommand.sacct(site, new Slurm(site), new HookLog(logFile, "sync"), 1796620617L);
        assertTrue(out.isEmpty());
        String log = Files.readString(logFile);
        assertTrue(log.contains("WARN sync[") && log.contains("sacct --json failed (exit 1): Slurm accounting storage is disabled")
                && log.contains("reading the jobcomp log instead"), log);
    }

    @Test
    void failingSacctUnderSacctSettlesNothing(@TempDir Path dir) throws IOException {
        Path bin = failingSacct(dir);
        SiteConfig site = SiteConfig.of(GoldConfig.of(Map.of("sync.source", "sacct", "slurm.bin", bin.toString())), dir);
        Path logFile = dir.resolve("gold-slurm.log");
        assertTrue(SyncCommand.sacct(site, new Slurm(site), new HookLog(logFile, "sync"), 0).isEmpty());
        assertTrue(Files.readString(logFile).contains("nothing settled (sync.source = sacct)"));
    }

    @Test
    void sacctWatermark(@TempDir Path dir) throws IOException {
        Path mark = dir.resolve("sync.sacct.watermark");
        assertEquals(1000 - 600, SyncCommand.sacctFrom(mark, 1000, 600), "first run: one overlap back");
        Files.writeString(mark, "1796620617\n");
        assertEquals(1796620617L, SyncCommand.sacctFrom(mark, 1000, 600));
        Files.writeString(mark, "garbage");
        assertThrows(IOException.class, () -> SyncCommand.sacctFrom(mark, 1000, 600));
        assertThrows(IllegalArgumentException.class,
                () -> SiteConfig.of(GoldConfig.of(Map.of("sync.source", "slurmdbd")), dir));
    }
}
