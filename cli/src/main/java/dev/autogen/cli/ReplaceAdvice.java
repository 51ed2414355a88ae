package dev.autogen.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns the rename hints among {@code revision}'s warnings into the command that acts on them: the
 * revision is already written, so running {@code revision} again would find the database behind
 * it; {@code revision --replace} with the same arguments and the confirmed rename rewrites it.
 *
 * @param arguments the arguments this run of autogen was given, as typed
 */
record ReplaceAdvice(List<String> arguments) {
    private static final Pattern RERUN = Pattern.compile("generate the revision again with --rename (\\S+) to keep the data");
    private static final Pattern PLAIN_WORD = Pattern.compile("[A-Za-z0-9_./=:,@%+-]+");

    ReplaceAdvice {
        arguments = List.copyOf(arguments);
    }

    /** The warnings with each rename hint naming the exact command that confirms the rename. */
    String apply(String warnings) {
        Matcher matcher = RERUN.matcher(warnings);
        StringBuilder result = new StringBuilder();
        while (matcher.find()) {
            matcher.appendReplacement(result, Matcher.quoteReplacement("replace the revision just written to keep the"
                    + " data: " + command(matcher.group(1))));
        }
        matcher.appendTail(result);
        return result.toString();
    }

    /** The command line that replaces the revision with {@code rename} confirmed besides the given ones. */
    String command(String rename) {
        List<String> words = new ArrayList<>(List.of("autogen"));
        words.addAll(arguments);
        if (!arguments.contains("--replace")) {
            words.add(words.indexOf("revision") + 1, "--replace");
        }
        words.add("--rename");
        words.add(rename);
        return String.join(" ", words.stream().map(ReplaceAdvice::quoted).toList());
    }

    /** A word as a POSIX shell reads it back: plain, or in double quotes with its specials escaped. */
    static String quoted(String word) {
        if (PLAIN_WORD.matcher(word).matches()) {
            return word;
        }
        return "\"" + word.replaceAll("([\"\\\\$`])", "\\\\$1") + "\"";
    }
}
