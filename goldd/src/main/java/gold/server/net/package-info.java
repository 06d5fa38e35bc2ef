/**
 * The connection layer, where a request enters goldd: {@link gold.server.net.Worker} accepts on the
 * shared port, {@link gold.server.net.ConnectionHandler} reads, opens (through the protocol's
 * {@code ServerSecurity}) and answers one request per connection under its deadlines, and hands the
 * opened request to the engine's {@code RequestService}. Also the build-time {@link
 * gold.server.net.TrainingResponder}.
 */
package gold.server.net;
