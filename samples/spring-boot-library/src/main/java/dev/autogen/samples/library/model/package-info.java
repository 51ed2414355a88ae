/** The library's entities and repositories: books, their authors and the join table between them. */
package dev.autogen.samples.library.model;
