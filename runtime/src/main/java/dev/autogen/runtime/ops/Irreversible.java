package dev.autogen.runtime.ops;

import dev.autogen.runtime.AutogenException;
import dev.autogen.runtime.ErrorCode;

final class Irreversible {
    private Irreversible() {
    }

    static AutogenException because(String operation, String what) {
        return new AutogenException(ErrorCode.INTERNAL,
                "Cannot reverse '" + operation + "': it does not carry the definition of " + what
                        + ". Write the downgrade by hand.");
    }
}
