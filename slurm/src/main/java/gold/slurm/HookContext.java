package gold.slurm;

import java.io.IOException;

/** What a slurmctld hook knows about its job: the cluster and job id from its environment or options. */
record HookContext(String cluster, String jobId) {
    static HookContext of(String cluster, String jobId) {
        String c = cluster != null ? cluster : System.getenv("SLURM_CLUSTER_NAME");
        String j = jobId != null ? jobId : System.getenv("SLURM_JOB_ID");
        if (j == null || j.isEmpty()) {
            throw new IllegalArgumentException("no job: SLURM_JOB_ID is not set and --job was not given");
        }
        return new HookContext(c == null ? "" : c, j);
    }

    String clusterOr(Slurm slurm) throws IOException {
        return cluster.isEmpty() ? slurm.clusterName() : cluster;
    }
}
