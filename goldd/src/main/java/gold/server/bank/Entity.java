package gold.server.bank;

/**
 * A User, Project or Machine row as the bank checks it (Active, Special; DefaultProject for users,
 * "" otherwise).
 */
public record Entity(Kind kind, String name, boolean active, boolean special, String defaultProject) {

    /** The three kinds of entity a job names, with their object name and the words used in messages. */
    public enum Kind {
        USER("User"), PROJECT("Project"), MACHINE("Machine");

        private final String object;

        Kind(String object) {
            this.object = object;
        }

        /** The object name, also the word used in messages ("User amy is not active"). */
        public String object() {
            return object;
        }
    }
}
