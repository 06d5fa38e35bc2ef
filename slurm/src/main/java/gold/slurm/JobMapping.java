package gold.slurm;

import gold.protocol.Row;

/**
 * How a Slurm job becomes a Gold job: its Gold job id ({@code <cluster>.<jobid>}, unique across clusters),
 * project and machine per gold-slurm.conf, the job properties Gold prices, and the request key of each
 * action on one run of the job.
 */
public final class JobMapping {
    private final SiteConfig site;

    public JobMapping(SiteConfig site) {
        this.site = site;
    }

    public String goldJobId(SlurmJob job) {
        return job.cluster() + "." + job.jobId();
    }

    public String project(SlurmJob job) {
        return switch (site.projectFrom()) {
            case "partition" -> job.partition();
            case "qos" -> job.qos();
            case "wckey" -> job.wckey().startsWith("*") ? job.wckey().substring(1) : job.wckey();
            default -> job.account();
        };
    }

    public String machine(SlurmJob job) {
        return switch (site.machineFrom()) {
            case "partition" -> job.partition();
            case "fixed" -> site.machine();
            default -> site.machine().isEmpty() ? job.cluster() : site.machine();
        };
    }

    /**
     * The request key of one action on one run of a job. A run is named by its start time: Slurm gives a
     * requeued job a new start, and unlike the requeue count the start is in every completion record, so
     * the hooks and {@code sync} derive the same key for the same run and Gold acts on it once.
     */
    public String key(SlurmJob job, String action) {
        return "slurm:" + job.cluster() + ":" + job.jobId() + ":" + Math.max(job.start(), 0) + ":" + action;
    }

    /** The Job datum: identity, project, machine, resources, QOS and the given wall duration. */
    public Row.Builder datum(SlurmJob job, long wallSeconds) {
        Row.Builder r = new Row.Builder("Job").put("JobId", goldJobId(job));
        put(r, "ProjectId", project(job));
        put(r, "UserId", job.user());
        put(r, "MachineName", machine(job));
        r.put("Processors", Integer.toString(Math.max(job.cpus(), 1)));
        for (String resource : site.chargedResources()) {
            switch (resource) {
                case "Nodes" -> r.put("Nodes", Integer.toString(Math.max(job.nodes(), 1)));
                case "Memory" -> r.put("Memory", Long.toString(job.memoryMb()));
                case "GPUs" -> r.put("GPUs", Integer.toString(job.gpus()));
                default -> throw new IllegalStateException(resource);
            }
        }
        if (site.chargeQos()) {
            put(r, "QualityOfService", job.qos());
        }
        r.put("WallDuration", Long.toString(wallSeconds));
        return r;
    }

    /** Seconds to reserve: the time limit, or the site's default when the job has none. */
    public long reservedSeconds(SlurmJob job) {
        return job.timeLimit() > 0 ? job.timeLimit() : site.defaultTimeLimit();
    }

    private static void put(Row.Builder r, String name, String value) {
        if (value != null && !value.isEmpty()) {
            r.put(name, value);
        }
    }
}
