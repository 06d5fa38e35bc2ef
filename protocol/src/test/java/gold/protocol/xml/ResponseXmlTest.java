package gold.protocol.xml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import gold.protocol.Response;
import java.util.List;
import org.junit.jupiter.api.Test;

class ResponseXmlTest {
    static Response roundTrip(Response r) {
        return ResponseXml.fromElement(XmlReader.parse(XmlWriter.documentBytes(ResponseXml.toElement(r))));
    }

    @Test
    void formattedCountTravelsExactly() {
        Response r = Response.success("000", "Successfully deposited 123.45 credits", "123.45", List.of());
        assertEquals("<Response><Status><Value>Success</Value><Code>000</Code><Message>Successfully deposited 123.45"
                + " credits</Message></Status><Count>123.45</Count></Response>", XmlWriter.serialize(ResponseXml.toElement(r)));
        Response back = roundTrip(r);
        assertEquals("123.45", back.countText());
        assertEquals(123, back.count());
        assertEquals(r, back);
    }

    @Test
    void longCountsAndAbsentCountsKeepTheirOldMeaning() {
        Response r = Response.success("000", "", 7, List.of());
        assertEquals("7", r.countText());
        assertEquals(r, roundTrip(r));
        Response none = Response.success("done");
        assertEquals("", none.countText());
        assertEquals(-1, roundTrip(none).count());
    }

    @Test
    void negativeCountIsNotWrittenLikeTheClassicServer() {
        Response r = Response.success("000", "The account balance is -50 credits", "-50", List.of());
        assertEquals(-50, r.count());
        assertFalse(XmlWriter.serialize(ResponseXml.toElement(r)).contains("<Count>"));
    }
}
