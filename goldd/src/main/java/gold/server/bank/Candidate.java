package gold.server.bank;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * An allocation a debit or hold may be taken from, with what it still has available and its rank
 * (docs/bank.md, Account resolution: ascending weight, ties by allocation id).
 */
public record Candidate(Allocation allocation, double available, long weight) {
    static final Comparator<Candidate> ORDER = Comparator.comparingLong(Candidate::weight)
            .thenComparingLong(c -> c.allocation().id());

    /** One part of a split amount: {@code amount} from {@code allocation}. */
    public record Take(Allocation allocation, double amount) {
    }

    /** The parts taken and what could not be covered. */
    public record Split(List<Take> takes, double remaining) {
    }

    public static List<Candidate> ordered(List<Candidate> candidates) {
        List<Candidate> list = new ArrayList<>(candidates);
        list.sort(ORDER);
        return list;
    }

    /**
     * Walks the candidates in order taking min(remaining, available) from each (skipping those with
     * nothing available) until the amount is covered.
     */
    public static Split split(List<Candidate> ordered, double amount) {
        List<Take> takes = new ArrayList<>();
        double remaining = amount;
        for (Candidate c : ordered) {
            if (remaining <= 0) {
                break;
            }
            double x = Math.min(remaining, c.available());
            if (x <= 0) {
                continue;
            }
            takes.add(new Take(c.allocation(), x));
            remaining -= x;
        }
        return new Split(takes, remaining);
    }
}
