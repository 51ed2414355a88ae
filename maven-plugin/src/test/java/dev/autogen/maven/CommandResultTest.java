package dev.autogen.maven;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class CommandResultTest {
    @Test
    void namesTheExitCodeAsAutogenHelpListsIt() {
        assertEquals("pending changes", new CommandResult(1, List.of(), List.of()).meaning());
        assertEquals("configuration", new CommandResult(3, List.of(), List.of()).meaning());
        assertEquals("lock timeout", new CommandResult(13, List.of(), List.of()).meaning());
        assertEquals("unknown exit code", new CommandResult(99, List.of(), List.of()).meaning());
    }
}
