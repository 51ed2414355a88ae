package dev.autogen.runtime.deploy;

import dev.autogen.runtime.SecretMask;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.util.Map;

/**
 * Warns when the password is written into {@code --url} or {@code AUTOGEN_URL}: there it shows in
 * the process list and stays in the shell history. A URL in {@code autogen.properties} is as private
 * as {@code password=} in that file, so it gets no warning.
 */
final class UrlPasswordWarning {
    private UrlPasswordWarning() {
    }

    /** Prints the warning for the command that runs, if its URL came from the command line or the environment. */
    static void check(CommandLine.ParseResult command, Map<String, String> environment, PrintWriter err,
                      TerminalStyle style) {
        CommandLine.Model.OptionSpec url = command.commandSpec().findOption("--url");
        if (url == null || url.getValue() == null || !SecretMask.carriesPassword(url.getValue().toString())) {
            return;
        }
        String source;
        if (command.hasMatchedOption("--url")) {
            source = "--url";
        } else if (SecretMask.carriesPassword(environment.get(Settings.environmentName("url")))) {
            source = Settings.environmentName("url");
        } else {
            return;
        }
        err.println(style.warning("warning:") + " the URL in " + source + " carries a password, which shows in the process list (ps) and"
                + " stays in the shell history. Remove it from the URL and put it in AUTOGEN_PASSWORD (or the"
                + " variable --password-env names) or in password= in " + Settings.FILE_NAME + ".");
        err.flush();
    }
}
