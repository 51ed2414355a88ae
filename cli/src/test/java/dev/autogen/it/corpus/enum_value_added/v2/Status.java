package dev.autogen.it.corpus.enum_value_added.v2;

public enum Status { OPEN, DONE, ARCHIVED }
