package dev.autogen.runtime.deploy;

import picocli.CommandLine;
import picocli.CommandLine.Help;
import picocli.CommandLine.Help.Ansi.Text;
import picocli.CommandLine.Help.ColorScheme;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Help whose option and parameter descriptions wrap at spaces only. picocli's own wrapping breaks
 * lines where the JDK's line break rules allow, which includes after a dot inside a word, so that
 * {@code db.migrations} or {@code e.g.} came out split over two lines.
 */
public final class WholeWordHelp extends Help {
    private static final String CONTINUATION = "  ";

    /** The help of a command. */
    public WholeWordHelp(CommandSpec spec, ColorScheme colorScheme) {
        super(spec, colorScheme);
    }

    /** Makes every command of the command line, its subcommands included, use this help. */
    public static void install(CommandLine commandLine) {
        commandLine.setHelpFactory(WholeWordHelp::new);
    }

    @Override
    public Layout createDefaultLayout(List<OptionSpec> options, List<PositionalParamSpec> positionals,
                                      ColorScheme colorScheme) {
        Layout layout = super.createDefaultLayout(options, positionals, colorScheme);
        return new WholeWordLayout(colorScheme, layout);
    }

    /** Splits a text at spaces into lines of at most {@code width} characters; a longer word stays whole. */
    static List<String> wrap(String text, int width) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" ")) {
            int limit = lines.isEmpty() ? width : width - CONTINUATION.length();
            if (line.length() > 0 && line.length() + 1 + word.length() > limit) {
                lines.add(line.toString());
                line.setLength(0);
            }
            if (line.length() > 0) {
                line.append(' ');
            }
            line.append(word);
        }
        lines.add(line.toString());
        return lines;
    }

    private static final class WholeWordLayout extends Layout {
        WholeWordLayout(ColorScheme colorScheme, Layout base) {
            super(colorScheme, base.textTable(), base.optionRenderer(), base.parameterRenderer());
        }

        @Override
        public void layout(ArgSpec argSpec, Text[][] cellValues) {
            Help.Column[] columns = table.columns();
            int last = columns.length - 1;
            int width = columns[last].width - columns[last].indent - 1;
            List<Text[]> rows = new ArrayList<>();
            for (Text[] row : cellValues) {
                if (row.length != columns.length || row[last] == null || row[last].plainString().length() <= width) {
                    rows.add(row);
                    continue;
                }
                List<String> lines = wrap(row[last].plainString(), width);
                Text[] first = Arrays.copyOf(row, row.length);
                first[last] = colorScheme.text(lines.get(0));
                rows.add(first);
                for (String line : lines.subList(1, lines.size())) {
                    Text[] next = new Text[row.length];
                    Arrays.fill(next, colorScheme.text(""));
                    next[last] = colorScheme.text(CONTINUATION + line);
                    rows.add(next);
                }
            }
            super.layout(argSpec, rows.toArray(Text[][]::new));
        }
    }
}
