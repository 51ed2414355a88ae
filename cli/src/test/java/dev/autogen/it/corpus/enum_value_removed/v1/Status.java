package dev.autogen.it.corpus.enum_value_removed.v1;

public enum Status { OPEN, DONE, ARCHIVED }
