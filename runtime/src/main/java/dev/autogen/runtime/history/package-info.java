/**
 * The database side of the runtime: the history table that records applied revisions (in the SQL
 * its dialect gives), PostgreSQL's advisory lock that serializes concurrent upgrades, and the
 * translation of connection failures into actionable errors.
 */
package dev.autogen.runtime.history;
