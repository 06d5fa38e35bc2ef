/**
 * goldd, the Gold server. This package holds only the programs' entry points: {@link gold.server.Goldd}
 * ({@code sbin/goldd}: start, stop, status, and the master and worker roles) and {@link
 * gold.server.GoldInit} ({@code sbin/gold_init}). The subpackages, from where a request enters to
 * where it becomes SQL (goldd/README.md, Architecture; their layering is checked by
 * config/import-control.xml):
 * <ul>
 * <li>{@code process}: the master, its workers and daemon control; assembles a worker's service.</li>
 * <li>{@code net}: connections: reading, opening and answering requests under deadlines and caps.</li>
 * <li>{@code engine}: the request service: transaction frame, validation, dispatch, generic actions.</li>
 * <li>{@code bank}: the bank's actions, plugged into the engine as handlers.</li>
 * <li>{@code auth}: authorization; {@code security}: stored secrets (passwords, tokens, nonces).</li>
 * <li>{@code meta}: the metadata cache; {@code sql}: databases, dialects, bootstrap.</li>
 * <li>{@code metrics}: metrics and site events; {@code log}: the rotating server log.</li>
 * </ul>
 */
package gold.server;
