package dev.autogen.runtime.load;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class RevisionIndexTest {
    @Test
    void readsWhatItWroteWhateverTheCharactersAndOrder() throws IOException {
        RevisionIndex.Entry merge = new RevisionIndex.Entry("V2_Merge", "r2", List.of("r1a", "r1b"),
                "merge\tété\nand \\ more", false, "src1:ab");
        RevisionIndex.Entry first = new RevisionIndex.Entry("V1_First", "r1", List.of(), "", true, null);

        String text = RevisionIndex.write(List.of(merge, first));

        assertEquals(text, RevisionIndex.write(List.of(first, merge)));
        Map<String, RevisionIndex.Entry> read = read(text);
        assertEquals(List.of("V1_First", "V2_Merge"), List.copyOf(read.keySet()));
        assertEquals(merge, read.get("V2_Merge"));
        assertEquals(first, read.get("V1_First"));
    }

    @Test
    void aSquashedRevisionKeepsWhatItReplacesAndOtherLinesStayAsBefore() throws IOException {
        RevisionIndex.Entry squash = new RevisionIndex.Entry("V3_Squash", "r3", List.of(), "squash", true, null,
                List.of("r1", "r2"));
        RevisionIndex.Entry first = new RevisionIndex.Entry("V1_First", "r1", List.of(), "m", true, null);

        String text = RevisionIndex.write(List.of(squash, first));

        assertEquals("# autogen revision index 1\nV1_First\tr1\t\ttrue\t-\tm\nV3_Squash\tr3\t\ttrue\t-\tsquash\tr1,r2\n",
                text);
        assertEquals(squash, read(text).get("V3_Squash"));
        assertEquals(first, read(text).get("V1_First"));
    }

    @Test
    void anIndexOfAnotherFormatIsIgnored() throws IOException {
        assertNull(read("# autogen revision index 2\nV1\tr1\t\ttrue\t-\tm\n"));
        assertNull(read("# autogen revision index 1\nV1\tr1\n"));
        assertNull(read(""));
    }

    @Test
    void sourceDigestsIgnoreLineEndingsAndBindTheChecksum() {
        assertEquals(SourceDigests.of("a\nb\n"), SourceDigests.of("a\r\nb\r\n"));
        assertEquals(SourceDigests.of("a\nb\n"), SourceDigests.of("a\rb\r"));
        String recorded = SourceDigests.recorded("src1:x", "sql1:c");
        assertEquals(recorded, SourceDigests.recorded("src1:x", "sql1:c"));
        assertEquals(false, recorded.equals(SourceDigests.recorded("src1:x", "sql1:d")));
        assertNull(SourceDigests.recorded(null, "sql1:c"));
    }

    private static Map<String, RevisionIndex.Entry> read(String text) throws IOException {
        return RevisionIndex.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
    }
}
