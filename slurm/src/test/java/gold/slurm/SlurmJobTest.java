package gold.slurm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import gold.protocol.GoldConfig;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Reading Slurm's job lines, the mapping onto Gold, settlement policies and the configuration checks. */
class SlurmJobTest {
    private static final String SHOW = "JobId=42 JobName=wrap UserId=amy(1000) GroupId=users(100) MCS_label=N/A Priority=1 "
            + "Nice=0 Account=chem QOS=high JobState=COMPLETED Reason=None Dependency=(null) Requeue=1 Restarts=2 "
            + "BatchFlag=1 Reboot=0 ExitCode=0:0 RunTime=00:00:07 TimeLimit=1-02:03:04 TimeMin=N/A "
            + "SubmitTime=2026-12-07T05:16:57 StartTime=2026-12-07T05:16:57 EndTime=2026-12-07T05:17:04 Partition=debug "
            + "NumNodes=2 NumCPUs=8 NumTasks=8 TRES=cpu=8,mem=2G,node=2,billing=8,gres/gpu=3 "
            + "Comment=needs a lot of memory WorkDir=/home/amy";
    private static final String JOBCOMP = "JobId=7 UserId=root(0) GroupId=root(0) Name=wrap JobState=CANCELLED by 0 "
            + "Partition=debug TimeLimit=2 StartTime=2026-12-07T05:16:57 EndTime=2026-12-07T05:16:59 NodeList=localhost "
            + "NodeCnt=1 ProcCnt=2 WorkDir=/tmp ReservationName= Tres=cpu=2,mem=1000M,node=1,billing=2 Account=chem "
            + "QOS= WcKey= Cluster=unknown SubmitTime=2026-12-07T05:16:57 EligibleTime=2026-12-07T05:16:57 "
            + "DerivedExitCode=0:0 ExitCode=0:15";

    @Test
    void scontrolLineGivesTheRunsResources() {
        SlurmJob j = SlurmJob.fromScontrol("orion", SHOW, ZoneOffset.UTC);
        assertEquals("42", j.jobId());
        assertEquals("amy", j.user());
        assertEquals("chem", j.account());
        assertEquals("high", j.qos());
        assertEquals(8, j.cpus());
        assertEquals(2, j.nodes());
        assertEquals(2048, j.memoryMb());
        assertEquals(3, j.gpus());
        assertEquals(86400 + 2 * 3600 + 3 * 60 + 4, j.timeLimit());
        assertEquals(7, j.elapsed());
        assertEquals(2, j.restarts());
        assertEquals("needs a lot of memory", SlurmJob.fields(SHOW).get("Comment"), "values may hold blanks");
    }

    @Test
    void jobcompLineGivesTheSameRunAsTheHooksSee() {
        SlurmJob j = SlurmJob.fromJobcomp("orion", JOBCOMP, ZoneOffset.UTC);
        assertEquals("7", j.jobId());
        assertEquals("root", j.user());
        assertEquals("CANCELLED", j.baseState());
        assertEquals(120, j.timeLimit(), "jobcomp's limit is in minutes");
        assertEquals(2, j.cpus());
        assertEquals(1000, j.memoryMb());
        assertEquals(2, j.elapsed());
        assertEquals("", j.qos());
    }

    @Test
    void limitsAndTimes() {
        assertEquals(-1, SlurmJob.clockLimit("UNLIMITED"));
        assertEquals(300, SlurmJob.clockLimit("5"));
        assertEquals(330, SlurmJob.clockLimit("5:30"));
        assertEquals(3600 + 120 + 3, SlurmJob.clockLimit("01:02:03"));
        assertEquals(2 * 86400 + 3 * 3600, SlurmJob.clockLimit("2-3"));
        assertEquals(-1, SlurmJob.time("Unknown", ZoneOffset.UTC));
        assertEquals(0, SlurmJob.megabytes(null));
        assertEquals(1024 * 1024, SlurmJob.megabytes("1T"));
    }

    @Test
    void mappingKeysAndDatum() {
        SiteConfig site = SiteConfig.of(GoldConfig.of(Map.of("charge.resources", "Nodes, GPUs")), Path.of("/x"));
        JobMapping m = new JobMapping(site);
        SlurmJob j = SlurmJob.fromScontrol("orion", SHOW, ZoneOffset.UTC);
        assertEquals("orion.42", m.goldJobId(j));
        assertEquals("chem", m.project(j));
        assertEquals("orion", m.machine(j));
        assertEquals("slurm:orion:42:" + j.start() + ":charge", m.key(j, "charge"));
        SlurmJob sameRunFromLog = SlurmJob.fromJobcomp("orion", JOBCOMP.replace("JobId=7", "JobId=42"), ZoneOffset.UTC);
        assertEquals(m.key(j, "charge"), m.key(sameRunFromLog, "charge"), "hook and sync derive one key per run");
        var datum = m.datum(j, 7).build();
        assertEquals(List.of("JobId", "ProjectId", "UserId", "MachineName", "Processors", "Nodes", "GPUs",
                "QualityOfService", "WallDuration"), datum.names());
        assertEquals("3", datum.get("GPUs"));

        SiteConfig byPartition = SiteConfig.of(GoldConfig.of(Map.of("project.from", "qos", "machine.from", "partition")),
                Path.of("/x"));
        assertEquals("high", new JobMapping(byPartition).project(j));
        assertEquals("debug", new JobMapping(byPartition).machine(j));
    }

    @Test
    void settlementFollowsStateAndPolicy() {
        SiteConfig defaults = SiteConfig.of(GoldConfig.empty(), Path.of("/x"));
        SiteConfig refunds = SiteConfig.of(GoldConfig.of(Map.of("epilog.cancelled", "refund")), Path.of("/x"));
        SlurmJob cancelled = SlurmJob.fromJobcomp("o", JOBCOMP, ZoneOffset.UTC);
        assertEquals(Settlement.CHARGE, Settlement.of(cancelled, defaults));
        assertEquals(Settlement.REFUND, Settlement.of(cancelled, refunds));
        SlurmJob neverRan = SlurmJob.fromJobcomp("o", JOBCOMP.replace("StartTime=2026-12-07T05:16:57", "StartTime=Unknown"),
                ZoneOffset.UTC);
        assertFalse(neverRan.started());
        assertEquals(Settlement.REFUND, Settlement.of(neverRan, defaults));
        SlurmJob nodeFail = SlurmJob.fromJobcomp("o", JOBCOMP.replace("CANCELLED by 0", "NODE_FAIL"), ZoneOffset.UTC);
        assertEquals(Settlement.REFUND, Settlement.of(nodeFail, defaults));
    }

    @Test
    void aMistypedPolicyIsRefusedWithItsKey() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> SiteConfig.of(GoldConfig.of(Map.of("prolog.insufficient", "requeue")), Path.of("/x")));
        assertEquals("gold-slurm.conf: prolog.insufficient = requeue is not one of deny, allow", e.getMessage());
        assertThrows(IllegalArgumentException.class,
                () -> SiteConfig.of(GoldConfig.of(Map.of("charge.resources", "Disk")), Path.of("/x")));
    }

    @Test
    void associationsParse() {
        var list = ImportCommand.parse(List.of("Account|User|Cluster", "chem|amy|orion", "", "bio||orion"));
        assertEquals(List.of(new ImportCommand.Association("orion", "chem", "amy"),
                new ImportCommand.Association("orion", "bio", "")), list);
        assertThrows(IllegalArgumentException.class, () -> ImportCommand.parse(List.of("a b|c d|e")));
    }
}
