package gold.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The money actions the portal and the API offer, each carried out by its g* command run as the
 * logged-in user (so goldd checks the user's roles, and the request key makes a retry harmless).
 * One table serves both: a field's key is the form field and the JSON member, its flag the
 * command-line option.
 */
public final class Actions {
    /** A field of an action: JSON/form key, the command's option, a label for the form. */
    public record Field(String key, String flag, String label) {
        List<String> words(String value) {
            return List.of(flag.length() == 1 ? "-" + flag : "--" + flag, value);
        }
    }

    /** An action: its name, the goldd object and action it asks for, the command and its fields. */
    public record Action(String name, String object, String goldAction, String command, List<Field> fields) {
        /** The command line for these values; blank values are left out. */
        public List<String> words(Map<String, String> values) {
            List<String> words = new ArrayList<>();
            for (Field f : fields) {
                String v = values.getOrDefault(f.key(), "").strip();
                if (!v.isEmpty()) {
                    words.addAll(f.words(v));
                }
            }
            return words;
        }
    }

    private static final List<Field> QUOTE = List.of(new Field("user", "u", "User"),
            new Field("project", "p", "Project"), new Field("machine", "m", "Machine"),
            new Field("processors", "P", "Processors"), new Field("wallDuration", "t", "Wall-clock seconds"),
            new Field("description", "d", "Description"));
    private static final List<Field> JOB = Stream.concat(Stream.of(new Field("job", "J", "Job id")),
            QUOTE.stream()).toList();

    public static final List<Action> ALL = List.of(
            new Action("deposit", "Account", "Deposit", "gdeposit", List.of(new Field("account", "a", "Account id"),
                    new Field("project", "p", "or Project"), new Field("amount", "z", "Amount"),
                    new Field("start", "s", "Start (new allocation)"), new Field("end", "e", "End (new allocation)"),
                    new Field("description", "d", "Description"))),
            new Action("withdraw", "Account", "Withdraw", "gwithdraw", List.of(new Field("account", "a", "Account id"),
                    new Field("project", "p", "or Project"), new Field("amount", "z", "Amount"),
                    new Field("description", "d", "Description"))),
            new Action("transfer", "Account", "Transfer", "gtransfer", List.of(
                    new Field("fromAccount", "fromAccount", "From account id"),
                    new Field("toAccount", "toAccount", "To account id"), new Field("amount", "z", "Amount"),
                    new Field("description", "d", "Description"))),
            new Action("refund", "Job", "Refund", "grefund", List.of(new Field("job", "J", "Job id"),
                    new Field("amount", "z", "Amount (default: all)"), new Field("description", "d", "Description"))),
            new Action("charge", "Job", "Charge", "gcharge", JOB),
            new Action("reserve", "Job", "Reserve", "greserve", JOB),
            new Action("quote", "Job", "Quote", "gquote", QUOTE));

    /** The actions a manager page lists (quote and reserve are scheduler actions, offered by the API). */
    public static final List<String> MANAGER = List.of("deposit", "withdraw", "transfer", "refund", "charge");

    private Actions() {
    }

    public static Optional<Action> named(String name) {
        return ALL.stream().filter(a -> a.name().equals(name)).findFirst();
    }
}
