package dev.autogen.it.corpus.named_enum_value_removed.v2;

public enum Status { OPEN, CLOSED }
