/**
 * goldd's processes: {@link gold.server.process.DaemonControl} (what {@code goldd --start/--stop/
 * --status} do), the {@link gold.server.process.Master} that runs and replaces the worker JVMs
 * ({@link gold.server.process.WorkerProcess}), a worker's own life ({@link
 * gold.server.process.WorkerMain}), the pid file, and {@link gold.server.process.SiteService}, which
 * assembles the request service a site runs (the engine with the bank plugged in). The one package
 * that may import every other server package.
 */
package gold.server.process;
