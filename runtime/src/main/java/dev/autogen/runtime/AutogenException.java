package dev.autogen.runtime;

import java.util.Objects;

/**
 * The one unchecked exception autogen throws. Its message is a complete, user-facing paragraph
 * that names the object at fault and says what to do next; its {@link ErrorCode} decides the exit
 * code of the command line.
 */
public class AutogenException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final ErrorCode code;

    /** Creates an exception of the given kind with a user-facing message. */
    public AutogenException(ErrorCode code, String message) {
        super(message);
        this.code = Objects.requireNonNull(code, "code");
    }

    /** Creates an exception of the given kind with a user-facing message and the underlying cause. */
    public AutogenException(ErrorCode code, String message, Throwable cause) {
        super(message, cause);
        this.code = Objects.requireNonNull(code, "code");
    }

    /** The kind of failure. */
    public ErrorCode code() {
        return code;
    }
}
