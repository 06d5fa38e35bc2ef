package gold.server.bank;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The rates a charge is computed with: {@code rates[Type][Name]}, iterated in ascending order
 * (docs/bank.md, Charge computation). A valid quote's guaranteed rates overwrite the current ones they name.
 */
public final class ChargeRates {
    private final Map<String, Map<String, Double>> byType = new TreeMap<>();

    public ChargeRates(List<Rate> rates) {
        put(rates);
    }

    /** Overwrites (or adds) the given rates; rates not mentioned stay. */
    public ChargeRates put(List<Rate> rates) {
        for (Rate r : rates) {
            byType.computeIfAbsent(r.type(), k -> new TreeMap<>()).put(r.name(), r.rate());
        }
        return this;
    }

    public Optional<Double> rate(String type, String name) {
        Map<String, Double> names = byType.get(type);
        return names == null ? Optional.empty() : Optional.ofNullable(names.get(name));
    }

    /** Multiplier families (every Type except Resource), ascending. */
    public List<String> multiplierTypes() {
        List<String> types = new ArrayList<>();
        for (String t : byType.keySet()) {
            if (!t.equals(Rate.RESOURCE)) {
                types.add(t);
            }
        }
        return types;
    }

    /** Consumable resource names with their rates, ascending by name. */
    public Map<String, Double> resources() {
        return byType.getOrDefault(Rate.RESOURCE, Map.of());
    }
}
