package gold.client.commands;

import gold.client.OptionKind;
import gold.client.OptionSet;

/** The job property options shared by gquote, greserve and gcharge, in their help order. */
final class JobOptions {
    private JobOptions() {
    }

    static void resources(OptionSet o, boolean nodes) {
        o.string("p", "-p <project name>", "Project the job runs under.");
        o.string("u", "-u <user name>", "User the job runs as.");
        o.string("m", "-m <machine name>", "Machine the job runs on.");
        o.string("P", "-P <processors>", "Number of processors.");
        if (nodes) {
            o.string("N", "-N <nodes>", "Number of nodes.");
        }
        o.string("M", "-M <memory>", "Memory.");
        o.string("D", "-D <disk>", "Disk.");
        o.string("Q", "-Q <QOS>", "Quality of service.");
        o.string("t", "-t <wallclock time>", "Wall-clock duration in seconds.");
    }

    static void window(OptionSet o) {
        o.string("s", "-s <start time>", "Start time.");
        o.string("e", "-e <end time>", "End time.");
    }

    /** The options greserve and gcharge end with: the common modify options, -J, and the supplements. */
    static void jobIdLast(OptionSet o) {
        o.commonModify();
        o.string("J", "-J <job id>", "The scheduler's job id.");
        o.supplements(OptionKind.JOB, OptionKind.WHERE, OptionKind.OPTION);
    }
}
