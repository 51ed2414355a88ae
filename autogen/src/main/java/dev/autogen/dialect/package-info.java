/**
 * The autogen side of one database: its renderer, Hibernate dialect, catalog reader and naming rules
 * bundled as one {@link dev.autogen.dialect.DatabaseDialect}, chosen once by
 * {@link dev.autogen.dialect.DatabaseDialects} from the URL or a {@code --dialect} name.
 */
package dev.autogen.dialect;
