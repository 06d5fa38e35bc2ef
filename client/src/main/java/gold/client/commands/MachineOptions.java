package gold.client.commands;

import gold.client.OptionSet;

/** The machine properties shared by gmkmachine and gchmachine. */
final class MachineOptions {
    private MachineOptions() {
    }

    static void declare(OptionSet o) {
        o.flag("A", "-A", "Activate the machine.");
        o.flag("I", "-I", "Deactivate the machine.");
        o.string("arch", "--arch <architecture>", "System architecture.");
        o.string("opsys", "--opsys <operating system>", "Operating system.");
        o.string("o", "-o <organization name>", "Organization of the machine.");
        o.string("d", "-d <description>", "Description.");
        o.extension();
    }
}
