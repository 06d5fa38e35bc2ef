package gold.server.engine;

import gold.protocol.Response;
import gold.protocol.Row;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ReplyCodecTest {
    @Test
    void storedRepliesComeBackIdentical() {
        Row row = new Row.Builder("User").put("Name", "a\tb\\c").put("Description", "line1\nline2").put("Empty", "").build();
        Response r = Response.success("080", "Successfully created 1 User", 1, List.of(row, row));
        Response back = ReplyCodec.decode(ReplyCodec.encode(r));
        assertEquals(r, back);
        Response failure = Response.failure("740", "User already exists");
        assertEquals(failure, ReplyCodec.decode(ReplyCodec.encode(failure)));
    }
}
