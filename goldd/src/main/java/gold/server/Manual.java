package gold.server;

/** The goldd manual page (--man). */
final class Manual {
    static final String TEXT = """
            NAME
                goldd - Gold allocation and accounting server

            SYNOPSIS
                goldd [-k, --stop] [-r, --restart] [-s, --start] [--status] [-?, --help] [--man]
                [-d, --debug [<debug level>]] [-V, --version]

            DESCRIPTION
                goldd serves Gold requests on server.port (default 7112). --start (the default) starts a
                master process in the background that runs server.workers worker processes sharing the
                port, and returns once the server answers; starting a running server is not an error.
                --stop ends the server (requests in flight finish first), --restart stops and starts it,
                --status tells whether it runs, with its pids, port, database and uptime (exit 0 when
                running with all its workers, 150 when the master runs but workers are missing or the
                port does not answer ("running but degraded"), 3 when not running). --debug keeps the master in the foreground and logs to the screen
                as well, at the given level (TRACE, DEBUG, INFO, WARN, ERROR, FATAL; default DEBUG);
                next to a running server it refuses to start a second one (exit 255).

            FILES
                $GOLD_HOME/etc/goldd.conf   server configuration
                $GOLD_HOME/etc/auth_key     shared secret (first line)
                $GOLD_HOME/etc/gold.pid     pid of the master process
                $GOLD_HOME/log/goldd*.log   server logs, rotated at 10 MB, 7 kept
                $GOLD_HOME/data/gold.db     the embedded database when no database.datasource is set
            """;

    private Manual() {
    }
}
