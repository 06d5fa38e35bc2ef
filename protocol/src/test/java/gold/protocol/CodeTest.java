package gold.protocol;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The one way to fail (Code.X.exception), passing a failure on, and the decision predicates of Code. */
class CodeTest {
    @Test
    void anExceptionCarriesTheCodeTheMessageAndTheCause() {
        GoldException plain = Code.FAILED.exception("Amount must be positive");
        assertEquals("740", plain.code());
        assertEquals("Amount must be positive", plain.getMessage());
        assertNull(plain.getCause());

        IOException io = new IOException("disk");
        GoldException caused = Code.INTERNAL.exception("Internal error", io);
        assertEquals("720", caused.code());
        assertSame(io, caused.getCause());

        Response reply = Response.failure(plain);
        assertEquals(Status.Failure, reply.status());
        assertEquals("740", reply.code());
        assertEquals("Amount must be positive", reply.message());
    }

    @Test
    void aFailurePassedOnKeepsItsCode() {
        GoldException inner = Code.NO_BALANCE.exception("Insufficient balance");
        GoldException outer = inner.prefixed("Failed while making a descendant deposit: ");
        assertEquals("784", outer.code());
        assertEquals("Failed while making a descendant deposit: Insufficient balance", outer.getMessage());
        assertSame(inner, outer.getCause());

        GoldException fromReply = Response.failure("316", "Unknown attribute").exception();
        assertEquals("316", fromReply.code());
        assertEquals("Unknown attribute", fromReply.getMessage());
    }

    @Test
    void theDecisionPredicatesNameTheirCodes() {
        for (String code : List.of("212", "214", "222", "224", "250")) {
            assertTrue(Code.isUnreachable(code), code);
        }
        for (String code : List.of("226", "232", "730", "740", "000")) {
            assertFalse(Code.isUnreachable(code), code);
        }
        for (String code : List.of("212", "222", "242", "250", "730")) {
            assertTrue(Code.isUnavailable(code), code);
        }
        for (String code : List.of("000", "424", "720", "740", "999")) {
            assertFalse(Code.isUnavailable(code), code);
        }
        assertTrue(Code.isInsufficientFunds("782"));
        assertTrue(Code.isInsufficientFunds("784"));
        assertFalse(Code.isInsufficientFunds("740"));
        for (String code : List.of("730", "250", "222")) {
            assertTrue(Code.isDatabaseUnreached(code), code);
        }
        assertFalse(Code.isDatabaseUnreached("000"));
        assertFalse(Code.isDatabaseUnreached("740"));
        assertTrue(Code.isAnyOf("434", Code.AUTH_FAILED, Code.DECRYPT_FAILED));
        assertFalse(Code.isAnyOf("444", Code.AUTH_FAILED, Code.DECRYPT_FAILED));
    }
}
