package gold.client.commands;

import gold.client.OptionSet;
import gold.client.ParsedArgs;
import gold.protocol.Request;

/** The user properties shared by gmkuser and gchuser, in their classic assignment order. */
final class UserOptions {
    private UserOptions() {
    }

    static void declare(OptionSet o) {
        o.flag("A", "-A", "Activate the user (the default for a new user).");
        o.flag("I", "-I", "Deactivate the user.");
        o.string("n", "-n <common name>", "Full name of the user.");
        o.string("F", "-F <phone number>", "Phone number.");
        o.string("E", "-E <email address>", "Email address.");
        o.string("p", "-p <default project>", "Default project of the user.");
        o.string("o", "-o <organization name>", "Organization of the user.");
        o.string("d", "-d <description>", "Description.");
        o.extension();
    }

    /** Active, CommonName, PhoneNumber, EmailAddress, DefaultProject, Organization, Description, extensions. */
    static void assignments(ParsedArgs a, Request.Builder r) {
        Assign.active(a, r);
        Assign.ifGiven(a, r, "n", "CommonName");
        Assign.ifGiven(a, r, "F", "PhoneNumber");
        Assign.ifGiven(a, r, "E", "EmailAddress");
        Assign.ifGiven(a, r, "p", "DefaultProject");
        Assign.ifGiven(a, r, "o", "Organization");
        Assign.ifGiven(a, r, "d", "Description");
        Assign.extensions(a, r);
    }
}
