package dev.autogen.maven;

import dev.autogen.runtime.ErrorCode;

import java.util.Arrays;
import java.util.List;

/**
 * What an autogen command ended with: its exit code, what it printed on standard output, and its
 * error messages (the {@code error: } lines, without that prefix).
 *
 * @param exitCode the command's exit code: 0 success, 1 pending changes, 2 usage error, others {@link ErrorCode}
 * @param output   the lines printed on standard output
 * @param errors   the error messages
 */
record CommandResult(int exitCode, List<String> output, List<String> errors) {
    CommandResult {
        output = List.copyOf(output);
        errors = List.copyOf(errors);
    }

    /** The exit code's meaning, as {@code autogen --help} lists it. */
    String meaning() {
        return switch (exitCode) {
            case 0 -> "success";
            case 1 -> "pending changes";
            case 2 -> "usage error";
            default -> Arrays.stream(ErrorCode.values()).filter(code -> code.exitCode() == exitCode)
                    .map(ErrorCode::label).findFirst().orElse("unknown exit code");
        };
    }
}
