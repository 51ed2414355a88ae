package dev.autogen.maven;

import org.junit.jupiter.api.Test;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class LineWriterTest {
    @Test
    void handsOnEachLineWithoutItsLineBreakAndTheUnfinishedLastLineOnClose() {
        List<String> lines = new ArrayList<>();
        try (PrintWriter writer = new PrintWriter(new LineWriter(lines::add))) {
            writer.print("Applied 1\r\nApplied");
            writer.print(" 2\n\nUpgraded");
        }

        assertEquals(List.of("Applied 1", "Applied 2", "", "Upgraded"), lines);
    }
}
