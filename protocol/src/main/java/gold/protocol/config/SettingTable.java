package gold.protocol.config;

import java.util.List;

/**
 * One table of the configuration reference: the settings of one file or one part of it, in the order
 * docs/configuration.md lists them. {@code id} names the generated block in the document
 * ({@code <!-- generated:ID begin -->}).
 */
public record SettingTable(String id, List<Setting<?>> settings) {
    public SettingTable {
        settings = List.copyOf(settings);
    }

    /** The setting with this key, if the table has it. */
    public Setting<?> find(String key) {
        for (Setting<?> s : settings) {
            if (s.key().equals(key)) {
                return s;
            }
        }
        return null;
    }
}
