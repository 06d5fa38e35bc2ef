package gold.server.engine;

import gold.server.security.PasswordCipher;

/** The long-lived collaborators a request reaches through its context. */
record Services(String superUser, Dispatcher dispatcher, GenericEngine engine, PasswordCipher passwords) {
}
