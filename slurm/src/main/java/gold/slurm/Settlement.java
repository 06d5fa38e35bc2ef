package gold.slurm;

/**
 * What a run that ended owes, by its final state and the site's policies: a charge for the time it ran,
 * or a refund (no charge; its reservation released). Shared by the end hook and {@code sync}, so both
 * settle a run the same way.
 */
public enum Settlement {
    CHARGE, REFUND;

    public static Settlement of(SlurmJob job, SiteConfig site) {
        if (!job.started() || job.elapsed() == 0 && !job.baseState().equals("COMPLETED")) {
            return REFUND; // never ran (cancelled while pending, refused by the start hook, boot failure)
        }
        return switch (job.baseState()) {
            case "CANCELLED" -> site.epilogCancelled().equals("charge") ? CHARGE : REFUND;
            case "NODE_FAIL", "BOOT_FAIL" -> site.epilogNodeFail().equals("charge") ? CHARGE : REFUND;
            case "REQUEUED", "REQUEUE_FED", "REQUEUE_HOLD", "PENDING", "RESIZING" ->
                    site.epilogRequeued().equals("charge") ? CHARGE : REFUND;
            default -> CHARGE; // COMPLETED, FAILED, TIMEOUT, OUT_OF_MEMORY, DEADLINE, PREEMPTED
        };
    }
}
