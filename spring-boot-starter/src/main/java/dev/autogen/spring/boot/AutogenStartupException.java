package dev.autogen.spring.boot;

import dev.autogen.runtime.AutogenException;
import dev.autogen.runtime.ErrorCode;

/**
 * A setting of the application that autogen refuses to start with, told as what is wrong and what
 * to do, which {@link AutogenFailureAnalyzer} shows apart.
 */
public final class AutogenStartupException extends AutogenException {
    private static final long serialVersionUID = 1L;

    private final String description;
    private final String action;

    /** A refusal with what is wrong and what to do about it. */
    public AutogenStartupException(String description, String action) {
        super(ErrorCode.CONFIGURATION, description + " " + action);
        this.description = description;
        this.action = action;
    }

    /** What is wrong. */
    public String description() {
        return description;
    }

    /** What to do about it. */
    public String action() {
        return action;
    }
}
