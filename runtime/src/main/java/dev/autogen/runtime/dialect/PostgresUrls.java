package dev.autogen.runtime.dialect;

import dev.autogen.runtime.AutogenException;
import dev.autogen.runtime.ErrorCode;
import dev.autogen.runtime.SecretMask;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The forms of a PostgreSQL JDBC URL that its driver misreads. */
final class PostgresUrls {
    private static final Pattern USER_INFO = Pattern.compile("//[^/?#@]*@");

    private PostgresUrls() {
    }

    /** Fails when the URL names a user in front of the host ({@code user@host}), which the driver takes for the host. */
    static void requireUsable(String url) {
        Matcher userInfo = USER_INFO.matcher(url.strip());
        if (userInfo.find()) {
            throw new AutogenException(ErrorCode.CONFIGURATION, "The URL " + SecretMask.patternsOnly().apply(url)
                    + " names a user in front of the host (user@host), which the PostgreSQL JDBC driver reads as part"
                    + " of the host name. Write it as " + SecretMask.patternsOnly().apply(userInfo.replaceFirst("//"))
                    + ", with the user in --user (or user= in the URL) and the password in AUTOGEN_PASSWORD.");
        }
    }
}
