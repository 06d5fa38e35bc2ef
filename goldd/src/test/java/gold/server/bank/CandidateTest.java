package gold.server.bank;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Splitting an amount over ordered allocations (docs/bank.md, Account resolution, Withdraw, Reserve). */
class CandidateTest {
    private static Candidate c(long id, double available, long weight) {
        return new Candidate(new Allocation(id, 1, 0, Window.INFINITY, available, 0, 0, true, "Normal"), available,
                weight);
    }

    @Test
    void splitTakesInWeightOrderAndSkipsEmptyAllocations() {
        List<Candidate> ordered = Candidate.ordered(List.of(c(3, 50, 20), c(1, 0, 10), c(2, 30, 10), c(4, -5, 5)));
        assertEquals(List.of(4L, 1L, 2L, 3L), ordered.stream().map(x -> x.allocation().id()).toList());
        Candidate.Split split = Candidate.split(ordered, 60);
        assertEquals(List.of(2L, 3L), split.takes().stream().map(t -> t.allocation().id()).toList());
        assertEquals(List.of(30.0, 30.0), split.takes().stream().map(Candidate.Take::amount).toList());
        assertEquals(0.0, split.remaining());
    }

    @Test
    void splitReportsWhatCouldNotBeCovered() {
        Candidate.Split split = Candidate.split(List.of(c(1, 10, 1), c(2, 15, 2)), 40);
        assertEquals(15.0, split.remaining());
        assertEquals(2, split.takes().size());
    }

    @Test
    void tiesAreBrokenByAllocationId() {
        List<Candidate> ordered = Candidate.ordered(List.of(c(9, 1, 7), c(5, 1, 7)));
        assertEquals(List.of(5L, 9L), ordered.stream().map(x -> x.allocation().id()).toList());
    }
}
