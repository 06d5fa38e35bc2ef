package gold.protocol.security;

/** Which way a message travels; it names the message in error texts and in GS2 signing inputs. */
public enum Direction {
    REQUEST("request", "message"),
    RESPONSE("response", "reply");

    private final String wire;
    private final String noun;

    Direction(String wire, String noun) {
        this.wire = wire;
        this.noun = noun;
    }

    /** "request" or "response", as in GS2 signing inputs. */
    public String wire() {
        return wire;
    }

    /** "message" or "reply", as in the classic error texts ("Failed decrypting reply: ..."). */
    public String noun() {
        return noun;
    }
}
