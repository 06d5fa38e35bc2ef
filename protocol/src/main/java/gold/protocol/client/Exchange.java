package gold.protocol.client;

import gold.protocol.Response;
import java.util.List;

/**
 * The outcome of one attempt against one server: not sent (nothing reached the server; safe to retry
 * anywhere), unknown (sent, but no complete first chunk came back), or replied (the chunks read).
 */
sealed interface Exchange {
    /** The responses to hand back: the failure, or the chunks read. */
    List<Response> responses();

    record NotSent(Response failure) implements Exchange {
        public List<Response> responses() {
            return List.of(failure);
        }
    }

    record Unknown(Response failure) implements Exchange {
        public List<Response> responses() {
            return List.of(failure);
        }
    }

    record Replied(List<Response> chunks) implements Exchange {
        public Replied {
            chunks = List.copyOf(chunks);
        }

        public List<Response> responses() {
            return chunks;
        }
    }
}
