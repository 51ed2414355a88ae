package dev.autogen.it.corpus.enum_value_removed.v2;

public enum Status { OPEN, DONE }
