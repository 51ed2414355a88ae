package dev.autogen.maven;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class InProcessCommandTest {
    @Test
    void aWarningLosesTheCommandLinesPrefixThatMavensLogRepeats() {
        assertEquals("existing rows get '' as product.sku_code; a placeholder",
                InProcessCommand.warningText("WARNING: existing rows get '' as product.sku_code; a placeholder"));
        assertEquals("the lock is held", InProcessCommand.warningText("warning: the lock is held"));
    }

    @Test
    void otherLinesStayAsTheyAre() {
        assertEquals("Review the lines marked // REVIEW: in the generated file before you upgrade.",
                InProcessCommand.warningText("Review the lines marked // REVIEW: in the generated file before you upgrade."));
        assertEquals("note: @Size(min) is not in the DDL", InProcessCommand.warningText("note: @Size(min) is not in the DDL"));
        assertEquals("WARNING", InProcessCommand.warningText("WARNING"));
    }
}
