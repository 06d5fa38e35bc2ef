package gold.server.bank;

import java.util.Set;

/** The bootstrap objects whose Id is AutoGen (docs/data-model.md, Ids and the key generator): their creates return the new id. */
final class AutoGenObjects {
    static final Set<String> AUTOGEN = Set.of("Account", "Allocation", "Reservation", "Quotation", "Job");

    private AutoGenObjects() {
    }
}
