package dev.autogen.it.corpus.enum_value_added.v1;

public enum Status { OPEN, DONE }
