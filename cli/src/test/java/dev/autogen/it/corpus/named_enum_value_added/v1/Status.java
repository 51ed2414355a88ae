package dev.autogen.it.corpus.named_enum_value_added.v1;

public enum Status { OPEN, CLOSED }
