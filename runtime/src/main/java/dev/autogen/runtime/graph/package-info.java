/**
 * The revision graph: migrations linked to their parents, validated (no duplicate ids, no unknown
 * parents, no cycles), ordered topologically, and the resolution of upgrade and downgrade targets
 * such as {@code head}, {@code +2}, {@code -1}, {@code base} or an id prefix.
 */
package dev.autogen.runtime.graph;
