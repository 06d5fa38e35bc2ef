package gold.server.bank;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The charge formula shared by Quote, Reserve and Charge (docs/bank.md, Charge computation): the sum over consumables
 * of (amount x rate x wall seconds x product of multipliers), its itemized explanation, the rate warnings,
 * and the job fields the rate elements contribute. An external {@code Charge} element bypasses the rates.
 */
public final class ChargeCalculator {
    private ChargeCalculator() {
    }

    /** The outcome: amount, itemized text, warnings for the message, and the rates actually used. */
    public record Result(double amount, String itemized, String warnings, List<Rate> used) {
    }

    /**
     * Computes the charge from the rates. Multiplier and consumable elements present in the job that are
     * Job attributes are added to {@code ja}.
     */
    public static Result compute(ChargeRates rates, JobData job, String wallDuration, JobFields ja,
                                 Set<String> jobAttributes) {
        double multiplier = 1;
        double amount = 0;
        StringBuilder warnings = new StringBuilder();
        List<String> multiplierParts = new ArrayList<>();
        List<String> resourceParts = new ArrayList<>();
        List<Rate> used = new ArrayList<>();
        for (String type : rates.multiplierTypes()) {
            String n = job.value(type);
            if (n.isEmpty()) {
                continue;
            }
            Optional<Double> rate = rates.rate(type, n);
            if (rate.isPresent()) {
                multiplier *= rate.get();
                multiplierParts.add(Money.text(rate.get()) + " [ChargeRate{" + type + "}{" + n + "}]");
                used.add(new Rate(type, n, rate.get()));
            } else {
                warnings.append("\nWarning: ChargeRate for ").append(type).append(' ').append(n)
                        .append(" is not defined");
            }
            if (jobAttributes.contains(type)) {
                ja.put(type, n);
            }
        }
        double wall = Money.number(wallDuration);
        for (Map.Entry<String, Double> r : rates.resources().entrySet()) {
            String a = job.value(r.getKey());
            if (a.isEmpty()) {
                continue;
            }
            // literally as the classic formula: ((a * rate) * wall) * multiplier, summed in order
            amount += Money.number(a) * r.getValue() * wall * multiplier;
            resourceParts.add("( " + a + " [" + r.getKey() + "] * " + Money.text(r.getValue())
                    + " [ChargeRate{Resource}{" + r.getKey() + "}] )");
            used.add(new Rate(Rate.RESOURCE, r.getKey(), r.getValue()));
            if (jobAttributes.contains(r.getKey())) {
                ja.put(r.getKey(), a);
            }
        }
        List<String> factors = new ArrayList<>();
        factors.add(wallDuration + " [WallDuration]");
        factors.addAll(multiplierParts);
        String itemized = "( " + String.join(" + ", resourceParts) + " ) * " + String.join(" * ", factors)
                + " = " + Money.text(amount);
        return new Result(amount, itemized, warnings.toString(), used);
    }

    /** An externally calculated charge: the amount is taken as given. */
    public static Result external(String charge, String itemizedOption) {
        String itemized = itemizedOption == null || itemizedOption.isEmpty()
                ? charge + " [externally calculated] = " + charge : itemizedOption;
        return new Result(Money.number(charge), itemized, "", List.of());
    }
}
