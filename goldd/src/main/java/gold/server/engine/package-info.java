/**
 * The request service: {@link gold.server.engine.GoldService} (what the connection layer calls through
 * {@link gold.server.engine.RequestService}), the transaction frame, the {@link
 * gold.server.engine.Dispatcher} (validation, authorization, cooking, routing to a handler or the
 * generic engine) and the generic actions that turn requests into SQL. It knows no bank: handlers
 * such as the bank's are handed to it through {@link gold.server.engine.Handlers} (goldd/README.md,
 * The handler seam).
 */
package gold.server.engine;
