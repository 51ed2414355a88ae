package dev.autogen.it.corpus.named_enum_value_removed.v1;

public enum Status { OPEN, CLOSED, ARCHIVED }
