package dev.autogen.it.corpus.element_collection.v2;

public enum Role { READER, WRITER, ADMIN }
