package gold.server;

import gold.server.process.GolddJvm;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class GolddOptionsTest {
    @Test
    void shortLongAbbreviatedAndAnyCaseOptionsResolve() {
        assertEquals("stop", Goldd.resolve("-k"));
        assertEquals("stop", Goldd.resolve("--stop"));
        assertEquals("stop", Goldd.resolve("-STOP"));
        assertEquals("restart", Goldd.resolve("--re"));
        assertEquals("status", Goldd.resolve("--stat"));
        assertEquals("version", Goldd.resolve("-V"));
        assertEquals("help", Goldd.resolve("-?"));
    }

    @Test
    void ambiguousOrUnknownOptionsAreRefused() {
        assertNull(Goldd.resolve("--st"), "start, stop, status");
        assertNull(Goldd.resolve("--frob"));
        assertNull(Goldd.resolve("stop"), "a bare word is not an option");
    }

    @Test
    void unknownOptionExitsWithUsageStatus2() {
        assertEquals(2, Goldd.run(new String[] {"--frob"}));
        assertEquals(0, Goldd.run(new String[] {"--version"}));
    }

    @Test
    void processesAreStartedWithThisMainClass() {
        // the master and workers are launched, and the pid file's process recognised, by this name
        assertEquals(Goldd.class.getName(), GolddJvm.MAIN_CLASS);
    }
}
