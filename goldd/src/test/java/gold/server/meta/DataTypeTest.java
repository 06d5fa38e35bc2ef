package gold.server.meta;

import gold.protocol.GoldException;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class DataTypeTest {
    @Test
    void valuesOfEachTypeAreCheckedWith317() {
        DataType.Integer.check("Count", "-12");
        DataType.Float.check("Rate", "0.25");
        DataType.Currency.check("Amount", "-3.");
        DataType.Boolean.check("Active", "True");
        DataType.TimeStamp.check("StartTime", "2147483647");
        DataType.String.check("Name", "anything");
        DataType.Integer.check("Count", "NULL");
        GoldException e = assertThrows(GoldException.class, () -> DataType.Boolean.check("Active", "true"));
        assertEquals("317", e.code());
        assertEquals("Invalid boolean value for Active: (true)", e.getMessage());
        assertThrows(GoldException.class, () -> DataType.Integer.check("Count", "1.5"));
        assertThrows(GoldException.class, () -> DataType.Float.check("Rate", "."));
        assertEquals("Invalid time stamp value for StartTime: (-1)",
                assertThrows(GoldException.class, () -> DataType.TimeStamp.check("StartTime", "-1")).getMessage());
    }

    @Test
    void unknownTypeNamesMeanString() {
        assertEquals(DataType.String, DataType.of(""));
        assertEquals(DataType.AutoGen, DataType.of("AutoGen"));
    }
}
