package gold.server.meta;

import gold.protocol.GoldException;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class NamesTest {
    @Test
    void objectAndAttributeNamesMapToTablesAndColumns() {
        assertEquals("g_account", Names.toDb("Account"));
        assertEquals("g_account_user", Names.toDb("AccountUser"));
        assertEquals("g_quality_of_service", Names.toDb("QualityOfService"));
        assertEquals("g_job_id", Names.toDb("JobId"));
        assertEquals("g_node2_type", Names.toDb("Node2Type"));
        assertEquals("g_account_log", Names.logTable("Account"));
    }

    @Test
    void columnNamesMapBackToAttributeNames() {
        assertEquals("JobId", Names.fromDb("g_job_id"));
        assertEquals("CreationTime", Names.fromDb("g_creation_time"));
    }

    @Test
    void namesThatWouldNotMapCleanlyAreRefusedWith740() {
        assertEquals("740", assertThrows(GoldException.class, () -> Names.requireValid("Object", "license")).code());
        assertThrows(GoldException.class, () -> Names.requireValid("Object", "Li-cense"));
        Names.requireValid("Object", "License2");
    }
}
