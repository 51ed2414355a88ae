package dev.autogen.cli;

/**
 * One object of a shadow database that a replay may have created, as its dialect names and drops it:
 * a table, view, sequence, type, routine, schema or extension.
 *
 * @param kind what it is, in lower case ("table", "schema")
 * @param name its name, qualified where the dialect qualifies it, for messages
 * @param drop the statement that drops it, harmless when it is already gone
 */
record ShadowObject(String kind, String name, String drop) {

    /** What it is, for messages: {@code table public.todos}. */
    String described() {
        return kind + " " + name;
    }
}
