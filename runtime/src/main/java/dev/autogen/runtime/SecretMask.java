package dev.autogen.runtime;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Hides passwords in text meant for people: error messages, echoed URLs and stack traces. It masks
 * the value of every {@code password=} parameter, the password of a URL's {@code user:password@}
 * part, and each known password wherever it appears.
 */
public final class SecretMask {
    /** Shorter passwords are not masked as free text: masking them would garble the message. */
    static final int MIN_FREE_TEXT_LENGTH = 3;

    private static final String HIDDEN = "***";
    private static final Pattern PASSWORD_PARAMETER = Pattern.compile("(?i)(password=)[^&;\\s]*");
    private static final Pattern USER_INFO_PASSWORD = Pattern.compile("(//[^/:@\\s]+:)[^/@\\s]*@");

    private static final SecretMask PATTERNS_ONLY = new SecretMask(List.of());

    private final List<String> secrets;

    private SecretMask(List<String> secrets) {
        this.secrets = secrets;
    }

    /** A mask that knows no password values, only the URL forms that carry one. */
    public static SecretMask patternsOnly() {
        return PATTERNS_ONLY;
    }

    /** A mask for these passwords; {@code null} and blank values are left out. */
    public static SecretMask of(String... passwords) {
        List<String> known = new ArrayList<>();
        for (String password : passwords) {
            if (password != null && password.strip().length() >= MIN_FREE_TEXT_LENGTH && !known.contains(password)) {
                known.add(password);
            }
        }
        known.sort(Comparator.comparingInt(String::length).reversed());
        return known.isEmpty() ? PATTERNS_ONLY : new SecretMask(List.copyOf(known));
    }

    /** The text with every password it carries replaced by {@code ***}; {@code null} stays {@code null}. */
    public String apply(String text) {
        if (text == null) {
            return null;
        }
        String masked = text;
        for (String secret : secrets) {
            masked = masked.replace(secret, HIDDEN);
        }
        masked = PASSWORD_PARAMETER.matcher(masked).replaceAll("$1" + HIDDEN);
        return USER_INFO_PASSWORD.matcher(masked).replaceAll("$1" + HIDDEN + "@");
    }

    /** Whether a URL carries a password itself, as a {@code password=} parameter or in {@code user:password@}. */
    public static boolean carriesPassword(String url) {
        return url != null && (PASSWORD_PARAMETER.matcher(url).find() || USER_INFO_PASSWORD.matcher(url).find());
    }

    @Override
    public String toString() {
        return "SecretMask[" + secrets.size() + " passwords]";
    }
}
